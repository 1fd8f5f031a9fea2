import {
  coverageResponseSchema,
  deviceStatusResponseSchema,
  reviewQueueResponseSchema,
  reviewResolutionSchema,
  type CoverageResponse,
  type DeviceStatusResponse,
  type ReviewQueueResponse,
  type ReviewResolution,
} from '../../../../shared/schemas';
import { officeRequest } from '../../../sync';

// The dashboard's calls; every answer is parsed with the shared schema the server checked it by.

export interface DashboardData {
  coverage: CoverageResponse;
  devices: DeviceStatusResponse;
  reviews: ReviewQueueResponse;
  /** When these figures arrived (the browser's clock). */
  fetchedAt: string;
}

export async function fetchDashboard(): Promise<DashboardData> {
  const [coverage, devices, reviews] = await Promise.all([
    officeRequest({
      method: 'GET',
      path: '/api/dashboard/coverage',
      schema: coverageResponseSchema,
    }),
    officeRequest({
      method: 'GET',
      path: '/api/dashboard/devices',
      schema: deviceStatusResponseSchema,
    }),
    officeRequest({
      method: 'GET',
      path: '/api/dashboard/reviews',
      schema: reviewQueueResponseSchema,
    }),
  ]);
  return { coverage, devices, reviews, fetchedAt: new Date().toISOString() };
}

export function resolveReview(id: string): Promise<ReviewResolution> {
  return officeRequest({
    method: 'POST',
    path: `/api/reviews/${encodeURIComponent(id)}/resolve`,
    schema: reviewResolutionSchema,
  });
}
