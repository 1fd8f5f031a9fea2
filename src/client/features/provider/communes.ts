import { DEMO_UNITS } from '../../../shared/demo';

// Commune names for display: those of the units known to the app; any other shows its code.
const NAMES = new Map(DEMO_UNITS.map((u) => [u.code, u.name]));

export function communeName(code: string): string {
  return NAMES.get(code) ?? code;
}
