import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ProgressDay } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { useFormat } from '../format';

// Running totals per day: visits (solid) and people choosing an account (dashed), so the two
// lines differ in more than colour.

export default function ProgressChart({ progress }: { progress: readonly ProgressDay[] }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={[...progress]} margin={{ top: 8, right: 24, left: 0, bottom: 8 }}>
        <CartesianGrid stroke="#dfe6e2" />
        <XAxis dataKey="date" tickFormatter={(d: string) => f.dayMonth(d)} minTickGap={24} />
        <YAxis allowDecimals={false} tickFormatter={(n: number) => f.number(n)} width={56} />
        <Tooltip
          labelFormatter={(d) => f.day(String(d))}
          formatter={(value) => f.number(Number(value))}
        />
        <Legend verticalAlign="top" height={28} />
        <Line
          type="monotone"
          dataKey="cumulativeVisits"
          name={t('dash.series.visits')}
          stroke="#0f5132"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="monotone"
          dataKey="cumulativeEnrolled"
          name={t('dash.series.enrolled')}
          stroke="#1d4ed8"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
