import { useI18n } from '../../i18n';

/** A labelled progress bar; without a total it shows that work goes on (indeterminate). */
export function ProgressBar({
  label,
  done,
  total,
}: {
  label: string;
  done?: number;
  total?: number;
}) {
  const { t } = useI18n();
  const known = done !== undefined && total !== undefined && total > 0;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <p id="import-progress-label">{label}</p>
      <progress
        aria-labelledby="import-progress-label"
        max={known ? total : undefined}
        value={known ? Math.min(done, total) : undefined}
      />
      {known && (
        <p className="import-progress-figures">{t('rosterImport.progress', { done, total })}</p>
      )}
    </div>
  );
}
