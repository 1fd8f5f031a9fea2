import {
  accountNumberTail,
  accountStateOf,
  choosesProvider,
  type ProviderProfile,
} from '../../shared/accounts';
import { deriveEnrolmentState } from '../../shared/enrolment';
import {
  accountUpdateSchema,
  issuesOf,
  type AccountState,
  type AccountStep,
  type AccountUpdate,
  type PaymentChoice,
} from '../../shared/schemas';
import { openAccount, openAll, openOutbox, openVisit, sealerOf } from './codec';
import type { GhiDanhDB } from './database';
import { NotFoundError, ValidationError, withStorageErrors } from './errors';
import { prepareMutation, queueMutation } from './outbox';
import type { AccountStateRow, OutboxRowOf, VisitRow } from './rows';
import { rosterMemory } from './rosterMemory';
import type { StoredAccount, StoredOutboxOf } from './stored';
import { getDeviceId } from './syncMeta';

// A provider agent's account work on the tablet. Each step recorded is queued in the outbox
// (account.update) and synced like a visit; the state shown is the server's last word (the
// `accounts` table, filled by the pull) with the steps still waiting to be sent laid over it, so
// the list is right offline and a step the server rejects falls back to the server's state.
// The step's payload (with the full account number) is sealed in the outbox, the pulled states
// in `accounts` (last digits, dates) too; both are opened after reading, outside transactions.

type AccountEntry = OutboxRowOf<'account.update'>;
type StoredEntry = StoredOutboxOf<'account.update'>;

const ORDER: Record<AccountStep, number> = { opened: 1, card_issued: 2, safe_use_shown: 3 };

async function checkStep(db: GhiDanhDB, input: unknown): Promise<AccountUpdate> {
  const parsed = accountUpdateSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
  if (parsed.data.deviceId !== (await getDeviceId(db))) {
    throw new ValidationError([{ path: 'deviceId', key: 'validation.visit.deviceMismatch' }]);
  }
  return parsed.data;
}

/** Validates one step and queues it for the server. Throws ValidationError (nothing written). */
export async function recordAccountStep(db: GhiDanhDB, input: unknown): Promise<AccountEntry> {
  const step = await checkStep(db, input);
  const prepared = await prepareMutation(db, 'account.update', step, {});
  return withStorageErrors(() =>
    db.transaction('rw', db.outbox, db.syncMeta, () => queueMutation(db, prepared)),
  );
}

/** A rejected step, corrected: sent again under the same mutation (the server kept nothing). */
export async function correctAccountStep(
  db: GhiDanhDB,
  entryId: string,
  input: unknown,
): Promise<AccountEntry> {
  const step = await checkStep(db, input);
  // Sealed under the entry's id before the transaction; the entry is checked again inside it.
  const sealed = await sealerOf(db).seal(step, `outbox:${entryId}`);
  return withStorageErrors(() =>
    db.transaction('rw', db.outbox, async () => {
      const entry = await db.outbox.get(entryId);
      if (entry?.type !== 'account.update' || entry.status !== 'rejected') {
        throw new NotFoundError('outbox', entryId);
      }
      const { sealed: _old, ...clear } = entry;
      const next = { ...clear, status: 'pending' as const, errors: null };
      await db.outbox.put({ ...next, sealed });
      return { ...next, payload: step };
    }),
  );
}

/** Drops a rejected step the agent will not correct (recorded by mistake). */
export async function discardAccountStep(db: GhiDanhDB, entryId: string): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', db.outbox, async () => {
      const entry = await db.outbox.get(entryId);
      if (entry?.type === 'account.update' && entry.status === 'rejected') {
        await db.outbox.delete(entryId);
      }
    }),
  );
}

/** Stores the account states a pull brought, sealed first; call inside the page's transaction. */
export async function putPulledAccounts(
  db: GhiDanhDB,
  records: readonly StoredAccount[],
): Promise<void> {
  if (records.length > 0) await db.accounts.bulkPut([...records]);
}

/** An account's state as the tablet shows it. */
export interface AccountView {
  providerId: string;
  state: AccountState;
  accountNumberTail: string | null;
  openedOn: string | null;
  cardIssuedOn: string | null;
  safeUseShownOn: string | null;
  /** Steps recorded here and not yet on the server. */
  pending: number;
}

function overlay(
  base: AccountStateRow | undefined,
  providerId: string,
  steps: readonly AccountUpdate[],
): AccountView {
  const view: AccountView = {
    providerId,
    state: accountStateOf(base),
    accountNumberTail: base?.accountNumberTail ?? null,
    openedOn: base?.openedOn ?? null,
    cardIssuedOn: base?.cardIssuedOn ?? null,
    safeUseShownOn: base?.safeUseShownOn ?? null,
    pending: steps.length,
  };
  for (const u of steps) {
    if (u.step === 'opened') {
      view.openedOn = u.happenedOn;
      view.accountNumberTail = accountNumberTail(u.accountNumber);
    } else if (u.step === 'card_issued') view.cardIssuedOn = u.happenedOn;
    else view.safeUseShownOn = u.happenedOn;
    if (view.state === 'not_opened' || ORDER[u.step] > ORDER[view.state]) view.state = u.step;
  }
  return view;
}

/** Every queued account step, opened, in the order they were recorded. */
async function queuedSteps(db: GhiDanhDB): Promise<AccountEntry[]> {
  const stored = (await db.outbox
    .where('type')
    .equals('account.update')
    .toArray()) as StoredEntry[];
  const opened = await openAll(stored, (row) => openOutbox<'account.update'>(sealerOf(db), row));
  return opened.sort((a, b) => a.seq - b.seq);
}

function waiting(steps: readonly AccountEntry[]): AccountUpdate[] {
  return steps.filter((r) => r.status !== 'rejected').map((e) => e.payload);
}

async function openAccounts(db: GhiDanhDB, rows: readonly StoredAccount[]) {
  return openAll(rows, (row) => openAccount(sealerOf(db), row));
}

/** A beneficiary's accounts known to this tablet (one per provider), for the roster screens. */
export async function listAccountsOf(db: GhiDanhDB, beneficiaryId: string): Promise<AccountView[]> {
  const read = await db.transaction('r', db.accounts, db.outbox, async () => ({
    rows: await db.accounts.where('beneficiaryId').equals(beneficiaryId).toArray(),
    steps: await db.outbox.where('type').equals('account.update').count(),
  }));
  const rows = await openAccounts(db, read.rows);
  const mine = read.steps === 0 ? [] : waiting(await queuedSteps(db));
  const steps = mine.filter((u) => u.beneficiaryId === beneficiaryId);
  const providers = new Set([...rows.map((r) => r.providerId), ...steps.map((u) => u.providerId)]);
  return [...providers].sort().map((p) =>
    overlay(
      rows.find((r) => r.providerId === p),
      p,
      steps.filter((u) => u.providerId === p),
    ),
  );
}

export interface AccountWorkItem {
  beneficiaryId: string;
  fullName: string;
  dateOfBirth: string;
  communeCode: string;
  village: string;
  /** The bank or wallet choice that makes this person the provider's customer. */
  payment: Extract<PaymentChoice, { method: 'bank' | 'wallet' }>;
  account: AccountView;
  /** Steps the server refused, kept for correction. */
  rejected: AccountEntry[];
}

export interface AccountWorkFilters {
  communeCode?: string | null;
  state?: AccountState | null;
}

/**
 * The provider's work list: everyone on this tablet's roster whose latest payment choice (the
 * shared derive function, as the server judges it) names this provider, with their account's
 * state, in the roster's Vietnamese order.
 */
export async function listAccountWork(
  db: GhiDanhDB,
  provider: ProviderProfile,
  filters: AccountWorkFilters = {},
): Promise<AccountWorkItem[]> {
  // Visits are sealed: every one is opened to see its payment choice (Web Crypto works them in
  // parallel); the people come from the roster opened in memory, already in name order.
  const read = await db.transaction('r', [db.visits, db.accounts], async () => ({
    visits: await db.visits.toArray(),
    accounts: await db.accounts.where('providerId').equals(provider.id).toArray(),
  }));
  const [visits, accounts, steps, memory] = await Promise.all([
    openAll(read.visits, (v) => openVisit(sealerOf(db), v)),
    openAccounts(db, read.accounts),
    queuedSteps(db),
    rosterMemory(db),
  ]);
  const byPerson = new Map<string, VisitRow[]>();
  for (const v of visits)
    byPerson.set(v.beneficiaryId, [...(byPerson.get(v.beneficiaryId) ?? []), v]);
  const accountOf = new Map(accounts.map((a) => [a.beneficiaryId, a]));
  const pending = waiting(steps);
  const rejected = steps.filter((r) => r.status === 'rejected');
  const items: AccountWorkItem[] = [];
  for (const { entry: person } of memory.sorted) {
    const theirs = byPerson.get(person.id);
    // Payment-less visits may supersede or follow: derive from all visits of people with a choice.
    if (!theirs?.some((v) => v.payment !== null)) continue;
    if (filters.communeCode && person.communeCode !== filters.communeCode) continue;
    const { payment } = deriveEnrolmentState(person, theirs);
    if (!payment || !choosesProvider(payment, provider)) continue;
    if (payment.method !== 'bank' && payment.method !== 'wallet') continue;
    const account = overlay(
      accountOf.get(person.id),
      provider.id,
      pending.filter((u) => u.beneficiaryId === person.id && u.providerId === provider.id),
    );
    if (filters.state && account.state !== filters.state) continue;
    items.push({
      beneficiaryId: person.id,
      fullName: person.fullName,
      dateOfBirth: person.dateOfBirth,
      communeCode: person.communeCode,
      village: person.village,
      payment,
      account,
      rejected: rejected.filter((r) => r.payload.beneficiaryId === person.id),
    });
  }
  return items;
}
