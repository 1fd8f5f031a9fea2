// Where the visit form leads back to (routes owned by the roster feature).
export const rosterPath = () => '/';
export const beneficiaryPath = (id: string) => `/nguoi-huong/${encodeURIComponent(id)}`;
export const visitPath = (id: string) => `${beneficiaryPath(id)}/tham-ho`;
/** Edit (unsynced) or correct (synced) a saved visit. */
export const editVisitPath = (id: string, visitId: string) =>
  `${visitPath(id)}?sua=${encodeURIComponent(visitId)}`;
