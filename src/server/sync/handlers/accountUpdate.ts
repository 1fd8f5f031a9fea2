import { sql, type Transaction } from 'kysely';
import {
  choosesProvider,
  foldAccountUpdates,
  type ProviderProfile,
} from '../../../shared/accounts';
import { deriveEnrolmentState, type VisitLike } from '../../../shared/enrolment';
import type { AccountUpdate, Beneficiary } from '../../../shared/schemas';
import type { PushResult } from '../../../shared/schemas/sync';
import type { Caller } from '../../auth/guard';
import { callerUnits } from '../../auth/scope';
import { providerProfile } from '../../auth/sessions';
import type { Database } from '../../store/schema';
import { lockChangeSequence } from '../../store/transaction';
import { anyOf, answerStored, rejection, type MutationHandler, storedIn } from './types';

// account.update: a provider agent records one step of a beneficiary's account. Allowed only for
// people in the provider's communes whose latest payment choice (the shared derive function)
// names this provider. Each step is a row of account_updates carrying its mutation's
// idempotency record; account_openings, which devices pull, is folded again from those rows.

const stored = storedIn('account_updates');

interface Subject {
  communeCode: string;
  chosen: boolean;
  opened: boolean;
}

/** What the checks need about each beneficiary named: commune, payment choice, account so far. */
async function subjects(
  trx: Transaction<Database>,
  provider: ProviderProfile,
  ids: string[],
): Promise<Map<string, Subject>> {
  if (ids.length === 0) return new Map();
  const [people, visits, openings] = await Promise.all([
    trx
      .selectFrom('beneficiaries')
      .select(['id', 'commune_code', 'data'])
      .where('id', '=', anyOf(ids))
      .where('removed_at', 'is', null)
      .execute(),
    trx
      .selectFrom('visits')
      .select(['beneficiary_id', 'data'])
      .where('beneficiary_id', '=', anyOf(ids))
      .execute(),
    trx
      .selectFrom('account_openings')
      .select(['beneficiary_id', 'opened_on'])
      .where('beneficiary_id', '=', anyOf(ids))
      .where('provider_id', '=', provider.id)
      .execute(),
  ]);
  const visitsOf = new Map<string, VisitLike[]>();
  for (const v of visits) {
    visitsOf.set(v.beneficiary_id, [
      ...(visitsOf.get(v.beneficiary_id) ?? []),
      v.data as VisitLike,
    ]);
  }
  const opened = new Set(openings.filter((o) => o.opened_on !== null).map((o) => o.beneficiary_id));
  return new Map(
    people.map((p) => {
      const state = deriveEnrolmentState(p.data as Beneficiary, visitsOf.get(p.id) ?? []);
      return [
        p.id,
        {
          communeCode: p.commune_code,
          chosen: choosesProvider(state.payment, provider),
          opened: opened.has(p.id),
        },
      ];
    }),
  );
}

/** Folds the account again from every step recorded and stores it for devices to pull. */
async function refreshOpening(
  trx: Transaction<Database>,
  caller: Caller,
  beneficiaryId: string,
  providerId: string,
  communeCode: string,
  now: string,
) {
  const rows = await trx
    .selectFrom('account_updates')
    .select('data')
    .where('beneficiary_id', '=', beneficiaryId)
    .where('provider_id', '=', providerId)
    .execute();
  const progress = foldAccountUpdates(rows.map((r) => r.data as AccountUpdate));
  if (!progress) return;
  const values = {
    commune_code: communeCode,
    status: progress.status,
    updated_at: now,
    account_number: progress.accountNumber,
    opened_on: progress.openedOn,
    card_issued_on: progress.cardIssuedOn,
    safe_use_shown_on: progress.safeUseShownOn,
    updated_by: caller.userId,
    device_id: caller.deviceId,
  };
  await trx
    .insertInto('account_openings')
    .values({ beneficiary_id: beneficiaryId, provider_id: providerId, ...values })
    .onConflict((oc) =>
      oc
        .columns(['beneficiary_id', 'provider_id'])
        .doUpdateSet({ ...values, change_seq: sql<number>`nextval('change_seq')` }),
    )
    .execute();
}

export const accountUpdate: MutationHandler<'account.update'> = {
  roles: ['provider_agent'],
  stored,
  async apply(trx, caller, items, appliedAt) {
    // Held until commit: the "opened yet?" checks and the folds see every earlier step.
    await lockChangeSequence(trx);
    const earlier = await stored(
      trx,
      items.map((j) => j.id),
    );
    const provider = await providerProfile(trx, caller.providerId);
    const fresh = items.filter((j) => !earlier.has(j.id));
    const about = provider
      ? await subjects(trx, provider, [
          ...new Set(fresh.map((j) => j.mutation.payload.beneficiaryId)),
        ])
      : new Map<string, Subject>();
    const units = await callerUnits(trx, caller);
    const scope = units && new Set(units);
    const touched = new Map<string, string>(); // beneficiary → commune
    const results: PushResult[] = [];
    for (const j of items) {
      const seen = earlier.get(j.id);
      if (seen) {
        results.push(answerStored(j.id, j.hash, seen));
        continue;
      }
      const u = j.mutation.payload;
      const subject = about.get(u.beneficiaryId);
      const refuse = (key: Parameters<typeof rejection>[1], path: string) =>
        results.push(rejection(j.id, key, path));
      if (!provider || u.providerId !== provider.id) {
        refuse('account.otherProvider', 'payload.providerId');
      } else if (!subject) {
        refuse('protocol.mutation.beneficiaryUnknown', 'payload.beneficiaryId');
      } else if (scope && !scope.has(subject.communeCode)) {
        refuse('protocol.mutation.outOfScope', 'payload.beneficiaryId');
      } else if (!subject.chosen) {
        refuse('account.notChosen', 'payload.beneficiaryId');
      } else if (u.step === 'card_issued' && provider.kind === 'wallet') {
        refuse('account.noCardForWallet', 'payload.step');
      } else if (u.step !== 'opened' && !subject.opened) {
        refuse('account.notOpenedYet', 'payload.step');
      } else {
        const inserted = await trx
          .insertInto('account_updates')
          .values({
            id: u.id,
            mutation_id: j.id,
            payload_hash: j.hash,
            seq: j.mutation.seq,
            applied_at: appliedAt,
            beneficiary_id: u.beneficiaryId,
            provider_id: provider.id,
            commune_code: subject.communeCode,
            step: u.step,
            device_id: caller.deviceId,
            user_id: caller.userId,
            data: j.payloadJson,
          })
          .onConflict((oc) => oc.doNothing())
          .returning('mutation_id')
          .executeTakeFirst();
        if (inserted) {
          if (u.step === 'opened') subject.opened = true;
          touched.set(u.beneficiaryId, subject.communeCode);
          results.push({ id: j.id, status: 'applied', appliedAt });
        } else {
          refuse('protocol.mutation.recordIdReused', 'payload.id');
        }
      }
    }
    for (const [beneficiaryId, commune] of touched) {
      await refreshOpening(trx, caller, beneficiaryId, provider!.id, commune, appliedAt);
    }
    return results;
  },
};
