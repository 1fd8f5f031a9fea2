import { DEMO_UNITS } from '../../../shared/demo';

// Commune names for display. Until the office's unit list is synced to the device, the names
// known are those of the demo units; any other commune shows its code.

const NAMES = new Map(DEMO_UNITS.map((u) => [u.code, u.name]));

export function communeName(code: string): string {
  return NAMES.get(code) ?? code;
}
