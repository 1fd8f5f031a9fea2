import { z } from 'zod';
import { CONSENT_GIVERS } from './consent';
import * as f from './fields';

// Data-subject rights under Decree 13/2023 (domain.md §7): a person (or their representative)
// withdraws consent or asks for their data to be erased. Staff record the request; the server
// carries it out within 72 hours and tells every device, which marks or purges the person.

export const RIGHTS_KINDS = ['withdraw_consent', 'erase'] as const;
export type RightsKind = (typeof RIGHTS_KINDS)[number];

export const RIGHTS_CHANNELS = ['in_person', 'phone', 'letter'] as const;
export const RIGHTS_STATES = ['pending', 'done'] as const;
export type RightsState = (typeof RIGHTS_STATES)[number];

/** The law's limit for carrying out a deletion request; withdrawal is held to the same. */
export const RIGHTS_DUE_HOURS = 72;
export const RIGHTS_NOTE_MAX = 300;

export const rightsRequestInputSchema = f.record({
  /** Made on the device, so sending the same request twice records it once. */
  id: f.uuid(),
  beneficiaryId: f.uuid(),
  kind: f.enumOf(RIGHTS_KINDS, 'protocol.rights.kindInvalid'),
  requestedBy: f.enumOf(CONSENT_GIVERS, 'protocol.rights.requestedByInvalid'),
  channel: f.enumOf(RIGHTS_CHANNELS, 'protocol.rights.channelInvalid'),
  /** When the person made the request; the 72 hours run from here. */
  receivedAt: f.timestamp(),
  /** Staff's note on the request; no personal data beyond what the request needs. */
  note: f.freeText(RIGHTS_NOTE_MAX, 'protocol.rights.noteTooLong'),
});

export const rightsRequestSchema = rightsRequestInputSchema.extend({
  communeCode: f.adminCode(),
  recordedBy: z.string().max(64),
  recordedAt: f.timestamp(),
  state: f.enumOf(RIGHTS_STATES, 'validation.status.invalid'),
  /** receivedAt + 72 hours. */
  dueAt: f.timestamp(),
  completedAt: f.timestamp().nullable(),
});

export const rightsListQuerySchema = f.record({ beneficiaryId: f.uuid().optional() });

export const rightsListResponseSchema = f.record({
  requests: z.array(rightsRequestSchema).max(5000),
});

/** What a device is told once a request was carried out (a pull change). */
export const rightsAppliedSchema = f.record({
  beneficiaryId: f.uuid(),
  kind: f.enumOf(RIGHTS_KINDS, 'protocol.rights.kindInvalid'),
  completedAt: f.timestamp(),
});

export function rightsDueAt(receivedAt: string | Date): Date {
  return new Date(new Date(receivedAt).getTime() + RIGHTS_DUE_HOURS * 3_600_000);
}

export type RightsRequestInput = z.output<typeof rightsRequestInputSchema>;
export type RightsRequest = z.output<typeof rightsRequestSchema>;
export type RightsApplied = z.output<typeof rightsAppliedSchema>;
