import { formatVnDate, type PaymentMethod } from '../../../../shared';
import type { RosterEntry } from '../../../db';
import { useI18n } from '../../../i18n';
import { GROUP_OF } from '../categoryGroups';
import { displayIdNumber, displayPhone } from '../format';
import { groupKey, paymentKey } from '../labels';
import { communeName } from '../places';

/** The roster's facts about a person; the category only as its neutral group (domain.md §6). */
export function BeneficiaryFacts({
  entry,
  payment,
}: {
  entry: RosterEntry;
  payment: PaymentMethod | null;
}) {
  const { t } = useI18n();
  const none = <span className="facts-none">{t('roster.detail.none')}</span>;
  const facts: [string, React.ReactNode][] = [
    [t('roster.detail.dateOfBirth'), formatVnDate(entry.dateOfBirth)],
    [t('roster.detail.sex'), t(entry.sex === 'male' ? 'roster.sex.male' : 'roster.sex.female')],
    [t('roster.detail.idNumber'), entry.idNumber ? displayIdNumber(entry.idNumber) : none],
    [t('roster.detail.phone'), entry.phone ? displayPhone(entry.phone) : none],
    [t('roster.detail.village'), entry.village],
    [t('roster.detail.commune'), communeName(entry.communeCode)],
    [t('roster.detail.group'), t(groupKey(GROUP_OF[entry.category]))],
    [t('roster.detail.monthlyAmount'), t('roster.detail.amount', { amount: entry.monthlyAmount })],
    [t('roster.detail.payment'), payment ? t(paymentKey(payment)) : none],
  ];
  return (
    <dl className="beneficiary-facts">
      {facts.map(([term, value]) => (
        <div key={term} className="facts-row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
