import { createStore, useStore } from './externalStore';

// Forms with work in progress register here, so an app update never reloads the page under them.
const dirty = createStore<ReadonlySet<string>>(new Set());

export function setFormDirty(formId: string, isDirty: boolean): void {
  const current = dirty.get();
  if (current.has(formId) === isDirty) return;
  const next = new Set(current);
  if (isDirty) next.add(formId);
  else next.delete(formId);
  dirty.set(next);
}

export function hasDirtyForm(): boolean {
  return dirty.get().size > 0;
}

export function useHasDirtyForm(): boolean {
  return useStore(dirty).size > 0;
}
