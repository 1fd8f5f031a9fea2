import { useState } from 'react';
import { useI18n } from '../i18n';
import { CccdScanner } from './CccdScanner';
import { CardDetails } from './components/CardDetails';
import type { ScanOutcome } from './interpretScan';

/** /quet-cccd: the scanner on its own page, until the visit form embeds it. */
export function ScanDemoPage() {
  const { t } = useI18n();
  const [open, setOpen] = useState(true);
  const [result, setResult] = useState<ScanOutcome | null>(null);
  return (
    <section aria-labelledby="scan-demo-heading">
      <h1 id="scan-demo-heading">{t('scan.demo.heading')}</h1>
      <p>{t('scan.demo.intro')}</p>
      {open ? (
        <CccdScanner
          onResult={(outcome) => {
            setResult(outcome);
            setOpen(false);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <>
          {result ? (
            <section aria-labelledby="scan-demo-confirmed">
              <h2 id="scan-demo-confirmed">{t('scan.demo.confirmed')}</h2>
              <CardDetails outcome={result} />
            </section>
          ) : (
            <p role="status">{t('scan.demo.closed')}</p>
          )}
          <button type="button" onClick={() => setOpen(true)}>
            {result ? t('scan.demo.again') : t('scan.demo.open')}
          </button>
        </>
      )}
    </section>
  );
}
export default ScanDemoPage;
