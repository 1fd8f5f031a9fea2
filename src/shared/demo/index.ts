// Synthetic, deterministic demo data: never a real person.
export { mulberry32, Rng } from './prng';
export { DEMO_PROVINCE_CODE, DEMO_UNITS } from './units';
export {
  CATEGORY_WEIGHTS,
  DEMO_AS_OF,
  generateRoster,
  ROSTER_SIZE_MAX,
  ROSTER_SIZE_MIN,
  type RosterOptions,
} from './roster';
