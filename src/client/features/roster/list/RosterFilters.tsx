import { memo, type ChangeEvent } from 'react';
import { BENEFICIARY_STATUSES } from '../../../../shared';
import { useI18n } from '../../../i18n';
import { CATEGORY_GROUPS } from '../categoryGroups';
import { groupKey, statusKey } from '../labels';
import { communeName } from '../places';
import { SORT_ORDERS, type Place, type RosterQuery } from '../search/rosterIndex';

type FilterKey = 'status' | 'group' | 'place' | 'sort';

export interface RosterFiltersProps extends Pick<RosterQuery, FilterKey> {
  places: readonly Place[];
  onChange: (change: Partial<RosterQuery>) => void;
}

/** Memoised: typing in the search box does not rebuild the village list. */
export const RosterFilters = memo(function RosterFilters({
  status,
  group,
  place,
  sort,
  places,
  onChange,
}: RosterFiltersProps) {
  const { t } = useI18n();
  const communes = [...new Set(places.map((p) => p.communeCode))];
  const select = (key: FilterKey) => (e: ChangeEvent<HTMLSelectElement>) =>
    onChange({ [key]: e.target.value === '' ? null : e.target.value });
  const villageOption = (p: Place) => (
    <option key={p.key} value={p.key}>
      {p.village}
    </option>
  );

  return (
    <div className="roster-filters" role="group" aria-label={t('roster.filters.label')}>
      <label className="roster-filter">
        <span>{t('roster.filter.status')}</span>
        <select value={status ?? ''} onChange={select('status')}>
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
        <select value={group ?? ''} onChange={select('group')}>
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
        <select value={place ?? ''} onChange={select('place')}>
          <option value="">{t('roster.filter.all')}</option>
          {communes.length === 1
            ? places.map(villageOption)
            : communes.map((code) => (
                <optgroup key={code} label={communeName(code)}>
                  {places.filter((p) => p.communeCode === code).map(villageOption)}
                </optgroup>
              ))}
        </select>
      </label>
      <label className="roster-filter">
        <span>{t('roster.sort.label')}</span>
        <select value={sort} onChange={select('sort')}>
          {SORT_ORDERS.map((s) => (
            <option key={s} value={s}>
              {t(`roster.sort.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
});
