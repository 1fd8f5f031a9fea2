import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const DOC = 'docs/benchmarks.md';
const HEADER =
  "# Benchmarks\n\nFigures written by the `npm run bench:*` scripts on this project's 2-core machine. Re-run a script to refresh its section.\n";

/** Replaces (or appends) one script's section of docs/benchmarks.md, leaving the others alone. */
export function writeBenchSection(id: string, markdown: string): void {
  const start = `<!-- bench:${id}:start -->`;
  const end = `<!-- bench:${id}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : HEADER;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  const next =
    from >= 0 && to > from
      ? doc.slice(0, from) + block + doc.slice(to + end.length)
      : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, next);
}

export function machineLine(): string {
  return `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${process.platform}/${process.arch}.`;
}
