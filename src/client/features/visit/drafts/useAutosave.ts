import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { setFormDirty } from '../../../platform';

// Autosave: a change marks the form dirty (so an app update waits) and is written after a short
// pause; a step change, the tab being hidden and the page being left write at once. Writes never
// overlap, and a failure (a full disk) keeps the form dirty and is shown, never swallowed.

export const FORM_ID = 'visit';
export const AUTOSAVE_DELAY_MS = 600;

export type AutosaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'failed'; error: unknown };

export interface Autosave {
  state: AutosaveState;
  /** Note a change; it is written after AUTOSAVE_DELAY_MS without further changes. */
  changed: () => void;
  /** Write pending changes now; resolves when written (or failed). */
  flush: () => Promise<void>;
  /** Stop writing (before the visit itself is saved); resolves once no write is running. */
  close: () => Promise<void>;
  /** Allow writing again (the save failed and the user carries on). */
  reopen: () => void;
}

export function useAutosave(write: () => Promise<void>, delayMs = AUTOSAVE_DELAY_MS): Autosave {
  const [state, setState] = useState<AutosaveState>({ status: 'idle' });
  const writeRef = useRef(write);
  useEffect(() => {
    writeRef.current = write;
  }, [write]);
  const dirty = useRef(false);
  const closed = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current || closed.current) return chain.current;
    dirty.current = false;
    chain.current = chain.current.then(async () => {
      setState({ status: 'saving' });
      try {
        await writeRef.current();
        // Changes made while writing keep the form dirty until their own write.
        if (!dirty.current) setFormDirty(FORM_ID, false);
        setState({ status: 'saved', at: new Date() });
      } catch (error) {
        dirty.current = true;
        setState({ status: 'failed', error });
      }
    });
    return chain.current;
  }, []);

  const changed = useCallback(() => {
    if (closed.current) return;
    dirty.current = true;
    setFormDirty(FORM_ID, true);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [flush, delayMs]);

  const close = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    closed.current = true;
    await chain.current;
  }, []);

  const reopen = useCallback(() => {
    closed.current = false;
  }, []);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      // Leaving the form: write what is pending, then the form no longer holds unsaved work.
      void flush().finally(() => setFormDirty(FORM_ID, false));
    };
  }, [flush]);

  return useMemo(
    () => ({ state, changed, flush, close, reopen }),
    [state, changed, flush, close, reopen],
  );
}
