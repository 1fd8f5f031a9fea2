import { useI18n } from '../../i18n';

export function HomePage() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="home-heading">
      <h1 id="home-heading">{t('home.heading')}</h1>
      <p>{t('home.intro')}</p>
    </section>
  );
}
