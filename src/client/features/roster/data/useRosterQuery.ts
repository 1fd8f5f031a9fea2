import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { BENEFICIARY_STATUSES, type BeneficiaryStatus } from '../../../../shared';
import { CATEGORY_GROUPS, type CategoryGroup } from '../categoryGroups';
import { EMPTY_QUERY, SORT_ORDERS, type RosterQuery, type SortOrder } from '../search/rosterIndex';

// The search and filters live in the address (?q=…&tinh-trang=…): going back from a beneficiary
// finds the list as it was left, and a list can be bookmarked or shared between tabs.

const PARAM = {
  text: 'q',
  status: 'tinh-trang',
  group: 'nhom',
  place: 'thon',
  sort: 'xep',
} as const;
const MAX_TEXT = 200;

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | null =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : null;

export function parseRosterQuery(params: URLSearchParams): RosterQuery {
  return {
    text: (params.get(PARAM.text) ?? '').slice(0, MAX_TEXT),
    status: oneOf<BeneficiaryStatus>(BENEFICIARY_STATUSES, params.get(PARAM.status)),
    group: oneOf<CategoryGroup>(CATEGORY_GROUPS, params.get(PARAM.group)),
    place: params.get(PARAM.place)?.slice(0, MAX_TEXT) || null,
    sort: oneOf<SortOrder>(SORT_ORDERS, params.get(PARAM.sort)) ?? EMPTY_QUERY.sort,
  };
}

/** The address search ("?q=…") for a query; "" for the plain list. */
export function rosterSearchString(query: RosterQuery): string {
  const params = toParams(query).toString();
  return params ? `?${params}` : '';
}

function toParams(query: RosterQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM) as (keyof typeof PARAM)[]) {
    const value = query[key];
    if (value && value !== EMPTY_QUERY[key]) params.set(PARAM[key], value);
  }
  return params;
}

export function useRosterQuery(): [RosterQuery, (change: Partial<RosterQuery>) => void] {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseRosterQuery(params), [params]);
  const update = useCallback(
    (change: Partial<RosterQuery>) =>
      setParams((current) => toParams({ ...parseRosterQuery(current), ...change }), {
        replace: true,
      }),
    [setParams],
  );
  return [query, update];
}
