import { useState } from 'react';
import { auditListResponseSchema, type AuditEntry } from '../../../shared/schemas/audit';
import { userListResponseSchema } from '../../../shared/schemas/auth';
import { useI18n } from '../../i18n';
import {
  failureReason,
  officeDownload,
  officeRequest,
  saveFile,
  useServerData,
  useSession,
} from '../../sync';
import { Notice } from '../../ui';
import { AuditFilters } from './AuditFilters';
import { filterQuery, isKnownAction, NO_FILTERS, type AuditFilterValues } from './auditFilters';

const PAGE = 50;
const IDS_SHOWN = 3;

/** The audit log for admins: filters, a page of entries, and the filtered log as a file. */
export default function AuditPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const userId = session.status === 'unlocked' ? session.user.userId : '';
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const query = filterQuery(filters);
  const users = useServerData(
    () => officeRequest({ method: 'GET', path: '/api/users', schema: userListResponseSchema }),
    userId,
  );
  const log = useServerData(
    () =>
      officeRequest({
        method: 'GET',
        path: `/api/audit?${query}${query ? '&' : ''}limit=${PAGE}&offset=${offset}`,
        schema: auditListResponseSchema,
      }),
    `${userId}|${query}|${offset}`,
  );
  if (session.status !== 'unlocked') return null;
  const offline = t('exports.offline');

  async function download(format: 'csv' | 'xlsx') {
    setFailure(null);
    try {
      saveFile(
        await officeDownload({
          method: 'GET',
          path: `/api/audit/export?${query}${query ? '&' : ''}format=${format}`,
        }),
      );
    } catch (error) {
      setFailure(t('audit.failed', { reason: failureReason(error, offline) }));
    }
  }

  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  const action = (e: AuditEntry) =>
    isKnownAction(e.action) ? t(`audit.action.${e.action}`) : e.action;
  const entries = log.data?.entries ?? [];
  const total = log.data?.total ?? 0;

  return (
    <>
      <h1>{t('audit.heading')}</h1>
      <p>{t('audit.intro')}</p>
      <section className="card" aria-label={t('audit.filters')}>
        <AuditFilters
          users={users.data?.users ?? []}
          onApply={(f) => {
            setFilters(f);
            setOffset(0);
          }}
        />
      </section>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void download('csv')}>
          {t('audit.download.csv')}
        </button>
        <button type="button" className="secondary" onClick={() => void download('xlsx')}>
          {t('audit.download.xlsx')}
        </button>
      </div>
      {failure && <Notice tone="danger">{failure}</Notice>}
      {log.error !== null && (
        <Notice tone="danger">
          {t('audit.failed', { reason: failureReason(log.error, offline) })}
        </Notice>
      )}
      {log.data && entries.length === 0 && <p>{t('audit.empty')}</p>}
      {entries.length > 0 && (
        <div className="office-table-wrap">
          <table className="office-table">
            <caption className="visually-hidden">{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.col.at')}</th>
                <th scope="col">{t('audit.col.user')}</th>
                <th scope="col">{t('audit.col.device')}</th>
                <th scope="col">{t('audit.col.action')}</th>
                <th scope="col">{t('audit.col.targets')}</th>
                <th scope="col">{t('audit.col.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{when(e.at)}</td>
                  <td>{e.username ?? '—'}</td>
                  <td className="mono nowrap" title={e.deviceId ?? undefined}>
                    {e.deviceId ? e.deviceId.slice(0, 8) : '—'}
                  </td>
                  <td>{action(e)}</td>
                  <td className="mono">
                    {e.targetType && <span>{e.targetType}: </span>}
                    {e.targetIds.slice(0, IDS_SHOWN).join(', ')}
                    {e.targetCount > IDS_SHOWN && (
                      <span> {t('audit.more', { count: e.targetCount - IDS_SHOWN })}</span>
                    )}
                  </td>
                  <td className={e.outcome === 'ok' ? undefined : 'text-danger'}>
                    {t(`audit.outcome.${e.outcome}`)} ({e.status})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > PAGE && (
        <div className="actions office-pager">
          <button
            type="button"
            className="secondary"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE))}
          >
            {t('exports.pager.prev')}
          </button>
          <span>
            {t('exports.pager.status', {
              from: offset + 1,
              to: Math.min(offset + PAGE, total),
              total,
            })}
          </span>
          <button
            type="button"
            className="secondary"
            disabled={offset + PAGE >= total}
            onClick={() => setOffset(offset + PAGE)}
          >
            {t('exports.pager.next')}
          </button>
        </div>
      )}
    </>
  );
}
