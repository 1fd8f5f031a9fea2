import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { findBankByBin } from '../../../../shared/banks';
import { formatVnDate } from '../../../../shared/dates';
import { normalizeVnPhone } from '../../../../shared/phone';
import { WALLET_PROVIDERS } from '../../../../shared/wallets';
import { useI18n } from '../../../i18n';
import { fieldId, TextAreaField } from '../../../ui';
import { useFiles } from '../files/VisitFilesContext';
import { typedDateToIso } from '../model/dates';
import type { VisitFormValues } from '../model/formValues';
import { isAbsentOutcome, type StepId } from '../model/steps';
import { toVisitInput, type VisitContext } from '../model/toVisitInput';
import { useFieldError } from './useFieldError';

function Section({
  step,
  title,
  onEdit,
  children,
}: {
  step: StepId;
  title: string;
  onEdit: (step: StepId) => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="vf-review-section" aria-labelledby={`review-${step}`}>
      <div className="vf-review-section-head">
        <h3 id={`review-${step}`}>{title}</h3>
        <button
          type="button"
          className="secondary"
          aria-label={t('visit.review.editStep', { step: title })}
          onClick={() => onEdit(step)}
        >
          {t('visit.review.edit')}
        </button>
      </div>
      <dl className="facts vf-review-facts">{children}</dl>
    </section>
  );
}

const phoneText = (s: string) => {
  const r = normalizeVnPhone(s);
  return r.ok ? r.national : s;
};

export function ReviewStep({ ctx, onEdit }: { ctx: VisitContext; onEdit: (step: StepId) => void }) {
  const { t } = useI18n();
  const files = useFiles();
  const { register, control } = useFormContext<VisitFormValues>();
  const error = useFieldError();
  const v = useWatch({ control }) as VisitFormValues;
  const yesNo = (a: string) =>
    a === 'yes' ? t('ui.yes') : a === 'no' ? t('ui.no') : t('visit.review.notAnswered');
  const corrections = toVisitInput(v, ctx).corrections;
  const correctionLines = Object.entries(corrections).map(([field, value]) => {
    const label =
      field === 'phone'
        ? t('visit.review.beneficiaryPhone')
        : t(`visit.compare.${field as 'fullName'}`);
    const shown =
      field === 'dateOfBirth' && typeof value === 'string'
        ? formatVnDate(value)
        : field === 'sex'
          ? t(`visit.identity.sex.${value as 'male'}`)
          : field === 'phone' && typeof value === 'string'
            ? phoneText(value)
            : String(value);
    return `${label}: ${shown}`;
  });
  const absent = isAbsentOutcome(v.outcome);
  const hasRep = v.outcome === 'met_guardian' || v.hasRepresentative === 'yes';
  const p = v.payment;
  const rep = v.representative;
  const signature = v.consent.signatureAttachmentId
    ? files.get(v.consent.signatureAttachmentId)
    : undefined;

  return (
    <>
      <p className="vf-step-intro">{t('visit.review.intro')}</p>
      <Section step="outcome" title={t('visit.step.outcome')} onEdit={onEdit}>
        <dt>{t('visit.review.outcome')}</dt>
        <dd>{v.outcome ? t(`visit.outcome.${v.outcome}`) : t('visit.review.notAnswered')}</dd>
      </Section>
      {!absent && (
        <>
          <Section step="identity" title={t('visit.step.identity')} onEdit={onEdit}>
            <dt>{t('visit.review.card')}</dt>
            <dd>
              {v.cardMode === 'card'
                ? [
                    v.card.idNumber.trim(),
                    v.card.fullName.trim(),
                    formatVnDate(typedDateToIso(v.card.dateOfBirth)),
                    v.card.sex ? t(`visit.identity.sex.${v.card.sex}`) : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')
                : v.cardMode === 'none' && v.noCard.reason
                  ? t('visit.review.noCard', {
                      reason: t(`visit.identity.noCard.${v.noCard.reason}`),
                    })
                  : t('visit.review.notAnswered')}
            </dd>
            <dt>{t('visit.review.corrections')}</dt>
            <dd>
              {correctionLines.length === 0 ? (
                t('visit.review.noCorrections')
              ) : (
                <ul className="vf-plain-list">
                  {correctionLines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </dd>
          </Section>
          <Section step="payment" title={t('visit.step.payment')} onEdit={onEdit}>
            <dt>{t('visit.review.method')}</dt>
            <dd>
              {p.method ? t(`visit.payment.${p.method}`) : t('visit.review.notAnswered')}
              {p.method === 'bank' && (
                <span className="vf-review-detail">
                  {t('visit.review.account', {
                    bank: findBankByBin(p.bankBin)?.shortName ?? '—',
                    number: p.accountNumber.replace(/[\s.-]/g, ''),
                    holder: p.accountHolder.trim(),
                  })}
                </span>
              )}
              {p.method === 'wallet' && p.provider && (
                <span className="vf-review-detail">
                  {t('visit.review.walletLine', {
                    wallet: WALLET_PROVIDERS[p.provider].name,
                    phone: phoneText(p.phone),
                  })}
                </span>
              )}
              {(p.method === 'post_office_cash' || p.method === 'cash_at_home') && p.reason && (
                <span className="vf-review-detail">
                  {t('visit.review.cashReason', {
                    reason: p.reason === 'other' ? p.note.trim() : t(`visit.cash.${p.reason}`),
                  })}
                </span>
              )}
            </dd>
            <dt>{t('visit.review.survey')}</dt>
            <dd>
              <ul className="vf-plain-list">
                {(
                  ['hasPhone', 'hasSmartphone', 'canTravelToPayPoint', 'needsGuidance'] as const
                ).map((q) => (
                  <li key={q}>
                    {t(`visit.survey.${q}`)} <strong>{yesNo(v.survey[q])}</strong>
                  </li>
                ))}
              </ul>
            </dd>
          </Section>
          <Section step="representative" title={t('visit.step.representative')} onEdit={onEdit}>
            <dt>{t('visit.review.representative')}</dt>
            <dd>
              {!hasRep ? (
                t('visit.review.none')
              ) : (
                <>
                  {t('visit.review.repLine', {
                    role: rep.role ? t(`visit.rep.role.${rep.role}`) : '—',
                    name: rep.fullName.trim() || '—',
                    relationship:
                      rep.relationship === 'other'
                        ? rep.relationshipOther.trim()
                        : rep.relationship
                          ? t(`visit.rep.relationship.${rep.relationship}`)
                          : '—',
                  })}
                  {rep.idNumber.trim() && (
                    <span className="vf-review-detail">{rep.idNumber.trim()}</span>
                  )}
                  {rep.validity.from && rep.validity.to && (
                    <span className="vf-review-detail">
                      {t('visit.review.validityLine', {
                        from: formatVnDate(typedDateToIso(rep.validity.from)),
                        to: formatVnDate(typedDateToIso(rep.validity.to)),
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
                        return url ? (
                          <img key={id} src={url} alt="" className="vf-photo-thumb" />
                        ) : null;
                      })}
                    </span>
                  )}
                </>
              )}
            </dd>
          </Section>
          <Section step="phones" title={t('visit.step.phones')} onEdit={onEdit}>
            <dt>{t('visit.review.beneficiaryPhone')}</dt>
            <dd>
              {v.beneficiaryPhone.trim() ? phoneText(v.beneficiaryPhone) : t('visit.review.none')}
            </dd>
            {hasRep && (
              <>
                <dt>{t('visit.phones.representativeUnnamed')}</dt>
                <dd>{rep.phone.trim() ? phoneText(rep.phone) : t('visit.review.notAnswered')}</dd>
              </>
            )}
          </Section>
          <Section step="consent" title={t('visit.step.consent')} onEdit={onEdit}>
            <dt>{t('visit.review.consentGiver')}</dt>
            <dd>
              {v.consent.givenBy === 'beneficiary'
                ? t('visit.consent.givenBy.beneficiary')
                : v.consent.givenBy
                  ? t(`visit.consent.givenBy.${v.consent.givenBy}`, { name: rep.fullName.trim() })
                  : t('visit.review.notAnswered')}
            </dd>
            <dt>{t('visit.review.consent')}</dt>
            <dd>
              {v.consent.purposes.length === 0 ? (
                t('visit.review.notAnswered')
              ) : (
                <ul className="vf-plain-list">
                  {v.consent.purposes.map((purpose) => (
                    <li key={purpose}>{t(`visit.consent.${purpose}`)}</li>
                  ))}
                </ul>
              )}
              {v.consent.method === 'witnessed_no_signature' ? (
                <span className="vf-review-detail">
                  {t('visit.review.consentWitnessed', {
                    name: v.consent.witnessName.trim() || '—',
                  })}
                </span>
              ) : signature?.url ? (
                <img
                  src={signature.url}
                  alt={t('visit.review.consentSigned')}
                  className="vf-review-signature"
                />
              ) : null}
            </dd>
          </Section>
        </>
      )}
      <TextAreaField
        id={fieldId('notes')}
        label={t('visit.review.notes')}
        hint={t('visit.review.notes.hint')}
        optional
        maxLength={2100}
        error={error('notes')}
        {...register('notes')}
      />
    </>
  );
}
