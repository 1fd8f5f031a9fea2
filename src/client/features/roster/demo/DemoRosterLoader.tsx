import { useId, useState } from 'react';
import type { GhiDanhDB } from '../../../db';
import { DEMO_DEFAULT_SIZE, DEMO_SIZES } from '../../../db/demoRoster';
import { useI18n } from '../../../i18n';
import { useStore } from '../../../platform';
import { demoLoadState, startDemoLoad } from './demoLoad';

/** The empty roster: explains why, and offers the demo roster until the server provides one. */
export function DemoRosterLoader({ db }: { db: GhiDanhDB }) {
  const { t } = useI18n();
  const id = useId();
  const [size, setSize] = useState<number>(DEMO_DEFAULT_SIZE);
  const progress = useStore(demoLoadState);
  // After the last batch, the bar stays full until the list has read the roster back.
  const bar =
    progress.phase === 'loading'
      ? progress
      : progress.phase === 'loaded'
        ? { done: progress.count, total: progress.count }
        : null;
  const loading = bar !== null;

  return (
    <section className="card roster-empty" aria-labelledby={`${id}-h`}>
      <svg
        className="roster-empty-art"
        aria-hidden="true"
        viewBox="0 0 64 64"
        width="72"
        height="72"
      >
        <rect
          x="12"
          y="8"
          width="40"
          height="50"
          rx="6"
          fill="#e6f2ec"
          stroke="#0f5132"
          strokeWidth="2.5"
        />
        <rect
          x="22"
          y="4"
          width="20"
          height="9"
          rx="3"
          fill="#fff"
          stroke="#0f5132"
          strokeWidth="2.5"
        />
        <path
          d="M21 26h22M21 35h22M21 44h14"
          stroke="#0f5132"
          strokeWidth="2.5"
          strokeLinecap="round"
        />
      </svg>
      <h2 id={`${id}-h`}>{t('roster.empty.heading')}</h2>
      <p>{t('roster.empty.body')}</p>
      <div className="roster-demo-actions">
        <label className="roster-filter">
          <span>{t('roster.demo.size')}</span>
          <select value={size} disabled={loading} onChange={(e) => setSize(Number(e.target.value))}>
            {DEMO_SIZES.map((n) => (
              <option key={n} value={n}>
                {t('roster.demo.sizeOption', { count: n })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => void startDemoLoad(db, size)}
          disabled={loading}
          aria-describedby={`${id}-note`}
        >
          {t('roster.demo.load')}
        </button>
      </div>
      <p id={`${id}-note`} className="roster-demo-note">
        {t('roster.demo.note')}
      </p>
      {bar && (
        <div className="roster-demo-progress" role="status">
          <progress id={`${id}-p`} max={bar.total} value={bar.done} />
          <label htmlFor={`${id}-p`}>
            {t('roster.demo.progress', { done: bar.done, total: bar.total })}
          </label>
        </div>
      )}
      {progress.phase === 'failed' && (
        <p role="alert" className="roster-error">
          {t('roster.demo.failed')}
        </p>
      )}
    </section>
  );
}
