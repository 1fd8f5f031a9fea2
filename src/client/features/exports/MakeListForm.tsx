import { useState, type FormEvent } from 'react';
import { EXPORT_LISTS, LISTS, type ExportList } from '../../../shared/exports/columns';
import {
  exportOptionsSchema,
  type ExportFormat,
  type ExportOptions,
} from '../../../shared/schemas/exports';
import { useI18n } from '../../i18n';
import {
  failureReason as reasonOf,
  officeDownload,
  officeRequest,
  saveFile,
  useServerData,
} from '../../sync';
import { Notice, SelectField } from '../../ui';

type Status = { kind: 'idle' | 'busy' } | { kind: 'done' | 'error'; text: string };

/** Choose a list, its provider or commune and a format; the file downloads and is recorded. */
export function MakeListForm({ userId, onMade }: { userId: string; onMade: () => void }) {
  const { t } = useI18n();
  const options = useServerData<ExportOptions>(
    () =>
      officeRequest({ method: 'GET', path: '/api/exports/options', schema: exportOptionsSchema }),
    userId,
  );
  const [list, setList] = useState<ExportList | ''>('');
  const [subject, setSubject] = useState('');
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const providers = options.data?.providers ?? [];
  const communes = options.data?.communes ?? [];
  // A provider agent makes only its provider's lists; the commune list is the office's.
  const lists = EXPORT_LISTS.filter((l) => LISTS[l].subject === 'provider' || communes.length > 0);
  const byProvider = list !== '' && LISTS[list].subject === 'provider';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (list === '' || subject === '') return;
    setStatus({ kind: 'busy' });
    try {
      const file = await officeDownload({
        method: 'POST',
        path: '/api/exports',
        json: {
          list,
          format,
          ...(byProvider ? { providerId: subject } : { communeCode: subject }),
        },
      });
      saveFile(file);
      setStatus({
        kind: 'done',
        text: t('exports.made', {
          file: file.fileName,
          rows: file.headers.get('x-export-rows') ?? '?',
        }),
      });
      onMade();
    } catch (error) {
      setStatus({
        kind: 'error',
        text: t('exports.failed', { reason: reasonOf(error, t('exports.offline')) }),
      });
    }
  }

  return (
    <section className="card" aria-labelledby="make-list-heading">
      <h2 id="make-list-heading">{t('exports.make.heading')}</h2>
      {options.error !== null && (
        <Notice tone="danger">
          {t('exports.loadFailed', { reason: reasonOf(options.error, t('exports.offline')) })}
        </Notice>
      )}
      <form className="office-form" onSubmit={onSubmit}>
        <SelectField
          id="export-list"
          label={t('exports.list.label')}
          placeholder={t('exports.list.choose')}
          options={lists.map((l) => ({ value: l, label: t(`exports.list.${l}`) }))}
          value={list}
          onChange={(e) => {
            setList(e.target.value as ExportList | '');
            setSubject('');
          }}
          required
        />
        {list !== '' &&
          (byProvider ? (
            <SelectField
              id="export-provider"
              label={t('exports.provider.label')}
              placeholder={t('exports.provider.choose')}
              options={providers.map((p) => ({ value: p.id, label: p.name }))}
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              required
            />
          ) : (
            <SelectField
              id="export-commune"
              label={t('exports.commune.label')}
              placeholder={t('exports.commune.choose')}
              options={communes.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }))}
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              hint={t('exports.changes.hint')}
              required
            />
          ))}
        <fieldset className="office-formats">
          <legend>{t('exports.format.label')}</legend>
          {(['xlsx', 'csv'] as const).map((f) => (
            <label key={f}>
              <input
                type="radio"
                name="export-format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />{' '}
              {t(`exports.format.${f}`)}
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={status.kind === 'busy' || list === '' || subject === ''}>
            {status.kind === 'busy' ? t('exports.making') : t('exports.make.button')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {status.kind === 'done' && <Notice tone="success">{status.text}</Notice>}
        {status.kind === 'error' && <Notice tone="danger">{status.text}</Notice>}
      </div>
    </section>
  );
}
