import type { z } from 'zod';
import { LIMITS } from './limits';
import type { Issue } from './sync';

// A zod error as the rest of the app speaks about it: a dotted path and a shared message key.

/** "representative.documentIds.0" style path; "" for the record itself. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.').slice(0, LIMITS.issuePathMax);
}

export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: issuePath(i.path), key: i.message }));
}
