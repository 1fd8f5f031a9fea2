import { useLiveQuery } from 'dexie-react-hooks';
import { use } from 'react';
import { Link, useParams } from 'react-router';
import { visibleCategory, yearOf } from '../../../shared';
import { getAttachment, getBeneficiary, getVisit } from '../../db';
import { appDatabase } from '../../db/appDatabase';
import { useI18n, type MessageKey } from '../../i18n';
import { dateOnly, when } from './format';
import { useSignatureUrl } from './useSignatureUrl';
import './consent.css';

// The consent given at one visit, as a page to print and hand over or file (Decree 13/2023: a
// form that can be printed and verified): what was agreed, by whom, when, the witness or the
// signature, and the record's id to check it against the server. The category only as its group.

export default function ConsentPrintPage() {
  const { t } = useI18n();
  const { id = '', visitId = '' } = useParams();
  const db = use(appDatabase());
  const found = useLiveQuery(async () => {
    const [entry, visit] = await Promise.all([getBeneficiary(db, id), getVisit(db, visitId)]);
    const signatureId = visit?.consent?.signatureAttachmentId;
    const signature = signatureId ? await getAttachment(db, signatureId) : undefined;
    return { entry: entry ?? null, visit: visit ?? null, signature: signature?.blob ?? null };
  }, [db, id, visitId]);
  const signatureUrl = useSignatureUrl(found?.signature ?? null);

  const back = (
    <Link to={`/nguoi-huong/${id}`} className="back-link no-print">
      {t('consent.print.back')}
    </Link>
  );
  if (!found) return <section className="consent-print">{back}</section>;
  const { entry, visit } = found;
  if (!entry || !visit || visit.beneficiaryId !== id) {
    return (
      <section className="consent-print">
        {back}
        <p role="alert">{t('consent.print.notFound')}</p>
      </section>
    );
  }
  const consent = visit.consent;
  const group = visibleCategory('consent_print', entry.category);
  const giver =
    consent?.givenBy === 'beneficiary' || !visit.representative
      ? entry.fullName
      : visit.representative.fullName;
  const rows: [string, React.ReactNode][] = consent
    ? [
        [t('consent.print.person'), entry.fullName],
        [t('consent.print.born'), String(yearOf(entry.dateOfBirth))],
        [t('consent.print.group'), group ? t(`roster.group.${group}` as MessageKey) : '—'],
        [
          t('consent.print.purposes'),
          <ul key="p">
            {consent.purposes.map((p) => (
              <li key={p}>{t(`visit.consent.${p}` as MessageKey)}</li>
            ))}
          </ul>,
        ],
        [
          t('consent.print.givenBy'),
          `${giver} (${t(`consent.rights.requestedBy.${consent.givenBy}` as MessageKey)})`,
        ],
        [t('consent.print.method'), t(`visit.consent.method.${consent.method}` as MessageKey)],
        ...(consent.witnessName
          ? [[t('consent.print.witness'), consent.witnessName] as [string, string]]
          : []),
        [t('consent.print.when'), when(consent.consentedAt)],
        [t('consent.print.worker'), visit.workerId],
        [t('consent.print.textVersion'), consent.textVersion],
        [t('consent.print.recordId'), <code key="id">{consent.id}</code>],
      ]
    : [];
  return (
    <article className="consent-print" aria-labelledby="consent-title">
      <div className="no-print consent-actions">
        {back}
        {consent && (
          <button type="button" className="button primary" onClick={() => window.print()}>
            {t('consent.print.print')}
          </button>
        )}
      </div>
      <h1 id="consent-title">{t('consent.print.title')}</h1>
      <p className="consent-basis">{t('consent.print.basis')}</p>
      {!consent ? (
        <p role="status">{t('consent.print.none')}</p>
      ) : (
        <>
          {entry.consentWithdrawnAt && (
            <p className="consent-withdrawn" role="status">
              {t('consent.print.withdrawn', { date: dateOnly(entry.consentWithdrawnAt) })}
            </p>
          )}
          <dl className="consent-facts">
            {rows.map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <section className="consent-text">
            <p>{t('visit.consent.what')}</p>
            <p>{t('visit.consent.who')}</p>
            <p>{t('visit.consent.rights')}</p>
          </section>
          {consent.method === 'checkbox_and_signature' && (
            <figure className="consent-signature">
              <figcaption>{t('consent.print.signature')}</figcaption>
              {signatureUrl ? (
                <img src={signatureUrl} alt={t('consent.print.signature')} />
              ) : (
                <p>{t('consent.print.signatureElsewhere')}</p>
              )}
            </figure>
          )}
        </>
      )}
    </article>
  );
}
