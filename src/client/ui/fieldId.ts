/** The DOM id of the control for a form path ("payment.bankBin" → "f-payment-bankBin"). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export const hintIdOf = (id: string) => `${id}-hint`;
export const errorIdOf = (id: string) => `${id}-error`;

/** aria-describedby for a control with an optional hint and an optional error. */
export function describedBy(id: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint && hintIdOf(id), hasError && errorIdOf(id)].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
