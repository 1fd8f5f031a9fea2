import type { Issue, PushResponse, PushResult } from '../../shared/schemas';
import {
  getAttachment,
  getDeviceId,
  getMeta,
  oldestPending,
  outboxCounts,
  pendingCount,
  releaseOutbox,
  resetSendingOutbox,
  setMeta,
  type GhiDanhDB,
  type OutboxRow,
} from '../db';
import { carriedMutationCount } from '../db/carried';
import { watchPendingOutbox } from '../db/outboxWatch';
import { outboxMutation } from '../db/outbox';
import { claimOutbox, settleOutbox } from '../db/outboxBulk';
import { applyPulledPage } from '../db/pulled';
import type { SyncApi } from './api';
import { DEFAULT_BACKOFF, retryDelay, type BackoffOptions } from './backoff';
import {
  classifyFailure,
  describeFailure,
  DeviceRevokedError,
  retryAfterOf,
  type FailureKind,
} from './errors';
import { buildHeartbeat } from './heartbeat';
import { BadResponseError, HttpError } from './http';
import { runExclusive } from './lock';
import { observable, type Observable } from './observable';
import { attachmentRefusalKey, localRejection, reconcilePush, sortChanges } from './reconcile';

// Drains this user's outbox to the server, then pulls what changed for their communes, then
// reports the queue (heartbeat). Runs on start, shortly after each save, on reconnect, on
// demand and every few minutes; one tab at a time (a Web Lock), so no mutation is sent twice.
// Network failures and server errors are retried with backoff, forever: nothing is dropped.

export type SyncPhase = 'idle' | 'syncing' | 'waiting' | 'paused' | 'revoked' | 'stopped';

export interface SyncProgress {
  stage: 'push' | 'pull';
  done: number;
  /** Records to send in all (push); unknown while pulling. */
  total: number | null;
}

export interface SyncStatus {
  phase: SyncPhase;
  progress: SyncProgress | null;
  /** When a sync last completed without error (ISO). */
  lastSuccessAt: string | null;
  /** The failure of the last attempt, or null after a success. */
  lastError: string | null;
  /** What kind of failure that was, for a plain-language line; null after a success. */
  lastFailure: FailureKind | null;
  /** When the next attempt after a failure is due (epoch ms). */
  retryAt: number | null;
  /** Failures in a row. */
  failures: number;
}

export type SyncTrigger = 'start' | 'save' | 'online' | 'manual' | 'timer' | 'resume';

export interface SyncEngineOptions {
  db: GhiDanhDB;
  api: SyncApi;
  appVersion: string;
  /** The server refused the session: ask for the password. Records stay queued. */
  onAuthRequired?: () => void;
  /** The server revoked this device: erase its data. */
  onRevoked?: () => Promise<void> | void;
  /** Mutations per push (the protocol allows up to 500). */
  batchSize?: number;
  pullPageSize?: number;
  /** Wait after a save before sending, so a burst of saves goes in one batch. */
  saveDelayMs?: number;
  /** Pull the roster's changes this often while nothing else triggers a sync. */
  pullIntervalMs?: number;
  backoff?: BackoffOptions;
  random?: () => number;
  storageEstimate?: () => Promise<{ usage?: number; quota?: number } | null>;
  /** Web Lock name; one per user database. */
  lockName?: string;
}

export interface SyncReport {
  sent: number;
  rejected: number;
  pulled: number;
}

interface Prepared {
  claimed: OutboxRow[];
  /** The claimed entries whose photos are on the server: the batch to push. */
  sent: OutboxRow[];
}

interface Flight {
  sent: OutboxRow[];
  response: Promise<PushResponse>;
}

const NOTHING: Prepared = { claimed: [], sent: [] };

const INITIAL: SyncStatus = {
  phase: 'idle',
  progress: null,
  lastSuccessAt: null,
  lastError: null,
  lastFailure: null,
  retryAt: null,
  failures: 0,
};

async function browserStorageEstimate() {
  const storage = globalThis.navigator?.storage;
  return storage?.estimate ? storage.estimate().catch(() => null) : null;
}

export class SyncEngine {
  readonly status: Observable<SyncStatus> = observable(INITIAL);
  readonly #o: Required<Omit<SyncEngineOptions, 'onAuthRequired' | 'onRevoked'>> &
    Pick<SyncEngineOptions, 'onAuthRequired' | 'onRevoked'>;
  /** Attachments the server confirmed, so a retried batch does not upload them again. */
  readonly #uploaded = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #interval: ReturnType<typeof setInterval> | undefined;
  #running: Promise<void> | null = null;
  #again = false;
  #started = false;
  /** Set by stop(): a sync under way ends at its next step, and nothing new starts. */
  #stopped = false;
  #lastPending = 0;
  #unwatch: (() => void) | null = null;
  readonly #onOnline = () => this.trigger('online');

  constructor(options: SyncEngineOptions) {
    this.#o = {
      batchSize: 250,
      pullPageSize: 500,
      saveDelayMs: 1_500,
      pullIntervalMs: 5 * 60_000,
      backoff: DEFAULT_BACKOFF,
      random: Math.random,
      storageEstimate: browserStorageEstimate,
      lockName: `ghidanh-sync:${options.db.name}`,
      ...options,
    };
  }

  /** Starts listening (saves, reconnects, the clock) and syncs at once. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#update({ phase: 'idle' });
    this.#unwatch = watchPendingOutbox(this.#o.db, (count) => {
      // Only growth means new work (a save, a corrected rejection); the engine's own sending
      // makes the count fall.
      if (count > this.#lastPending) this.trigger('save');
      this.#lastPending = count;
    });
    globalThis.addEventListener?.('online', this.#onOnline);
    this.#interval = setInterval(() => this.trigger('timer'), this.#o.pullIntervalMs);
    this.trigger('start');
  }

  /** Stops listening; a sync under way finishes its current request. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    clearInterval(this.#interval);
    this.#unwatch?.();
    this.#unwatch = null;
    globalThis.removeEventListener?.('online', this.#onOnline);
    this.#update({ phase: 'stopped', progress: null, retryAt: null });
  }

  /** Asks for a sync. Saves wait a moment; a reconnect or the button cuts a backoff short. */
  trigger(reason: SyncTrigger): void {
    const { phase } = this.status.get();
    if (!this.#started || this.#stopped || phase === 'revoked') return;
    if (phase === 'paused' && reason !== 'manual' && reason !== 'resume') return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    if (phase === 'waiting' && (reason === 'save' || reason === 'timer')) return;
    this.#schedule(reason === 'save' ? this.#o.saveDelayMs : 0);
  }

  /** After a new password login: leave the paused state and sync. */
  resume(): void {
    if (this.status.get().phase === 'paused') {
      this.#update({ phase: 'idle', lastError: null, lastFailure: null });
    }
    this.trigger('resume');
  }

  /** Runs one sync now (or joins the one under way) and resolves when it has finished. */
  syncNow(): Promise<void> {
    clearTimeout(this.#timer);
    return this.#cycle();
  }

  #schedule(ms: number) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#cycle(), ms);
  }

  #update(changes: Partial<SyncStatus>) {
    this.status.set({ ...this.status.get(), ...changes });
  }

  #cycle(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    clearTimeout(this.#timer);
    this.#running = this.#attempt().finally(() => {
      this.#running = null;
      const again = this.#again;
      this.#again = false;
      if (again && !this.#stopped && this.status.get().phase === 'idle') this.#schedule(0);
    });
    return this.#running;
  }

  async #attempt(): Promise<void> {
    this.#update({ phase: 'syncing', progress: null, retryAt: null });
    try {
      await runExclusive(this.#o.lockName, () => this.syncOnce());
      if (this.#stopped) return;
      this.#update({
        phase: 'idle',
        progress: null,
        lastSuccessAt: new Date().toISOString(),
        lastError: null,
        lastFailure: null,
        failures: 0,
      });
    } catch (error) {
      if (this.#stopped) return;
      const kind = classifyFailure(error);
      const lastError = describeFailure(error);
      this.#update({ lastFailure: kind });
      if (kind === 'revoked') {
        this.stop();
        this.#update({ phase: 'revoked', lastError });
        await this.#o.onRevoked?.();
      } else if (kind === 'auth') {
        this.#update({ phase: 'paused', progress: null, lastError });
        this.#o.onAuthRequired?.();
      } else {
        const failures = this.status.get().failures + 1;
        const delay = retryDelay(failures, this.#o.random(), retryAfterOf(error), this.#o.backoff);
        this.#update({
          phase: 'waiting',
          progress: null,
          lastError,
          failures,
          retryAt: Date.now() + delay,
        });
        this.#schedule(delay);
      }
    }
  }

  /**
   * One full sync: push every pending mutation, pull every change, send the heartbeat. Call it
   * directly only where no other sender can run (tests); the engine calls it under its lock.
   */
  async syncOnce(): Promise<SyncReport> {
    const db = this.#o.db;
    const deviceId = await getDeviceId(db);
    // We hold the lock: an entry still marked "sending" was left by a closed tab or a crash.
    await resetSendingOutbox(db);
    const report: SyncReport = { sent: 0, rejected: 0, pulled: 0 };
    try {
      await this.#pushAll(deviceId, report);
      report.pulled = await this.#pullAll();
    } catch (error) {
      const kind = classifyFailure(error);
      if (kind === 'server' || kind === 'refused') {
        // The server is there but unhappy: still tell it how this device stands.
        await this.#heartbeat(deviceId, describeFailure(error)).catch((e: unknown) => {
          if (classifyFailure(e) === 'revoked') throw e;
        });
      }
      throw error;
    }
    await this.#heartbeat(deviceId, null);
    return report;
  }

  #progress(progress: SyncProgress | null) {
    this.#update({ progress });
  }

  /**
   * Sends every pending entry, one batch with the server at a time. While a batch is with the
   * server, the device settles the answer to the one before and prepares the one after, so the
   * two sides work at the same time instead of taking turns.
   */
  async #pushAll(deviceId: string, report: SyncReport) {
    const db = this.#o.db;
    let batchSize = this.#o.batchSize;
    let done = 0;
    let total = (await outboxCounts(db)).pending;
    const progress = async () => {
      total = Math.max(total, done + (await outboxCounts(db)).pending);
      this.#progress({ stage: 'push', done, total });
    };
    this.#progress({ stage: 'push', done, total });
    let flight: Flight | null = null;
    let answered: { sent: OutboxRow[]; response: PushResponse } | null = null;
    try {
      for (;;) {
        if (answered) {
          await this.#settle(answered.sent, answered.response, report);
          done += answered.sent.length;
          answered = null;
          await progress();
        }
        const next = this.#stopped ? NOTHING : await this.#prepare(batchSize, report);
        done += next.claimed.length - next.sent.length; // refused for their photos: settled
        if (flight) {
          const current: Flight = flight;
          flight = null;
          try {
            answered = { sent: current.sent, response: await current.response };
          } catch (error) {
            await releaseOutbox(
              db,
              [...current.sent, ...next.sent].map((e) => e.id),
              describeFailure(error),
            );
            batchSize = await this.#afterRefusedBatch(error, current.sent, batchSize, report);
            continue;
          }
        }
        if (next.sent.length > 0) {
          const response = this.#o.api.push({ deviceId, mutations: next.sent.map(outboxMutation) });
          response.catch(() => undefined); // handled when awaited; never unhandled meanwhile
          flight = { sent: next.sent, response };
        } else if (!answered && next.claimed.length === 0) {
          return;
        }
      }
    } finally {
      // A failure while a batch was with the server: keep what it answered, release the rest.
      const left = flight as Flight | null;
      if (left) {
        const response = await left.response.catch(() => null);
        try {
          if (response) await this.#settle(left.sent, response, report);
          else
            await releaseOutbox(
              db,
              left.sent.map((e) => e.id),
              'interrupted',
            );
        } catch {
          // the next sync resets whatever is still marked as sending
        }
      }
    }
  }

  /** Claims the next pending entries and uploads their photos. */
  async #prepare(batchSize: number, report: SyncReport): Promise<Prepared> {
    const db = this.#o.db;
    const claimed = await claimOutbox(db, batchSize);
    if (claimed.length === 0) return NOTHING;
    try {
      const refused = await this.#uploadAttachments(claimed);
      if (refused.length > 0) {
        await settleOutbox(db, refused);
        report.rejected += refused.length;
      }
      const gone = new Set(refused.map((r) => r.id));
      return { claimed, sent: claimed.filter((e) => !gone.has(e.id)) };
    } catch (error) {
      await releaseOutbox(
        db,
        claimed.map((e) => e.id),
        describeFailure(error),
      );
      throw error;
    }
  }

  /**
   * A batch the server refused as a whole. Too large, or its envelope invalid: retry in smaller
   * batches, down to one entry, which is then kept as rejected with the server's reasons. Any
   * other failure is thrown (and retried later with backoff). Returns the batch size to go on with.
   */
  async #afterRefusedBatch(
    error: unknown,
    sent: OutboxRow[],
    batchSize: number,
    report: SyncReport,
  ): Promise<number> {
    if (error instanceof HttpError && !error.wipe) {
      if ((error.status === 413 || error.status === 400) && sent.length > 1) {
        return Math.max(1, Math.floor(sent.length / 2));
      }
      if (error.status === 400 && sent.length === 1) {
        const issues: Issue[] = error.issues.length
          ? error.issues
          : [{ path: '', key: 'validation.object.invalid' }];
        await settleOutbox(this.#o.db, [localRejection(sent[0]!.id, issues)]);
        report.rejected++;
        return batchSize;
      }
    }
    throw error;
  }

  async #settle(sent: OutboxRow[], response: PushResponse, report: SyncReport) {
    const db = this.#o.db;
    const { answered, unanswered } = reconcilePush(
      sent.map((e) => e.id),
      response.results,
    );
    const summary = await settleOutbox(db, answered);
    report.sent += summary.synced;
    report.rejected += summary.rejected;
    if (unanswered.length > 0) {
      await releaseOutbox(db, unanswered, 'no answer');
      throw new BadResponseError(`The server did not answer for ${unanswered.length} mutations`);
    }
  }

  /** Uploads the photos each queued visit lists (other types carry none); visits whose photo the server refuses are rejected. */
  async #uploadAttachments(entries: readonly OutboxRow[]): Promise<PushResult[]> {
    const refused: PushResult[] = [];
    for (const entry of entries) {
      if (entry.type !== 'visit.create') continue;
      const issues: Issue[] = [];
      for (const [index, id] of entry.payload.attachments.entries()) {
        if (this.#uploaded.has(id)) continue;
        const path = `payload.attachments.${index}`;
        const stored = await getAttachment(this.#o.db, id);
        if (!stored) {
          issues.push({ path, key: 'validation.visit.attachmentMissing' });
          continue;
        }
        try {
          await this.#o.api.putAttachment(stored.meta, stored.blob);
          this.#uploaded.add(id);
        } catch (error) {
          const key =
            error instanceof HttpError && !error.wipe
              ? attachmentRefusalKey(error.status, error.code)
              : null;
          if (!key) throw error;
          issues.push({ path, key });
        }
      }
      if (issues.length > 0) refused.push(localRejection(entry.id, issues));
    }
    return refused;
  }

  async #pullAll(): Promise<number> {
    const db = this.#o.db;
    let cursor = (await getMeta(db, 'cursor')) ?? '0';
    let received = 0;
    this.#progress({ stage: 'pull', done: 0, total: null });
    for (;;) {
      if (this.#stopped) return received;
      const page = await this.#o.api.pull(cursor, this.#o.pullPageSize);
      await applyPulledPage(db, { ...sortChanges(page.changes), cursor: page.cursor });
      received += page.changes.length;
      this.#progress({ stage: 'pull', done: received, total: null });
      // A cursor that does not move would loop forever: stop and pull again next time.
      if (!page.hasMore || page.cursor === cursor) break;
      cursor = page.cursor;
    }
    await setMeta(db, 'lastSyncAt', new Date().toISOString());
    return received;
  }

  async #heartbeat(deviceId: string, lastError: string | null) {
    const db = this.#o.db;
    const [own, carried, oldestAt, storage] = await Promise.all([
      pendingCount(db),
      carriedMutationCount(db),
      oldestPending(db),
      this.#o.storageEstimate(),
    ]);
    const answer = await this.#o.api.heartbeat(
      buildHeartbeat({
        deviceId,
        pendingCount: own + carried,
        oldestPendingAt: oldestAt,
        appVersion: this.#o.appVersion,
        storage,
        lastError,
        now: new Date(),
      }),
    );
    if (answer.wipe) throw new DeviceRevokedError('The server asked this device to erase its data');
  }
}
