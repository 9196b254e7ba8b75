export interface CoverageSeries {
  /** UTC days (YYYY-MM-DD) from the first to the last article, without gaps. */
  days: string[];
  outlets: { name: string; counts: number[] }[];
  undated: number;
}

const dayMs = 24 * 60 * 60 * 1000;

/** Articles per outlet per day, for the coverage chart. Gaps are filled with zeros; capped at 60 days. */
export function coverageSeries(articles: { source: string | null; publishedAt: Date | null }[]): CoverageSeries {
  const dated = articles.filter(
    (article): article is { source: string | null; publishedAt: Date } => article.publishedAt !== null,
  );
  if (dated.length === 0) return { days: [], outlets: [], undated: articles.length };
  const dayOf = (date: Date) => date.toISOString().slice(0, 10);
  const times = dated.map((article) => Date.parse(dayOf(article.publishedAt)));
  const first = Math.min(...times);
  const last = Math.min(Math.max(...times), first + 59 * dayMs);
  const days: string[] = [];
  for (let time = first; time <= last; time += dayMs) days.push(new Date(time).toISOString().slice(0, 10));
  const byOutlet = new Map<string, number[]>();
  for (const article of dated) {
    const index = days.indexOf(dayOf(article.publishedAt));
    if (index < 0) continue;
    const name = article.source?.trim() || "Unknown outlet";
    const counts = byOutlet.get(name) ?? new Array<number>(days.length).fill(0);
    counts[index] = (counts[index] ?? 0) + 1;
    byOutlet.set(name, counts);
  }
  const outlets = [...byOutlet.entries()]
    .map(([name, counts]) => ({ name, counts }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { days, outlets, undated: articles.length - dated.length };
}
