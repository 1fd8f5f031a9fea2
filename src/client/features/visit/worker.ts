// Who is recording visits on this device. Sign-in is not built yet; until it is, visits carry
// this placeholder (the server matches workerId to the signed-in user, so sign-in must replace
// it before the first sync). Kept in one place so that change is one line.
export const UNASSIGNED_WORKER_ID = 'unassigned';

export function currentWorkerId(): string {
  return UNASSIGNED_WORKER_ID;
}
