/**
 * Draws the year benchmark's daily progress lines (what group-year-benchmark.ts writes to stderr) as
 * an SVG for the README: the grouping process's RSS and the articles held by the index per day, and
 * the day's placement latency p50/p95. A chart shows at a glance whether memory stays flat.
 *
 *   npx tsx bench/group-year-benchmark.ts ... 2> year.log
 *   npx tsx bench/year-benchmark-chart.ts year.log ../../docs/year-benchmark.svg [--also other.log=label ...]
 *
 * `--also` draws another run's RSS in the memory panel (a re-run, a run with --near-duplicates), as
 * far as that run got.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface Day {
  day: number;
  rssMb: number;
  heldArticles: number;
  p50Ms: number;
  p95Ms: number;
}

const DAY_LINE =
  /^day (\d+) \([\d.]+ s\): \d+ articles, place ms p50 \/ p95 \/ p99 ([\d.]+) \/ ([\d.]+) \/ [\d.]+, held (\d+) in \d+ stories, \d+ features, RSS (\d+) MB/;

function readDays(log: string): Day[] {
  const days: Day[] = [];
  for (const line of log.split("\n")) {
    const match = DAY_LINE.exec(line);
    if (!match) continue;
    days.push({
      day: Number(match[1]),
      p50Ms: Number(match[2]),
      p95Ms: Number(match[3]),
      heldArticles: Number(match[4]),
      rssMb: Number(match[5]),
    });
  }
  return days;
}

interface Series {
  label: string;
  color: string;
  values: number[];
  dashed?: boolean;
}

const WIDTH = 760;
const PANEL_HEIGHT = 190;
const MARGIN = { left: 64, right: 150, top: 34, bottom: 30 };

/** One panel: lines over the days, a horizontal target line, axis ticks and a legend. */
function panel(
  title: string,
  days: number[],
  series: Series[],
  yMax: number,
  yUnit: string,
  target: { value: number; label: string } | undefined,
  top: number,
): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom;
  const lastDay = days.at(-1) ?? 1;
  const x = (day: number) => MARGIN.left + (day / Math.max(365, lastDay)) * plotWidth;
  const y = (value: number) => top + MARGIN.top + plotHeight - (Math.min(value, yMax) / yMax) * plotHeight;
  const parts: string[] = [
    `<text x="${MARGIN.left}" y="${top + 20}" font-size="14" font-weight="600">${title}</text>`,
    `<rect x="${MARGIN.left}" y="${top + MARGIN.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#ccc"/>`,
  ];
  for (let tick = 0; tick <= 4; tick++) {
    const value = (yMax / 4) * tick;
    parts.push(
      `<text x="${MARGIN.left - 6}" y="${y(value) + 4}" font-size="11" text-anchor="end">${Math.round(value).toLocaleString("en-US")}${tick === 4 ? ` ${yUnit}` : ""}</text>`,
    );
  }
  for (const day of [0, 60, 120, 180, 240, 300, 365]) {
    parts.push(
      `<text x="${x(day)}" y="${top + PANEL_HEIGHT - 12}" font-size="11" text-anchor="middle">day ${day}</text>`,
    );
  }
  if (target) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${y(target.value)}" y2="${y(target.value)}" stroke="#c0392b" stroke-dasharray="6 4"/>`,
      `<text x="${MARGIN.left + plotWidth - 6}" y="${y(target.value) - 5}" font-size="11" text-anchor="end" fill="#c0392b">${target.label}</text>`,
    );
  }
  series.forEach((line, index) => {
    const points = line.values.map((value, at) => `${x(days[at] ?? 0).toFixed(1)},${y(value).toFixed(1)}`).join(" ");
    parts.push(
      `<polyline points="${points}" fill="none" stroke="${line.color}" stroke-width="1.6"${line.dashed ? ' stroke-dasharray="3 3"' : ""}/>`,
      `<text x="${MARGIN.left + plotWidth + 8}" y="${top + MARGIN.top + 14 + index * 16}" font-size="11" fill="${line.color}">${line.label}</text>`,
    );
  });
  if (lastDay < 365)
    parts.push(
      `<text x="${x(lastDay) + 6}" y="${top + MARGIN.top + plotHeight / 2}" font-size="11" fill="#888">not run past day ${lastDay}</text>`,
    );
  return parts.join("\n");
}

const OTHER_COLORS = ["#e67e22", "#16a085", "#7f8c8d"];

function chart(days: Day[], others: Array<{ label: string; days: Day[] }>): string {
  const dayNumbers = days.map((entry) => entry.day);
  // Each run on its own days: the panel's x positions come from the first run's day numbers, so
  // another run's series is padded to them (a shorter run ends where it stopped).
  const rssOn = (run: Day[]) => {
    const byDay = new Map(run.map((entry) => [entry.day, entry.rssMb]));
    return days.filter((entry) => byDay.has(entry.day)).map((entry) => byDay.get(entry.day) as number);
  };
  const memory = panel(
    "Grouping process memory per day (30-day window)",
    dayNumbers,
    [
      { label: "RSS (MB)", color: "#2c6fbb", values: days.map((entry) => entry.rssMb) },
      {
        label: "articles held (hundreds)",
        color: "#6a9f3a",
        values: days.map((entry) => entry.heldArticles / 100),
        dashed: true,
      },
      ...others.map((other, index) => ({
        label: other.label,
        color: OTHER_COLORS[index % OTHER_COLORS.length] as string,
        values: rssOn(other.days),
      })),
    ],
    2000,
    "MB",
    { value: 1500, label: "target 1.5 GB" },
    0,
  );
  const latency = panel(
    "Placing a new article, per day",
    dayNumbers,
    [
      { label: "median (ms)", color: "#2c6fbb", values: days.map((entry) => entry.p50Ms) },
      { label: "p95 (ms)", color: "#8e44ad", values: days.map((entry) => entry.p95Ms), dashed: true },
    ],
    12,
    "ms",
    { value: 5, label: "target median 5 ms" },
    PANEL_HEIGHT,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${PANEL_HEIGHT * 2}" font-family="sans-serif" viewBox="0 0 ${WIDTH} ${PANEL_HEIGHT * 2}">
<title>Year benchmark: the grouping process's RSS and articles held per day, and the day's placement latency p50 and p95</title>
<rect width="100%" height="100%" fill="#fff"/>
${memory}
${latency}
</svg>
`;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { also: { type: "string", multiple: true, default: [] } },
});
const [logPath, svgPath] = positionals;
if (!logPath || !svgPath || values.also.some((entry) => !entry.includes("="))) {
  process.stderr.write(
    "usage: year-benchmark-chart.ts <benchmark stderr log> <output.svg> [--also <other log>=<label> ...]\n",
  );
  process.exit(2);
}
const readLog = (path: string) => {
  const days = readDays(readFileSync(path, "utf8"));
  if (days.length === 0) {
    process.stderr.write(`${path}: no "day N (...)" progress lines of group-year-benchmark.ts in it\n`);
    process.exit(1);
  }
  return days;
};
const days = readLog(logPath);
const others = values.also.map((entry) => {
  const at = entry.indexOf("=");
  return { label: entry.slice(at + 1), days: readLog(entry.slice(0, at)) };
});
writeFileSync(svgPath, chart(days, others));
process.stdout.write(`${svgPath}: ${days.length} days drawn\n`);
