import { describe, expect, it, vi } from "vitest";
import { takeoverBidArticles } from "../testing/takeover-bid-articles.js";
import { buildTimeline } from "./build-timeline.js";
import { extendTimeline } from "./extend-timeline.js";
import { extractFacts } from "./extract-facts.js";
import { presentPerfectReport } from "./present-perfect-report.js";

// The present-perfect test runs on every undated sentence of a dated article: counting its calls
// tells whether a timeline build read the story's developments again.
vi.mock("./present-perfect-report.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("./present-perfect-report.js")>();
  return { ...original, presentPerfectReport: vi.fn(original.presentPerfectReport) };
});

describe("extendTimeline", () => {
  const articles = takeoverBidArticles();
  const superseded = ["Kestrel's board rejected the proposal"];

  it("reads the facts' developments once: adding the superseded statements reads no sentence again", () => {
    vi.mocked(presentPerfectReport).mockClear();
    const facts = extractFacts(articles);
    expect(vi.mocked(presentPerfectReport).mock.calls.length).toBeGreaterThan(0);
    vi.mocked(presentPerfectReport).mockClear();
    const items = facts.sentences.filter((item) => superseded.some((start) => item.sentence.text.startsWith(start)));
    const timeline = extendTimeline(facts, articles, items);
    expect(vi.mocked(presentPerfectReport)).not.toHaveBeenCalled();
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
