import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CommuneCoverage } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { useFormat } from '../format';

// One bar per commune: the share paid into an account, and the target it is measured against —
// one dashed line when every commune shares a target, a marker per commune otherwise. Bars that
// meet the target are green, the others amber, and each carries its figure in text.

const MET = '#0f5132';
const BELOW = '#b86e00';
const TARGET = '#a4161a';
const ROW_PX = 34;

export default function CoverageChart({ communes }: { communes: readonly CommuneCoverage[] }) {
  const { t } = useI18n();
  const f = useFormat();
  const data = communes.map((c) => ({
    name: c.name,
    share: c.intoAccountPercent,
    target: c.targetPercent,
    meets: c.meetsTarget,
  }));
  const targets = new Set(data.map((d) => d.target));
  const single = targets.size === 1 ? data[0]!.target : null;
  return (
    <>
      <ul className="dash-legend" aria-hidden="true">
        <li>
          <span className="dash-swatch" style={{ background: MET }} />
          {t('dash.legend.meets')}
        </li>
        <li>
          <span className="dash-swatch" style={{ background: BELOW }} />
          {t('dash.legend.below')}
        </li>
        <li>
          <span className="dash-swatch dash-swatch-target" style={{ borderColor: TARGET }} />
          {t('dash.legend.target')}
        </li>
      </ul>
      <ResponsiveContainer width="100%" height={data.length * ROW_PX + 70}>
        <ComposedChart
          data={data}
          layout="vertical"
          margin={{ top: 20, right: 48, left: 8, bottom: 8 }}
        >
          <CartesianGrid horizontal={false} stroke="#dfe6e2" />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} unit="%" />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 13 }} interval={0} />
          <Tooltip formatter={(value) => f.percent(Number(value))} />
          <Bar
            dataKey="share"
            name={t('dash.series.share')}
            fill={MET}
            barSize={20}
            isAnimationActive={false}
          >
            {data.map((d) => (
              <Cell key={d.name} fill={d.meets ? MET : BELOW} />
            ))}
            <LabelList
              dataKey="share"
              position="right"
              formatter={(value) => f.percent(Number(value))}
              style={{ fontSize: 12, fill: '#1b1f1d' }}
            />
          </Bar>
          {single !== null ? (
            <ReferenceLine
              x={single}
              stroke={TARGET}
              strokeDasharray="6 4"
              strokeWidth={2}
              label={{
                value: t('dash.tile.target', { percent: f.percent(single) }),
                position: 'top',
                fill: TARGET,
                fontSize: 12,
              }}
            />
          ) : (
            <Line
              dataKey="target"
              name={t('dash.series.target')}
              stroke={TARGET}
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={{ r: 4, fill: TARGET }}
              isAnimationActive={false}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </>
  );
}
