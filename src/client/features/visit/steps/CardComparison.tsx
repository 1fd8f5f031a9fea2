import { formatVnDate } from '../../../../shared/dates';
import { useI18n } from '../../../i18n';
import { Notice } from '../../../ui';
import type { CardFormValues } from '../model/formValues';
import { typedDateToIso } from '../model/dates';
import { compareWithRoster, type ComparedField, type RosterFacts } from '../model/rosterDiff';

/**
 * Roster and card side by side, differences marked. The card is authoritative: where they
 * differ, saving proposes that the commune correct its roster.
 */
export function CardComparison({ roster, card }: { roster: RosterFacts; card: CardFormValues }) {
  const { t } = useI18n();
  const rows = compareWithRoster(roster, {
    fullName: card.fullName,
    dateOfBirth: typedDateToIso(card.dateOfBirth),
    sex: card.sex,
    idNumber: card.idNumber,
  });
  if (rows.length === 0) return null;
  const show = (field: ComparedField, value: string | null) => {
    if (value === null || value === '') return t('visit.compare.none');
    if (field === 'dateOfBirth') return formatVnDate(value);
    if (field === 'sex')
      return value === 'male' || value === 'female' ? t(`visit.identity.sex.${value}`) : value;
    return value;
  };
  const differences = rows.filter((r) => r.differs).length;
  return (
    <section className="vf-compare" aria-labelledby="vf-compare-heading">
      <h3 id="vf-compare-heading" className="vf-compare-heading">
        {t('visit.compare.heading')}
      </h3>
      <table className="vf-compare-table">
        <thead>
          <tr>
            <th scope="col">{t('visit.compare.field')}</th>
            <th scope="col">{t('visit.compare.roster')}</th>
            <th scope="col">{t('visit.compare.card')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className={row.differs ? 'vf-compare-differs' : undefined}>
              <th scope="row">{t(`visit.compare.${row.field}`)}</th>
              <td>{show(row.field, row.roster)}</td>
              <td>
                <span className="vf-compare-value">{show(row.field, row.card)}</span>{' '}
                <span className={`vf-badge ${row.differs ? 'vf-badge-warn' : 'vf-badge-ok'}`}>
                  {row.differs ? t('visit.compare.differs') : t('visit.compare.same')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {differences > 0 ? (
        <Notice tone="warn">
          <p>{t('visit.compare.proposal', { count: differences })}</p>
        </Notice>
      ) : (
        <p className="vf-compare-match">{t('visit.compare.allMatch')}</p>
      )}
    </section>
  );
}
