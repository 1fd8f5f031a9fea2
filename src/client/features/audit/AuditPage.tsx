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
import { Notice, OfficePager, OfficeTable, officeTime } from '../../ui';
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
        <OfficeTable
          caption={t('audit.caption')}
          columns={[
            { label: t('audit.col.at') },
            { label: t('audit.col.user') },
            { label: t('audit.col.device') },
            { label: t('audit.col.action') },
            { label: t('audit.col.targets') },
            { label: t('audit.col.outcome') },
          ]}
        >
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">{officeTime(e.at, locale, true)}</td>
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
        </OfficeTable>
      )}
      <OfficePager offset={offset} page={PAGE} total={total} onOffset={setOffset} />
    </>
  );
}
