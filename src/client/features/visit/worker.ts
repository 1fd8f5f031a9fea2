import { activeUsername } from '../../sync';

// Who records the visit: the signed-in user (the server checks it matches the account that
// sends it). Without a session (tests, a device before its first sign-in) a placeholder is
// kept; sync only runs signed in, so a visit is never pushed under it unnoticed.
export const UNASSIGNED_WORKER_ID = 'unassigned';

export function currentWorkerId(): string {
  return activeUsername() ?? UNASSIGNED_WORKER_ID;
}
