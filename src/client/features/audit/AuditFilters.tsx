import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { SelectField, TextField } from '../../ui';
import { KNOWN_ACTIONS, NO_FILTERS, type AuditFilterValues } from './auditFilters';

export function AuditFilters({
  users,
  onApply,
}: {
  users: readonly { id: string; username: string }[];
  onApply: (filters: AuditFilterValues) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<AuditFilterValues>(NO_FILTERS);
  const set = (name: keyof AuditFilterValues) => (value: string) =>
    setDraft((d) => ({ ...d, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="office-form" onSubmit={submit} aria-label={t('audit.filters')}>
      <SelectField
        id="audit-user"
        label={t('audit.filter.user')}
        placeholder={t('audit.filter.userAll')}
        options={users.map((u) => ({ value: u.id, label: u.username }))}
        value={draft.userId}
        onChange={(e) => set('userId')(e.target.value)}
      />
      <SelectField
        id="audit-action"
        label={t('audit.filter.action')}
        placeholder={t('audit.filter.actionAll')}
        options={KNOWN_ACTIONS.map((a) => ({ value: a, label: t(`audit.action.${a}`) }))}
        value={draft.action}
        onChange={(e) => set('action')(e.target.value)}
      />
      <TextField
        id="audit-from"
        type="date"
        label={t('audit.filter.from')}
        value={draft.from}
        onChange={(e) => set('from')(e.target.value)}
      />
      <TextField
        id="audit-to"
        type="date"
        label={t('audit.filter.to')}
        value={draft.to}
        onChange={(e) => set('to')(e.target.value)}
      />
      <TextField
        id="audit-record"
        label={t('audit.filter.record')}
        value={draft.recordId}
        maxLength={64}
        onChange={(e) => set('recordId')(e.target.value)}
      />
      <TextField
        id="audit-device"
        label={t('audit.filter.device')}
        value={draft.deviceId}
        maxLength={36}
        onChange={(e) => set('deviceId')(e.target.value)}
      />
      <div className="actions">
        <button type="submit">{t('audit.filter.apply')}</button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setDraft(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          {t('audit.filter.reset')}
        </button>
      </div>
    </form>
  );
}
