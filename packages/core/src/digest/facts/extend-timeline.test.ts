import { describe, expect, it } from "vitest";
import { takeoverBidArticles } from "../testing/takeover-bid-articles.js";
import { buildTimeline } from "./build-timeline.js";
import { extendTimeline } from "./extend-timeline.js";
import { extractFacts } from "./extract-facts.js";
import type { NumberMention } from "./find-number-mentions.js";

describe("extendTimeline", () => {
  const articles = takeoverBidArticles();
  const superseded = ["Kestrel's board rejected the proposal"];

  it("reads the facts' developments once: adding the superseded statements reads no figure again", () => {
    const facts = extractFacts(articles);
    // The figures' list, counting the reads of its mentions: every development but the superseded
    // statements starts from the story's figures (running totals, changing counts, dated news).
    let reads = 0;
    const numbers = new Proxy(facts.numbers, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver);
      },
    }) as readonly NumberMention[];
    const input = {
      articles,
      numbers,
      dates: facts.dates,
      sentenceDates: new Map(facts.sentences.map((item, index) => [item, facts.sentenceDates[index] ?? null])),
      articleOrder: facts.articleOrder,
    };
    expect(buildTimeline(input)).toEqual(facts.timeline);
    expect(reads).toBeGreaterThan(0);
    reads = 0;
    const items = facts.sentences.filter((item) => superseded.some((start) => item.sentence.text.startsWith(start)));
    const timeline = buildTimeline({ ...input, sentenceDates: new Map(input.sentenceDates), superseded: items });
    expect(reads).toBe(0);
    expect(timeline.some((entry) => entry.text.startsWith("Kestrel's board rejected"))).toBe(true);
  });

  it("gives the timeline a build from the same facts read afresh gives", () => {
    const facts = extractFacts(articles);
    const items = facts.sentences.filter((item) => superseded.some((start) => item.sentence.text.startsWith(start)));
    const extended = extendTimeline(facts, articles, items);
    // A copy of the figures' list is another story's facts to the timeline: everything is read again.
    const afresh = buildTimeline({
      articles,
      numbers: [...facts.numbers],
      dates: facts.dates,
      sentenceDates: new Map(facts.sentences.map((item, index) => [item, facts.sentenceDates[index] ?? null])),
      articleOrder: facts.articleOrder,
      superseded: items,
    });
    expect(extended).toEqual(afresh);
  });

  it("reads the developments again when the sentences' dates differ", () => {
    const facts = extractFacts(articles);
    const undated = buildTimeline({
      articles,
      numbers: facts.numbers,
      dates: [],
      sentenceDates: new Map(facts.sentences.map((item) => [item, null])),
      articleOrder: facts.articleOrder,
    });
    expect(undated).not.toEqual(facts.timeline);
    expect(undated.every((entry) => entry.date === null)).toBe(true);
  });
});
