import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui';
import type { ScanOutcome } from '../interpretScan';
import { CardDetails } from './CardDetails';

/** The card as read, for the user to check against the card before it is used. */
export function ScanConfirm({
  outcome,
  onUse,
  onRescan,
}: {
  outcome: ScanOutcome;
  onUse: () => void;
  onRescan: () => void;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the result, not on whatever had focus before.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="scan-confirm" aria-labelledby="scan-confirm-heading">
      <h3 id="scan-confirm-heading" ref={heading} tabIndex={-1}>
        {t('scan.confirm.heading')}
      </h3>
      <CardDetails outcome={outcome} />
      {outcome.kind === 'idOnly' && <Notice tone="info">{t('scan.confirm.idOnly')}</Notice>}
      {outcome.kind === 'card' && outcome.warnings.length > 0 && (
        <Notice tone="warn" title={t('scan.confirm.warnings')}>
          <ul>
            {outcome.warnings.map((w) => (
              <li key={w}>{t(w)}</li>
            ))}
          </ul>
        </Notice>
      )}
      <div className="scan-actions">
        <button type="button" onClick={onUse}>
          {t('scan.confirm.use')}
        </button>
        <button type="button" className="secondary" onClick={onRescan}>
          {t('scan.confirm.rescan')}
        </button>
      </div>
    </section>
  );
}
