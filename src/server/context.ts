import type { LoginLimitOptions } from './auth/loginLimits';
import { IpFailureCounter } from './auth/loginLimits';
import type { TokenKeys } from './auth/tokens';
import type { RouteDoc } from './http/route';
import type { Store } from './store/db';

/** What every route needs: the database, token keys, limits, and the list of routes for OpenAPI. */
export interface AppContext {
  store: Store;
  tokens: TokenKeys;
  loginLimits: LoginLimitOptions;
  ipFailures: IpFailureCounter;
  routes: RouteDoc[];
}

export function createContext(
  store: Store,
  tokens: TokenKeys,
  loginLimits: LoginLimitOptions,
): AppContext {
  return { store, tokens, loginLimits, ipFailures: new IpFailureCounter(loginLimits), routes: [] };
}
