import { useLiveQuery } from 'dexie-react-hooks';
import { use, useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { CONSENT_GIVERS, RIGHTS_CHANNELS, RIGHTS_KINDS, type RightsRequest } from '../../../shared';
import { getBeneficiary } from '../../db';
import { appDatabase } from '../../db/appDatabase';
import { useI18n, type MessageKey } from '../../i18n';
import { dateOnly, when } from './format';
import { listRightsRequests, recordRightsRequest } from './rightsApi';
import './consent.css';

// Staff record a withdrawal of consent or a deletion request, online: the server carries it out
// within 72 hours and every tablet then marks or purges the person. The list shows each
// request's due time and state.

type Sent =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'done'; due: string }
  | { state: 'failed'; reason: string };

function Choice<T extends string>(props: {
  name: string;
  legend: string;
  values: readonly T[];
  value: T;
  label: (v: T) => string;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="rights-choice">
      <legend>{props.legend}</legend>
      {props.values.map((v) => (
        <label key={v}>
          <input
            type="radio"
            name={props.name}
            value={v}
            checked={props.value === v}
            onChange={() => props.onChange(v)}
          />
          {props.label(v)}
        </label>
      ))}
    </fieldset>
  );
}

export default function RightsPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const db = use(appDatabase());
  const entry = useLiveQuery(() => getBeneficiary(db, id), [db, id]);
  const [kind, setKind] = useState<(typeof RIGHTS_KINDS)[number]>('withdraw_consent');
  const [by, setBy] = useState<(typeof CONSENT_GIVERS)[number]>('beneficiary');
  const [channel, setChannel] = useState<(typeof RIGHTS_CHANNELS)[number]>('in_person');
  const [note, setNote] = useState('');
  const [sent, setSent] = useState<Sent>({ state: 'idle' });
  const [requests, setRequests] = useState<RightsRequest[] | null>(null);

  const refresh = useCallback(() => {
    listRightsRequests(id).then(setRequests, () => setRequests(null));
  }, [id]);
  useEffect(refresh, [refresh]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!navigator.onLine) {
      setSent({ state: 'failed', reason: t('consent.rights.offline') });
      return;
    }
    setSent({ state: 'sending' });
    try {
      const r = await recordRightsRequest({
        id: crypto.randomUUID(),
        beneficiaryId: id,
        kind,
        requestedBy: by,
        channel,
        receivedAt: new Date().toISOString(),
        note,
      });
      setSent({ state: 'done', due: when(r.dueAt) });
      refresh();
    } catch (error) {
      setSent({ state: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <article className="rights-page" aria-labelledby="rights-title">
      <Link to={`/nguoi-huong/${id}`} className="back-link">
        {t('consent.rights.back')}
      </Link>
      <h1 id="rights-title">{t('consent.rights.title')}</h1>
      {entry && <p className="rights-person">{entry.fullName}</p>}
      {entry?.consentWithdrawnAt && (
        <p className="consent-withdrawn" role="status">
          {t('consent.rights.withdrawnBanner', { date: dateOnly(entry.consentWithdrawnAt) })}
        </p>
      )}
      <p>{t('consent.rights.intro')}</p>
      <form onSubmit={submit} className="rights-form card">
        <Choice
          name="kind"
          legend={t('consent.rights.kind')}
          values={RIGHTS_KINDS}
          value={kind}
          label={(v) => t(`consent.rights.kind.${v}` as MessageKey)}
          onChange={setKind}
        />
        <Choice
          name="requestedBy"
          legend={t('consent.rights.requestedBy')}
          values={CONSENT_GIVERS}
          value={by}
          label={(v) => t(`consent.rights.requestedBy.${v}` as MessageKey)}
          onChange={setBy}
        />
        <Choice
          name="channel"
          legend={t('consent.rights.channel')}
          values={RIGHTS_CHANNELS}
          value={channel}
          label={(v) => t(`consent.rights.channel.${v}` as MessageKey)}
          onChange={setChannel}
        />
        <label className="rights-note">
          {t('consent.rights.note')}
          <textarea maxLength={300} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="button primary" disabled={sent.state === 'sending'}>
          {sent.state === 'sending' ? t('consent.rights.sending') : t('consent.rights.submit')}
        </button>
        <p role="status" className="rights-result">
          {sent.state === 'done' && t('consent.rights.recorded', { due: sent.due })}
          {sent.state === 'failed' && t('consent.rights.failed', { reason: sent.reason })}
        </p>
      </form>
      <section aria-labelledby="rights-list">
        <h2 id="rights-list">{t('consent.rights.list')}</h2>
        {requests && requests.length === 0 && <p>{t('consent.rights.listEmpty')}</p>}
        <ul className="rights-list">
          {requests?.map((r) => (
            <li key={r.id} data-state={r.state}>
              <strong>{t(`consent.rights.kind.${r.kind}` as MessageKey)}</strong> —{' '}
              {r.state === 'done' && r.completedAt
                ? t('consent.rights.state.done', { at: when(r.completedAt) })
                : t('consent.rights.state.pending', { due: when(r.dueAt) })}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
