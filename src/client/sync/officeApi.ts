import type { z } from 'zod';
import { AuthRequiredError } from './errors';
import { accountTokens } from './auth/tokens';
import { serverConfig, sessionStore } from './auth/session';
import { HttpError, requestJson, type RequestSpec } from './http';

// Office screens (roster import, dashboards …) call the server directly, not through the outbox:
// they need the network, and their answers are shown at once. Same tokens as the sync engine,
// renewed once on a 401; a second refusal asks for a password login.

export type OfficeRequest<S extends z.ZodType> = Omit<RequestSpec<S>, 'token'>;

export async function officeRequest<S extends z.ZodType>(
  spec: OfficeRequest<S>,
): Promise<z.output<S>> {
  const state = sessionStore.get();
  if (state.status !== 'unlocked') throw new AuthRequiredError('Not signed in');
  const http = serverConfig();
  const tokens = accountTokens(http, state.user.userId);
  const token = await tokens.accessToken();
  try {
    return await requestJson(http, { ...spec, token });
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 401)) throw error;
  }
  return requestJson(http, { ...spec, token: await tokens.renew(token) });
}
