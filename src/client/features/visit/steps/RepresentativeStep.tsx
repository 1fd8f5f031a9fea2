import { useFormContext, useWatch } from 'react-hook-form';
import { RELATIONSHIPS } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { ChoiceGroup, fieldId, SelectField, TextField, YesNoField } from '../../../ui';
import type { VisitFormValues } from '../model/formValues';
import { cardFromScan } from '../model/fromScan';
import { PhotoPicker } from './PhotoPicker';
import { ScanCardButton } from './ScanCardDialog';
import { useFieldError } from './useFieldError';

export function RepresentativeStep() {
  const { t } = useI18n();
  const { register, control, setValue, getValues } = useFormContext<VisitFormValues>();
  const error = useFieldError();
  const outcome = useWatch({ control, name: 'outcome' });
  const has = useWatch({ control, name: 'hasRepresentative' });
  const relationship = useWatch({ control, name: 'representative.relationship' });
  const role = useWatch({ control, name: 'representative.role' });
  const shown = outcome === 'met_guardian' || has === 'yes';

  return (
    <>
      {outcome === 'met_guardian' ? (
        <p className="vf-step-intro">{t('visit.rep.intro')}</p>
      ) : (
        <YesNoField
          id={fieldId('hasRepresentative')}
          legend={t('visit.rep.question')}
          input={register('hasRepresentative')}
          error={error('hasRepresentative')}
        />
      )}
      {shown && (
        <section className="vf-subsection">
          <ChoiceGroup
            id={fieldId('representative.role')}
            legend={t('visit.rep.role')}
            input={register('representative.role')}
            error={error('representative.role')}
            columns={2}
            options={(['guardian', 'authorised'] as const).map((r) => ({
              value: r,
              label: t(`visit.rep.role.${r}`),
              hint: t(`visit.rep.role.${r}.hint`),
            }))}
          />
          <div className="field-grid">
            <TextField
              id={fieldId('representative.fullName')}
              label={t('visit.rep.fullName')}
              autoComplete="off"
              maxLength={150}
              error={error('representative.fullName')}
              {...register('representative.fullName')}
            />
            <SelectField
              id={fieldId('representative.relationship')}
              label={t('visit.rep.relationship')}
              placeholder={t('visit.rep.relationship.choose')}
              error={error('representative.relationship')}
              options={RELATIONSHIPS.map((r) => ({
                value: r,
                label: t(`visit.rep.relationship.${r}`),
              }))}
              {...register('representative.relationship')}
            />
            {relationship === 'other' && (
              <TextField
                id={fieldId('representative.relationshipOther')}
                label={t('visit.rep.relationshipOther')}
                autoComplete="off"
                maxLength={80}
                error={error('representative.relationshipOther')}
                {...register('representative.relationshipOther')}
              />
            )}
            <div>
              <TextField
                id={fieldId('representative.idNumber')}
                label={t('visit.rep.idNumber')}
                optional
                inputMode="numeric"
                autoComplete="off"
                maxLength={20}
                error={error('representative.idNumber')}
                {...register('representative.idNumber')}
              />
              <div className="vf-scan-after">
                <ScanCardButton
                  label={t('visit.rep.scan')}
                  onRead={(outcome) => {
                    const card = cardFromScan(outcome);
                    setValue('representative.idNumber', card.idNumber, { shouldDirty: true });
                    if (card.fullName && !getValues('representative.fullName').trim()) {
                      setValue('representative.fullName', card.fullName, { shouldDirty: true });
                    }
                  }}
                />
              </div>
            </div>
          </div>
          <fieldset
            className={`field vf-validity${error('representative.validity') ? ' field-invalid' : ''}`}
            id={fieldId('representative.validity')}
            tabIndex={-1}
          >
            <legend className="field-label">
              {t('visit.rep.validity')}
              {role !== 'authorised' && <span className="field-optional"> {t('ui.optional')}</span>}
            </legend>
            <p className="field-hint">{t('visit.rep.validity.hint')}</p>
            <div className="field-grid">
              <TextField
                id={fieldId('representative.validity.from')}
                label={t('visit.rep.validity.from')}
                inputMode="numeric"
                autoComplete="off"
                placeholder={t('visit.datePlaceholder')}
                maxLength={10}
                error={error('representative.validity.from')}
                {...register('representative.validity.from')}
              />
              <TextField
                id={fieldId('representative.validity.to')}
                label={t('visit.rep.validity.to')}
                inputMode="numeric"
                autoComplete="off"
                placeholder={t('visit.datePlaceholder')}
                maxLength={10}
                error={error('representative.validity.to')}
                {...register('representative.validity.to')}
              />
            </div>
            <p className="field-error" aria-live="polite">
              {error('representative.validity')}
            </p>
          </fieldset>
          <PhotoPicker />
        </section>
      )}
    </>
  );
}
