import type { CommuneCoverage, CoverageFigures } from '../../../../shared/schemas';
import { sharePercent } from '../../../../shared/dashboard/figures';
import { useI18n } from '../../../i18n';
import { useFormat } from '../format';

/** The headline figures of all communes in view, each a number with a line of context. */
export function SummaryTiles({
  totals,
  communes,
}: {
  totals: CoverageFigures;
  communes: readonly CommuneCoverage[];
}) {
  const { t } = useI18n();
  const f = useFormat();
  const targets = new Set(communes.map((c) => c.targetPercent));
  const target = targets.size === 1 ? [...targets][0]! : null;
  const ofAll = (n: number) =>
    t('dash.tile.ofAll', { percent: f.percent(sharePercent(n, totals.beneficiaries)) });
  const tiles = [
    { key: 'beneficiaries', label: t('dash.tile.beneficiaries'), value: totals.beneficiaries },
    {
      key: 'visited',
      label: t('dash.tile.visited'),
      value: totals.visited,
      note: ofAll(totals.visited),
    },
    {
      key: 'intoAccount',
      label: t('dash.tile.intoAccount'),
      value: totals.intoAccount,
      shown: f.percent(totals.intoAccountPercent),
      note:
        target === null
          ? t('dash.tile.targetVaries')
          : t('dash.tile.target', { percent: f.percent(target) }),
    },
    {
      key: 'accountsOpened',
      label: t('dash.tile.accountsOpened'),
      value: totals.accountsOpened,
      note: ofAll(totals.accountsOpened),
    },
    {
      key: 'stayingOnCash',
      label: t('dash.tile.stayingOnCash'),
      value: totals.stayingOnCash,
      note: ofAll(totals.stayingOnCash),
    },
    { key: 'needsReview', label: t('dash.tile.needsReview'), value: totals.needsReview },
  ];
  return (
    <section aria-label={t('dash.summary')}>
      <dl className="office-tiles dash-tiles">
        {tiles.map((tile) => (
          <div key={tile.key} className="office-tile dash-tile" data-testid={`tile-${tile.key}`}>
            <dt>{tile.label}</dt>
            <dd>
              <span className="dash-tile-value">{tile.shown ?? f.number(tile.value)}</span>
              {tile.shown && <span className="dash-tile-sub">{f.number(tile.value)}</span>}
              {tile.note && <span className="dash-tile-note">{tile.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
