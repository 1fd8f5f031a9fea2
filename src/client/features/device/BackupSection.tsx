import { useRef, useState } from 'react';
import { sharedMessage, isSharedMessageKey } from '../../../shared/messages';
import { appDatabase } from '../../db/appDatabase';
import { useI18n } from '../../i18n';
import { APP_VERSION } from '../../platform';
import { backupFileName, buildBackup, importBackup } from '../../sync';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Export unsynced records to a file and import such a file (the broken-tablet path). */
export function BackupSection() {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const reason = (e: unknown) =>
    e instanceof Error && isSharedMessageKey(e.message)
      ? sharedMessage(e.message, {}, locale)
      : String(e);

  async function onExport() {
    try {
      setStatus({ kind: 'busy', text: t('backup.exporting', { done: 0, total: '…' }) });
      const db = await appDatabase();
      const file = await buildBackup(db, APP_VERSION, (p) =>
        setStatus({ kind: 'busy', text: t('backup.exporting', { done: p.done, total: p.total }) }),
      );
      if (file.mutations.length === 0) {
        setStatus({ kind: 'done', text: t('backup.nothing') });
        return;
      }
      const name = backupFileName(file);
      download(new Blob([JSON.stringify(file)], { type: 'application/json' }), name);
      setStatus({
        kind: 'done',
        text: t('backup.exported', { count: file.mutations.length, file: name }),
      });
    } catch (e) {
      setStatus({ kind: 'error', text: t('backup.failed', { reason: reason(e) }) });
    }
  }

  async function onImport(file: File | undefined) {
    if (!file) return;
    try {
      setStatus({ kind: 'busy', text: t('backup.importing') });
      const result = await importBackup(await appDatabase(), file);
      setStatus(
        result.ok
          ? {
              kind: 'done',
              text: t('backup.imported', { added: result.added, skipped: result.skipped }),
            }
          : {
              kind: 'error',
              text: t('backup.invalid', { reason: sharedMessage(result.reason, {}, locale) }),
            },
      );
    } catch (e) {
      setStatus({ kind: 'error', text: t('backup.failed', { reason: reason(e) }) });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  const busy = status.kind === 'busy';
  return (
    <section aria-labelledby="backup-heading" className="card">
      <h2 id="backup-heading">{t('backup.heading')}</h2>
      <p>{t('backup.explain')}</p>
      <div className="actions">
        <button type="button" onClick={() => void onExport()} disabled={busy}>
          {t('backup.export')}
        </button>
        <label className={`button secondary${busy ? ' disabled' : ''}`}>
          {t('backup.import')}
          <input
            ref={input}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            disabled={busy}
            onChange={(e) => void onImport(e.target.files?.[0])}
          />
        </label>
      </div>
      {status.kind !== 'idle' && (
        <p
          role={status.kind === 'error' ? 'alert' : 'status'}
          aria-live="polite"
          className={status.kind === 'error' ? 'text-danger' : undefined}
          data-testid="backup-status"
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
