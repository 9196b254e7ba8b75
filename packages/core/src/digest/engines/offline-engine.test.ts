import type { Digest } from "@roundup/prompts";
import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../ingest/index.js";
import type { Article, Story } from "../../model/index.js";
import { contentWords } from "../evidence/word-tokens.js";
import { generateDigest } from "../generate-digest.js";
import { BAKERY_CLOSURE_EXPECTED, bakeryClosureArticles } from "../testing/bakery-closure-articles.js";
import { BOIL_WATER_NOTICE_EXPECTED, boilWaterNoticeArticles } from "../testing/boil-water-notice-articles.js";
import { CARE_HOME_FRAUD_EXPECTED, careHomeFraudArticles } from "../testing/care-home-fraud-articles.js";
import { CAVE_RESCUE_EXPECTED, caveRescueArticles } from "../testing/cave-rescue-articles.js";
import { ferryCapsizingArticles } from "../testing/ferry-capsizing-articles.js";
import { HILLWALKER_SEARCH_EXPECTED, hillwalkerSearchArticles } from "../testing/hillwalker-search-articles.js";
import { labourDisputeArticles } from "../testing/labour-dispute-articles.js";
import { LEADERSHIP_CONTEST_EXPECTED, leadershipContestArticles } from "../testing/leadership-contest-articles.js";
import { LEAGUE_DECIDER_EXPECTED, leagueDeciderArticles } from "../testing/league-decider-articles.js";
import { loadSeedArticles } from "../testing/load-seed-articles.js";
import { PILOT_BOAT_APPEAL_EXPECTED, pilotBoatAppealArticles } from "../testing/pilot-boat-appeal-articles.js";
import { portStrikeArticles } from "../testing/port-strike-story.js";
import { productRecallArticles } from "../testing/product-recall-articles.js";
import { REFERENDUM_RECOUNT_EXPECTED, referendumRecountArticles } from "../testing/referendum-recount-articles.js";
import { STADIUM_COLLAPSE_EXPECTED, stadiumCollapseArticles } from "../testing/stadium-collapse-articles.js";
import { createOfflineEngine } from "./offline-engine.js";

function storyOf(articles: readonly Article[], label: string): Story {
  return { id: label, label, articleIds: articles.map((article) => article.id), startAt: null, endAt: null };
}

async function digestOf(articles: readonly Article[], words: number, label = "story"): Promise<Digest> {
  return generateDigest({ story: storyOf(articles, label), articles, engine: createOfflineEngine(), words });
}

const texts = (sentences: ReadonlyArray<{ text: string }>) => sentences.map((sentence) => sentence.text);
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).length;
const citedArticle = (digest: Digest, index: number) => digest.summary[index]?.citations[0]?.articleId;

/** Every summary and key point is cited, verified, within the budget, and copies its cited text. */
function expectPublishable(digest: Digest, articles: readonly Article[], words: number) {
  expect(digest.summary.reduce((sum, sentence) => sum + wordsOf(sentence.text), 0)).toBeLessThanOrEqual(words);
  for (const sentence of [...digest.summary, ...digest.keyPoints]) {
    expect(sentence.citations.length).toBeGreaterThan(0);
    expect(sentence.verification?.status, `${sentence.text} ${sentence.verification?.reasons}`).toBe("verified");
    const [citation] = sentence.citations;
    const article = articles.find((candidate) => candidate.id === citation!.articleId)!;
    expect(article.text.slice(citation!.start, citation!.end)).toBe(sentence.text);
  }
  expect(digest.headlineVerification?.status, digest.headline).toBe("verified");
}

describe("the offline engine on the seeds", () => {
  const articles = loadSeedArticles();
  const [february, , april, march, october] = articles;

  it("leads with the latest development and heads the digest with it, never with a section label", async () => {
    for (const words of [120, 250]) {
      const digest = await digestOf(articles, words);
      expectPublishable(digest, articles, words);
      expect(citedArticle(digest, 0)).toBe(october!.id);
      expect(digest.headline).not.toMatch(/Live Updates|^Israel-Hamas War Ceasefire Talks$/);
      // A short clause of the October lead, not the whole 31-word sentence, and never the lead before
      // it, whose end a spun rewrite mangled ("…failing to seal off a U.S.-led plan. announced its reopening.").
      expect(digest.headline).toBe(
        "Blinken on Thursday said negotiators would “within days” decide how to end the year-long war in Gaza",
      );
      expect(wordsOf(digest.headline)).toBeLessThan(wordsOf(digest.summary[0]!.text));
      const all = [digest.headline, ...texts(digest.summary), ...texts(digest.keyPoints)].join("\n");
      expect(all).not.toMatch(/seal off a U\.S\.-led plan/);
    }
  });

  it("never selects the machine-garbled sentence, nor an opener with nothing before it", async () => {
    for (const words of [120, 250, 400]) {
      const digest = await digestOf(articles, words);
      const all = [...texts(digest.summary), ...texts(digest.keyPoints)];
      expect(all.some((text) => text.startsWith("With less than two weeks to go"))).toBe(false);
      expect(texts(digest.keyPoints).some((text) => /^(However|He said|But)\b/.test(text))).toBe(false);
      // In the summary such an opener only ever comes right after the sentence it leans on.
      digest.summary.forEach((sentence, index) => {
        if (!/^(However|He said|But)\b/.test(sentence.text)) return;
        const before = digest.summary[index - 1]!;
        expect(before.citations[0]!.articleId).toBe(sentence.citations[0]!.articleId);
        const between = articles
          .find((article) => article.id === sentence.citations[0]!.articleId)!
          .text.slice(before.citations[0]!.end, sentence.citations[0]!.start);
        expect(between.trim()).toBe("");
      });
    }
  });

  it("sets no superseded statement beside a newer one: older tolls and the February proposal wording", async () => {
    for (const words of [120, 250]) {
      const digest = await digestOf(articles, words);
      const all = [...texts(digest.summary), ...texts(digest.keyPoints)].join("\n");
      expect(all).not.toMatch(/27,580|31,923|34,000/);
      const summary = texts(digest.summary).join("\n");
      const answered = /responded to a truce proposal with its own plan/.test(summary);
      const waiting = /waiting to see how it responds to a proposal/.test(summary);
      expect(answered && waiting).toBe(false);
    }
  });

  it("leaves the union's demand and the operator's offer ('has offered', after a relative clause) to the timeline at 250 words", async () => {
    const labour = labourDisputeArticles();
    const digest = await digestOf(labour, 250);
    const summary = texts(digest.summary).join("\n");
    expect(summary).toMatch(/reached a tentative agreement/);
    for (const older of [/is demanding a 5 percent raise/, /has offered a 4\.5 percent raise/]) {
      expect(summary).not.toMatch(older);
      expect(digest.timeline.find((entry) => older.test(entry.text))?.date).toBe("2026-03-09");
    }
  });

  it("carries the story's main news at 250 words: the latest talks, Hamas's counterproposal and Rafah", async () => {
    const digest = await digestOf(articles, 250);
    const summary = texts(digest.summary).join("\n");
    expect(summary).toMatch(/Qatar/);
    expect(summary).toMatch(/Hamas responded to a truce proposal with its own plan/);
    expect(summary).toMatch(/Rafah/);
    // Older developments follow in the order they happened (February, then March).
    const order = digest.summary.map((sentence) => sentence.citations[0]!.articleId);
    expect(order.indexOf(february!.id)).toBeLessThan(order.indexOf(march!.id));
    expect(order).not.toContain(articles[1]!.id);
    expect(april).toBeDefined();
  });

  it("gives key points that add what the summary does not say", async () => {
    const digest = await digestOf(articles, 120);
    expect(digest.keyPoints.length).toBeGreaterThan(0);
    const summaryWords = new Set(digest.summary.flatMap((sentence) => contentWords(sentence.text)));
    for (const point of digest.keyPoints) {
      expect(texts(digest.summary)).not.toContain(point.text);
      const words = contentWords(point.text);
      expect(words.filter((word) => !summaryWords.has(word)).length / words.length).toBeGreaterThanOrEqual(0.5);
    }
  });
});

describe("the offline engine on a dated story written for the tests (a port strike)", () => {
  const articles = portStrikeArticles();
  const [walkout, offer, liveUpdates, ended] = articles;

  it("heads a finished story with how it ended, and leads with it", async () => {
    const digest = await digestOf(articles, 120);
    expectPublishable(digest, articles, 120);
    expect(digest.headline).toMatch(/strike .* ended on Tuesday after dockworkers voted to accept a 6 percent raise/);
    expect(citedArticle(digest, 0)).toBe(ended!.id);
  });

  it("never heads the digest with a Live Updates title, even when that is the latest article", async () => {
    const untilLive = [walkout!, offer!, liveUpdates!];
    const digest = await digestOf(untilLive, 120);
    expect(digest.headline).not.toMatch(/Live Updates/);
    expect(digest.headline).toMatch(/rejected the port authority's 4 percent offer/);
    expect(citedArticle(digest, 0)).toBe(liveUpdates!.id);
  });

  it("keeps a figure a later report updates out of the summary; the offer and the union's answer, each told with its day, may both stand, in the order they happened", async () => {
    for (const words of [120, 250]) {
      const digest = await digestOf(articles, words);
      const summary = texts(digest.summary).join("\n");
      expect(summary).not.toMatch(/At least 12 cargo ships|More than 25 cargo ships/);
      // "proposed … on Wednesday" is an event kept with its date, not a standing offer: it can stand
      // before Saturday's rejection (before the lead's decision on supersession they excluded each other).
      const offered = summary.indexOf("proposed a 4 percent raise");
      const rejected = summary.indexOf("rejected the port authority's 4 percent offer");
      if (offered >= 0 && rejected >= 0) expect(offered).toBeLessThan(rejected);
      const all = [summary, ...texts(digest.keyPoints)].join("\n");
      expect(all).not.toMatch(/^However, the port authority|^He said talks could resume|has responded to the walkout/m);
    }
  });

  it("orders what came before the latest news as it happened", async () => {
    const digest = await digestOf(articles, 250);
    const order = digest.summary
      .slice(1)
      .map((sentence) => articles.findIndex((a) => a.id === sentence.citations[0]!.articleId));
    const earlier = order.filter((index) => index !== 3);
    expect(earlier).toEqual([...earlier].sort((a, b) => a - b));
  });

  it("still writes a digest when the articles carry no dates (no chronology)", async () => {
    const undated = articles.map((article) => ({ ...article, publishedAt: null }));
    const digest = await digestOf(undated, 120);
    expectPublishable(digest, undated, 120);
  });
});

describe("the offline engine on a disaster whose counts change every day (a ferry capsizing)", () => {
  const articles = ferryCapsizingArticles();

  it("gives the latest count of the dead and missing, and no earlier count beside it, in summary or key points", async () => {
    for (const words of [100, 250]) {
      const digest = await digestOf(articles, words);
      expectPublishable(digest, articles, words);
      const shown = [...texts(digest.summary), ...texts(digest.keyPoints)].join("\n");
      expect(shown).toMatch(/34 people had died and 17 were still missing/);
      expect(shown).not.toMatch(/at least 12 people|rose to 27|climbed to 27|31 people|24 people were still missing/);
    }
  });

  it("cites a live blog's entry from its news, not from its time stamp", async () => {
    const digest = await digestOf(articles, 250);
    for (const sentence of [...digest.summary, ...digest.keyPoints])
      expect(sentence.text).not.toMatch(/^\d{1,2}:\d{2}/);
  });
});

/**
 * summary10's held-out stories (headline and summary written before running code on them): a
 * sentence whose two reports lead with an aside before the news, and a closure whose undated feature
 * opens with scene-setting prose.
 */
describe("the offline engine on the written care home fraud and bakery closure stories", () => {
  it("heads the care home story with the sentence, the latest news, kept past the asides of both leads", async () => {
    const articles = careHomeFraudArticles();
    const digest = await digestOf(articles, 120);
    expectPublishable(digest, articles, 120);
    expect(
      CARE_HOME_FRAUD_EXPECTED.headline?.some((piece) => digest.headline.includes(piece)),
      digest.headline,
    ).toBe(true);
    expect(digest.headline).not.toMatch(/, the former owner|, who stole/);
  });

  it("tells the bakery closure's news, never the feature's scene-setting, in summary or key points, at every length", async () => {
    const articles = bakeryClosureArticles();
    const expected = BAKERY_CLOSURE_EXPECTED.summary!;
    for (const words of [120, 250]) {
      const digest = await digestOf(articles, words);
      expectPublishable(digest, articles, words);
      const summary = texts(digest.summary).join("\n");
      for (const piece of expected.holds) expect(summary, `${words} words`).toContain(piece);
      // Nor a key point, read alone.
      const shown = [summary, ...texts(digest.keyPoints)].join("\n");
      for (const piece of expected.never) expect(shown, `${words} words`).not.toContain(piece);
    }
  });
});

/**
 * The latest news in a lead the old headline code could not cut: the stadium collapse's investigation
 * ("…into the collapse of the stand at Riverside Park, in which five people died"), whose title
 * ("Criminal investigation opened into Riverside Park collapse") its passages do not verify, and
 * summary11's held-out boil-water story, whose live page leads with a list of three clauses.
 * summary12's held-out stories, which end otherwise than they began (a search that ends in a rescue,
 * a vote a recount reverses), and the cave rescue, whose latest report retells Monday's rescue in its
 * lead and tells its news after it (a caver discharged from hospital).
 */
describe.each([
  ["stadium collapse", stadiumCollapseArticles, STADIUM_COLLAPSE_EXPECTED],
  ["boil-water notice", boilWaterNoticeArticles, BOIL_WATER_NOTICE_EXPECTED],
  ["hillwalker search", hillwalkerSearchArticles, HILLWALKER_SEARCH_EXPECTED],
  ["referendum recount", referendumRecountArticles, REFERENDUM_RECOUNT_EXPECTED],
  ["cave rescue", caveRescueArticles, CAVE_RESCUE_EXPECTED],
] as const)("the offline engine on the written %s story", (_name, articlesOf, expected) => {
  it("heads the digest with what happened last and tells the news, never the superseded present", async () => {
    const articles = articlesOf();
    const digest = await digestOf(articles, 120);
    expectPublishable(digest, articles, 120);
    expect(
      expected.headline?.some((piece) => digest.headline.includes(piece)),
      digest.headline,
    ).toBe(true);
    const summary = texts(digest.summary).join("\n");
    for (const piece of expected.summary?.holds ?? []) expect(summary).toContain(piece);
    for (const piece of expected.summary?.never ?? []) expect(summary).not.toContain(piece);
  });
});

/**
 * summary14's held-out stories, whose results settle what was said before them: an appeal dismissed
 * after the appellant's stances and the judges' deliberation, a league decider after each side's
 * needs and vows, a leadership contest after claimed support, a poll and a candidate's insistence. No
 * summary, nor its key points, tells a settled claim as current. A known miss: the decider's headline
 * is the loser's play-off fixture, told last, not the result.
 */
describe.each([
  ["pilot boat appeal", pilotBoatAppealArticles, PILOT_BOAT_APPEAL_EXPECTED],
  ["league decider", leagueDeciderArticles, LEAGUE_DECIDER_EXPECTED],
  ["leadership contest", leadershipContestArticles, LEADERSHIP_CONTEST_EXPECTED],
] as const)("the offline engine on the written %s story", (_name, articlesOf, expected) => {
  it("tells the result and none of the claims it settled", async () => {
    const articles = articlesOf();
    const digest = await digestOf(articles, 120);
    expectPublishable(digest, articles, 120);
    const summary = texts(digest.summary).join("\n");
    for (const piece of expected.summary?.holds ?? []) expect(summary).toContain(piece);
    const shown = [summary, ...texts(digest.keyPoints)].join("\n");
    for (const piece of expected.summary?.never ?? []) expect(shown).not.toContain(piece);
  });
});

describe("the offline engine on a union story whose only disputed figure is an offer in an “if” clause", () => {
  const article = (input: string, publishedAt: string, title: string, text: string) =>
    prepareArticle({ input, source: input, publishedAt, title, originalText: text });
  const articles = [
    article(
      "Midland Post",
      "2026-11-02T10:00:00Z",
      "Velora union threatens strike over pay",
      "The union representing 4,000 workers at carmaker Velora threatened on Monday to strike over pay after talks with management broke down.\n\nUnion officials said members were angry that wages had fallen behind inflation.",
    ),
    article(
      "Auto Trade Weekly",
      "2026-11-03T09:00:00Z",
      "",
      "Workers at Velora's Kettering plant will walk out next week if the company does not improve its 3 percent pay offer, the union said on Tuesday.\n\nVelora said it was disappointed and wanted talks to resume.",
    ),
    article(
      "Kettering Gazette",
      "2026-11-03T12:00:00Z",
      "",
      "Velora workers will strike next Monday if the carmaker does not raise its 4 percent pay offer, union leaders said on Tuesday.\n\nThe plant builds 900 cars a week.",
    ),
  ];

  it("heads it with a verified candidate free of the disputed offer, though it counts 4,000 workers", async () => {
    const digest = await digestOf(articles, 120);
    expect(digest.disagreements).toHaveLength(1);
    expect(digest.headline).not.toMatch(/percent/);
    expect(digest.headline).toMatch(/Velora/);
    expect(digest.headlineVerification, digest.headline).toMatchObject({ status: "verified" });
  });
});

describe("the offline engine on a decision two outlets report with different figures", () => {
  const article = (input: string, publishedAt: string, title: string, text: string) =>
    prepareArticle({ input, source: input, publishedAt, title, originalText: text });
  const articles = [
    article(
      "Energy Wire",
      "2027-10-04T06:00:00Z",
      "Oil producers meet in Vienna",
      "Ministers from the Petroleum Exporters Forum will meet in Vienna on Wednesday to discuss cutting output by as much as 1 million barrels a day, delegates said.\n\nBrent crude rose 2.1 percent to $88.40 a barrel on Monday on expectations of a cut.",
    ),
    article(
      "Global Markets Daily",
      "2027-10-06T17:30:00Z",
      "",
      "The Petroleum Exporters Forum agreed on Wednesday to cut oil output by 2 million barrels a day from November, its deepest cut since 2020.\n\nImporting countries criticised the move.",
    ),
    article(
      "Petroleum Review",
      "2027-10-07T08:00:00Z",
      "",
      "Oil exporters agreed yesterday to reduce production by 1.5 million barrels a day from November, according to a statement from the forum.\n\nAnalysts said the real reduction would be smaller.",
    ),
  ];

  it("sets the two cuts against each other, and never heads the digest with the plan the decision settled", async () => {
    const digest = await digestOf(articles, 120);
    expect(digest.disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([
      ["1.5 million", "2 million"],
    ]);
    expect(digest.headline).toMatch(/agreed/);
    expect(digest.headline).not.toMatch(/will meet/);
  });
});

describe("the offline engine on a dated recall story with an undated consumer guide", () => {
  it("moves the forecasts the later results answered to the timeline, and heads the digest with the latest report, not the guide's advice", async () => {
    const articles = productRecallArticles();
    const digest = await digestOf(articles, 250);
    const summary = texts(digest.summary).join("\n");
    for (const forecast of [/Analysts expect the company to report/, /expected the recall to cost/]) {
      expect(summary).not.toMatch(forecast);
      expect(digest.timeline.find((entry) => forecast.test(entry.text))?.date).toBe("2026-02-03");
    }
    expect(summary).toMatch(/revenue of \$1\.27 billion/);
    expect(digest.headline).toMatch(/expanded its air fryer recall/);
    expect(texts(digest.summary)[0]).toMatch(/expanded its air fryer recall/);
    expectPublishable(digest, articles, 250);
  });
});

describe("the offline engine on untitled articles whose leads are too long for a headline", () => {
  // No outlet title, and every lead sentence runs past 28 words.
  const articles = [
    prepareArticle({
      input: "bridge-1",
      title: "",
      originalText:
        "The regional transport authority approved the long delayed replacement of the Harbour Street bridge on Thursday evening in a close vote that ends eight years of arguments between the city and the port operators over its cost and design.\n\n" +
        "The new bridge will carry four lanes of traffic and a separate cycle path.\n\nWork is due to start in the spring.",
    }),
    prepareArticle({
      input: "bridge-2",
      title: "",
      originalText:
        "Members of the regional transport authority voted seven to five on Thursday evening to replace the Harbour Street bridge whose steel frame engineers found badly corroded in two inspections carried out by the city during the past three years.\n\n" +
        "The replacement is expected to cost 140 million dollars.\n\nThe old bridge will stay open until the new one is finished.",
    }),
  ];

  it("heads the digest with a lead cut before its last detail, verified, never with the story's id", async () => {
    const digest = await digestOf(articles, 120, "story-017");
    expect(digest.headline).not.toBe("story-017");
    expect(digest.headlineVerification, digest.headline).toMatchObject({ status: "verified" });
    expect(wordsOf(digest.headline)).toBeLessThanOrEqual(22);
    expect(digest.headline).toMatch(
      /^(The regional transport authority approved|Members of the regional transport authority voted)/,
    );
    expect(`${digest.headline}.`).not.toBe(digest.summary[0]!.text);
  });
});

describe("the offline engine when outlets dispute the figure in the newest lead", () => {
  const article = (input: string, publishedAt: string, title: string, text: string) =>
    prepareArticle({ input, source: input, publishedAt, title, originalText: text });
  const articles = [
    article(
      "Harbor Herald",
      "2026-11-04T13:00:00Z",
      "",
      "Elena Ruiz moved ahead of Victor Hale overnight as mail ballots were counted, leading by 1,214 votes on Wednesday morning.\n\nCity clerk Angela Moss said the remaining ballots would be counted by Friday.",
    ),
    article(
      "Harbor Times",
      "2026-11-07T01:00:00Z",
      "",
      "Elena Ruiz was elected mayor of Harbor City on Friday, finishing 3,870 votes ahead of Victor Hale.\n\nRuiz will be sworn in on Jan. 2.",
    ),
    article(
      "State News Service",
      "2026-11-07T03:00:00Z",
      "",
      "Council member Elena Ruiz was elected mayor of Harbor City on Friday, beating former police chief Victor Hale by 3,780 votes.\n\nRuiz won 52 percent of the vote.",
    ),
  ];

  it("heads the digest with the newest news, leaving out only the clause that states the disputed figure", async () => {
    const digest = await digestOf(articles, 120);
    expect(digest.disagreements).toHaveLength(1);
    expect(digest.headline).toMatch(/Elena Ruiz was elected mayor of Harbor City on Friday$/);
    expect(digest.headlineVerification, digest.headline).toMatchObject({ status: "verified" });
  });
});

describe("the offline engine when outlets dispute the figure closing the newest lead", () => {
  const article = (input: string, publishedAt: string, text: string) =>
    prepareArticle({ input, source: input, publishedAt, title: "", originalText: text });
  const articles = [
    article(
      "County Courier",
      "2031-03-12T10:00:00Z",
      "The 9-count indictment accuses harbour commissioner Lena Voss of steering dredging contracts to a friend's firm.\n\nHer lawyer said she would fight the charges.",
    ),
    article(
      "Metro Ledger",
      "2031-03-14T21:00:00Z",
      "Harbour commissioner Lena Voss pleaded not guilty on Friday to 8 counts of fraud and bribery.\n\nA trial date was set for June.",
    ),
  ];

  it("heads the digest with the newest news without the object that states the disputed figure", async () => {
    const digest = await digestOf(articles, 120);
    expect(digest.disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([["8", "9"]]);
    expect(digest.headline).toMatch(/Lena Voss pleaded not guilty on Friday$/);
    expect(digest.headlineVerification, digest.headline).toMatchObject({ status: "verified" });
  });
});

describe("the offline engine when outlets dispute how far away the newest lead's place lies (facts17)", () => {
  const article = (input: string, publishedAt: string, text: string) =>
    prepareArticle({ input, source: input, publishedAt, title: "", originalText: text });
  const articles = [
    article(
      "Mountain Post",
      "2026-01-10T08:00:00Z",
      "Rescue teams searched the hills above Glen Rosa on Friday for two climbers who failed to return on Thursday evening.\n\nTheir car was found in the car park at the foot of the glen.",
    ),
    article(
      "Island Wire",
      "2026-01-11T18:00:00Z",
      "The two missing climbers were found alive on Saturday afternoon in a stone hut about four miles from the car park, police said.\n\nBoth were taken to hospital with mild hypothermia.",
    ),
    article(
      "Daily Standard",
      "2026-01-12T07:00:00Z",
      "Two climbers missing in the hills above Glen Rosa were found alive in a stone hut 5.5 miles from the car park where they had left their car, rescuers said.",
    ),
  ];

  it("heads the digest with the rescue, leaving out only the disputed distance", async () => {
    const digest = await digestOf(articles, 120);
    expect(digest.disagreements).toHaveLength(1);
    expect(digest.headline).toMatch(/climbers .*were found alive .*in a stone hut(?:, (?:police|rescuers) said)?$/);
    expect(digest.headlineVerification, digest.headline).toMatchObject({ status: "verified" });
  });
});

describe("the offline engine when outlets dispute the size of the change its newest lead tells", () => {
  const article = (input: string, publishedAt: string, text: string) =>
    prepareArticle({ input, source: input, publishedAt, title: "", originalText: text });
  const articles = [
    article(
      "Energy Wire",
      "2027-10-04T06:00:00Z",
      "Ministers from the Petroleum Exporters Forum will meet in Vienna on Wednesday to discuss cutting output, delegates said.\n\nBrent crude rose on Monday.",
    ),
    article(
      "Global Markets Daily",
      "2027-10-06T17:30:00Z",
      "The Petroleum Exporters Forum agreed on Wednesday to cut oil output by 2 million barrels a day from November.\n\nImporting countries criticised the move.",
    ),
    article(
      "Petroleum Review",
      "2027-10-07T08:00:00Z",
      "Oil exporters agreed on Wednesday to reduce production by 1.5 million barrels a day from November, according to a statement from the forum.\n\nAnalysts said the real reduction would be smaller.",
    ),
  ];

  it("heads the digest with the cut, leaving out only its disputed size", async () => {
    const digest = await digestOf(articles, 120);
    expect(digest.disagreements).toHaveLength(1);
    expect(digest.headline).toMatch(/agreed on Wednesday to (?:cut oil output|reduce production) from November/);
    expect(digest.headline).not.toMatch(/million/);
    expect(digest.headlineVerification, digest.headline).toMatchObject({ status: "verified" });
  });
});

/**
 * timeline22: what comes next for a side after its result is no news of its own, but it is when it
 * rests on news of a later day ("…, after the other semi-final was settled on penalties last night").
 */
it("heads a story with a fixture fixed after the result by a later day's news", async () => {
  const article = (source: string, publishedAt: string, title: string, text: string) =>
    prepareArticle({ input: source, source, title, originalText: text, publishedAt });
  const articles = [
    article(
      "County Sport",
      "2027-04-10T18:30:00Z",
      "Ashby Town reach county cup final",
      "Ashby Town beat Carrow United 2-1 in the county cup semi-final on Saturday.\nSam Oduya scored both goals for Ashby, the second in the 88th minute.\nA crowd of 3,100 watched the tie at Carrow Road.",
    ),
    article(
      "Ashby Evening Star",
      "2027-04-11T16:00:00Z",
      "Six arrested after semi-final fighting",
      "Police arrested six fans after fighting broke out at the end of Ashby Town's 2-1 win over Carrow United on Saturday.\nThe county football association said it would look into the trouble.\nCarrow United apologised to Ashby fans caught up in the fighting.",
    ),
    article(
      "County Sport",
      "2027-04-13T08:00:00Z",
      "Ashby to meet Linford in final",
      "Ashby Town will face Linford Athletic in the county cup final on May 8, after the other semi-final was settled on penalties last night.\nLinford beat Dunmore 5-4 on penalties after a goalless draw.\nThe final will be played at the county ground.",
    ),
  ];
  const digest = await digestOf(articles, 120);
  expect(digest.headline).toMatch(/Linford/);
});

describe("offline engine: a sentence told from the one before it", () => {
  it("keeps “conceded hours later” right after what it came after, even when a surname waits for its full name", async () => {
    const articles = [
      prepareArticle({
        input: "recount/1",
        source: "Riverton Record",
        title: "Delgado leads Whitcomb in Riverton mayor's race",
        publishedAt: "2034-11-08T06:00:00Z",
        originalText:
          "Councillor Ana Delgado led Mayor Frank Whitcomb by 212 votes in Tuesday's mayoral election, according to unofficial results.\n\nAbout 48,000 ballots were cast in the mayoral election.",
      }),
      prepareArticle({
        input: "recount/3",
        source: "Metro Public Media",
        title: "Whitcomb requests recount",
        publishedAt: "2034-11-09T20:00:00Z",
        originalText:
          "Whitcomb requested a recount of the mayoral election on Thursday.\n\n“Every legal vote deserves to be counted,” Whitcomb said in a statement.",
      }),
      prepareArticle({
        input: "recount/2",
        source: "Statehouse Wire",
        title: "Recount confirms Delgado as Riverton's next mayor",
        publishedAt: "2034-11-30T23:00:00Z",
        originalText:
          "The recount confirmed Delgado's victory on Thursday, widening her margin to 204 votes.\n\nWhitcomb conceded hours later and congratulated her in a phone call, his campaign said.",
      }),
    ];
    const summary = texts((await digestOf(articles, 120)).summary);
    const conceded = summary.findIndex((text) => text.startsWith("Whitcomb conceded hours later"));
    expect(conceded).toBeGreaterThan(0);
    expect(summary[conceded - 1]).toMatch(/^The recount confirmed/);
  });
});

describe("the offline engine's summary and its headline", () => {
  it("opens the summary with the sentence its headline was cut from, not a later detail of that report", async () => {
    const articles = [
      prepareArticle({
        input: "trapped.txt",
        title: null,
        publishedAt: "2031-02-05T18:00:00Z",
        originalText:
          "Eleven passengers were trapped in a cable car above Vetta on Wednesday after a cable jammed.\n\nRescuers began lowering them by rope in the evening, the mountain rescue service said.\n\nThe cable car opened in 1987.",
      }),
      prepareArticle({
        input: "overnight.txt",
        title: null,
        publishedAt: "2031-02-06T08:00:00Z",
        originalText:
          "Rescuers worked through the night to lower passengers from the stranded cable car above Vetta.\n\nSix of the eleven passengers had been brought down by Thursday morning, the mountain rescue service said.\n\nThe operator, Vetta Bahnen, closed the lift.",
      }),
      prepareArticle({
        input: "all-down.txt",
        title: null,
        publishedAt: "2031-02-07T12:00:00Z",
        originalText:
          "All eleven passengers were brought down from the cable car above Vetta by Thursday night.\n\nThe last of them, a nine-year-old boy, was lowered shortly after 10 p.m.\n\nThe national transport safety agency opened an investigation into the jammed cable on Friday, a spokesman said.",
      }),
    ];
    for (const words of [40, 120]) {
      const digest = await digestOf(articles, words);
      expect(digest.headline).toMatch(/^All eleven passengers were brought down/);
      expect(digest.summary[0]?.text).toMatch(/^All eleven passengers were brought down/);
      expectPublishable(digest, articles, words);
    }
  });
});

describe("the offline engine on a story that ends with a development, then a retelling and a column", () => {
  const articles = () => [
    prepareArticle({
      input: "fall.txt",
      title: "Climber dies in fall on Tryfan",
      publishedAt: "2031-01-12T18:00:00Z",
      originalText:
        "A climber died after falling about 200 feet from the east face of Tryfan on Sunday, North Wales Police said.\n\nHe was named as Owen Pryce, 52, from Bangor.",
    }),
    prepareArticle({
      input: "conclusion.txt",
      title: null,
      publishedAt: "2031-05-08T17:00:00Z",
      originalText:
        "The coroner recorded a conclusion of misadventure on Thursday in the death of climber Owen Pryce.\n\nThe hearing at Caernarfon lasted two days.\n\nA rope he had been using was found to have been frayed.",
    }),
    prepareArticle({
      input: "retold.txt",
      title: "Rescue team buys stretcher after Tryfan fall",
      publishedAt: "2031-05-09T12:00:00Z",
      originalText:
        "A climber fell about 200 feet to his death on Tryfan in January, an inquest heard this week.\n\nThe Ogwen Valley rescue team said it had bought a new stretcher with donations.",
    }),
    prepareArticle({
      input: "column.txt",
      title: "Opinion: Climbers must check their ropes",
      url: "https://paper.example/opinion/ropes",
      publishedAt: "2031-05-09T14:00:00Z",
      originalText: "Every climber in Snowdonia should replace a rope after five years of use.",
    }),
  ];

  it("heads the digest and opens the summary with the conclusion, and tells nothing of the column", async () => {
    const digest = await digestOf(articles(), 120);
    expect(digest.headline).toMatch(/conclusion of misadventure/);
    expect(digest.summary[0]?.text).toMatch(/^The coroner recorded a conclusion of misadventure/);
    expect(texts(digest.summary).join(" ")).not.toMatch(/should replace a rope/);
  });
});
