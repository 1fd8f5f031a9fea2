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

export function stepIssues(
  values: VisitFormValues,
  ctx: VisitContext,
  step: StepId,
  now?: () => string,
): StepIssue[] {
  const result = visitSchema.safeParse(toVisitInput(values, ctx, step, now));
  if (result.success) return [];
  return result.error.issues
    .map((issue) => ({ path: issuePath(issue.path), key: issue.message }))
    .filter((issue) => step === 'review' || stepOfPath(issue.path) === step)
    .map((issue) => ({ field: formFieldOf(issue.path), key: issue.key }));
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
