import { useCallback, useEffect, useState } from 'react';
import { NetworkError } from './http';

/** Loads something from the server when `key` changes; `reload` asks again. */
export function useServerData<T>(load: () => Promise<T>, key: string) {
  const [round, setRound] = useState(0);
  const current = `${key}#${round}`;
  const [state, setState] = useState<{ data: T | null; error: unknown; of: string | null }>({
    data: null,
    error: null,
    of: null,
  });
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ data, error: null, of: current }),
      (error: unknown) => live && setState({ data: null, error, of: current }),
    );
    return () => {
      live = false;
    };
    // `load` is rebuilt each render; `current` says when what it loads changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: state.data, error: state.error, loading: state.of !== current, reload };
}

/** Why a call to the server failed, in words for the person at the desk. */
export function failureReason(error: unknown, offline: string): string {
  if (error instanceof NetworkError) return offline;
  return error instanceof Error && error.message ? error.message : String(error);
}
