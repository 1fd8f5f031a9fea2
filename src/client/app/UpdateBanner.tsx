import { applyUpdate, useHasDirtyForm, useUpdateState } from '../platform';
import { useI18n } from '../i18n';

/** Announces a waiting app version; the user decides when, and never while a visit form is dirty. */
export function UpdateBanner() {
  const { t } = useI18n();
  const state = useUpdateState();
  const formDirty = useHasDirtyForm();
  if (state === 'none') return null;
  return (
    <div className="banner banner-info" role="status" aria-live="polite">
      <span>
        {state === 'activating'
          ? t('update.activating')
          : formDirty
            ? t('update.blockedByForm')
            : t('update.available')}
      </span>
      <button
        type="button"
        onClick={() => applyUpdate()}
        disabled={formDirty || state === 'activating'}
      >
        {t('update.apply')}
      </button>
    </div>
  );
}
