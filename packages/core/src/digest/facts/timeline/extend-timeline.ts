import type { TimelineEntry } from "@roundup/prompts";
import type { Article } from "../../../model/index.js";
import type { ArticleSentence } from "../../evidence/article-sentences.js";
import type { StoryFacts } from "../extract-facts.js";
import { buildTimeline } from "./build-timeline.js";

/**
 * The story's timeline with the older statements a digest leaves out because newer ones supersede
 * them (see buildTimeline's `superseded`); the facts' own timeline when there are none.
 */
export function extendTimeline(
  facts: StoryFacts,
  articles: readonly Article[],
  superseded: readonly ArticleSentence[],
): TimelineEntry[] {
  if (superseded.length === 0) return facts.timeline;
  return buildTimeline({
    articles,
    numbers: facts.numbers,
    dates: facts.dates,
    sentenceDates: new Map(facts.sentences.map((item, index) => [item, facts.sentenceDates[index] ?? null])),
    articleOrder: facts.articleOrder,
    superseded,
  });
}
