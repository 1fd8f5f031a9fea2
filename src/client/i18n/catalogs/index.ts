import { sharedMessages } from '../../../shared/messages';
import * as audit from './audit';
import * as auth from './auth';
import * as core from './core';
import * as device from './device';
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
  sharedMessages,
  exportsCatalog,
  audit,
] as const;

export const vi = Object.assign({}, ...parts.map((p) => p.vi)) as typeof auth.vi &
  typeof core.vi &
  typeof device.vi &
  typeof roster.vi &
  typeof scan.vi &
  typeof sync.vi &
  typeof ui.vi &
  typeof visit.vi &
  typeof sharedMessages.vi &
  typeof exportsCatalog.vi &
  typeof audit.vi;
export type MessageKey = keyof typeof vi;
export const en = Object.assign({}, ...parts.map((p) => p.en)) as Record<MessageKey, string>;
