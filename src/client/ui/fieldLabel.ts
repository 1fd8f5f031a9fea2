/** The visible label of a control or group, without its "(optional)" mark. */
export function fieldLabel(targetId: string): string {
  const el = document.getElementById(targetId);
  if (!el) return '';
  const source =
    el instanceof HTMLFieldSetElement
      ? el.querySelector('legend')
      : el instanceof HTMLInputElement ||
          el instanceof HTMLSelectElement ||
          el instanceof HTMLTextAreaElement
        ? el.labels?.[0]
        : el.querySelector('.field-label');
  if (!source) return '';
  const copy = source.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.field-optional').forEach((n) => n.remove());
  return (copy.textContent ?? '').trim();
}

/** Orders items as their targets appear on the page (top to bottom). */
export function inPageOrder<T extends { targetId: string }>(items: readonly T[]): T[] {
  const position = (item: T) => document.getElementById(item.targetId);
  return [...items].sort((a, b) => {
    const x = position(a);
    const y = position(b);
    if (!x || !y || x === y) return 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
