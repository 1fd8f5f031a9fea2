import { describe, expect, it } from 'vitest';
import { personSchema } from '../../../src/shared/schemas';
import { issues } from './expectIssues';
import { person } from './samples';

const authorised = person({
  role: 'authorised',
  relationship: 'neighbour',
  validity: { from: '2025-07-01', to: '2026-06-30' },
  documentIds: ['3f1d2c4b-5a69-4e7d-8c1b-2a3f4e5d6c70'],
});

describe('guardian or authorised person', () => {
  it('accepts a guardian and an authorised person with a valid paper', () => {
    expect(personSchema.safeParse(person()).success).toBe(true);
    expect(personSchema.parse(authorised).phone).toBe('+84987654321');
  });

  it('needs the relationship in words when it is "other"', () => {
    expect(issues(personSchema, person({ relationship: 'other' }))).toEqual([
      'relationshipOther → validation.person.relationshipOtherRequired',
    ]);
    const said = person({ relationship: 'other', relationshipOther: 'Cháu họ' });
    expect(personSchema.safeParse(said).success).toBe(true);
    expect(issues(personSchema, { ...said, relationshipOther: 'x'.repeat(61) })).toEqual([
      'relationshipOther → validation.person.relationshipOtherTooLong',
    ]);
  });

  it('needs an authorisation period for an authorised person, ending after it starts', () => {
    expect(issues(personSchema, { ...authorised, validity: null })).toEqual([
      'validity → validation.person.validityRequired',
    ]);
    expect(
      issues(personSchema, { ...authorised, validity: { from: '2025-07-01', to: '2025-06-30' } }),
    ).toEqual(['validity.to → validation.person.validityOrder']);
    const oneDay = { ...authorised, validity: { from: '2025-07-01', to: '2025-07-01' } };
    expect(personSchema.safeParse(oneDay).success).toBe(true);
  });

  it('bounds the rest', () => {
    expect(issues(personSchema, person({ role: 'owner' as never }))).toEqual([
      'role → validation.person.roleInvalid',
    ]);
    expect(issues(personSchema, person({ relationship: 'friend' as never }))).toEqual([
      'relationship → validation.person.relationshipInvalid',
    ]);
    expect(issues(personSchema, person({ idNumber: '12' }))).toEqual([
      'idNumber → parse.idNumber.wrongLength',
    ]);
    expect(issues(personSchema, person({ phone: null as never }))).toEqual([
      'phone → parse.phone.empty',
    ]);
    const docs = Array.from(
      { length: 11 },
      (_, i) => `3f1d2c4b-5a69-4e7d-8c1b-2a3f4e5d6c${10 + i}`,
    );
    expect(issues(personSchema, person({ documentIds: docs }))).toEqual([
      'documentIds → validation.person.documentsTooMany',
    ]);
  });
});
