import { activeUsername } from '../../sync';

// Who is recording visits on this device: the signed-in user (the server matches workerId to the
// account that syncs). The placeholder only appears where nobody is signed in, as in unit tests.
export const UNASSIGNED_WORKER_ID = 'unassigned';

export function currentWorkerId(): string {
  return activeUsername() ?? UNASSIGNED_WORKER_ID;
}
