import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { takeoverBidArticles } from "../../testing/takeover-bid-articles.js";
import { extractFacts } from "../extract-facts.js";
import type { NumberMention } from "../figures/index.js";
import { buildTimeline } from "./build-timeline.js";
import { extendTimeline } from "./extend-timeline.js";

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

describe("extendTimeline on a background line told by an earlier year (dates14)", () => {
  // Two outlets on a canal breach; one recalls an earlier breach with its year as its closing line.
  const articles = [
    prepareArticle({
      input: "canal/1",
      source: "Canal Wire",
      title: "Canal breach floods homes",
      publishedAt: "2029-09-14T09:00:00Z",
      originalText: "A breach on the Leverton Canal flooded 41 homes on Wednesday, the trust said.",
    }),
    prepareArticle({
      input: "canal/2",
      source: "Leverton Post",
      title: "Canal breach repairs",
      publishedAt: "2029-09-15T09:00:00Z",
      originalText: [
        "Engineers began repairing the Leverton Canal breach on Friday.",
        "In 2021, a breach on the nearby Grantham Cut flooded 14 homes.",
      ].join("\n\n"),
    }),
  ];
  const facts = extractFacts(articles);
  const background = facts.sentences.findIndex((item) => item.sentence.text.startsWith("In 2021"));
  const cites = (entry: { citations: ReadonlyArray<{ articleId: string; start: number }> }) =>
    entry.citations.some(
      (citation) =>
        citation.articleId === facts.sentences[background]!.article.id &&
        citation.start === facts.sentences[background]!.sentence.start,
    );

  it("puts it on no timeline, not even as a statement later news supersedes, and dates it by no day of the story", () => {
    expect(facts.sentenceDates[background]).toBe(null);
    expect(facts.timeline.some(cites)).toBe(false);
    expect(extendTimeline(facts, articles, [facts.sentences[background]!]).some(cites)).toBe(false);
  });

  it("sets its figure against none of the story's (it is of its year)", () => {
    expect(facts.disagreements).toEqual([]);
  });
});
