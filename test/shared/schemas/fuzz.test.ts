import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isSharedMessageKey } from '../../../src/shared/messages';
import * as schemas from '../../../src/shared/schemas';
import * as samples from './samples';

// Whatever arrives (a corrupt row, a hostile request), parsing never throws and every issue is a
// message key the app can translate: no zod default English text reaches a user.

const all: [string, z.ZodType][] = [
  ['adminUnit', schemas.adminUnitSchema],
  ['adminUnitList', schemas.adminUnitListSchema],
  ['beneficiary', schemas.beneficiarySchema],
  ['person', schemas.personSchema],
  ['paymentChoice', schemas.paymentChoiceSchema],
  ['needsSurvey', schemas.needsSurveySchema],
  ['consent', schemas.consentSchema],
  ['scannedCard', schemas.scannedCardSchema],
  ['attachmentMeta', schemas.attachmentMetaSchema],
  ['visit', schemas.visitSchema],
  ['accountUpdate', schemas.accountUpdateSchema],
  ['mutation', schemas.mutationSchema],
  ['pushRequest', schemas.pushRequestSchema],
  ['pushResponse', schemas.pushResponseSchema],
];

function expectKeyedIssues(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return;
  for (const issue of result.error.issues) {
    expect(isSharedMessageKey(issue.message), `${issue.message} at ${issue.path.join('.')}`).toBe(
      true,
    );
  }
}

/** A valid record with one field (at any depth) replaced by arbitrary JSON, or removed. */
function mutated(sample: unknown) {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) walk(child, [...path, Array.isArray(v) ? +k : k]);
    }
  };
  walk(sample, []);
  return fc
    .tuple(fc.constantFrom(...paths), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }))
    .map(([path, replacement]) => {
      const copy = structuredClone(sample) as Record<string | number, unknown>;
      if (path.length === 0) return replacement;
      let parent = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (replacement === undefined) delete parent[last];
      else parent[last] = replacement;
      return copy;
    });
}

describe('every schema, on any input', () => {
  it.each(all)('%s: random JSON never throws and yields only message keys', (_name, schema) => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => expectKeyedIssues(schema, value)),
      { numRuns: 200 },
    );
  });

  const validSamples: [string, z.ZodType, unknown][] = [
    ['beneficiary', schemas.beneficiarySchema, samples.beneficiary()],
    ['person', schemas.personSchema, samples.person()],
    ['consent', schemas.consentSchema, samples.consent()],
    ['attachmentMeta', schemas.attachmentMetaSchema, samples.attachmentMeta()],
    ['visit', schemas.visitSchema, samples.visit()],
    ['absent visit', schemas.visitSchema, samples.absentVisit()],
    ['account step', schemas.accountUpdateSchema, samples.accountUpdate()],
  ];

  it.each(validSamples)(
    '%s: one field broken anywhere yields only message keys',
    (_n, schema, sample) => {
      expect(schema.safeParse(sample).success).toBe(true);
      fc.assert(
        fc.property(mutated(sample), (value) => expectKeyedIssues(schema, value)),
        { numRuns: 300 },
      );
    },
  );
});
