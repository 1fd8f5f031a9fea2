export { usePendingSummary, type PendingSummary } from './usePendingSummary';
export {
  buildBackup,
  backupFileName,
  importBackup,
  BACKUP_MAX_BYTES,
  type BackupProgress,
  type ImportResult,
} from './backup';
export {
  activeUsername,
  choosePin,
  configureServer,
  lockSession,
  markNeedsLogin,
  renewLogin,
  restoreSession,
  serverConfig,
  signIn,
  signOut,
  unlockWithPin,
  useSession,
  wipeActiveUser,
  type SessionNotice,
  type SessionState,
  type SessionUser,
  type UnlockResult,
} from './auth/session';
export { LoginError, type LoginFailure } from './auth/login';
export {
  DEFAULT_IDLE_MINUTES,
  HIDDEN_LOCK_MS,
  IDLE_CHOICES_MINUTES,
  idleMinutesStore,
  setIdleMinutes,
  watchForLock,
  type IdleMinutes,
} from './auth/autoLock';
export { MAX_PIN_FAILURES, PIN_LENGTH, pinProblem, type PinProblem } from './auth/pin';
export {
  notifyReconnected,
  requestSync,
  resumeSync,
  startSync,
  useSyncStatus,
  type StartSyncOptions,
} from './runtime';
export type { SyncPhase, SyncProgress, SyncStatus } from './engine';
export { useRejectedVisits, type RejectedVisit } from './useRejectedVisits';
export {
  officeDownload,
  officeRequest,
  saveFile,
  type DownloadedFile,
  type OfficeFileRequest,
  type OfficeRequest,
} from './officeApi';
export { HttpError, NetworkError } from './http';
export { failureReason, useServerData } from './officeData';
