// Loaded on demand (React.lazy), so the chart library stays out of the first bundle.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatNumber, type Lang } from '../../../lib/format';
import { formatRate, formatTarget, type Direction } from '../../../lib/indicator-format';

export interface ChartPoint {
  label: string;
  rate: number;
  achieved: boolean;
  value: string;
}

interface Props {
  points: ChartPoint[];
  target: number;
  direction: Direction;
  unitLabel: string;
  isRate: boolean;
  lang: Lang;
  who: string;
}

const GREEN = '#1e7f4f';
const AMBER = '#a15c00';
const RED = '#b3261e';
const BLUE = '#1d5fb4';

/** A y range around the values and the target, on round steps: 75–90 rather than 0–100. */
function scale(points: ChartPoint[], target: number, isRate: boolean): { domain: [number, number]; ticks: number[] } {
  const values = [...points.map((p) => p.rate), target];
  const spread = Math.max(...values) - Math.min(...values);
  const step = spread > 40 ? 20 : spread > 15 ? 10 : spread > 4 ? 5 : 1;
  const low = Math.max(0, Math.floor((Math.min(...values) - step / 2) / step) * step);
  const highRaw = Math.ceil((Math.max(...values) + step / 2) / step) * step;
  const high = isRate ? Math.min(100, highRaw) : highRaw;
  const ticks: number[] = [];
  for (let v = low; v <= high + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
  return { domain: [low, high], ticks };
}

export default function IndicatorChart({ points, target, direction, unitLabel, isRate, lang, who }: Props) {
  const { t } = useTranslation();
  const targetText = formatTarget(target, direction, lang, unitLabel);
  const y = scale(points, target, isRate);
  return (
    <figure className="ind-chart" aria-label={t('indicators.chart.summary', { who, count: points.length, target: targetText })}>
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={points} margin={{ top: 20, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="#e3e7ee" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={8} />
          <YAxis
            domain={y.domain}
            ticks={y.ticks}
            tick={{ fontSize: 12 }}
            width={44}
            tickFormatter={(v: number) => formatNumber(v, lang, 1)}
          />
          <Tooltip
            formatter={(_value, _name, item) => [(item.payload as ChartPoint).value, t('indicators.chart.series')]}
            labelStyle={{ fontWeight: 600 }}
          />
          <ReferenceLine
            y={target}
            stroke={RED}
            strokeDasharray="6 4"
            label={{ value: t('indicators.chart.targetLine', { target: formatRate(target, lang, unitLabel) }), position: 'insideTopLeft', fill: RED, fontSize: 12 }}
          />
          <Line
            type="monotone"
            dataKey="rate"
            name={t('indicators.chart.series')}
            stroke={BLUE}
            strokeWidth={2}
            isAnimationActive={false}
            dot={(props: { cx?: number; cy?: number; index?: number; payload?: ChartPoint }) => (
              <circle
                key={props.index}
                cx={props.cx}
                cy={props.cy}
                r={4}
                fill={props.payload?.achieved ? GREEN : AMBER}
                stroke="#fff"
                strokeWidth={1.5}
              />
            )}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
