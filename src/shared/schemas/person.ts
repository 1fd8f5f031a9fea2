import type { z } from 'zod';
import * as f from './fields';
import { LIMITS } from './limits';

// A guardian (người giám hộ) or authorised person (người được ủy quyền) who receives or manages
// the payment for a beneficiary who cannot (domain.md §2).

export const PERSON_ROLES = ['guardian', 'authorised'] as const;
export const RELATIONSHIPS = [
  'spouse',
  'child',
  'child_in_law',
  'grandchild',
  'parent',
  'sibling',
  'other_relative',
  'neighbour',
  'village_official',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** The period an authorisation paper is valid: both ends inclusive, `to` not before `from`. */
export const validitySchema = f
  .record({ from: f.isoDate(), to: f.isoDate() })
  .refine((v) => v.to >= v.from, { error: 'validation.person.validityOrder', path: ['to'] });

export const personSchema = f
  .record({
    role: f.enumOf(PERSON_ROLES, 'validation.person.roleInvalid'),
    fullName: f.personName(),
    relationship: f.enumOf(RELATIONSHIPS, 'validation.person.relationshipInvalid'),
    /** Said in words when `relationship` is "other". */
    relationshipOther: f
      .line(LIMITS.relationshipOtherMax, {
        required: 'validation.person.relationshipOtherRequired',
        tooLong: 'validation.person.relationshipOtherTooLong',
      })
      .nullable(),
    idNumber: f.idNumber().nullable(),
    phone: f.phone(),
    /** Required for an authorised person: the authorisation paper's period. */
    validity: validitySchema.nullable(),
    /** Attachment ids of the authorisation paper, guardianship decision, ID photos. */
    documentIds: f.distinctList(f.uuid(), LIMITS.documentsPerPersonMax, {
      tooMany: 'validation.person.documentsTooMany',
      duplicate: 'validation.list.duplicate',
    }),
  })
  .superRefine((person, ctx) => {
    if (person.relationship === 'other' && person.relationshipOther === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'validation.person.relationshipOtherRequired',
        path: ['relationshipOther'],
      });
    }
    if (person.role === 'authorised' && person.validity === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'validation.person.validityRequired',
        path: ['validity'],
      });
    }
  });

export type Person = z.output<typeof personSchema>;
export type PersonInput = z.input<typeof personSchema>;
