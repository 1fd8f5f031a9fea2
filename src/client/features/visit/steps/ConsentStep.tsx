import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { CONSENT_PURPOSES } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { ChoiceGroup, fieldId, SignaturePad, TextField } from '../../../ui';
import { useFiles } from '../files/VisitFilesContext';
import type { VisitFormValues } from '../model/formValues';
import { consentGivers } from '../model/consentGivers';
import { useFieldError } from './useFieldError';

/** Decree 13 consent: read aloud, ticked per purpose, then signed or witnessed. */
export function ConsentStep() {
  const { t } = useI18n();
  const files = useFiles();
  const { register, control, setValue, getValues } = useFormContext<VisitFormValues>();
  const error = useFieldError();
  const values = useWatch({ control });
  const method = values.consent?.method;
  const signatureId = values.consent?.signatureAttachmentId ?? '';
  const givers = consentGivers(values as VisitFormValues);

  // With only one person who can consent, choose them (still shown, and can be seen).
  const only = givers.length === 1 ? givers[0]!.role : null;
  useEffect(() => {
    if (only && getValues('consent.givenBy') !== only) setValue('consent.givenBy', only);
  }, [only, getValues, setValue]);

  return (
    <>
      <section className="vf-consent-text" aria-labelledby="consent-read">
        <h3 id="consent-read" className="vf-subsection-heading">
          {t('visit.consent.readAloud')}
        </h3>
        <p>{t('visit.consent.what')}</p>
        <p>{t('visit.consent.who')}</p>
        <p>{t('visit.consent.rights')}</p>
      </section>
      <ChoiceGroup
        id={fieldId('consent.purposes')}
        type="checkbox"
        legend={t('visit.consent.purposesLegend')}
        hint={t('visit.consent.purposesHint')}
        input={register('consent.purposes')}
        error={error('consent.purposes')}
        options={CONSENT_PURPOSES.map((p) => ({
          value: p,
          label: t(`visit.consent.${p}`),
          hint: t(`visit.consent.${p}.hint`),
        }))}
      />
      <ChoiceGroup
        id={fieldId('consent.givenBy')}
        legend={t('visit.consent.givenBy')}
        input={register('consent.givenBy')}
        error={error('consent.givenBy')}
        columns={2}
        options={givers.map((g) =>
          g.role === 'beneficiary'
            ? { value: g.role, label: t('visit.consent.givenBy.beneficiary') }
            : { value: g.role, label: t(`visit.consent.givenBy.${g.role}`, { name: g.name }) },
        )}
      />
      <ChoiceGroup
        id={fieldId('consent.method')}
        legend={t('visit.consent.method')}
        input={register('consent.method')}
        error={error('consent.method')}
        columns={2}
        options={(['checkbox_and_signature', 'witnessed_no_signature'] as const).map((m) => ({
          value: m,
          label: t(`visit.consent.method.${m}`),
          hint: t(`visit.consent.method.${m}.hint`),
        }))}
      />
      {method === 'checkbox_and_signature' && (
        <SignaturePad
          id={fieldId('consent.signatureAttachmentId')}
          imageUrl={signatureId ? (files.get(signatureId)?.url ?? null) : null}
          error={error('consent.signatureAttachmentId')}
          onSigned={(png) =>
            void files.addSignature(png).then((id) =>
              setValue('consent.signatureAttachmentId', id, {
                shouldDirty: true,
                shouldValidate: true,
              }),
            )
          }
          onClear={() => setValue('consent.signatureAttachmentId', '', { shouldDirty: true })}
        />
      )}
      {method === 'witnessed_no_signature' && (
        <TextField
          id={fieldId('consent.witnessName')}
          label={t('visit.consent.witnessName')}
          hint={t('visit.consent.witnessName.hint')}
          autoComplete="off"
          maxLength={150}
          error={error('consent.witnessName')}
          {...register('consent.witnessName')}
        />
      )}
    </>
  );
}
