import { useLiveQuery } from 'dexie-react-hooks';
import { use, useId, useState } from 'react';
import { ACCOUNT_STATES, type AccountState } from '../../../shared/schemas';
import { appDatabase } from '../../db/appDatabase';
import { listAccountWork } from '../../db/accountWork';
import { useI18n } from '../../i18n';
import { useSession } from '../../sync';
import { SelectField } from '../../ui';
import { communeName } from './communes';
import { WorkRow } from './WorkRow';
import './provider.css';

const isState = (v: string): v is AccountState => (ACCOUNT_STATES as readonly string[]).includes(v);

/**
 * The provider agent's work list (/tai-khoan): everyone on the tablet who chose this provider,
 * filtered by commune and account state, with the next step to record. Works offline: the list
 * is derived from the pulled roster, visits and account states on the tablet.
 */
export default function AccountWorkPage() {
  const { t } = useI18n();
  const db = use(appDatabase());
  const session = useSession();
  const headingId = useId();
  const [commune, setCommune] = useState('');
  const [state, setState] = useState('');
  const user = session.status === 'unlocked' ? session.user : null;
  const provider = user?.provider ?? null;
  const items = useLiveQuery(
    () =>
      provider
        ? listAccountWork(db, provider, {
            communeCode: commune || null,
            state: isState(state) ? state : null,
          })
        : Promise.resolve([]),
    [db, provider, commune, state],
  );
  if (!user || !provider) {
    return (
      <section className="work-page">
        <h1>{t('provider.heading')}</h1>
        <p role="alert">{t('provider.noProvider')}</p>
      </section>
    );
  }
  const communes = user.unitCodes.filter((c) => c.length === 5).sort();
  const filtered = commune !== '' || state !== '';
  return (
    <section className="work-page" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('provider.heading')}</h1>
      <p>{t('provider.intro', { provider: provider.name })}</p>
      <form
        className="work-filters"
        aria-label={t('provider.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          id={`${headingId}-commune`}
          label={t('provider.commune')}
          placeholder={t('provider.allCommunes')}
          options={communes.map((c) => ({ value: c, label: communeName(c) }))}
          value={commune}
          onChange={(e) => setCommune(e.target.value)}
        />
        <SelectField
          id={`${headingId}-state`}
          label={t('provider.state')}
          placeholder={t('provider.allStates')}
          options={ACCOUNT_STATES.map((s) => ({ value: s, label: t(`account.state.${s}`) }))}
          value={state}
          onChange={(e) => setState(e.target.value)}
        />
      </form>
      {items === undefined ? (
        <p role="status">{t('provider.loading')}</p>
      ) : (
        <>
          <p role="status" className="work-count">
            {t('provider.count', { count: items.length })}
          </p>
          {items.length === 0 ? (
            <p>{filtered ? t('provider.empty') : t('provider.emptyAll')}</p>
          ) : (
            <ul className="work-list">
              {items.map((item) => (
                <WorkRow
                  key={item.beneficiaryId}
                  db={db}
                  item={item}
                  providerId={provider.id}
                  providerKind={provider.kind}
                  username={user.username}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
