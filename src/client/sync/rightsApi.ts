import {
  rightsListResponseSchema,
  rightsRequestSchema,
  type RightsRequest,
  type RightsRequestInput,
} from '../../shared/schemas';
import { serverConfig, sessionStore } from './auth/session';
import { accountTokens } from './auth/tokens';
import { AuthRequiredError } from './errors';
import { HttpError, requestJson } from './http';

// Online calls for data-subject requests (staff screens). A request is recorded on the server
// only; the job there carries it out and every device learns of it through its next pull.

async function withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
  const state = sessionStore.get();
  if (state.status !== 'unlocked') throw new AuthRequiredError('Not signed in');
  const tokens = accountTokens(serverConfig(), state.user.userId);
  const token = await tokens.accessToken();
  try {
    return await call(token);
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 401)) throw error;
    return call(await tokens.renew(token));
  }
}

export function recordRightsRequest(input: RightsRequestInput): Promise<RightsRequest> {
  return withToken((token) =>
    requestJson(serverConfig(), {
      method: 'POST',
      path: '/api/rights-requests',
      token,
      json: input,
      schema: rightsRequestSchema,
    }),
  );
}

export async function listRightsRequests(beneficiaryId: string): Promise<RightsRequest[]> {
  const res = await withToken((token) =>
    requestJson(serverConfig(), {
      method: 'GET',
      path: `/api/rights-requests?beneficiaryId=${encodeURIComponent(beneficiaryId)}`,
      token,
      schema: rightsListResponseSchema,
    }),
  );
  return res.requests;
}
