import { use, useCallback, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { GhiDanhDB, SavedVisit } from '../../db';
import { appDatabase } from '../../db/appDatabase';
import { discardDraftWithFiles } from '../../db/draftFiles';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui';
import { describeError } from './describeError';
import { DraftOffer } from './DraftOffer';
import { loadVisitStart, type VisitStart } from './loadSession';
import { beneficiaryPath, rosterPath } from './paths';
import { SavedScreen } from './SavedScreen';
import type { VisitSession } from './session';
import { VisitWizard } from './VisitWizard';
import './visit.css';

type PageState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | VisitStart
  | { kind: 'saved'; saved: SavedVisit; name: string; updated: boolean };

/** Route /nguoi-huong/:id/tham-ho (?sua=<visit id> to edit or correct a saved visit). */
export default function VisitPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const db = use(appDatabase());
  return (
    <VisitPageFor
      key={`${id}|${params.get('sua') ?? ''}`}
      db={db}
      beneficiaryId={id}
      editId={params.get('sua')}
    />
  );
}

export function VisitPageFor({
  db,
  beneficiaryId,
  editId,
}: {
  db: GhiDanhDB;
  beneficiaryId: string;
  editId: string | null;
}) {
  const { t } = useI18n();
  const [state, setState] = useState<PageState>({ kind: 'loading' });

  const load = useCallback(() => {
    loadVisitStart(db, beneficiaryId, editId).then(setState, (error: unknown) =>
      setState({ kind: 'failed', error }),
    );
  }, [db, beneficiaryId, editId]);
  useEffect(load, [load]);

  const open = (session: VisitSession) => setState({ kind: 'ready', session });

  switch (state.kind) {
    case 'loading':
      return (
        <p role="status" className="vf-loading">
          {t('visit.loading')}
        </p>
      );
    case 'failed':
      return (
        <Notice tone="danger">
          <p>{t('visit.loadFailed', { reason: describeError(t)(state.error) })}</p>
        </Notice>
      );
    case 'notFound':
      return (
        <section className="card">
          <h1>{t('visit.notFound')}</h1>
          <Link className="button" to={rosterPath()}>
            {t('visit.backToRoster')}
          </Link>
        </section>
      );
    case 'editNotFound':
      return (
        <section className="card">
          <h1>{t('visit.edit.notFound')}</h1>
          <Link className="button" to={beneficiaryPath(state.beneficiary.id)}>
            {t('visit.backToBeneficiary')}
          </Link>
        </section>
      );
    case 'withdrawn':
      return (
        <section className="card">
          <h1>{t('visit.withdrawn', { name: state.beneficiary.fullName })}</h1>
          <p>{t('visit.withdrawn.detail')}</p>
          <Link className="button" to={beneficiaryPath(state.beneficiary.id)}>
            {t('visit.backToBeneficiary')}
          </Link>
        </section>
      );
    case 'draft':
      return (
        <DraftOffer
          name={state.beneficiary.fullName}
          draft={state.draft}
          onResume={() =>
            state.resume().then(open, (error: unknown) => setState({ kind: 'failed', error }))
          }
          onDiscard={() =>
            discardDraftWithFiles(db, state.draft.id).then(load, (error: unknown) =>
              setState({ kind: 'failed', error }),
            )
          }
        />
      );
    case 'ready':
      return (
        <VisitWizard
          session={state.session}
          onSaved={(saved) =>
            setState({
              kind: 'saved',
              saved,
              name: state.session.beneficiary.fullName,
              updated: state.session.mode === 'edit',
            })
          }
        />
      );
    case 'saved':
      return (
        <SavedScreen
          beneficiaryId={state.saved.visit.beneficiaryId}
          name={state.name}
          updated={state.updated}
        />
      );
  }
}
