import { ABSENT_OUTCOMES, type VisitOutcome } from '../../../../shared/schemas';

// The visit's steps. When nobody could be met (nobody home, moved, deceased) there is nothing to
// choose or consent to, so the form goes straight from the outcome to the review.

export const STEP_IDS = [
  'outcome',
  'identity',
  'payment',
  'representative',
  'phones',
  'consent',
  'review',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export function isAbsentOutcome(outcome: '' | VisitOutcome): boolean {
  return outcome !== '' && ABSENT_OUTCOMES.includes(outcome);
}

export function stepsFor(outcome: '' | VisitOutcome): readonly StepId[] {
  return isAbsentOutcome(outcome) ? ['outcome', 'review'] : STEP_IDS;
}

/**
 * Which step owns a field of the Visit record (a dotted path). The guardian's phone is asked with
 * the beneficiary's, on the phones step; everything else about the guardian on their own step.
 */
export function stepOfPath(path: string): StepId {
  const [head] = path.split('.');
  if (path === 'representative.phone') return 'phones';
  switch (head) {
    case 'outcome':
      return 'outcome';
    case 'card':
    case 'noCard':
    case 'corrections':
      return 'identity';
    case 'payment':
    case 'survey':
      return 'payment';
    case 'representative':
      return 'representative';
    case 'beneficiaryPhone':
      return 'phones';
    case 'consent':
      return 'consent';
    default:
      return 'review';
  }
}

/** Position in the full order; the sections of a step after `current` are left out when checking. */
export function stepIndex(step: StepId): number {
  return STEP_IDS.indexOf(step);
}

/** The step showing a form field (form paths are Visit paths, plus two switches). */
export function stepOfFormField(field: string): StepId {
  if (field === 'cardMode') return 'identity';
  if (field === 'hasRepresentative') return 'representative';
  return stepOfPath(field);
}
