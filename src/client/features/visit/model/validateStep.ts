import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod';
import { issuePath, visitSchema } from '../../../../shared/schemas';
import type { VisitFormValues } from './formValues';
import { stepOfPath, type StepId } from './steps';
import { toVisitInput, type VisitContext } from './toVisitInput';

// Each step is checked by the one Visit schema, on the visit as far as that step, keeping the
// issues that belong to the step. No rule is restated here: a step fails exactly where the saved
// visit would.

export interface StepIssue {
  /** Form field path the message belongs next to. */
  field: string;
  /** Shared message key. */
  key: string;
}

/** Issues about a whole section land on the control that answers it. */
const SECTION_FIELD: Readonly<Record<string, string>> = {
  card: 'cardMode',
  noCard: 'cardMode',
  payment: 'payment.method',
  survey: 'survey.hasPhone',
  representative: 'hasRepresentative',
  consent: 'consent.purposes',
  'representative.documentIds': 'representative.documentIds',
};

export function formFieldOf(path: string): string {
  if (SECTION_FIELD[path]) return SECTION_FIELD[path];
  // A list item's problem is shown on the list ("representative.documentIds.2").
  return path.replace(/\.\d+$/, '');
}

/** Parts of a visit that may be null (not answered, or not applicable). */
const SECTIONS = [
  'card',
  'noCard',
  'payment',
  'survey',
  'representative',
  'beneficiaryPhone',
  'consent',
] as const;
type Section = (typeof SECTIONS)[number];

/** Alternative answers to one question: a card read, or the reason there is none. */
const QUESTIONS: readonly (readonly Section[])[] = [
  ['card', 'noCard'],
  ['payment'],
  ['survey'],
  ['representative'],
  ['beneficiaryPhone'],
  ['consent'],
];

export function stepIssues(
  values: VisitFormValues,
  ctx: VisitContext,
  step: StepId,
  now?: () => string,
): StepIssue[] {
  const input = toVisitInput(values, ctx, step, now);
  const first = visitSchema.safeParse(input);
  if (first.success) return [];
  const issues = first.error.issues.map((i) => ({ path: issuePath(i.path), key: i.message }));
  issues.push(...unansweredIssues(input, issues));
  return issues
    .filter((issue) => step === 'review' || stepOfPath(issue.path) === step)
    .map((issue) => ({ field: formFieldOf(issue.path), key: issue.key }))
    .filter(
      (issue, i, all) => all.findIndex((o) => o.field === issue.field && o.key === issue.key) === i,
    );
}

/**
 * The visit's cross-field rules (a payment is required, a card or its absence …) only run once
 * every field is well-formed. So that an unanswered question is reported together with the
 * other answers' mistakes, check again with the faulty sections set aside, keeping only what
 * that says about the sections left unanswered.
 */
function unansweredIssues(
  input: ReturnType<typeof toVisitInput>,
  found: { path: string }[],
): { path: string; key: string }[] {
  const top = (path: string) => path.split('.')[0] ?? '';
  const unanswered = QUESTIONS.filter((q) => q.every((s) => input[s] === null)).flat();
  const faulty = SECTIONS.filter((s) => input[s] !== null && found.some((i) => top(i.path) === s));
  if (unanswered.length === 0 || faulty.length === 0) return [];
  const again = visitSchema.safeParse({
    ...input,
    ...Object.fromEntries(faulty.map((s) => [s, null])),
  });
  if (again.success) return [];
  return again.error.issues
    .map((i) => ({ path: issuePath(i.path), key: i.message }))
    .filter((i) => (unanswered as readonly string[]).includes(top(i.path)));
}

/** react-hook-form resolver for the step being shown (read on each validation). */
export function visitStepResolver(
  current: () => { ctx: VisitContext; step: StepId },
): Resolver<VisitFormValues> {
  return (values, context, options) => {
    const { ctx, step } = current();
    const schema = z.custom<VisitFormValues>().superRefine((v, zctx) => {
      for (const issue of stepIssues(v, ctx, step)) {
        zctx.addIssue({ code: 'custom', message: issue.key, path: issue.field.split('.') });
      }
    });
    return zodResolver(schema, undefined, { raw: true })(values, context, options);
  };
}
