import type { z } from 'zod';
import { issuesOf } from '../../../src/shared/schemas';

/** "path → key" for every issue, so a test states exactly which rule fired and where. */
export function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : issuesOf(result.error).map((i) => `${i.path} → ${i.key}`);
}
