import type { Disagreement } from "@roundup/prompts";
import type { Article } from "../../model/index.js";
import { citationOf, independentSourceKey } from "../evidence/article-sentences.js";
import type { NumberMention } from "./find-number-mentions.js";

/** Figures further apart than this ratio are taken to count different things, not to disagree. */
const SAME_QUANTITY_RATIO = 1.25;

/** Mentions that count the same thing: same unit and event, a count of a finished event. */
export function quantityKey(mention: NumberMention): string | null {
  if (!mention.unit || !mention.event) return null;
  return `${mention.unit}|${mention.event}|${mention.kind}`;
}

/** Splits mentions sorted by value wherever two neighbours are further apart than the ratio. */
export function clusterByValue(mentions: readonly NumberMention[], ratio = SAME_QUANTITY_RATIO): NumberMention[][] {
  const sorted = [...mentions].sort((a, b) => a.value - b.value);
  const clusters: NumberMention[][] = [];
  for (const mention of sorted) {
    const current = clusters[clusters.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && last.value > 0 && mention.value / last.value <= ratio) current.push(mention);
    else clusters.push([mention]);
  }
  return clusters;
}

function plural(unit: string): string {
  if (unit === "people") return unit;
  if (/y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  return `${unit}s`;
}

/**
 * Different figures for the same fixed quantity from independent sources ("killed in the Oct. 7
 * attack": 1,139 against about 1,200). Running totals and daily counts change over time, so a
 * different value there is news, not a disagreement (see buildTimeline). Near-duplicates count as
 * the source they copy: a rewrite repeating a figure does not make it two sources.
 */
export function findDisagreements(mentions: readonly NumberMention[], articles: readonly Article[]): Disagreement[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const groups = new Map<string, NumberMention[]>();
  for (const mention of mentions) {
    if (mention.kind !== "fixed") continue;
    const key = quantityKey(mention);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), mention]);
  }
  const disagreements: Disagreement[] = [];
  for (const group of groups.values()) {
    for (const cluster of clusterByValue(group)) {
      const byValue = new Map<number, NumberMention[]>();
      for (const mention of cluster) byValue.set(mention.value, [...(byValue.get(mention.value) ?? []), mention]);
      if (byValue.size < 2) continue;
      const sourcesByValue = [...byValue.values()].map(
        (list) => new Set(list.map((mention) => independentSourceKey(mention.item.article, byId))),
      );
      const allSources = new Set(sourcesByValue.flatMap((set) => [...set]));
      if (allSources.size < 2) continue; // one source giving two figures is not sources disagreeing
      const first = cluster[0]!;
      // The most specific scope: one naming a date ("in the Oct. 7 attack"), else an event, else any.
      const scopes = cluster.map((mention) => mention.scope);
      const scope =
        scopes.find((value) => /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i.test(value)) ??
        scopes.find((value) => /\b(attack|strike|bombing|raid|assault|war)/i.test(value)) ??
        scopes.find((value) => value !== "") ??
        "";
      disagreements.push({
        topic: `${plural(first.unit ?? "")} ${first.event}${scope ? ` ${scope.split(/\s+/).slice(0, 8).join(" ")}` : ""}`,
        claims: [...byValue.entries()]
          .sort(([a], [b]) => a - b)
          .map(([, list]) => {
            const head = list[0]!;
            const seen = new Set<string>();
            const citations = list
              .map((mention) => citationOf(mention.item))
              .filter((citation) => {
                const key = `${citation.articleId}:${citation.start}`;
                if (seen.has(key)) return false;
                seen.add(key);
                return true;
              });
            return {
              value: head.qualifier ? `${head.qualifier} ${head.raw}` : head.raw,
              text: head.item.sentence.text,
              citations,
            };
          }),
      });
    }
  }
  return disagreements;
}
