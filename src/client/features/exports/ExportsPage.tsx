import { useState } from 'react';
import { useI18n } from '../../i18n';
import { useSession } from '../../sync';
import { Notice } from '../../ui';
import { MakeListForm } from './MakeListForm';
import { PastExports } from './PastExports';

/** The monthly lists: make one (office, provider agents for their provider), see and re-download past ones. */
export default function ExportsPage() {
  const { t } = useI18n();
  const session = useSession();
  const [version, setVersion] = useState(0);
  if (session.status !== 'unlocked') return null;
  const { user } = session;
  const maker = user.role === 'admin' || user.role === 'provider_agent';
  return (
    <>
      <h1>{t('exports.heading')}</h1>
      <p>{t('exports.intro')}</p>
      <Notice>{t('exports.sensitive')}</Notice>
      {maker ? (
        <MakeListForm userId={user.userId} onMade={() => setVersion((v) => v + 1)} />
      ) : (
        <p>{t('exports.readOnly')}</p>
      )}
      <PastExports userId={user.userId} version={version} />
    </>
  );
}
