import { useI18n } from '../../i18n';
import { useSession } from '../../sync';
import { Notice } from '../../ui/Notice';
import { resolveReview } from './data/dashboardApi';
import { useDashboard, type DashboardProblem } from './data/useDashboard';
import { useFormat } from './format';
import { CashReasons } from './sections/CashReasons';
import { CoverageSection } from './sections/CoverageSection';
import { DeviceTable } from './sections/DeviceTable';
import { ProgressSection } from './sections/ProgressSection';
import { ReviewQueue } from './sections/ReviewQueue';
import { SummaryTiles } from './sections/SummaryTiles';
import { WorkerTable } from './sections/WorkerTable';
import './dashboard.css';

// The supervisor's overview, online only: the figures come from the server for the caller's
// units; without a network the last figures of this visit stay, with their time.

export default function DashboardPage() {
  const { t } = useI18n();
  const session = useSession();
  const role = session.status === 'unlocked' ? session.user.role : null;
  if (role !== 'supervisor' && role !== 'admin') {
    return (
      <div className="dashboard">
        <h1>{t('dash.heading')}</h1>
        <Notice tone="warn">{t('dash.forbidden')}</Notice>
      </div>
    );
  }
  return <Dashboard />;
}

function ProblemNotice({ problem, lastAt }: { problem: DashboardProblem; lastAt: string | null }) {
  const { t } = useI18n();
  if (problem.kind === 'offline') {
    return (
      <Notice tone="warn" title={t('dash.offline')} live>
        <p>{lastAt ? t('dash.offlineLast', { time: lastAt }) : t('dash.offlineNone')}</p>
      </Notice>
    );
  }
  const text =
    problem.kind === 'signIn'
      ? t('dash.signIn')
      : problem.kind === 'forbidden'
        ? t('dash.forbidden')
        : t('dash.failed', { reason: problem.reason });
  return (
    <Notice tone="danger" live>
      <p>{text}</p>
    </Notice>
  );
}

function Dashboard() {
  const { t } = useI18n();
  const f = useFormat();
  const { data, problem, loading, refresh } = useDashboard();
  const lastAt = data ? f.dateTime(data.fetchedAt) : null;
  const now = data ? Date.parse(data.devices.generatedAt) : 0;
  return (
    <div className="dashboard">
      <div className="dash-head">
        <h1>{t('dash.heading')}</h1>
        {lastAt && <p className="dash-asof">{t('dash.asOf', { time: lastAt })}</p>}
        <button
          type="button"
          className="secondary"
          onClick={refresh}
          disabled={loading || problem?.kind === 'offline'}
        >
          {loading ? t('dash.refreshing') : t('dash.refresh')}
        </button>
      </div>
      {problem && <ProblemNotice problem={problem} lastAt={lastAt} />}
      {!data && !problem && <p>{t('dash.loading')}</p>}
      {data && (
        <>
          <SummaryTiles totals={data.coverage.totals} communes={data.coverage.communes} />
          <CoverageSection coverage={data.coverage} />
          <div className="dash-columns">
            <ProgressSection progress={data.coverage.progress} />
            <CashReasons totals={data.coverage.totals} />
          </div>
          <DeviceTable status={data.devices} now={now} />
          <WorkerTable workers={data.devices.workers} now={now} />
          <ReviewQueue
            queue={data.reviews}
            onResolve={async (review) => {
              await resolveReview(review.id);
              refresh();
            }}
          />
        </>
      )}
    </div>
  );
}
