import { lazy, Suspense } from 'react';
import { I18nProvider } from '../i18n';
import { PageLoading } from './PageLoading';

// The first paint needs only React and the catalogs; sign-in, the database and the routes follow.
const SignedInApp = lazy(() => import('./SignedInApp'));

export function App() {
  return (
    <I18nProvider>
      <Suspense fallback={<PageLoading />}>
        <SignedInApp />
      </Suspense>
    </I18nProvider>
  );
}
