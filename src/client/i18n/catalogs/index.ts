import { sharedMessages } from '../../../shared/messages';
import * as audit from './audit';
import * as auth from './auth';
import * as consent from './consent';
import * as core from './core';
import * as dashboard from './dashboard';
import * as device from './device';
import * as importing from './import';
import * as provider from './provider';
import * as exportsCatalog from './exports';
import * as roster from './roster';
import * as scan from './scan';
import * as sync from './sync';
import * as ui from './ui';
import * as visit from './visit';

// One catalog per area, each owned by its feature; merged here. Vietnamese is the source of truth
// and every other locale must carry exactly the same keys (checked by TypeScript and a unit test).
export const parts = [
  auth,
  core,
  device,
  roster,
  scan,
  sync,
  ui,
  visit,
  importing,
  sharedMessages,
  provider,
  consent,
  dashboard,
  exportsCatalog,
  audit,
] as const;

// Each part's Vietnamese catalog, intersected: every key of every area, with its literal text.
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
type Catalog = UnionToIntersection<(typeof parts)[number]['vi']>;

export const vi = Object.assign({}, ...parts.map((p) => p.vi)) as Catalog;
export type MessageKey = keyof typeof vi;
export const en = Object.assign({}, ...parts.map((p) => p.en)) as Record<MessageKey, string>;
