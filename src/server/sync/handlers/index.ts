import type { MutationType } from '../../../shared/schemas/sync';
import { accountUpdate } from './accountUpdate';
import type { MutationHandler } from './types';
import { visitCreate } from './visitCreate';

// One handler per mutation type (src/shared/schemas/sync.ts MUTATION_PAYLOADS). TypeScript
// refuses a type without its handler here.
export const MUTATION_HANDLERS: { [T in MutationType]: MutationHandler<T> } = {
  'visit.create': visitCreate,
  'account.update': accountUpdate,
};

export type { MutationHandler, StoredResult, ValidMutation } from './types';
