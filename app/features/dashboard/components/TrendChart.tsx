// Loaded on demand (React.lazy), so the chart library stays out of the first bundle.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../../../data/figures/get-figures';

export default function TrendChart({ points }: { points: TrendPoint[] }) {
  const { t } = useTranslation();
  const data = points.map((p) => ({
    month: `${p.month.slice(5, 7)}/${p.month.slice(0, 4)}`,
    due: p.due_cumulative,
    completed: p.completed_cumulative,
  }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e3e6ec" />
        <XAxis dataKey="month" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={36} />
        <Tooltip />
        <Legend />
        <Line type="monotone" dataKey="due" name={t('dashboard.trend.due')} stroke="#8a94a6" strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="completed" name={t('dashboard.trend.completed')} stroke="#1e7f4f" strokeWidth={3} dot={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
