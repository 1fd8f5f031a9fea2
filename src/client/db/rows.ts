import type {
  AccountOpening,
  AttachmentMeta,
  Beneficiary,
  BeneficiaryStatus,
  Issue,
  BackupFile,
  MutationOf,
  MutationType,
  Visit,
} from '../../shared/schemas';

// What each table holds. Records are the shared schema types plus the few fields only the device
// needs (search keys, derived state, sync bookkeeping).

/** Fields the roster index is built from (see rosterKeys.ts). */
export interface RosterSearchFields {
  /** Folded, space-joined words of name, village, ID number and phone: "hoang van thu na phai …". */
  searchKey: string;
  /** The distinct words of searchKey; a multi-entry index for prefix search. */
  searchWords: string[];
  /** Orders rows as a Vietnamese list is ordered: given name first, then the full name. */
  sortKey: string;
}

/** A beneficiary as shown on this device: the office's entry plus what local visits say. */
export interface RosterEntry extends Beneficiary {
  /** Status derived from the roster and this device's visits (deriveEnrolmentState). */
  currentStatus: BeneficiaryStatus;
  /** Two devices' visits disagree on the payment choice. */
  needsReview: boolean;
  /** The person withdrew consent (a carried-out rights request): no further processing. */
  consentWithdrawnAt?: string;
}

export type RosterRow = RosterEntry & RosterSearchFields;

export interface VisitRow extends Visit {
  /** When the server accepted the visit; null while it waits in the outbox. */
  syncedAt: string | null;
}

export interface AttachmentRow extends AttachmentMeta {
  visitId: string;
  /**
   * The file's bytes. Kept as an ArrayBuffer rather than a Blob: it is what Web Crypto encrypts
   * and hashes, and it survives structured cloning everywhere (old Safari lost Blobs in IndexedDB).
   */
  bytes: ArrayBuffer;
}

export interface DraftRow {
  /** The id the visit will have once saved (UUIDv7), so saving twice cannot make two visits. */
  id: string;
  beneficiaryId: string;
  /** Which step of the visit form the worker reached. */
  step: number;
  /** The form's values so far; validated only when the visit is saved. */
  data: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export type OutboxStatus = 'pending' | 'sending' | 'rejected';

interface OutboxState {
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: string | null;
  /** The server's reasons when it rejected the mutation; kept for correction, never dropped. */
  errors: Issue[] | null;
}

/**
 * Top-level fields an entry of some type carries besides its mutation (for an index). Only a
 * visit's entry has `visitId` (the index finds it when the visit is corrected).
 */
type OutboxExtra<T extends MutationType> = T extends 'visit.create'
  ? { visitId: string }
  : { visitId?: never };

/** A queued mutation of one type, with its sending state. */
export type OutboxRowOf<T extends MutationType> = MutationOf<T> & OutboxState & OutboxExtra<T>;

/** Any queued mutation; narrow it by `type`. */
export type OutboxRow = { [T in MutationType]: OutboxRowOf<T> }[MutationType];

/** An account's state with one provider, as the server last sent it (a pulled accountOpening). */
export type AccountStateRow = AccountOpening;

/** Device-wide values, one row per key. */
export interface SyncMeta {
  deviceId: string;
  /** The last mutation number used on this device. */
  lastSeq: number;
  /** Opaque position in the server's change feed. */
  cursor: string;
  lastSyncAt: string;
  /** A known text sealed with the data key: a wrong key is told apart from damaged rows. */
  keyCheck: ArrayBuffer;
  /** Set once every record from before version 5 has been sealed. */
  sealVersion: number;
}

export type SyncMetaKey = keyof SyncMeta;

export interface SyncMetaRow<K extends SyncMetaKey = SyncMetaKey> {
  key: K;
  value: SyncMeta[K];
}

/** A backup file imported from another device, kept until the server confirms it has it all. */
export interface CarriedRow {
  /** `${deviceId}:${exportedAt}` of the file: importing the same file twice keeps one copy. */
  id: string;
  importedAt: string;
  mutationCount: number;
  file: BackupFile;
}
