import type { FieldErrors } from 'react-hook-form';
import { fieldId, fieldLabel, inPageOrder, type SummaryItem } from '../../../ui';
import type { VisitFormValues } from '../model/formValues';
import { stepOfFormField, type StepId } from '../model/steps';
import type { StepIssue } from '../model/validateStep';

// The lines of the error summary: one per problem, in page order, each linking to its field
// (or, from the review, to the step that holds it).

export type SummaryEntry = SummaryItem & { field: string };

export function summaryEntries(
  issues: readonly StepIssue[],
  step: StepId,
  options: {
    text: (key: string) => string;
    labelled: (label: string, message: string) => string;
    openStep: (step: StepId, targetId: string) => void;
  },
): SummaryEntry[] {
  const entries = issues.map((issue): SummaryEntry => {
    const targetId = fieldId(issue.field);
    const owner = stepOfFormField(issue.field);
    return {
      field: issue.field,
      targetId,
      text: options.text(issue.key),
      onSelect: owner === step ? undefined : () => options.openStep(owner, targetId),
    };
  });
  return labelRepeats(inPageOrder(dedupe(entries)), options.labelled);
}

/** Whether the form still has an error at this path (a fixed problem leaves the summary). */
export function hasError(errors: FieldErrors<VisitFormValues>, field: string): boolean {
  let node: unknown = errors;
  for (const part of field.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'object' && node !== null && 'message' in node;
}

/** The same message for several fields ("choose yes or no") says which field it is about. */
function labelRepeats<T extends SummaryItem>(
  items: T[],
  labelled: (label: string, message: string) => string,
): T[] {
  const count = (text: string) => items.filter((i) => i.text === text).length;
  return items.map((i) => {
    const label = count(i.text) > 1 ? fieldLabel(i.targetId) : '';
    return label ? { ...i, text: labelled(label, i.text) } : i;
  });
}

function dedupe<T extends SummaryItem>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = `${i.targetId}|${i.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
