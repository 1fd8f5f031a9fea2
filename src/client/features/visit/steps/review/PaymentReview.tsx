import { findBankByBin } from '../../../../../shared/banks';
import { WALLET_PROVIDERS } from '../../../../../shared/wallets';
import { useI18n } from '../../../../i18n';
import type { VisitFormValues } from '../../model/formValues';
import { phoneText } from './ReviewSection';

const QUESTIONS = ['hasPhone', 'hasSmartphone', 'canTravelToPayPoint', 'needsGuidance'] as const;

export function PaymentReview({ values: v }: { values: VisitFormValues }) {
  const { t } = useI18n();
  const p = v.payment;
  const answer = (a: string) =>
    a === 'yes' ? t('ui.yes') : a === 'no' ? t('ui.no') : t('visit.review.notAnswered');
  let detail = '';
  if (p.method === 'bank') {
    detail = t('visit.review.account', {
      bank: findBankByBin(p.bankBin)?.shortName ?? '—',
      number: p.accountNumber.replace(/[\s.-]/g, ''),
      holder: p.accountHolder.trim(),
    });
  } else if (p.method === 'wallet' && p.provider) {
    detail = t('visit.review.walletLine', {
      wallet: WALLET_PROVIDERS[p.provider].name,
      phone: phoneText(p.phone),
    });
  } else if (p.method && p.reason) {
    const reason = p.reason === 'other' ? p.note.trim() : t(`visit.cash.${p.reason}`);
    detail = t('visit.review.cashReason', { reason });
  }
  return (
    <>
      <dt>{t('visit.review.method')}</dt>
      <dd>
        {p.method ? t(`visit.payment.${p.method}`) : t('visit.review.notAnswered')}
        {detail && <span className="vf-review-detail">{detail}</span>}
      </dd>
      <dt>{t('visit.review.survey')}</dt>
      <dd>
        <ul className="vf-plain-list">
          {QUESTIONS.map((q) => (
            <li key={q}>
              {t(`visit.survey.${q}`)} <strong>{answer(v.survey[q])}</strong>
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
