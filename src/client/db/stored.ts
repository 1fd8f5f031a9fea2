import type { BeneficiaryStatus, MutationType } from '../../shared/schemas';
import type { OutboxRowOf } from './rows';

// What the tables hold since version 5: the fields an index or a bulk status change needs stay
// clear (ids, status, times, commune code), everything about a person is in `sealed`
// (AES-GCM under the user's data key, see seal/sealer.ts). Repository functions turn these into
// the record types of rows.ts and back; no caller ever sees a sealed row.

export interface StoredRoster {
  id: string;
  communeCode: string;
  currentStatus: BeneficiaryStatus;
  needsReview: boolean;
  /**
   * When the person withdrew consent (a status, like currentStatus: clear so a pulled
   * withdrawal is marked inside the pull's transaction and outlives the office's updates).
   */
  consentWithdrawnAt?: string;
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

/**
 * A queued mutation of one type: its bookkeeping (status, attempts, errors as field paths and
 * message keys) and a visit entry's `visitId` clear, the payload (a visit, an account step with
 * its account number …) sealed.
 */
export type StoredOutboxOf<T extends MutationType> = Omit<OutboxRowOf<T>, 'payload'> & {
  sealed: ArrayBuffer;
};

export type StoredOutbox = { [T in MutationType]: StoredOutboxOf<T> }[MutationType];

/**
 * An account's state with one provider as the server last sent it. The key is clear (ids only);
 * the state, the account number's last digits and the dates are sealed.
 */
export interface StoredAccount {
  beneficiaryId: string;
  providerId: string;
  /** The AccountOpening's other fields. */
  sealed: ArrayBuffer;
}

export interface StoredCarried {
  id: string;
  importedAt: string;
  mutationCount: number;
  /** The BackupFile. */
  sealed: ArrayBuffer;
}
