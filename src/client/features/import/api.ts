import { z } from 'zod';
import {
  importCommitResponseSchema,
  importCreateResponseSchema,
  importReportSchema,
  importRowsResponseSchema,
  type ImportCommitResult,
  type ImportEntry,
  type ImportReport,
} from '../../../shared/roster';
import { adminUnitSchema, LIMITS, type AdminUnit } from '../../../shared/schemas';
import { officeRequest } from '../../sync';

// The import's calls to the server. Rows go up in chunks the server's body limit takes.

const LONG_MS = 300_000;

export async function fetchUnits(): Promise<AdminUnit[]> {
  const res = await officeRequest({
    method: 'GET',
    path: '/api/units',
    schema: z.object({ units: z.array(adminUnitSchema) }),
  });
  return res.units;
}

export interface StageProgress {
  (sent: number, total: number): void;
}

/** Opens a session and stages every accepted row and held key; returns the session id. */
export async function stageImport(
  fileName: string,
  accepted: readonly { row: number; entry: ImportEntry }[],
  held: readonly { row: number; keys: string[] }[],
  onProgress: StageProgress,
): Promise<string> {
  const { importId } = await officeRequest({
    method: 'POST',
    path: '/api/roster/imports',
    json: { fileName: fileName.slice(0, LIMITS.importFileNameMax) || 'roster' },
    schema: importCreateResponseSchema,
  });
  const size = LIMITS.importChunkMax;
  const chunks = Math.max(Math.ceil(accepted.length / size), Math.ceil(held.length / size), 1);
  for (let i = 0; i < chunks; i++) {
    await officeRequest({
      method: 'POST',
      path: `/api/roster/imports/${importId}/rows`,
      json: {
        rows: accepted.slice(i * size, (i + 1) * size),
        held: held.slice(i * size, (i + 1) * size),
      },
      schema: importRowsResponseSchema,
      timeoutMs: LONG_MS,
    });
    onProgress(Math.min((i + 1) * size, accepted.length), accepted.length);
  }
  return importId;
}

export function fetchReport(importId: string): Promise<ImportReport> {
  return officeRequest({
    method: 'POST',
    path: `/api/roster/imports/${importId}/report`,
    json: {},
    schema: importReportSchema,
    timeoutMs: LONG_MS,
  });
}

export function commitImport(importId: string, rosterVersion: string): Promise<ImportCommitResult> {
  return officeRequest({
    method: 'POST',
    path: `/api/roster/imports/${importId}/commit`,
    json: { rosterVersion },
    schema: importCommitResponseSchema,
    timeoutMs: LONG_MS,
  });
}
