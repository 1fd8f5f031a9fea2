// Roster search speed: 20,000 generated beneficiaries, the index built as the app builds it, and
// realistic queries typed one keystroke at a time. Each keystroke must answer within one frame
// (16 ms). Run: npm run bench:roster (after npm run build, it also measures the built app in
// Chromium; --node-only skips that).
import { BENEFICIARY_STATUSES, foldVietnamese, type Beneficiary } from '../src/shared';
import { generateRoster, Rng } from '../src/shared/demo';
import { loadavg } from 'node:os';
import {
  buildRosterIndex,
  createRosterSearcher,
  EMPTY_QUERY,
  placeKey,
  sortOrder,
  SORT_ORDERS,
  type RosterQuery,
} from '../src/client/features/roster/search/rosterIndex';
import { machineLine, writeBenchSection } from './lib/benchmarksDoc';
import { measureRosterInChromium } from './lib/rosterBrowserBench';

const SIZE = 20_000;
const FRAME_MS = 16;
const PEOPLE_PER_KIND = 60;
const REPEATS = 5;

const roster = generateRoster({ seed: 2025, size: SIZE });

const t0 = performance.now();
const index = buildRosterIndex(roster);
sortOrder(index, EMPTY_QUERY.sort);
const buildMs = performance.now() - t0;
const t1 = performance.now();
for (const sort of SORT_ORDERS) sortOrder(index, sort);
const otherOrdersMs = performance.now() - t1;

/** Every prefix of what a person types, as the search box sees it after each keystroke. */
const keystrokes = (typed: string) => Array.from(typed, (_, i) => typed.slice(0, i + 1));

const rng = new Rng(7);
const sample = (filter: (b: Beneficiary) => boolean) => {
  const pool = roster.filter(filter);
  return Array.from({ length: PEOPLE_PER_KIND }, () => rng.pick(pool));
};

/** One person typing one query: the search box's state after each keystroke. */
type Typing = Partial<RosterQuery>[];
interface Kind {
  label: string;
  typings: Typing[];
}

const local = (phone: string) => `0${phone.slice(3)}`;
const typeText = (text: string, rest: Partial<RosterQuery> = {}): Typing =>
  keystrokes(text).map((t) => ({ ...rest, text: t }));
const kinds: Kind[] = [
  {
    label: 'full name without accents ("nguyen van hung")',
    typings: sample(() => true).map((b) => typeText(foldVietnamese(b.fullName))),
  },
  {
    label: 'full name with accents ("Nguyễn Văn Hùng")',
    typings: sample(() => true).map((b) => typeText(b.fullName)),
  },
  {
    label: 'given name then village ("hung na phai")',
    typings: sample(() => true).map((b) =>
      typeText(foldVietnamese(`${b.fullName.split(' ').at(-1)} ${b.village}`)),
    ),
  },
  {
    label: 'phone number, spaced ("0912 345 678")',
    typings: sample((b) => b.phone !== null).map((b) => {
      const p = local(b.phone!);
      return typeText(`${p.slice(0, 4)} ${p.slice(4, 7)} ${p.slice(7)}`);
    }),
  },
  {
    label: 'CCCD number (12 digits)',
    typings: sample((b) => b.idNumber !== null).map((b) => typeText(b.idNumber!)),
  },
  {
    label: 'name typed with status, group and village filters set',
    typings: sample(() => true).map((b) =>
      typeText(foldVietnamese(b.fullName), {
        status: rng.pick(BENEFICIARY_STATUSES),
        group: rng.pick(['elderly', 'disability', 'care'] as const),
        place: placeKey(b.communeCode, b.village),
      }),
    ),
  },
  {
    label: 'worst case: first letter typed ("n", "h", "t", "v", "l"), every sort order',
    typings: SORT_ORDERS.flatMap((sort) =>
      ['n', 'h', 't', 'v', 'l'].map((text) => [
        { text: '', sort },
        { text, sort },
      ]),
    ),
  },
];

/** Times every keystroke of a typing, searching the way the roster screen does. */
function timeTyping(typing: Typing): number[] {
  const search = createRosterSearcher(index);
  return typing.map((q) => {
    const start = performance.now();
    search({ ...EMPTY_QUERY, ...q });
    return performance.now() - start;
  });
}

/**
 * The machine is shared (other processes take the cores at times): each typing is repeated
 * ${REPEATS} times and each keystroke keeps its fastest run; the slowest single run is reported too.
 */
function measure(typing: Typing): { best: number[]; worst: number } {
  const runs = Array.from({ length: REPEATS }, () => timeTyping(typing));
  const best = typing.map((_, k) => Math.min(...runs.map((r) => r[k]!)));
  return { best, worst: Math.max(...runs.flat()) };
}

// Warm the JIT the way a session does before anyone looks at the clock: a few searches.
for (const typing of kinds[0]!.typings.slice(0, 10)) timeTyping(typing);

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (x: number) => x.toFixed(2);

const all: number[] = [];
let worstRun = 0;
const rows = kinds.map((kind) => {
  const times: number[] = [];
  for (const typing of kind.typings) {
    const { best, worst } = measure(typing);
    times.push(...best);
    worstRun = Math.max(worstRun, worst);
  }
  times.sort((a, b) => a - b);
  all.push(...times);
  return `| ${kind.label} | ${times.length} | ${ms(pct(times, 50))} | ${ms(pct(times, 95))} | ${ms(times.at(-1)!)} |`;
});
all.sort((a, b) => a - b);
const max = all.at(-1)!;
const verdict = max <= FRAME_MS ? 'every keystroke within one frame' : 'OVER one frame';
const load = loadavg()[0]!.toFixed(1);

const md = `## Roster search (${SIZE.toLocaleString('en-US')} beneficiaries)

${machineLine()} Script: \`npm run bench:roster\`. Budget: one frame (${FRAME_MS} ms) per keystroke.

The roster is generated with \`generateRoster({ seed: 2025, size: ${SIZE} })\`; the index is built by
\`buildRosterIndex\` exactly as the roster screen builds it (keys folded once with \`foldVietnamese\`),
then each query is typed one character at a time through \`createRosterSearcher\`, as the search
box does, and every keystroke is timed: filter + Vietnamese sort order, the whole answer the list
renders from. Each typing runs ${REPEATS} times and a keystroke keeps its fastest run, because other
processes share the 2 cores (load average ${load} when measured); the slowest single run of all was
${ms(worstRun)} ms. The first keystroke of each typing scans all ${SIZE.toLocaleString('en-US')} entries; later ones only
narrow the previous answer.

Index build: **${ms(buildMs)} ms** for the default order (once, when the roster is opened);
the two other sort orders add ${ms(otherOrdersMs)} ms the first time each is picked.

| query kind | keystrokes | p50 ms | p95 ms | max ms |
|---|---:|---:|---:|---:|
${rows.join('\n')}
| **all** | **${all.length}** | **${ms(pct(all, 50))}** | **${ms(pct(all, 95))}** | **${ms(max)}** (${verdict}) |`;

console.log(md);

// The same roster in the built app, in Chromium (skipped with --node-only or without a build).
const browser = process.argv.includes('--node-only') ? null : await measureRosterInChromium(SIZE);
const summary = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${ms(pct(sorted, 50))} | ${ms(pct(sorted, 95))} | ${ms(sorted.at(-1)!)}`;
};
const browserMd = browser
  ? `

### In the built app (headless Chromium, software rendering)

The real server is seeded with ${SIZE.toLocaleString('en-US')} demo beneficiaries; the supervisor (whole
province) signs in through the real screens in a 1024×768 window and the roster arrives by sync
(load average ${loadavg()[0]!.toFixed(1)} at the end). Sign-in and first download took
${(browser.loadMs / 1000).toFixed(1)} s; opening the stored roster again after a reload (the PIN
typed, the data key derived and unwrapped, the sealed roster read from IndexedDB and opened, the
index built, the list shown) took ${(browser.reopenMs / 1000).toFixed(1)} s, of which
${(browser.unlockMs / 1000).toFixed(1)} s from pressing "Mở" (see bench:crypto). Only
${browser.renderedRows} rows exist in the page at a time. Six queries are typed three times; each
keystroke keeps its fastest run. Scrolling is measured once, as it comes.

| measured | samples | p50 ms | p95 ms | max ms |
|---|---:|---:|---:|---:|
| keystroke → search done, count and list committed | ${browser.keystrokeCommits.length} | ${summary(browser.keystrokeCommits)} |
| keystroke → next frame painted | ${browser.keystrokeFrames.length} | ${summary(browser.keystrokeFrames)} |
| frame interval while scrolling (120 px per frame) | ${browser.scrollFrames.length} | ${summary(browser.scrollFrames)} |`
  : '';

writeBenchSection('roster', md + browserMd);
if (browserMd) console.log(browserMd);
if (max > FRAME_MS) process.exitCode = 1;
