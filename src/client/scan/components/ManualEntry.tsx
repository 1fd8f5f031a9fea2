import { useState, type FormEvent } from 'react';
import { useI18n, type MessageKey } from '../../i18n';
import { ChoiceGroup, TextAreaField, TextField, focusField } from '../../ui';
import { interpretScan, type ScanOutcome } from '../interpretScan';
import {
  fieldOfError,
  fieldWithPipe,
  manualToQrText,
  type ManualField,
  type ManualFields,
} from './manualText';

const EMPTY = { idNumber: '', fullName: '', dateOfBirth: '', sex: '', address: '' } as const;

/** The fallback when no code can be read: the card's details typed in, checked like a scan. */
export function ManualEntry({
  onDone,
  onBack,
}: {
  onDone: (outcome: ScanOutcome) => void;
  onBack: () => void;
}) {
  const { t } = useI18n();
  const [fields, setFields] = useState<Record<ManualField, string>>({ ...EMPTY });
  const [error, setError] = useState<{ field: ManualField | null; key: MessageKey } | null>(null);
  const set = (name: ManualField) => (value: string) => setFields((f) => ({ ...f, [name]: value }));
  const errorFor = (name: ManualField) => (error?.field === name ? t(error.key) : undefined);
  const id = (name: ManualField) => `scan-manual-${name}`;

  const fail = (field: ManualField | null, key: MessageKey) => {
    setError({ field, key });
    if (field) focusField(id(field));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = { ...fields, sex: fields.sex as ManualFields['sex'] };
    const pipe = fieldWithPipe(typed);
    if (pipe) return fail(pipe, 'scan.manual.pipe');
    const result = interpretScan(manualToQrText(typed), 'manual');
    if (result.ok) return onDone(result.outcome);
    fail(fieldOfError(result.error), result.error);
  };

  return (
    <form
      className="scan-manual"
      onSubmit={submit}
      noValidate
      aria-labelledby="scan-manual-heading"
    >
      <h3 id="scan-manual-heading">{t('scan.manual.heading')}</h3>
      <TextField
        id={id('idNumber')}
        label={t('scan.manual.idNumber')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        value={fields.idNumber}
        onChange={(e) => set('idNumber')(e.target.value)}
        error={errorFor('idNumber')}
      />
      <TextField
        id={id('fullName')}
        label={t('scan.manual.fullName')}
        autoComplete="off"
        maxLength={100}
        value={fields.fullName}
        onChange={(e) => set('fullName')(e.target.value)}
        error={errorFor('fullName')}
      />
      <TextField
        id={id('dateOfBirth')}
        label={t('scan.manual.dateOfBirth')}
        hint={t('scan.manual.dateOfBirthHint')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={10}
        value={fields.dateOfBirth}
        onChange={(e) => set('dateOfBirth')(e.target.value)}
        error={errorFor('dateOfBirth')}
      />
      <ChoiceGroup
        id={id('sex')}
        legend={t('scan.manual.sex')}
        columns={2}
        options={[
          { value: 'Nam', label: t('scan.card.male') },
          { value: 'Nữ', label: t('scan.card.female') },
        ]}
        input={{ name: 'scan-manual-sex', onChange: (e) => set('sex')(e.target.value) }}
        error={errorFor('sex')}
      />
      <TextAreaField
        id={id('address')}
        label={t('scan.manual.address')}
        maxLength={300}
        rows={3}
        value={fields.address}
        onChange={(e) => set('address')(e.target.value)}
        error={errorFor('address')}
      />
      {error && error.field === null && <p role="alert">{t(error.key)}</p>}
      <div className="scan-actions">
        <button type="submit">{t('scan.manual.submit')}</button>
        <button type="button" className="secondary" onClick={onBack}>
          {t('scan.manual.backToCamera')}
        </button>
      </div>
    </form>
  );
}
