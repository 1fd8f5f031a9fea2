import { isSensitiveCategory, type BeneficiaryCategory } from '../../../shared/schemas';
import type { FieldChange, ImportField, ImportReport } from '../../../shared/roster';
import { useI18n, type MessageKey } from '../../i18n';
import { Notice } from '../../ui';
import { fieldLabelKey } from './columns';
import type { RejectedLine } from './rejected';

export interface ReportViewProps {
  report: ImportReport;
  rejected: readonly RejectedLine[];
  communeName: (code: string) => string;
  busy: boolean;
  onDownloadRejected: () => void;
  onCommit: () => void;
  onStartOver: () => void;
}

const SHOWN = 200;
const ENTRY_FIELD: Record<FieldChange['field'], ImportField> = {
  fullName: 'fullName',
  dateOfBirth: 'dateOfBirth',
  sex: 'sex',
  idNumber: 'idNumber',
  category: 'category',
  communeCode: 'commune',
  village: 'village',
  phone: 'phone',
  monthlyAmount: 'monthlyAmount',
};

/** What committing would do, before anything is written: counts, then each list. */
export function ReportView({
  report,
  rejected,
  communeName,
  busy,
  onDownloadRejected,
  onCommit,
  onStartOver,
}: ReportViewProps) {
  const { t } = useI18n();
  const { counts } = report;
  const totals: [MessageKey, number][] = [
    ['rosterImport.count.added', counts.added],
    ['rosterImport.count.changed', counts.changed],
    ['rosterImport.count.unchanged', counts.unchanged],
    ['rosterImport.count.removed', counts.removed],
    ['rosterImport.count.rejected', rejected.length],
    ['rosterImport.count.held', counts.held],
  ];
  const shown = (value: string | number | null, field: FieldChange['field']) => {
    if (value === null || value === '') return t('rosterImport.blank');
    if (field === 'category' && isSensitiveCategory(value as BeneficiaryCategory))
      return t('rosterImport.hidden');
    if (field === 'communeCode') return communeName(String(value));
    return String(value);
  };
  const reason = (r: RejectedLine['reasons'][number]) =>
    `${r.field ? `${t(fieldLabelKey(r.field))}: ` : ''}${t(r.key, r.params)}`;
  const nothing = counts.added + counts.changed + counts.removed === 0;

  return (
    <section className="card import-report" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('rosterImport.reportHeading')}</h2>
      <p>{t('rosterImport.reportIntro')}</p>
      <p>
        {t('rosterImport.communes', {
          communes: report.communes.map(communeName).join(', ') || '—',
        })}
      </p>
      <dl className="office-tiles import-counts">
        {totals.map(([key, value]) => (
          <div key={key} className={`office-tile import-count ${key.split('.').at(-1)}`}>
            <dt>{t(key)}</dt>
            <dd>{value.toLocaleString('vi-VN')}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <button type="button" onClick={onCommit} disabled={busy || nothing}>
          {t('rosterImport.commit')}
        </button>
        <button type="button" className="secondary" onClick={onStartOver} disabled={busy}>
          {t('rosterImport.startOver')}
        </button>
      </div>
      {nothing && <Notice>{t('rosterImport.nothingToCommit')}</Notice>}

      {rejected.length > 0 && (
        <section className="import-list">
          <h3>{t('rosterImport.list.rejected', { count: rejected.length })}</h3>
          <p>{t('rosterImport.rejectedExplain')}</p>
          <button type="button" className="secondary" onClick={onDownloadRejected}>
            {t('rosterImport.downloadRejected')}
          </button>
          <Table
            caption={t('rosterImport.list.rejected', { count: rejected.length })}
            head={[t('rosterImport.col.row'), t('rosterImport.col.reason')]}
            rows={rejected
              .slice(0, SHOWN)
              .map((r) => [String(r.row), r.reasons.map(reason).join(' · ')])}
            total={rejected.length}
          />
        </section>
      )}
      {counts.removed > 0 && (
        <section className="import-list">
          <h3>{t('rosterImport.list.removed', { count: counts.removed })}</h3>
          <Notice tone="warn">{t('rosterImport.removedExplain')}</Notice>
          <Table
            caption={t('rosterImport.list.removed', { count: counts.removed })}
            head={[
              t('rosterImport.col.name'),
              t('rosterImport.col.commune'),
              t('rosterImport.col.village'),
              t('rosterImport.col.idNumber'),
            ]}
            rows={report.removed.map((p) => [
              p.fullName,
              communeName(p.communeCode),
              p.village,
              p.idNumber ?? '—',
            ])}
            total={counts.removed}
          />
        </section>
      )}
      {counts.changed > 0 && (
        <section className="import-list">
          <h3>{t('rosterImport.list.changed', { count: counts.changed })}</h3>
          <Table
            caption={t('rosterImport.list.changed', { count: counts.changed })}
            head={[
              t('rosterImport.col.row'),
              t('rosterImport.col.name'),
              t('rosterImport.col.changes'),
            ]}
            rows={report.changed.map((c) => [
              String(c.row),
              c.fullName,
              c.fields
                .map((f) =>
                  t('rosterImport.change', {
                    field: t(fieldLabelKey(ENTRY_FIELD[f.field as FieldChange['field']])),
                    before: shown(f.before, f.field as FieldChange['field']),
                    after: shown(f.after, f.field as FieldChange['field']),
                  }),
                )
                .join('; '),
            ])}
            total={counts.changed}
          />
        </section>
      )}
      {counts.added > 0 && (
        <section className="import-list">
          <h3>{t('rosterImport.list.added', { count: counts.added })}</h3>
          <Table
            caption={t('rosterImport.list.added', { count: counts.added })}
            head={[
              t('rosterImport.col.row'),
              t('rosterImport.col.name'),
              t('rosterImport.col.commune'),
              t('rosterImport.col.village'),
            ]}
            rows={report.added.map((p) => [
              String(p.row),
              p.fullName,
              communeName(p.communeCode),
              p.village,
            ])}
            total={counts.added}
          />
        </section>
      )}
    </section>
  );
}

function Table({
  caption,
  head,
  rows,
  total,
}: {
  caption: string;
  head: string[];
  rows: string[][];
  total: number;
}) {
  const { t } = useI18n();
  return (
    <div className="import-table">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i}>
              {cells.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length && (
        <p className="hint">{t('rosterImport.more', { shown: rows.length, total })}</p>
      )}
    </div>
  );
}
