import type { BeneficiaryStatus, Issue, Mutation } from '../../shared/schemas';
import type { OutboxStatus } from './rows';

// What the tables hold since version 5: the fields an index or a bulk status change needs stay
// clear (ids, status, times, commune code), everything about a person is in `sealed`
// (AES-GCM under the user's data key, see seal/sealer.ts). Repository functions turn these into
// the record types of rows.ts and back; no caller ever sees a sealed row.

export interface StoredRoster {
  id: string;
  communeCode: string;
  currentStatus: BeneficiaryStatus;
  needsReview: boolean;
  /** The Beneficiary. */
  sealed: ArrayBuffer;
}

export interface StoredVisit {
  id: string;
  beneficiaryId: string;
  visitedAt: string;
  syncedAt: string | null;
  /** The Visit. */
  sealed: ArrayBuffer;
}

export interface StoredAttachment {
  id: string;
  visitId: string;
  /** The AttachmentMeta. */
  sealed: ArrayBuffer;
  /** The file's bytes. */
  sealedBytes: ArrayBuffer;
}

export interface StoredDraft {
  id: string;
  beneficiaryId: string;
  createdAt: string;
  updatedAt: string;
  /** { step, data }. */
  sealed: ArrayBuffer;
}

export interface StoredOutbox extends Omit<Mutation, 'payload'> {
  visitId: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: string | null;
  /** Field paths and message keys only (no values). */
  errors: Issue[] | null;
  /** The payload (the Visit). */
  sealed: ArrayBuffer;
}

export interface StoredCarried {
  id: string;
  importedAt: string;
  mutationCount: number;
  /** The BackupFile. */
  sealed: ArrayBuffer;
}
