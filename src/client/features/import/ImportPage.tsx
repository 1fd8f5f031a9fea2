import { useEffect, useMemo, useRef, useState } from 'react';
import { guessMapping, type ColumnMapping, type ImportReport } from '../../../shared/roster';
import { LIMITS, type AdminUnit } from '../../../shared/schemas';
import { useI18n } from '../../i18n';
import { HttpError, NetworkError, useSession } from '../../sync';
import { Notice } from '../../ui';
import { commitImport, fetchReport, fetchUnits, stageImport } from './api';
import { rememberMapping, rememberedMapping } from './columns';
import './import.css';
import { MappingForm } from './MappingForm';
import { ImportReader, ReadError } from './parse/importReader';
import type { OpenedFile } from './parse/protocol';
import type { ValidatedFile } from './parse/validateRows';
import { ProgressBar } from './ProgressBar';
import { mergeRejected, rejectedCsv } from './rejected';
import { ReportView } from './ReportView';

// The office's roster file → a report → one commit. The file is read and checked in a worker;
// the server compares the accepted rows with the roster and commits them in one transaction.

type Phase = 'reading' | 'checking' | 'uploading' | 'reporting' | 'committing';

type Step =
  | { kind: 'choose' }
  | { kind: 'busy'; phase: Phase; done?: number; total?: number }
  | { kind: 'mapping' }
  | { kind: 'report'; report: ImportReport; importId: string }
  | { kind: 'committed'; added: number; changed: number; removed: number };

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export default function ImportPage() {
  const { t } = useI18n();
  const session = useSession();
  const isAdmin = session.status === 'unlocked' && session.user.role === 'admin';
  const [units, setUnits] = useState<AdminUnit[] | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [file, setFile] = useState<(OpenedFile & { name: string }) | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [defaultCommune, setDefaultCommune] = useState<string | null>(null);
  const [validated, setValidated] = useState<ValidatedFile | null>(null);
  const reader = useRef<ImportReader | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!isAdmin) return;
    fetchUnits().then(setUnits, (e: unknown) =>
      setError(t('rosterImport.unitsFailed', { reason: describe(e) })),
    );
    return () => reader.current?.terminate();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page visit
  }, [isAdmin]);

  const communes = useMemo(() => {
    const parents = new Set((units ?? []).map((u) => u.parentCode));
    return (units ?? []).filter((u) => !parents.has(u.code));
  }, [units]);
  const communeName = (code: string) => communes.find((u) => u.code === code)?.name ?? code;

  if (!isAdmin) return <Notice tone="warn">{t('rosterImport.adminOnly')}</Notice>;

  function describe(e: unknown): string {
    if (e instanceof ReadError) {
      return t(`rosterImport.failed.${e.reason}`, {
        max: LIMITS.importRowsMax,
        mb: LIMITS.importFileBytesMax / (1024 * 1024),
      });
    }
    if (e instanceof NetworkError) return t('rosterImport.failed.network');
    if (e instanceof HttpError) return t('rosterImport.failed.server', { message: e.message });
    return e instanceof Error ? e.message : String(e);
  }

  function fail(e: unknown, back: Step) {
    setError(describe(e));
    setStep(back);
    heading.current?.focus();
  }

  const progress = (phase: Phase) => (_p: unknown, done: number, total: number) =>
    setStep({ kind: 'busy', phase, done, total });

  async function onFile(chosen: File | undefined) {
    if (!chosen) return;
    setError(null);
    reader.current?.terminate();
    reader.current = new ImportReader();
    setStep({ kind: 'busy', phase: 'reading' });
    try {
      const opened = await reader.current.open(chosen, progress('reading'));
      setFile({ ...opened, name: chosen.name });
      setMapping(guessMapping(opened.headers, rememberedMapping()));
      setDefaultCommune(null);
      setStep({ kind: 'mapping' });
    } catch (e) {
      fail(e, { kind: 'choose' });
    }
  }

  async function onCheck() {
    if (!file || !mapping || !reader.current) return;
    setError(null);
    rememberMapping(file.headers, mapping);
    try {
      setStep({ kind: 'busy', phase: 'checking', done: 0, total: file.dataRows });
      const result = await reader.current.validate(
        mapping,
        defaultCommune,
        units ?? [],
        progress('checking'),
      );
      setValidated(result);
      await report(result);
    } catch (e) {
      fail(e, { kind: 'mapping' });
    }
  }

  async function report(result: ValidatedFile) {
    if (!file) return;
    setStep({ kind: 'busy', phase: 'uploading', done: 0, total: result.accepted.length });
    const importId = await stageImport(file.name, result.accepted, result.held, (done, total) =>
      setStep({ kind: 'busy', phase: 'uploading', done, total }),
    );
    setStep({ kind: 'busy', phase: 'reporting' });
    setStep({ kind: 'report', report: await fetchReport(importId), importId });
    heading.current?.focus();
  }

  async function onCommit(current: Extract<Step, { kind: 'report' }>) {
    setError(null);
    setStep({ kind: 'busy', phase: 'committing' });
    try {
      const result = await commitImport(current.importId, current.report.rosterVersion);
      setStep({ kind: 'committed', ...result });
    } catch (e) {
      fail(e, current);
    }
    heading.current?.focus();
  }

  async function onRebuild(current: Extract<Step, { kind: 'report' }>) {
    setError(null);
    setStep({ kind: 'busy', phase: 'reporting' });
    try {
      setStep({ ...current, report: await fetchReport(current.importId) });
    } catch (e) {
      fail(e, current);
    }
  }

  const rejected =
    step.kind === 'report' && validated
      ? mergeRejected(validated.rejected, step.report.rejected)
      : [];

  async function onDownloadRejected() {
    if (!reader.current || !file) return;
    const cells = new Map(
      (await reader.current.cells(rejected.map((r) => r.row))).map((r) => [r.row, r.cells]),
    );
    const lines = rejected.map((r) => ({
      row: r.row,
      cells: cells.get(r.row) ?? [],
      reason: r.reasons
        .map(
          (x) => `${x.field ? `${t(`rosterImport.field.${x.field}`)}: ` : ''}${t(x.key, x.params)}`,
        )
        .join(' · '),
    }));
    const name = file.name.replace(/\.(csv|xlsx)$/i, '');
    download(
      rejectedCsv(t('rosterImport.col.row'), t('rosterImport.reasonColumn'), file.headers, lines),
      `${name}-dong-bi-tu-choi.csv`,
    );
  }

  function startOver() {
    reader.current?.terminate();
    reader.current = null;
    setFile(null);
    setValidated(null);
    setError(null);
    setStep({ kind: 'choose' });
  }

  return (
    <div className="import-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('rosterImport.heading')}
      </h1>
      {error && (
        <div role="alert" className="notice notice-danger">
          <p>{error}</p>
          {step.kind === 'report' && (
            <button type="button" className="secondary" onClick={() => void onRebuild(step)}>
              {t('rosterImport.rebuild')}
            </button>
          )}
        </div>
      )}
      {step.kind === 'choose' && (
        <section className="card">
          <p>{t('rosterImport.intro')}</p>
          <label className={`button${units ? '' : ' disabled'}`}>
            {t('rosterImport.chooseFile')}
            <input
              type="file"
              className="visually-hidden"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={!units}
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </label>
          <p className="hint">{t('rosterImport.fileHint', { rows: LIMITS.importRowsMax })}</p>
        </section>
      )}
      {step.kind === 'busy' && (
        <ProgressBar
          label={t(`rosterImport.phase.${step.phase}`)}
          done={step.done}
          total={step.total}
        />
      )}
      {step.kind === 'mapping' && file && mapping && (
        <MappingForm
          file={file}
          mapping={mapping}
          defaultCommune={defaultCommune}
          communes={communes}
          onChange={(m, c) => {
            setMapping(m);
            setDefaultCommune(c);
          }}
          onSubmit={() => void onCheck()}
          onStartOver={startOver}
        />
      )}
      {step.kind === 'report' && (
        <ReportView
          report={step.report}
          rejected={rejected}
          communeName={communeName}
          busy={false}
          onDownloadRejected={() => void onDownloadRejected()}
          onCommit={() => void onCommit(step)}
          onStartOver={startOver}
        />
      )}
      {step.kind === 'committed' && (
        <section className="card">
          <Notice tone="success" live>
            {t('rosterImport.committed', {
              added: step.added,
              changed: step.changed,
              removed: step.removed,
            })}
          </Notice>
          <button type="button" onClick={startOver}>
            {t('rosterImport.again')}
          </button>
        </section>
      )}
    </div>
  );
}
