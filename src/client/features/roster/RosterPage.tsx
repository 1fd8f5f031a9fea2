import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { GhiDanhDB } from '../../db';
import { unsyncedBeneficiaryIds } from '../../db/rosterQueries';
import { useI18n } from '../../i18n';
import { useSyncStatus } from '../../sync';
import { useAppDb } from './data/useAppDb';
import { useListScroll } from './data/useListScroll';
import { useRosterIndex } from './data/useRosterIndex';
import { rosterSearchString, useRosterQuery } from './data/useRosterQuery';
import { useTypedText } from './data/useTypedText';
import { EmptyRoster } from './empty/EmptyRoster';
import { ResultCount } from './list/ResultCount';
import { focusFirstRow, RosterList } from './list/RosterList';
import { RosterFilters } from './list/RosterFilters';
import { SearchBox } from './list/SearchBox';
import { createRosterSearcher, type RosterIndex, type RosterQuery } from './search/rosterIndex';
import './roster.css';

const NO_IDS: ReadonlySet<string> = new Set();

export default function RosterPage() {
  const { t } = useI18n();
  const db = useAppDb();
  const sync = useSyncStatus();
  const [firstPull, setFirstPull] = useState(false);
  // The first download arrives in batches; re-reading the growing roster after each one would be
  // wasted work, so the list waits for the end of that sync (later syncs change a few rows).
  const roster = useRosterIndex(db, firstPull);
  const size = roster.phase === 'ready' ? roster.index.entries.length : 0;
  const pulling = sync?.phase === 'syncing';
  if (pulling && !firstPull && roster.phase === 'ready' && size === 0) setFirstPull(true);
  if (!pulling && firstPull) setFirstPull(false);

  let body;
  if (roster.phase === 'error') {
    body = (
      <p role="alert" className="roster-error">
        {t('roster.loadFailed')}
      </p>
    );
  } else if (roster.phase === 'loading') {
    body = (
      <p role="status" className="roster-loading">
        {t('roster.loading')}
      </p>
    );
  } else if (size === 0) {
    body = <EmptyRoster />;
  } else {
    body = <RosterBrowser db={db} index={roster.index} />;
  }
  return (
    <section className="roster-page" aria-labelledby="roster-heading">
      <h1 id="roster-heading" className="roster-heading">
        {t('roster.heading')}
      </h1>
      {body}
    </section>
  );
}

function RosterBrowser({ db, index }: { db: GhiDanhDB; index: RosterIndex }) {
  const { t } = useI18n();
  const [urlQuery, setUrlQuery] = useRosterQuery();
  // What is typed lives here; the input never waits on routing.
  const pushText = useCallback((typed: string) => setUrlQuery({ text: typed }), [setUrlQuery]);
  const [text, setText] = useTypedText(urlQuery.text, pushText);
  const query: RosterQuery = useMemo(() => ({ ...urlQuery, text }), [urlQuery, text]);
  const search = useMemo(() => createRosterSearcher(index), [index]);
  const results = useMemo(() => search(query), [search, query]);
  const pending = useLiveQuery(() => unsyncedBeneficiaryIds(db), [db], NO_IDS);
  const listSearch = rosterSearchString(query);
  useListScroll(listSearch);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const filtered = query.status !== null || query.group !== null || query.place !== null;

  return (
    <>
      <search className="roster-toolbar" aria-label={t('roster.search.label')}>
        <SearchBox
          text={text}
          onText={setText}
          inputRef={searchRef}
          onEnterList={() => focusFirstRow(listRef.current)}
        />
        <RosterFilters
          status={query.status}
          group={query.group}
          place={query.place}
          sort={query.sort}
          places={index.places}
          onChange={setUrlQuery}
        />
      </search>
      <ResultCount
        shown={results.length}
        total={index.entries.length}
        onClearFilters={
          filtered ? () => setUrlQuery({ status: null, group: null, place: null }) : undefined
        }
      />
      <div ref={listRef}>
        {results.length === 0 ? (
          <p className="roster-no-results">{t('roster.noResults')}</p>
        ) : (
          <RosterList
            index={index}
            results={results}
            pending={pending}
            listSearch={listSearch}
            onLeaveTop={() => searchRef.current?.focus()}
          />
        )}
      </div>
    </>
  );
}
