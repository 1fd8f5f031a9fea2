// Login throttling. Per account (in the database, so it survives restarts): after
// `accountMaxFailures` wrong passwords in a row the account is locked for `lockMinutes`, even for
// the right password. Per IP (in memory): after `ipMaxFailures` failures within `lockMinutes`
// every login from that address waits, which stops one address guessing across many accounts.

export interface LoginLimitOptions {
  accountMaxFailures: number;
  ipMaxFailures: number;
  lockMinutes: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimitOptions = {
  accountMaxFailures: 5,
  ipMaxFailures: 20,
  lockMinutes: 15,
};

interface Window {
  startedAt: number;
  failures: number;
}

export class IpFailureCounter {
  readonly #windows = new Map<string, Window>();

  constructor(private readonly limits: LoginLimitOptions) {}

  /** Seconds to wait before this address may try again, or 0. */
  blockedFor(ip: string, now = Date.now()): number {
    const w = this.#current(ip, now);
    if (!w || w.failures < this.limits.ipMaxFailures) return 0;
    return Math.ceil((w.startedAt + this.#windowMs() - now) / 1000);
  }

  recordFailure(ip: string, now = Date.now()): void {
    const w = this.#current(ip, now) ?? { startedAt: now, failures: 0 };
    w.failures += 1;
    this.#windows.set(ip, w);
    if (this.#windows.size > 10_000) this.#prune(now);
  }

  #windowMs(): number {
    return this.limits.lockMinutes * 60_000;
  }

  #current(ip: string, now: number): Window | undefined {
    const w = this.#windows.get(ip);
    if (w && now - w.startedAt >= this.#windowMs()) {
      this.#windows.delete(ip);
      return undefined;
    }
    return w;
  }

  #prune(now: number): void {
    for (const ip of [...this.#windows.keys()]) this.#current(ip, now);
  }
}
