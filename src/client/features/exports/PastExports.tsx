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
import { Notice, OfficePager, OfficeTable, officeTime } from '../../ui';

const PAGE = 20;

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
        <OfficeTable
          caption={t('exports.past.caption')}
          columns={[
            { label: t('exports.past.when') },
            { label: t('exports.past.list') },
            { label: t('exports.past.subject') },
            { label: t('exports.past.by') },
            { label: t('exports.past.rows'), numeric: true },
            { label: t('exports.past.file') },
          ]}
        >
          {rows.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">{officeTime(e.createdAt, locale)}</td>
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
        </OfficeTable>
      )}
      <OfficePager offset={offset} page={PAGE} total={total} onOffset={setOffset} />
    </section>
  );
}
