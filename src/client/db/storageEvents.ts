// Lets the app shell hear about a refused write wherever it happened, so a full disk is always
// shown to the user even when the screen that hit it has moved on.

type Listener = () => void;
const listeners = new Set<Listener>();

export function reportStorageFull(): void {
  for (const l of [...listeners]) l();
}

export function onStorageFull(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
