import { useId, type ChangeEvent, type KeyboardEvent, type RefObject } from 'react';
import { BENEFICIARY_STATUSES } from '../../../../shared';
import { useI18n } from '../../../i18n';
import { CATEGORY_GROUPS } from '../categoryGroups';
import { groupKey, statusKey } from '../labels';
import { communeName } from '../places';
import { SORT_ORDERS, type Place, type RosterQuery } from '../search/rosterIndex';

export interface RosterToolbarProps {
  query: RosterQuery;
  places: readonly Place[];
  onChange: (change: Partial<RosterQuery>) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Arrow-down in the search box moves into the list. */
  onEnterList: () => void;
}

const SEARCH_MAX = 200;

export function RosterToolbar({
  query,
  places,
  onChange,
  searchRef,
  onEnterList,
}: RosterToolbarProps) {
  const { t } = useI18n();
  const id = useId();
  const communes = [...new Set(places.map((p) => p.communeCode))];

  const select =
    <K extends 'status' | 'group' | 'place' | 'sort'>(key: K) =>
    (e: ChangeEvent<HTMLSelectElement>) =>
      onChange({ [key]: e.target.value === '' ? null : e.target.value } as Partial<RosterQuery>);

  function onSearchKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      onEnterList();
    } else if (e.key === 'Escape' && query.text !== '') {
      e.preventDefault();
      onChange({ text: '' });
    }
  }

  return (
    <search className="roster-toolbar" aria-label={t('roster.search.label')}>
      <div className="roster-search">
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {t('roster.search.label')}
        </label>
        <svg
          className="roster-search-icon"
          aria-hidden="true"
          viewBox="0 0 20 20"
          width="22"
          height="22"
        >
          <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          id={`${id}-q`}
          ref={searchRef}
          type="search"
          className="roster-search-input"
          value={query.text}
          maxLength={SEARCH_MAX}
          placeholder={t('roster.search.placeholder')}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
          onChange={(e) => onChange({ text: e.target.value })}
          onKeyDown={onSearchKeyDown}
        />
        {query.text !== '' && (
          <button
            type="button"
            className="roster-search-clear"
            aria-label={t('roster.search.clear')}
            onClick={() => {
              onChange({ text: '' });
              searchRef.current?.focus();
            }}
          >
            <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
              <path
                d="M4 4l8 8M12 4l-8 8"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              />
            </svg>
          </button>
        )}
        <p id={`${id}-hint`} className="visually-hidden">
          {t('roster.search.hint')}
        </p>
      </div>
      <div className="roster-filters" role="group" aria-label={t('roster.filters.label')}>
        <label className="roster-filter">
          <span>{t('roster.filter.status')}</span>
          <select value={query.status ?? ''} onChange={select('status')}>
            <option value="">{t('roster.filter.all')}</option>
            {BENEFICIARY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(statusKey(s))}
              </option>
            ))}
          </select>
        </label>
        <label className="roster-filter">
          <span>{t('roster.filter.group')}</span>
          <select value={query.group ?? ''} onChange={select('group')}>
            <option value="">{t('roster.filter.all')}</option>
            {CATEGORY_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(groupKey(g))}
              </option>
            ))}
          </select>
        </label>
        <label className="roster-filter">
          <span>{t('roster.filter.village')}</span>
          <select value={query.place ?? ''} onChange={select('place')}>
            <option value="">{t('roster.filter.all')}</option>
            {communes.length === 1
              ? places.map((p) => (
                  <option key={p.key} value={p.key}>
                    {p.village}
                  </option>
                ))
              : communes.map((code) => (
                  <optgroup key={code} label={communeName(code)}>
                    {places
                      .filter((p) => p.communeCode === code)
                      .map((p) => (
                        <option key={p.key} value={p.key}>
                          {p.village}
                        </option>
                      ))}
                  </optgroup>
                ))}
          </select>
        </label>
        <label className="roster-filter">
          <span>{t('roster.sort.label')}</span>
          <select value={query.sort} onChange={select('sort')}>
            {SORT_ORDERS.map((s) => (
              <option key={s} value={s}>
                {t(`roster.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </search>
  );
}
