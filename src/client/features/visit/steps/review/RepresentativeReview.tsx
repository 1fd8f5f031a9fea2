import { formatVnDate } from '../../../../../shared/dates';
import { useI18n } from '../../../../i18n';
import { useFiles } from '../../files/VisitFilesContext';
import { typedDateToIso } from '../../model/dates';
import type { VisitFormValues } from '../../model/formValues';

export function RepresentativeReview({ values: v }: { values: VisitFormValues }) {
  const { t } = useI18n();
  const files = useFiles();
  const rep = v.representative;
  const hasRep = v.outcome === 'met_guardian' || v.hasRepresentative === 'yes';
  const relationship =
    rep.relationship === 'other'
      ? rep.relationshipOther.trim()
      : rep.relationship
        ? t(`visit.rep.relationship.${rep.relationship}`)
        : '—';
  const date = (typed: string) => formatVnDate(typedDateToIso(typed));
  return (
    <>
      <dt>{t('visit.review.representative')}</dt>
      <dd>
        {!hasRep ? (
          t('visit.review.none')
        ) : (
          <>
            {t('visit.review.repLine', {
              role: rep.role ? t(`visit.rep.role.${rep.role}`) : '—',
              name: rep.fullName.trim() || '—',
              relationship,
            })}
            {rep.idNumber.trim() && <span className="vf-review-detail">{rep.idNumber.trim()}</span>}
            {rep.validity.from && rep.validity.to && (
              <span className="vf-review-detail">
                {t('visit.review.validityLine', {
                  from: date(rep.validity.from),
                  to: date(rep.validity.to),
                })}
              </span>
            )}
            {rep.documentIds.length > 0 && (
              <span className="vf-review-photos">
                <span className="vf-review-detail">
                  {t('visit.review.photos', { count: rep.documentIds.length })}
                </span>
                {rep.documentIds.map((id) => {
                  const url = files.get(id)?.url;
                  return url ? <img key={id} src={url} alt="" className="vf-photo-thumb" /> : null;
                })}
              </span>
            )}
          </>
        )}
      </dd>
    </>
  );
}
