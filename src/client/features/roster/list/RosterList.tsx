import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { BENEFICIARY_STATUSES } from '../../../../shared';
import { useI18n } from '../../../i18n';
import type { RosterIndex } from '../search/rosterIndex';
import { RosterRow } from './RosterRow';

// Only the rows near the screen exist in the page; the list keeps its full height so the scroll
// bar and "row 12 of 20,000" stay true. Rows have one fixed height (in rem, so it follows the
// text size the user picked), which keeps scrolling free of layout measurement.

const ROW_REM = 4.75;
const OVERSCAN = 6;

export interface RosterListProps {
  index: RosterIndex;
  /** Entry positions to show, in order. */
  results: Uint32Array;
  pending: ReadonlySet<string>;
  listSearch: string;
  /** Arrow-up from the first row goes back to the search box. */
  onLeaveTop?: () => void;
}

function rowHeight(): number {
  const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Math.round((Number.isFinite(rootPx) && rootPx > 0 ? rootPx : 17) * ROW_REM);
}

export function RosterList({ index, results, pending, listSearch, onLeaveTop }: RosterListProps) {
  const { t } = useI18n();
  const listRef = useRef<HTMLUListElement>(null);
  const [height] = useState(rowHeight);
  const [offsetTop, setOffsetTop] = useState(0);
  const showCommune = new Set(index.places.map((p) => p.communeCode)).size > 1;

  // Where the list starts on the page; what is above it changes with the results (the count,
  // the "clear filters" button) or the window's width.
  useLayoutEffect(() => {
    const measure = () => {
      const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setOffsetTop((old) => (Math.abs(old - top) < 1 ? old : top));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [results, index]);

  const virtualizer = useWindowVirtualizer({
    count: results.length,
    estimateSize: () => height,
    overscan: OVERSCAN,
    scrollMargin: offsetTop,
    getItemKey: (i) => index.entries[results[i]!]!.id,
  });

  function focusRow(position: number) {
    const target = Math.max(0, Math.min(results.length - 1, position));
    const row = () => listRef.current?.querySelector<HTMLElement>(`[data-position="${target}"]`);
    // A row already in the page scrolls itself into view on focus; others are rendered first.
    if (row()) return row()!.focus();
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const tryFocus = (attempt: number) => {
      if (row()) row()!.focus();
      else if (attempt < 5) requestAnimationFrame(() => tryFocus(attempt + 1));
    };
    tryFocus(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const current = Number((event.target as HTMLElement).dataset.position);
    if (!Number.isInteger(current)) return;
    const page = Math.max(1, Math.floor(window.innerHeight / height) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: results.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    if (next < 0) onLeaveTop?.();
    else focusRow(next);
  }

  return (
    <ul
      ref={listRef}
      role="list"
      className="roster-list"
      aria-label={t('roster.list.label')}
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const position = results[item.index]!;
        const entry = index.entries[position]!;
        return (
          <li
            key={item.key}
            aria-setsize={results.length}
            aria-posinset={item.index + 1}
            className="roster-item"
            style={{ height: item.size, transform: `translateY(${item.start - offsetTop}px)` }}
          >
            <RosterRow
              entry={entry}
              status={BENEFICIARY_STATUSES[index.statusCodes[position]!]!}
              pending={pending.has(entry.id)}
              showCommune={showCommune}
              position={item.index}
              listSearch={listSearch}
            />
          </li>
        );
      })}
    </ul>
  );
}

/** Moves focus into the list from outside (arrow-down in the search box). */
export function focusFirstRow(container: HTMLElement | null): void {
  const first = () => container?.querySelector<HTMLElement>('[data-position="0"]');
  if (first()) return first()!.focus();
  window.scrollTo({ top: 0 });
  requestAnimationFrame(() => first()?.focus());
}
