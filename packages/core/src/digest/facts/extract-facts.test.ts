import { describe, expect, it } from "vitest";
import { loadSeedArticles } from "../testing/load-seed-articles.js";
import { wildfireArticles } from "../testing/wildfire-articles.js";
import { extractFacts } from "./extract-facts.js";

describe("extractFacts on the seeds", () => {
  const articles = loadSeedArticles();
  const facts = extractFacts(articles);
  const byExternal = (id: string) => articles.find((article) => article.id === id)?.externalId?.slice(0, 3);

  it("finds the October 7 death toll disagreement between independent sources", () => {
    const october7 = facts.disagreements.find((item) => /killed/.test(item.topic));
    expect(october7).toBeDefined();
    const values = october7!.claims.map((claim) => claim.value);
    expect(values).toEqual(["at least 1,139", "about 1,200"]);
    const sources = october7!.claims.map((claim) => claim.citations.map((citation) => byExternal(citation.articleId)));
    expect(sources[0]).toEqual(expect.arrayContaining(["000", "004"]));
    expect(sources[1]).toEqual(["002"]);
  });

  it("does not set a request (40 hostages) against a first-phase plan (35): different things, not a disagreement", () => {
    expect(facts.disagreements.some((item) => /hostage/.test(item.topic))).toBe(false);
    expect(facts.disagreements).toHaveLength(1);
  });

  it("treats the rising Gaza death toll as a timeline, not a disagreement", () => {
    expect(facts.disagreements.some((item) => item.claims.some((claim) => /27,580|42,847/.test(claim.value)))).toBe(
      false,
    );
    const tolls = facts.timeline.map((entry) => /(27,580|31,923|34,000|42,847)/.exec(entry.text)?.[1]).filter(Boolean);
    expect(tolls).toEqual(["27,580", "31,923", "34,000", "42,847"]);
  });

  it("orders undated articles by the running toll they report", () => {
    expect(facts.articleOrder.map(byExternal)).toEqual(["000", "001", "003", "002", "004"]);
  });

  it("finds quotes with their speakers, curly and straight", () => {
    const amidrol = facts.quotes.find((quote) => quote.text.startsWith("We cannot stop the war"));
    expect(amidrol?.speaker).toBe("Yaakov Amidrol");
    const hyman = facts.quotes.find((quote) => quote.text.startsWith("We have received an update"));
    expect(hyman === undefined || hyman.speaker === "Avi Hyman").toBe(true);
    const naim = facts.quotes.find((quote) => quote.text.startsWith("If we hand over"));
    // The attribution gives only the surname; the article named him in full earlier.
    expect(naim?.speaker).toBe("Bassem Naim");
  });
});

describe("extractFacts on straight quotes", () => {
  it("reads speakers from straight quotation marks", async () => {
    const { prepareArticle } = await import("../../ingest/index.js");
    const article = prepareArticle({
      input: "x",
      title: "Talks",
      originalText:
        'The talks went on in Cairo on Monday. "We will keep negotiating until there is a deal," said Maria Lopez, a mediator.',
    });
    const facts = extractFacts([article]);
    expect(facts.quotes[0]?.speaker).toBe("Maria Lopez");
    expect(facts.quotes[0]?.text).toBe("We will keep negotiating until there is a deal,");
  });
});

describe("extractFacts on a wildfire story written for this test", () => {
  const articles = wildfireArticles();
  const facts = extractFacts(articles);
  const speakerOf = (start: string) => facts.quotes.find((quote) => quote.text.startsWith(start))?.speaker;
  const externalId = (id: string) => articles.find((article) => article.id === id)?.externalId;

  it("gives every quote its speaker's full name, however the attribution names them", () => {
    expect(speakerOf("The wind is doing")).toBe("Dana Reyes"); // “…,” Reyes said: introduced as "the county's fire chief, Dana Reyes"
    expect(speakerOf("We expect it to keep growing")).toBe("Lena Ortiz"); // “…,” said Ortiz
    expect(speakerOf("Every resource this state has")).toBe("Paul Hammond"); // X said: “…”
    expect(speakerOf("We turned a corner today")).toBe("Dana Reyes"); // According to the fire chief, “…” (another outlet)
    expect(speakerOf("We lost everything")).toBe("Tom Becker"); // single straight marks; "Resident" is not a name
    expect(speakerOf("walked every street")).toBe("Lena Ortiz"); // X said that “…”
    expect(speakerOf("Contained is not the same as out")).toBe("Dana Reyes"); // “…” — X
    expect(speakerOf("People keep showing up")).toBe("Sam Whitfield"); // “…,” he said, after "a volunteer coordinator, Sam Whitfield, said"
    expect(facts.quotes.find((quote) => quote.text.startsWith("walked every street"))?.partial).toBe(true);
    expect(facts.quotes).toHaveLength(8);
  });

  it("finds the one real disagreement: two outlets counting the homes destroyed by Wednesday evening", () => {
    expect(facts.disagreements).toHaveLength(1);
    const [homes] = facts.disagreements;
    expect(homes?.topic).toMatch(/homes destroyed/);
    expect(homes?.claims.map((claim) => [claim.value, claim.outlets])).toEqual([
      ["214", ["Marlow Times"]],
      ["260", ["State Wire"]],
    ]);
  });

  it("takes Monday's 6,000 evacuated and Tuesday's 7,200 (repeated by an undated article) for a development, not a disagreement", () => {
    expect(facts.disagreements.some((item) => /resident/.test(item.topic))).toBe(false);
    const evacuated = facts.timeline.filter((entry) => /residents (were|had been) evacuated/.test(entry.text));
    expect(evacuated.map((entry) => entry.date)).toEqual(["2026-10-05", "2026-10-06"]);
  });

  it("dates sentences by the day they describe, never by a background year", () => {
    const dateOf = (start: string) => facts.timeline.find((entry) => entry.text.startsWith(start))?.date;
    expect(dateOf("The Alder Ridge fire jumped Highway 9")).toBe("2026-10-06"); // "on Tuesday", published Wednesday
    expect(dateOf("The Alder Ridge fire had destroyed 214 homes")).toBe("2026-10-07"); // "by Wednesday evening"
    expect(dateOf("The fire was 40 percent contained on Thursday")).toBe("2026-10-08");
    // "the largest since the 2017 Canyon fire", "rebuilt in 2019", "lived there since 1998": background.
    expect(facts.timeline.some((entry) => /^(1998|2017|2019)/.test(entry.date ?? ""))).toBe(false);
    const dates = facts.timeline.map((entry) => entry.date ?? "");
    expect(dates).toEqual([...dates].sort());
  });

  it("places the undated article after the report whose figure it repeats", () => {
    expect(facts.articleOrder.map(externalId)).toEqual([
      "valley-courier-1",
      "state-wire-1",
      "ridge-notes-1",
      "marlow-times-1",
      "state-wire-2",
    ]);
  });
});
