import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../ingest/index.js";
import type { Article } from "../../model/index.js";
import { loadSeedArticles } from "../testing/load-seed-articles.js";
import { stormFloodArticles } from "../testing/storm-flood-articles.js";
import { takeoverBidArticles } from "../testing/takeover-bid-articles.js";
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

describe("extractFacts on a storm story written for this test (six articles, across the new year)", () => {
  const articles = stormFloodArticles();
  const facts = extractFacts(articles);
  const quoteOf = (start: string) => facts.quotes.find((quote) => quote.text.startsWith(start));
  const dateOf = (start: string) => facts.timeline.find((entry) => entry.text.startsWith(start))?.date;
  const externalId = (id: string) => articles.find((article) => article.id === id)?.externalId;

  it("gives every quote its speaker's full name, however the attribution names them", () => {
    expect(quoteOf("We have never seen the water")?.speaker).toBe("Ruth Calloway"); // “…,” Calloway said
    expect(quoteOf("The river peaked at 5.1 metres")?.speaker).toBe("Idris Vaughan"); // X said: “…”
    expect(quoteOf("This is the kind of flood")?.speaker).toBe("Idris Vaughan"); // ‘…,’ said Vaughan
    expect(quoteOf("We went out three times")?.speaker).toBe("Colin Mair"); // “…,” he said
    expect(quoteOf("Nobody on this coast")?.speaker).toBe("Colin Mair"); // "…," Mair added
    expect(quoteOf("the worst is over")).toMatchObject({ speaker: "Ruth Calloway", partial: true }); // According to X, “…”
    expect(quoteOf("no family will be left")).toMatchObject({ speaker: "Owen Hale", partial: true }); // X said that “…”
    // "Baker Sunita Rao": an occupation before a name is not part of it.
    expect(quoteOf("You clean up")?.speaker).toBe("Sunita Rao");
  });

  it("finds the one real disagreement: two outlets counting the homes flooded in Brennock by Thursday morning", () => {
    expect(facts.disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]))).toEqual([
      [
        ["some 1,150", ["Pennine Post"]],
        ["1,400", ["Dales Today"]],
      ],
    ]);
    expect(facts.disagreements[0]?.topic).toMatch(/^homes flooded/);
  });

  it("reads a request and a release as different things, and rain in two places as two counts", () => {
    const pounds = facts.numbers.filter((mention) => mention.unit === "pound" && mention.value >= 1e7);
    expect(pounds.map((mention) => [mention.value, mention.frame])).toEqual([
      [25e6, "demand"],
      [20e6, "reported"],
      [90e6, "plan"],
    ]);
    expect(facts.disagreements.some((item) => /pound|millimetre/.test(item.topic))).toBe(false);
  });

  it("takes the rising death toll (4, 9, 12) for a development on the timeline, the undated report placed by it", () => {
    const tolls = facts.numbers.filter((mention) => mention.event === "killed");
    expect(new Set(tolls.map((mention) => `${mention.unit}|${mention.kind}`))).toEqual(new Set(["people|running"]));
    const entries = facts.timeline
      .map((entry) => ({ date: entry.date, toll: /(?:death toll[^.]*? to|least) (\d+)/.exec(entry.text)?.[1] }))
      .filter((entry) => entry.toll);
    expect(entries).toEqual([
      { date: "2026-12-30", toll: "4" },
      { date: "2026-12-31", toll: "9" },
      { date: "2027-01-01", toll: "12" },
    ]);
    expect(facts.articleOrder.map(externalId).indexOf("coast-radio-1")).toBe(
      facts.articleOrder.map(externalId).indexOf("pennine-post-1") + 1,
    );
  });

  it("dates each sentence by the day its news happened: weekdays, 'yesterday', a date without a year across the new year", () => {
    expect(dateOf("The River Aske burst its banks")).toBe("2026-12-30"); // "on Wednesday afternoon", published that evening
    expect(dateOf("The death toll from Storm Imogen rose to 9")).toBe("2026-12-31"); // "from Storm Imogen" is no baseline
    expect(dateOf("The death toll from Storm Imogen rose to 12")).toBe("2027-01-01"); // not "since Dec. 29"
    // "said yesterday that … by Thursday morning": the figure is Thursday's, the saying Friday's.
    const index = facts.sentences.findIndex((item) =>
      item.sentence.text.startsWith("The borough council said yesterday"),
    );
    expect(facts.sentenceDates[index]).toEqual({ date: "2026-12-31", precision: "day", basis: "stated" });
    expect(dateOf("The Aske bridge, built in 1887")).toBe("2026-12-30");
    expect(dateOf("Baker Sunita Rao said she had lost stock")).toBe("2026-12-30"); // "on Wednesday night", published Saturday
  });

  it("never dates a sentence by a background date, a plan, or a vague period in a clause about something else", () => {
    expect(facts.timeline.some((entry) => /^(1887|2015)/.test(entry.date ?? ""))).toBe(false);
    // "more rain would fall on Friday", "orders would be lifted on Monday": plans, not past Fridays and Mondays;
    // a forecast is dated the day it was made, if the timeline has room for it.
    const forecast = facts.timeline.find((entry) => entry.text.startsWith("Forecasters said more rain"));
    expect([undefined, "2026-12-30", "2026-12-31"]).toContain(forecast?.date);
    // An announced plan still to come at the story's end is an upcoming entry on its own day, the coming Monday.
    expect(
      facts.timeline.find((entry) => entry.text.startsWith("The mayor said the last evacuation orders"))?.date,
    ).toBe("2027-01-04");
    // "after Storm Gerald flooded Skelby earlier this month": background to the sentence's own news.
    expect(facts.timeline.some((entry) => entry.text.startsWith("It was the second storm"))).toBe(false);
    const dates = facts.timeline.map((entry) => entry.date).filter((date) => date !== null);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((date) => date >= "2026-12-29" && date <= "2027-01-04")).toBe(true);
  });
});

describe("extractFacts on a takeover story written for this test (a negotiation, one rewrite, one undated analysis)", () => {
  const articles = takeoverBidArticles();
  const facts = extractFacts(articles);
  const quoteOf = (start: string) => facts.quotes.find((quote) => quote.text.startsWith(start));

  it("gives every quote its speaker's full name, however the attribution names them", () => {
    expect(quoteOf("We are not for sale")?.speaker).toBe("Alison Marsh");
    expect(quoteOf("We will not be drawn")?.speaker).toBe("Graham Oduya"); // "…," said X, straight marks
    // Two fragments in one sentence: "The chairwoman said … “…,” a week after she had called … “…”".
    expect(quoteOf("reflects the value")).toMatchObject({ speaker: "Alison Marsh", partial: true });
    expect(quoteOf("opportunistic")).toMatchObject({ speaker: "Alison Marsh", partial: true });
    expect(quoteOf("This is a good outcome")?.speaker).toBe("Alison Marsh"); // “…” — X
    expect(quoteOf("We will hold Arden")?.speaker).toBe("Kevin Doherty"); // X said: '…'
    expect(quoteOf("Arden has to make this work")?.speaker).toBe("Priya Nair"); // said analyst X of Y
    expect(quoteOf("We have the support we need")?.speaker).toBe("Graham Oduya"); // he said
    expect(quoteOf("significantly undervalues")?.partial).toBe(true);
  });

  it("reads a minimum the board would accept as a demand, not an offer", () => {
    const pence = facts.numbers.filter((mention) => mention.unit === "pence" && mention.value >= 640);
    expect(pence.map((mention) => [mention.value, mention.frame])).toEqual([
      [640, "offer"],
      [720, "demand"],
      [700, "offer"],
      [700, "offer"],
      [700, "offer"],
      [695, "reported"],
    ]);
  });

  it("finds the one real disagreement (Monday's rise in the shares: 18 against 21 percent), not a demand against an offer nor an offer against the later one", () => {
    expect(facts.disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]))).toEqual([
      [
        ["18 percent", ["Financial Courier"]],
        ["21 percent", ["Market Wire"]],
      ],
    ]);
  });

  it("dates the timeline by the days the news happened, a forecast by the day it was made, a week as a week", () => {
    const dateOf = (start: string) => facts.timeline.find((entry) => entry.text.startsWith(start))?.date;
    expect(dateOf("Arden Rail offered 640 pence")).toBe("2026-11-16");
    expect(dateOf("Arden Rail raised its offer")).toBe("2026-11-23");
    expect(dateOf("Holders of 54 percent")).toBe("2026-11-27");
    expect(facts.timeline.some((entry) => /^(1994|2020)/.test(entry.date ?? ""))).toBe(false);
    // "Oduya said the company expected to complete the takeover on Dec. 18": a forecast, on the day it
    // was told, never Dec. 18. It states no day, so it is its Saturday paper's, not Friday's of the
    // sentence before (timeline24: a prospect with no day is the paper's unless the text ties it).
    expect(facts.timeline.find((entry) => entry.text.includes("Dec. 18"))?.date).toBe("2026-11-28");
    // "said last week" in Tuesday's papers: one entry at the week before (its Monday), marked as a week.
    const weeks = facts.timeline.filter((entry) => entry.text.includes("last week"));
    expect(weeks).toEqual([expect.objectContaining({ date: "2026-11-16", precision: "week" })]);
    expect(facts.timeline.filter((entry) => entry.precision === "week")).toHaveLength(1);
    // The rewrite repeats the City Ledger's development: one entry, not two.
    expect(facts.timeline.filter((entry) => entry.text.startsWith("Arden Rail raised its offer"))).toHaveLength(1);
  });
});

describe("extractFacts orders an undated article by what its text shows", () => {
  it("puts an explainer that tells only old years before this week's news, not after it", () => {
    const draft = (input: string, publishedAt: string | undefined, text: string) =>
      prepareArticle({ input, source: input, title: `${input} report`, originalText: text, publishedAt });
    const articles = [
      draft(
        "courier",
        "2026-09-15T07:00:00Z",
        "The former finance director went on trial on Monday, accused of fraud.",
      ),
      draft("explainer", undefined, "He joined the water company in 2012 and became its finance director in 2017."),
      draft("wire", "2026-10-08T07:00:00Z", "The former finance director was jailed for six years on Wednesday."),
    ];
    const { articleOrder } = extractFacts(articles);
    expect(articleOrder.map((id) => articles.find((article) => article.id === id)?.source)).toEqual([
      "explainer",
      "courier",
      "wire",
    ]);
  });
});

describe("extractFacts orders articles by the instant they were published", () => {
  it("puts a Brisbane paper of 06:00 (+10:00) before a wire of 21:00 UTC the day before", () => {
    const [paper, wire] = [
      [
        "Floodwater cut the Bruce Highway north of Brisbane, stranding dozens of trucks.",
        "2026-03-03T06:00:00.000+10:00",
      ],
      ["The Bruce Highway reopened after the floodwater fell, police said.", "2026-03-02T21:00:00.000Z"],
    ].map(([originalText, publishedAt], index) =>
      prepareArticle({ input: `report-${index}`, title: "Bruce Highway", originalText: originalText!, publishedAt }),
    ) as [Article, Article];
    expect(extractFacts([wire, paper]).articleOrder).toEqual([paper.id, wire.id]);
  });
});
