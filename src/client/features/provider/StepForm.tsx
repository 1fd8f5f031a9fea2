import { useId, useState, type FormEvent } from 'react';
import { newId } from '../../../shared/ids';
import type { AccountStep } from '../../../shared/schemas';
import { getDeviceId, ValidationError, type GhiDanhDB } from '../../db';
import { correctAccountStep, recordAccountStep, type AccountWorkItem } from '../../db/accountWork';
import { useI18n } from '../../i18n';
import { TextAreaField, TextField, useMessageText } from '../../ui';
import { declaredNumber, todayInVietnam } from './stepForm';

interface Props {
  db: GhiDanhDB;
  item: AccountWorkItem;
  providerId: string;
  username: string;
  step: AccountStep;
  /** Correcting a rejected entry: its outbox id and what it carried. */
  correcting?: { entryId: string; accountNumber: string | null; happenedOn: string; note: string };
  onDone: (saved: boolean) => void;
}

/** Records one step of an account: the date, the number when opening, an optional note. */
export function StepForm({ db, item, providerId, username, step, correcting, onDone }: Props) {
  const { t } = useI18n();
  const text = useMessageText();
  const id = useId();
  const [number, setNumber] = useState(correcting?.accountNumber ?? declaredNumber(item));
  const [date, setDate] = useState(correcting?.happenedOn ?? todayInVietnam());
  const [note, setNote] = useState(correcting?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setFailure(null);
    const input = {
      id: newId(),
      beneficiaryId: item.beneficiaryId,
      providerId,
      deviceId: await getDeviceId(db),
      workerId: username,
      step,
      accountNumber: step === 'opened' ? number : null,
      happenedOn: date,
      note,
      recordedAt: new Date().toISOString(),
    };
    try {
      if (correcting) await correctAccountStep(db, correcting.entryId, input);
      else await recordAccountStep(db, input);
      onDone(true);
    } catch (error) {
      if (error instanceof ValidationError) {
        setErrors(Object.fromEntries(error.issues.map((i) => [i.path, text(i.key) ?? i.key])));
      } else {
        setFailure(t('account.form.failed', { reason: String(error) }));
      }
      setSaving(false);
    }
  }

  return (
    <form className="step-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t(`account.form.heading.${step}`, { name: item.fullName })}</h3>
      {step === 'opened' && (
        <TextField
          id={`${id}-number`}
          label={t('account.form.number')}
          hint={t('account.form.numberHint')}
          inputMode="numeric"
          autoComplete="off"
          value={number}
          error={errors['accountNumber']}
          onChange={(e) => setNumber(e.target.value)}
          autoFocus
        />
      )}
      <TextField
        id={`${id}-date`}
        label={t('account.form.date')}
        type="date"
        value={date}
        max={todayInVietnam()}
        error={errors['happenedOn']}
        onChange={(e) => setDate(e.target.value)}
        autoFocus={step !== 'opened'}
      />
      <TextAreaField
        id={`${id}-note`}
        label={t('account.form.note')}
        optional
        value={note}
        maxLength={300}
        error={errors['note']}
        onChange={(e) => setNote(e.target.value)}
      />
      {failure && (
        <p role="alert" className="text-danger">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={saving}>
          {t('account.form.save')}
        </button>
        <button type="button" className="button secondary" onClick={() => onDone(false)}>
          {t('account.form.cancel')}
        </button>
      </div>
    </form>
  );
}
