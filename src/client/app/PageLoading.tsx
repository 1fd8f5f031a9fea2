import { useI18n } from '../i18n';

export function PageLoading() {
  const { t } = useI18n();
  return (
    <p role="status" aria-live="polite" className="page-loading">
      {t('app.loading')}
    </p>
  );
}
