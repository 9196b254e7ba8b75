import type { TimelineEntry } from "@roundup/prompts";
import type { Article } from "../../model/index.js";
import { type ArticleSentence, citationOf } from "../evidence/article-sentences.js";
import { clusterByValue, quantityKey } from "./find-disagreements.js";
import type { NumberMention } from "./find-number-mentions.js";

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const FULL_DATE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{1,2}),\s+(\d{4})\b/g;

/** A dated development: a sentence that names a full date (month, day and year). */
export interface DateMention {
  item: ArticleSentence;
  /** ISO date, YYYY-MM-DD. */
  date: string;
}

export function findDateMentions(items: readonly ArticleSentence[]): DateMention[] {
  const found: DateMention[] = [];
  for (const item of items) {
    for (const match of item.sentence.text.matchAll(FULL_DATE)) {
      const month = MONTH_NUMBERS[match[1]!.slice(0, 3).toLowerCase()];
      if (!month) continue;
      const date = `${match[3]}-${String(month).padStart(2, "0")}-${match[2]!.padStart(2, "0")}`;
      found.push({ item, date });
      break;
    }
  }
  return found;
}

function dayOf(article: Article): string | null {
  return article.publishedAt ? article.publishedAt.slice(0, 10) : null;
}

/**
 * The story in order. A running total reported with different values (Gaza death toll 27,580 →
 * 31,923 → 34,000 → 42,847) is a development over time: one entry per value, ordered by the
 * articles' publication dates when every one is known, else by the figure itself (a cumulative
 * count only grows). Sentences naming a full date are added at that date.
 */
export function buildTimeline(mentions: readonly NumberMention[], dates: readonly DateMention[]): TimelineEntry[] {
  const entries: Array<TimelineEntry & { order: number }> = [];
  const groups = new Map<string, NumberMention[]>();
  for (const mention of mentions) {
    if (mention.kind !== "running") continue;
    const key = quantityKey(mention);
    if (key) groups.set(key, [...(groups.get(key) ?? []), mention]);
  }
  for (const group of groups.values()) {
    const values = new Set(group.map((mention) => mention.value));
    if (values.size < 2) continue;
    const allDated = group.every((mention) => dayOf(mention.item.article) !== null);
    const ordered = allDated
      ? [...group].sort(
          (a, b) => (dayOf(a.item.article) ?? "").localeCompare(dayOf(b.item.article) ?? "") || a.value - b.value,
        )
      : clusterByValue(group, Number.POSITIVE_INFINITY).flat();
    const seen = new Set<number>();
    for (const mention of ordered) {
      if (seen.has(mention.value)) continue;
      seen.add(mention.value);
      entries.push({
        date: dayOf(mention.item.article),
        text: mention.item.sentence.text,
        citations: [citationOf(mention.item)],
        order: entries.length,
      });
    }
  }
  for (const mention of dates) {
    if (entries.some((entry) => entry.text === mention.item.sentence.text)) continue;
    entries.push({
      date: mention.date,
      text: mention.item.sentence.text,
      citations: [citationOf(mention.item)],
      order: entries.length,
    });
  }
  // Dated entries by date; undated ones keep their computed order after the last dated entry before them.
  return entries
    .sort((a, b) => {
      if (a.date && b.date) return a.date.localeCompare(b.date) || a.order - b.order;
      if (a.date && !b.date) return -1;
      if (!a.date && b.date) return 1;
      return a.order - b.order;
    })
    .map(({ order: _order, ...entry }) => entry);
}
