import { useState } from 'react';
import { exportListResponseSchema, type ExportSummary } from '../../../shared/schemas/exports';
import { useI18n } from '../../i18n';
import {
  failureReason as reasonOf,
  officeDownload,
  officeRequest,
  saveFile,
  useServerData,
} from '../../sync';
import { Notice } from '../../ui';

const PAGE = 20;

function when(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Lists made before, newest first, each downloadable again byte for byte. */
export function PastExports({ userId, version }: { userId: string; version: number }) {
  const { t, locale } = useI18n();
  const [offset, setOffset] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const past = useServerData(
    () =>
      officeRequest({
        method: 'GET',
        path: `/api/exports?limit=${PAGE}&offset=${offset}`,
        schema: exportListResponseSchema,
      }),
    `${userId}|${offset}|${version}`,
  );

  async function again(e: ExportSummary) {
    setFailure(null);
    try {
      saveFile(await officeDownload({ method: 'GET', path: `/api/exports/${e.id}/file` }));
    } catch (error) {
      setFailure(t('exports.failed', { reason: reasonOf(error, t('exports.offline')) }));
    }
  }

  const rows = past.data?.exports ?? [];
  const total = past.data?.total ?? 0;
  return (
    <section className="card" aria-labelledby="past-heading">
      <h2 id="past-heading">{t('exports.past.heading')}</h2>
      {past.error !== null && (
        <Notice tone="danger">
          {t('exports.loadFailed', { reason: reasonOf(past.error, t('exports.offline')) })}
        </Notice>
      )}
      {failure && <Notice tone="danger">{failure}</Notice>}
      {past.data && rows.length === 0 && <p>{t('exports.past.empty')}</p>}
      {rows.length > 0 && (
        <div className="office-table-wrap">
          <table className="office-table">
            <caption className="visually-hidden">{t('exports.past.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exports.past.when')}</th>
                <th scope="col">{t('exports.past.list')}</th>
                <th scope="col">{t('exports.past.subject')}</th>
                <th scope="col">{t('exports.past.by')}</th>
                <th scope="col" className="num">
                  {t('exports.past.rows')}
                </th>
                <th scope="col">{t('exports.past.file')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{when(e.createdAt, locale)}</td>
                  <td>{t(`exports.list.short.${e.list}`)}</td>
                  <td>{e.subjectName}</td>
                  <td>{e.createdBy}</td>
                  <td className="num">{e.rowCount.toLocaleString('vi-VN')}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t('exports.past.downloadLabel', { file: e.fileName })}
                      onClick={() => void again(e)}
                    >
                      {t('exports.past.download')} · {e.format.toUpperCase()}
                    </button>
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
    </section>
  );
}
