import { useState } from 'react';
import type { ReviewItem, ReviewQueueResponse } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { Notice } from '../../../ui/Notice';
import { useFormat } from '../format';

/** Disagreeing visits: the supervisor settles each with the workers, then marks it resolved. */
export function ReviewQueue({
  queue,
  onResolve,
}: {
  queue: ReviewQueueResponse;
  onResolve: (review: ReviewItem) => Promise<void>;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const resolve = async (review: ReviewItem) => {
    setBusy(review.id);
    try {
      await onResolve(review);
      setMessage({
        tone: 'success',
        text: t('dash.reviews.resolved', { name: review.beneficiaryName }),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setMessage({ tone: 'danger', text: t('dash.reviews.failed', { reason }) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="dash-reviews" className="card">
      <h2 id="dash-reviews">{t('dash.reviews.heading')}</h2>
      <p className="dash-explain">{t('dash.reviews.explain')}</p>
      <div role="status">{message && <Notice tone={message.tone}>{message.text}</Notice>}</div>
      {queue.reviews.length === 0 ? (
        <p>{t('dash.reviews.none')}</p>
      ) : (
        <ul className="dash-reviews">
          {queue.reviews.map((r) => (
            <li key={r.id} data-testid={`review-${r.id}`}>
              <p className="dash-review-who">
                <strong>{r.beneficiaryName}</strong> — {r.communeName}
              </p>
              <ul>
                {r.visits.map((v) => (
                  <li key={v.id}>
                    {t('dash.reviews.visit', {
                      time: f.dateTime(v.visitedAt),
                      worker: v.workerUsername,
                      device: v.deviceLabel,
                      method: t(`dash.method.${v.method ?? 'none'}`),
                    })}
                  </li>
                ))}
              </ul>
              <button
                type="button"
                className="secondary"
                disabled={busy !== null}
                onClick={() => void resolve(r)}
              >
                {busy === r.id ? t('dash.reviews.resolving') : t('dash.reviews.resolve')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {queue.total > queue.reviews.length && (
        <p>{t('dash.reviews.more', { shown: queue.reviews.length, total: queue.total })}</p>
      )}
    </section>
  );
}
