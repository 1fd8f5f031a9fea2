import { useI18n } from '../../../../i18n';
import { useFiles } from '../../files/VisitFilesContext';
import type { VisitFormValues } from '../../model/formValues';

export function ConsentReview({ values: v }: { values: VisitFormValues }) {
  const { t } = useI18n();
  const files = useFiles();
  const c = v.consent;
  const signature = c.signatureAttachmentId ? files.get(c.signatureAttachmentId) : undefined;
  const giver =
    c.givenBy === 'beneficiary'
      ? t('visit.consent.givenBy.beneficiary')
      : c.givenBy
        ? t(`visit.consent.givenBy.${c.givenBy}`, { name: v.representative.fullName.trim() })
        : t('visit.review.notAnswered');
  return (
    <>
      <dt>{t('visit.review.consentGiver')}</dt>
      <dd>{giver}</dd>
      <dt>{t('visit.review.consent')}</dt>
      <dd>
        {c.purposes.length === 0 ? (
          t('visit.review.notAnswered')
        ) : (
          <ul className="vf-plain-list">
            {c.purposes.map((purpose) => (
              <li key={purpose}>{t(`visit.consent.${purpose}`)}</li>
            ))}
          </ul>
        )}
        {c.method === 'witnessed_no_signature' ? (
          <span className="vf-review-detail">
            {t('visit.review.consentWitnessed', { name: c.witnessName.trim() || '—' })}
          </span>
        ) : signature?.url ? (
          <img
            src={signature.url}
            alt={t('visit.review.consentSigned')}
            className="vf-review-signature"
          />
        ) : null}
      </dd>
    </>
  );
}
