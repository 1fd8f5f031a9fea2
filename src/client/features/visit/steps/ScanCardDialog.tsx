import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ScanOutcome } from '../../../scan';
import { useI18n } from '../../../i18n';

// The camera scanner is large (decoders, wasm): loaded only when someone opens it.
const CccdScanner = lazy(() =>
  import('../../../scan/CccdScanner').then((m) => ({ default: m.CccdScanner })),
);

/**
 * A button that opens the CCCD scanner over the form. The scanner is rendered outside the form
 * element (it has its own manual-entry form) and its events do not reach the visit form.
 */
export function ScanCardButton({
  label,
  onRead,
}: {
  label: string;
  onRead: (outcome: ScanOutcome) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    dialog.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        className="secondary vf-scan-button"
        onClick={() => setOpen(true)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
          <path
            d="M4 8V5a1 1 0 0 1 1-1h3M16 4h3a1 1 0 0 1 1 1v3M20 16v3a1 1 0 0 1-1 1h-3M8 20H5a1 1 0 0 1-1-1v-3M7 12h10"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
        {label}
      </button>
      {open &&
        createPortal(
          <div className="vf-scan-backdrop">
            <div
              ref={dialog}
              className="vf-scan-dialog"
              role="dialog"
              aria-modal="true"
              aria-label={label}
              tabIndex={-1}
              onSubmit={(e) => e.stopPropagation()}
            >
              <Suspense fallback={<p role="status">{t('visit.identity.scannerLoading')}</p>}>
                <CccdScanner
                  onResult={(outcome) => {
                    onRead(outcome);
                    close();
                  }}
                  onCancel={close}
                />
              </Suspense>
            </div>
          </div>,
          document.body,
        )}
    </>
  );
}
