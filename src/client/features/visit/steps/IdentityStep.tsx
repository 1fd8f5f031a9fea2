import { useFormContext, useWatch } from 'react-hook-form';
import { idNumberMismatches, NO_CARD_REASONS, scannedCardSchema } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { ChoiceGroup, fieldId, Notice, TextField, useMessageText } from '../../../ui';
import type { VisitFormValues } from '../model/formValues';
import type { RosterFacts } from '../model/rosterDiff';
import { typedDateToIso } from '../model/dates';
import { cardFromScan } from '../model/fromScan';
import { CardComparison } from './CardComparison';
import { ScanCardButton } from './ScanCardDialog';
import { useFieldError } from './useFieldError';

export function IdentityStep({ roster }: { roster: RosterFacts }) {
  const { t } = useI18n();
  const { register, control, setValue } = useFormContext<VisitFormValues>();
  const error = useFieldError();
  const mode = useWatch({ control, name: 'cardMode' });
  const card = useWatch({ control, name: 'card' });
  const text = useMessageText();

  const parsed = scannedCardSchema.safeParse({
    ...card,
    dateOfBirth: typedDateToIso(card.dateOfBirth),
    sex: card.sex || undefined,
    oldIdNumber: card.oldIdNumber.trim() || null,
    issueDate: typedDateToIso(card.issueDate) || null,
  });
  const warnings = parsed.success ? idNumberMismatches(parsed.data) : [];
  // A card read by the scanner and then changed by hand is recorded as typed.
  const typed = {
    onChange: () => {
      if (card.source !== 'manual') setValue('card.source', 'manual');
    },
  };

  return (
    <>
      <ChoiceGroup
        id={fieldId('cardMode')}
        legend={t('visit.identity.modeLegend')}
        input={register('cardMode')}
        error={error('cardMode')}
        columns={2}
        options={[
          {
            value: 'card',
            label: t('visit.identity.mode.card'),
            hint: t('visit.identity.mode.card.hint'),
          },
          {
            value: 'none',
            label: t('visit.identity.mode.none'),
            hint: t('visit.identity.mode.none.hint'),
          },
        ]}
      />
      {mode === 'card' && (
        <section className="vf-subsection" aria-labelledby="card-heading">
          <div className="vf-scan-row">
            <ScanCardButton
              label={t('visit.identity.scan')}
              onRead={(outcome) =>
                setValue('card', cardFromScan(outcome), {
                  shouldDirty: true,
                  shouldValidate: false,
                })
              }
            />
            <p className="vf-scan-note" aria-live="polite">
              {card.source === 'qr'
                ? t('visit.identity.scanned')
                : card.source === 'barcode'
                  ? t('visit.identity.scannedBarcode')
                  : ''}
            </p>
          </div>
          <h3 id="card-heading" className="vf-subsection-heading">
            {t('visit.identity.cardHeading')}
          </h3>
          <div className="field-grid">
            <TextField
              id={fieldId('card.idNumber')}
              label={t('visit.identity.idNumber')}
              inputMode="numeric"
              autoComplete="off"
              maxLength={20}
              error={error('card.idNumber')}
              {...register('card.idNumber', typed)}
            />
            <TextField
              id={fieldId('card.fullName')}
              label={t('visit.identity.fullName')}
              hint={t('visit.identity.fullName.hint')}
              autoComplete="off"
              autoCapitalize="characters"
              maxLength={150}
              error={error('card.fullName')}
              {...register('card.fullName', typed)}
            />
            <TextField
              id={fieldId('card.dateOfBirth')}
              label={t('visit.identity.dateOfBirth')}
              hint={t('visit.identity.dateOfBirth.hint')}
              inputMode="numeric"
              autoComplete="off"
              placeholder={t('visit.datePlaceholder')}
              maxLength={10}
              error={error('card.dateOfBirth')}
              {...register('card.dateOfBirth', typed)}
            />
            <ChoiceGroup
              id={fieldId('card.sex')}
              legend={t('visit.identity.sex')}
              input={register('card.sex', typed)}
              error={error('card.sex')}
              columns={2}
              compact
              options={[
                { value: 'male', label: t('visit.identity.sex.male') },
                { value: 'female', label: t('visit.identity.sex.female') },
              ]}
            />
            <TextField
              id={fieldId('card.address')}
              label={t('visit.identity.address')}
              optional
              autoComplete="off"
              maxLength={320}
              error={error('card.address')}
              className="field-wide"
              {...register('card.address', typed)}
            />
            <TextField
              id={fieldId('card.issueDate')}
              label={t('visit.identity.issueDate')}
              optional
              inputMode="numeric"
              autoComplete="off"
              placeholder={t('visit.datePlaceholder')}
              maxLength={10}
              error={error('card.issueDate')}
              {...register('card.issueDate', typed)}
            />
            <TextField
              id={fieldId('card.oldIdNumber')}
              label={t('visit.identity.oldIdNumber')}
              optional
              inputMode="numeric"
              autoComplete="off"
              maxLength={20}
              error={error('card.oldIdNumber')}
              {...register('card.oldIdNumber', typed)}
            />
          </div>
          {warnings.length > 0 && (
            <Notice tone="warn">
              {warnings.map((key) => (
                <p key={key}>{text(key)}</p>
              ))}
            </Notice>
          )}
          <CardComparison roster={roster} card={card} />
        </section>
      )}
      {mode === 'none' && (
        <ChoiceGroup
          id={fieldId('noCard.reason')}
          legend={t('visit.identity.noCardLegend')}
          input={register('noCard.reason')}
          error={error('noCard.reason')}
          columns={3}
          options={NO_CARD_REASONS.map((r) => ({
            value: r,
            label: t(`visit.identity.noCard.${r}`),
          }))}
        />
      )}
    </>
  );
}
