// The device database: open it, then use these repository functions (never the tables).
export { DEFAULT_DB_NAME, GhiDanhDB, openGhiDanhDB } from './database';
export {
  DuplicateVisitError,
  NotFoundError,
  StorageFullError,
  ValidationError,
  VisitLockedError,
} from './errors';
export type {
  AttachmentRow,
  DraftRow,
  OutboxRow,
  OutboxStatus,
  RosterEntry,
  SyncMeta,
  SyncMetaKey,
  VisitRow,
} from './rows';
export {
  countRoster,
  getBeneficiary,
  MAX_PAGE_SIZE,
  replaceRoster,
  searchRoster,
  upsertBeneficiaries,
  type RosterFilters,
  type RosterPage,
  type RosterSearchResult,
} from './roster';
export {
  discardDraft,
  DRAFT_MAX_JSON_CHARS,
  DRAFT_MAX_STEP,
  getDraft,
  listDrafts,
  listDraftsFor,
  saveDraft,
  type DraftInput,
} from './drafts';
export {
  getAttachment,
  getEnrolmentState,
  getVisit,
  listVisitsFor,
  saveVisit,
  updateUnsyncedVisit,
  type NewAttachment,
  type SavedVisit,
  type StoredAttachment,
} from './visits';
export {
  listOutbox,
  markOutboxResult,
  markOutboxSending,
  oldestPending,
  outboxCounts,
  pendingCount,
  releaseOutbox,
  resetSendingOutbox,
  type OutboxResultSummary,
} from './outbox';
export { getDeviceId, getMeta, setMeta } from './syncMeta';
