import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { articleSentences } from "../../evidence/article-sentences.js";
import { findDateMentions, sentenceDates } from "./find-date-mentions.js";
import { localPublications, onStoryClock, publishedDay } from "./local-publication.js";

/** The date findDateMentions gives the sentence starting with `start` in a one-article story. */
function dateOf(text: string, publishedAt: string, start: string): string | null {
  const article = prepareArticle({ input: "test", title: "A report", originalText: text, publishedAt });
  const items = articleSentences([article]);
  const item = items.find((candidate) => candidate.sentence.text.startsWith(start));
  if (!item) throw new Error(`no sentence starts with ${start}`);
  return findDateMentions(items).find((mention) => mention.item === item)?.date ?? null;
}

describe("dates are counted from the publication day where the story happens", () => {
  it("reads a US wire stamped 03:00 UTC on Saturday as Friday evening's: its “yesterday” is Thursday", () => {
    const wire =
      "HARRISBURG, Pa. (AP) — The Pennsylvania Senate passed the transit funding bill late yesterday after a week of talks. " +
      "The House is expected to vote on it next week.";
    expect(dateOf(wire, "2026-11-14T03:00:00Z", "HARRISBURG")).toBe("2026-11-12");
  });

  it("reads an Australian paper stamped 20:00 UTC on Monday as Tuesday morning's: its “yesterday” is Monday", () => {
    const paper =
      "BRISBANE — Floodwater cut the Bruce Highway north of Brisbane late yesterday afternoon, stranding dozens of trucks. " +
      "Queensland police said the road would stay shut until the water falls.";
    expect(dateOf(paper, "2026-03-02T20:00:00Z", "BRISBANE")).toBe("2026-03-02");
  });

  it("reads a British story stamped 23:30 UTC in July as after midnight in London, in summer time", () => {
    const story =
      "LONDON — Tube drivers will walk out today in a dispute over rosters, the union said. " +
      "Transport for London urged passengers in London to work from home.";
    expect(dateOf(story, "2026-07-10T23:30:00Z", "LONDON")).toBe("2026-07-11");
  });

  it("keeps the day a stamp with its own offset writes, and the UTC day when the story tells no place", () => {
    const story = "The council approved the new budget yesterday after a long debate. Rates will rise by 4%.";
    expect(dateOf(story, "2026-03-03T06:00:00+10:00", "The council")).toBe("2026-03-02");
    expect(dateOf(story, "2026-03-02T20:00:00Z", "The council")).toBe("2026-03-01");
  });

  it("gives an article with no dated sentence its local publication day", () => {
    const article = prepareArticle({
      input: "test",
      title: "Sydney ferries",
      originalText: "SYDNEY — Ferry crews in Sydney voted to accept the pay offer. The strike is over.",
      publishedAt: "2026-03-02T20:00:00Z",
    });
    const items = articleSentences([article]);
    expect(sentenceDates(items, findDateMentions(items)).map((date) => date?.date)).toEqual([
      "2026-03-03",
      "2026-03-03",
    ]);
    expect(localPublications([article])(article)).toEqual({ day: "2026-03-03", utcHour: null });
  });
});

describe("onStoryClock writes each UTC stamp on the clock of the story's place", () => {
  const article = (originalText: string, publishedAt: string) =>
    prepareArticle({ input: "test", title: "A report", originalText, publishedAt });

  it("gives a Sydney story's 21:00 UTC stamp its Sydney time and offset, summer time and all", () => {
    const sydney = article("SYDNEY — Ferries in Sydney were cancelled after a storm.", "2026-01-12T21:00:00.000Z");
    expect(onStoryClock([sydney])[0]!.publishedAt).toBe("2026-01-13T08:00:00.000+11:00");
    const winter = article("SYDNEY — Ferries in Sydney were cancelled after a storm.", "2026-07-12T21:00:00.000Z");
    expect(onStoryClock([winter])[0]!.publishedAt).toBe("2026-07-13T07:00:00.000+10:00");
    expect(publishedDay(onStoryClock([winter])[0]!)).toBe("2026-07-13");
  });

  it("leaves a stamp with its own offset, and a story that tells no place, as they are", () => {
    const own = article("SYDNEY — Ferries in Sydney were cancelled after a storm.", "2026-01-13T06:00:00.000+10:00");
    const nowhere = article("Ferries were cancelled after a storm.", "2026-01-12T21:00:00.000Z");
    expect(onStoryClock([own])[0]).toBe(own);
    expect(onStoryClock([nowhere])[0]).toBe(nowhere);
    expect(publishedDay(nowhere)).toBe("2026-01-12");
  });
});

describe("a stamp of the writer's own clock with its offset unknown (“-00:00”)", () => {
  it("keeps the day it writes, never moved to the story's place", () => {
    const mumbai = prepareArticle({
      input: "test",
      title: "A report",
      originalText: "MUMBAI — Trains in Mumbai were halted after the storm.",
      publishedAt: "2026-03-03T23:30:00.000-00:00",
    });
    expect(localPublications([mumbai])(mumbai).day).toBe("2026-03-03");
    expect(onStoryClock([mumbai])[0]).toBe(mumbai);
  });
});
