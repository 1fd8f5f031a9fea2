import type { z } from 'zod';
import { withAccessToken } from './api';
import { AuthRequiredError } from './errors';
import { accountTokens } from './auth/tokens';
import { serverConfig, sessionStore } from './auth/session';
import { requestJson, type RequestSpec } from './http';

// Online-only calls of office screens (dashboard …) as the signed-in user: the answer is parsed
// with its shared schema, and the token renewed once when the server refuses it.

export async function officeRequest<S extends z.ZodType>(
  spec: Omit<RequestSpec<S>, 'token'>,
): Promise<z.output<S>> {
  const session = sessionStore.get();
  if (session.status !== 'unlocked') throw new AuthRequiredError('Not signed in');
  const http = serverConfig();
  return withAccessToken(accountTokens(http, session.user.userId), (token) =>
    requestJson(http, { ...spec, token }),
  );
}
