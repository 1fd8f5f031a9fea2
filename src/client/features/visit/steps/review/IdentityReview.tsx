import { formatVnDate } from '../../../../../shared/dates';
import type { RosterCorrections } from '../../../../../shared/schemas';
import { useI18n } from '../../../../i18n';
import { typedDateToIso } from '../../model/dates';
import type { VisitFormValues } from '../../model/formValues';
import { phoneText } from './ReviewSection';

export function IdentityReview({
  values: v,
  corrections,
}: {
  values: VisitFormValues;
  corrections: RosterCorrections;
}) {
  const { t } = useI18n();
  const lines = Object.entries(corrections).map(([field, value]) => {
    const shown = String(value);
    switch (field) {
      case 'dateOfBirth':
        return `${t('visit.compare.dateOfBirth')}: ${formatVnDate(shown)}`;
      case 'sex':
        return `${t('visit.compare.sex')}: ${t(`visit.identity.sex.${value as 'male' | 'female'}`)}`;
      case 'phone':
        return `${t('visit.review.beneficiaryPhone')}: ${phoneText(shown)}`;
      default:
        return `${t(`visit.compare.${field as 'fullName' | 'idNumber'}`)}: ${shown}`;
    }
  });
  const card =
    v.cardMode === 'card'
      ? [
          v.card.idNumber.trim(),
          v.card.fullName.trim(),
          formatVnDate(typedDateToIso(v.card.dateOfBirth)),
          v.card.sex ? t(`visit.identity.sex.${v.card.sex}`) : '',
        ]
          .filter(Boolean)
          .join(' · ')
      : v.cardMode === 'none' && v.noCard.reason
        ? t('visit.review.noCard', { reason: t(`visit.identity.noCard.${v.noCard.reason}`) })
        : t('visit.review.notAnswered');
  return (
    <>
      <dt>{t('visit.review.card')}</dt>
      <dd>{card}</dd>
      <dt>{t('visit.review.corrections')}</dt>
      <dd>
        {lines.length === 0 ? (
          t('visit.review.noCorrections')
        ) : (
          <ul className="vf-plain-list">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </dd>
    </>
  );
}
