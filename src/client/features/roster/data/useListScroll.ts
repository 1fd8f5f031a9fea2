import { useEffect, useLayoutEffect } from 'react';

// Coming back from a beneficiary puts the list where it was left (same search, same place), as
// the browser would for a real page. Other screens start at the top.

let saved: { key: string; y: number } | null = null;

/** Restores the window's scroll for `key` (the list's search) and remembers it on leaving. */
export function useListScroll(key: string): void {
  useLayoutEffect(() => {
    if (saved?.key === key && window.scrollY !== saved.y) window.scrollTo(0, saved.y);
    // Only on arrival: later changes of the search start from wherever the user is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    let y = window.scrollY;
    const onScroll = () => {
      y = window.scrollY;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      saved = { key, y };
    };
  }, [key]);
}

/** A screen opened from the list starts at its top. */
export function useScrollToTop(): void {
  useLayoutEffect(() => {
    if (window.scrollY !== 0) window.scrollTo(0, 0);
  }, []);
}
