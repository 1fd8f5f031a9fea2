import { useCallback, useEffect, useState } from 'react';
import { useConnectivity } from '../../../platform';
import { HttpError, NetworkError } from '../../../sync';
import { fetchDashboard, type DashboardData } from './dashboardApi';

// The figures and why there may be none: online-only, but the last figures of this tab stay on
// screen (with their time) when the network drops. Kept in memory only: they name people.

export type DashboardProblem =
  | { kind: 'offline' }
  | { kind: 'signIn' }
  | { kind: 'forbidden' }
  | { kind: 'failed'; reason: string };

let lastFigures: DashboardData | null = null;

function problemOf(error: unknown): DashboardProblem {
  if (error instanceof NetworkError) return { kind: 'offline' };
  if (error instanceof HttpError && error.status === 403) return { kind: 'forbidden' };
  if (error instanceof HttpError && error.status === 401) return { kind: 'signIn' };
  if (error instanceof Error && error.name === 'AuthRequiredError') return { kind: 'signIn' };
  return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
}

export function useDashboard() {
  const connectivity = useConnectivity();
  const online = connectivity === 'online';
  const [data, setData] = useState<DashboardData | null>(lastFigures);
  const [problem, setProblem] = useState<DashboardProblem | null>(null);
  // Each refresh asks for a new round; loading while the latest round has not answered.
  const [round, setRound] = useState(0);
  const [answered, setAnswered] = useState(-1);

  useEffect(() => {
    if (!online) return;
    let current = true;
    fetchDashboard().then(
      (fresh) => {
        lastFigures = fresh;
        if (!current) return;
        setData(fresh);
        setProblem(null);
        setAnswered(round);
      },
      (error: unknown) => {
        if (!current) return;
        setProblem(problemOf(error));
        setAnswered(round);
      },
    );
    return () => {
      current = false;
    };
  }, [online, round]);

  const refresh = useCallback(() => setRound((r) => r + 1), []);
  const offline = connectivity === 'offline' || connectivity === 'unreachable';
  return {
    data,
    problem: offline && problem?.kind !== 'signIn' ? { kind: 'offline' as const } : problem,
    loading: online && answered !== round,
    refresh,
  };
}
