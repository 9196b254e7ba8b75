import { coverageSeries } from "../lib/coverage-series";

const palette = ["#1f4fbf", "#c0392b", "#1d6b36", "#8e44ad", "#b9770e", "#117a8b", "#6d4c41", "#555"];

/** Stacked bars of articles per day, one colour per outlet, drawn on the server as SVG. */
export function CoverageChart({ articles }: { articles: { source: string | null; publishedAt: Date | null }[] }) {
  const series = coverageSeries(articles);
  if (series.days.length === 0) {
    return (
      <figure className="chart panel" data-testid="coverage-chart-empty">
        <figcaption>Coverage over time by outlet</figcaption>
        <p className="muted">
          Nothing to chart:{" "}
          {articles.length === 0
            ? "this story has no articles."
            : `none of its ${articles.length} article(s) has a publication date.`}
        </p>
      </figure>
    );
  }
  const totals = series.days.map((_, index) =>
    series.outlets.reduce((sum, outlet) => sum + (outlet.counts[index] ?? 0), 0),
  );
  const maximum = Math.max(1, ...totals);
  const width = 600;
  const height = 160;
  const left = 28;
  const bottom = 24;
  const plotHeight = height - bottom - 8;
  const slot = (width - left) / series.days.length;
  const barWidth = Math.min(40, slot * 0.7);
  const description = series.outlets
    .map((outlet) => `${outlet.name}: ${outlet.counts.reduce((sum, count) => sum + count, 0)}`)
    .join(", ");
  return (
    <figure className="chart panel" data-testid="coverage-chart">
      <figcaption>Coverage over time by outlet</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Articles per day by outlet. ${description}`}>
        <line x1={left} x2={width} y1={height - bottom} y2={height - bottom} stroke="#888" />
        <text x={left - 6} y={12} textAnchor="end" fontSize="11">
          {maximum}
        </text>
        <text x={left - 6} y={height - bottom} textAnchor="end" fontSize="11">
          0
        </text>
        {series.days.map((day, dayIndex) => {
          let y = height - bottom;
          const x = left + dayIndex * slot + (slot - barWidth) / 2;
          return (
            <g key={day}>
              {series.outlets.map((outlet, outletIndex) => {
                const count = outlet.counts[dayIndex] ?? 0;
                if (count === 0) return null;
                const barHeight = (count / maximum) * plotHeight;
                y -= barHeight;
                return (
                  <rect
                    key={outlet.name}
                    x={x}
                    y={y}
                    width={barWidth}
                    height={barHeight}
                    fill={palette[outletIndex % palette.length]}
                  >
                    <title>{`${day} · ${outlet.name}: ${count}`}</title>
                  </rect>
                );
              })}
              {series.days.length <= 14 || dayIndex % Math.ceil(series.days.length / 10) === 0 ? (
                <text x={x + barWidth / 2} y={height - 8} textAnchor="middle" fontSize="11">
                  {day.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <ul className="legend row" aria-hidden="true">
        {series.outlets.map((outlet, index) => (
          <li key={outlet.name} style={{ listStyle: "none" }}>
            <span style={{ color: palette[index % palette.length] }}>■</span> {outlet.name}
          </li>
        ))}
      </ul>
      {series.undated ? <p className="muted">{series.undated} undated article(s) not shown.</p> : null}
    </figure>
  );
}
