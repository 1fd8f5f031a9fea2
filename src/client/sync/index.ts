export { usePendingSummary, type PendingSummary } from './usePendingSummary';
export {
  buildBackup,
  backupFileName,
  importBackup,
  BACKUP_MAX_BYTES,
  type BackupProgress,
  type ImportResult,
} from './backup';
