export { usePendingSummary, type PendingSummary } from './usePendingSummary';
