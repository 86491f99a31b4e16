import { type CSSProperties, useId } from 'react';

/** One bar: its label and value. */
export interface Bar {
  label: string;
  value: number;
}

interface BarChartProps {
  title: string;
  bars: Bar[];
  locale: string;
  /** Caption of the accessible data table that mirrors the chart. */
  tableCaption: string;
  labelHeader: string;
  valueHeader: string;
}

const WIDTH = 420;
const ROW = 34;
const LABEL_WIDTH = 110;
const VALUE_WIDTH = 60;

/** A horizontal bar chart in plain SVG, with a visually hidden table as its text alternative. */
export function BarChart({ title, bars, locale, tableCaption, labelHeader, valueHeader }: BarChartProps) {
  const titleId = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const format = new Intl.NumberFormat(locale);
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const summary = bars.map((bar) => `${bar.label}: ${format.format(bar.value)}`).join(', ');
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 8}`}
        width="100%"
        style={{ maxWidth: WIDTH, display: 'block' }}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{`${title}. ${summary}`}</title>
        {bars.map((bar, index) => {
          const y = index * ROW + 4;
          const width = Math.round((bar.value / max) * barSpace);
          return (
            <g key={bar.label}>
              <text x={0} y={y + 20} fontSize={13} fill="currentColor">
                {bar.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + 4}
                width={Math.max(width, 2)}
                height={22}
                rx={3}
                fill="var(--mantine-primary-color-filled)"
              />
              <text x={LABEL_WIDTH + Math.max(width, 2) + 6} y={y + 20} fontSize={13} fill="currentColor">
                {format.format(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <table style={visuallyHidden}>
        <caption>{tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{format.format(bar.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
