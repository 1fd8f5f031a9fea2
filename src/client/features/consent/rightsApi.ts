import {
  rightsListResponseSchema,
  rightsRequestSchema,
  type RightsRequest,
  type RightsRequestInput,
} from '../../../shared/schemas';
import { officeRequest } from '../../sync';

// Online calls for data-subject requests (staff screens). A request is recorded on the server
// only; the job there carries it out and every device learns of it through its next pull.

export function recordRightsRequest(input: RightsRequestInput): Promise<RightsRequest> {
  return officeRequest({
    method: 'POST',
    path: '/api/rights-requests',
    json: input,
    schema: rightsRequestSchema,
  });
}

export async function listRightsRequests(beneficiaryId: string): Promise<RightsRequest[]> {
  const res = await officeRequest({
    method: 'GET',
    path: `/api/rights-requests?beneficiaryId=${encodeURIComponent(beneficiaryId)}`,
    schema: rightsListResponseSchema,
  });
  return res.requests;
}
