import type {
  AccountOpening,
  Beneficiary,
  Change,
  Issue,
  PushResult,
  RightsApplied,
  Visit,
} from '../../shared/schemas';
import type { SharedMessageKey } from '../../shared/messages';

// Pure rules for what the server's answers do to the device's queue and roster.

export interface PushReconciliation {
  /** Results for entries this batch sent: applied/duplicate leave the queue, rejected stay. */
  answered: PushResult[];
  /** Entries sent but missing from the answer: go back to pending (sent again later). */
  unanswered: string[];
  /** Results for ids this batch did not send: ignored. */
  unexpected: string[];
}

/**
 * Matches a push answer to the ids sent. A duplicate counts as success (the server already has
 * it: a retry after a lost answer); if the server names an id twice, its first answer stands.
 */
export function reconcilePush(
  sentIds: readonly string[],
  results: readonly PushResult[],
): PushReconciliation {
  const sent = new Set(sentIds);
  const byId = new Map<string, PushResult>();
  const unexpected: string[] = [];
  for (const result of results) {
    if (!sent.has(result.id)) unexpected.push(result.id);
    else if (!byId.has(result.id)) byId.set(result.id, result);
  }
  return {
    answered: sentIds.flatMap((id) => byId.get(id) ?? []),
    unanswered: sentIds.filter((id) => !byId.has(id)),
    unexpected,
  };
}

export interface SortedChanges {
  beneficiaries: Beneficiary[];
  removedBeneficiaryIds: string[];
  visits: Visit[];
  /** Account-opening updates received (the records are in `accounts`). */
  accountOpenings: number;
  /** Each account's latest state in the page. */
  accounts: AccountOpening[];
  /** Withdrawals and erasures carried out by the server, in order. */
  rights: RightsApplied[];
}

/**
 * Splits a pull page by kind. Within a page later changes win: an entry added then removed is
 * removed, removed then added again is kept.
 */
export function sortChanges(changes: readonly Change[]): SortedChanges {
  const latest = new Map<string, Beneficiary | null>();
  const visits = new Map<string, Visit>();
  let accountOpenings = 0;
  const accounts = new Map<string, AccountOpening>();
  const rights: RightsApplied[] = [];
  for (const change of changes) {
    switch (change.kind) {
      case 'beneficiary':
        latest.delete(change.record.id); // re-insert so the map keeps the latest order
        latest.set(change.record.id, change.record);
        break;
      case 'beneficiaryRemoved':
        latest.delete(change.id);
        latest.set(change.id, null);
        break;
      case 'visit':
        visits.set(change.record.id, change.record);
        break;
      case 'accountOpening':
        accountOpenings++;
        accounts.set(`${change.record.beneficiaryId}|${change.record.providerId}`, change.record);
        break;
      case 'rights':
        rights.push(change.record);
        // An erased person's visits in this page are not kept either.
        if (change.record.kind === 'erase') {
          for (const [id, v] of visits)
            if (v.beneficiaryId === change.record.beneficiaryId) visits.delete(id);
        }
        break;
    }
  }
  const beneficiaries: Beneficiary[] = [];
  const removedBeneficiaryIds: string[] = [];
  for (const [id, record] of latest) {
    if (record) beneficiaries.push(record);
    else removedBeneficiaryIds.push(id);
  }
  return {
    beneficiaries,
    removedBeneficiaryIds,
    visits: [...visits.values()],
    accountOpenings,
    accounts: [...accounts.values()],
    rights,
  };
}

/** A mutation refused before it was sent (e.g. its photo is gone): kept, with the reason. */
export function localRejection(id: string, errors: Issue[]): PushResult {
  return { id, status: 'rejected', errors };
}

/**
 * Why the server refused a photo, as a shared message key; null when the refusal is not about
 * the photo itself (network, server error, session) and the upload should simply be retried.
 */
export function attachmentRefusalKey(status: number, code: string): SharedMessageKey | null {
  if (status === 413) return 'validation.attachment.tooLarge';
  if (status === 415) return 'validation.attachment.typeInvalid';
  if (status === 409) return 'validation.list.duplicate';
  if (status === 400) {
    return code === 'hash_mismatch'
      ? 'validation.attachment.bytesMismatch'
      : 'validation.attachment.hashInvalid';
  }
  return null;
}
