import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import type { Article } from "../../../model/index.js";
import { coasterDerailmentArticles } from "../../testing/coaster-derailment-articles.js";
import { labourDisputeArticles } from "../../testing/labour-dispute-articles.js";
import { loadSeedArticles } from "../../testing/load-seed-articles.js";
import { mineRescueArticles } from "../../testing/mine-rescue-articles.js";
import { riverPollutionArticles } from "../../testing/river-pollution-articles.js";
import { takeoverBidArticles } from "../../testing/takeover-bid-articles.js";
import { extractFacts } from "../extract-facts.js";
import { buildTimeline } from "./build-timeline.js";

/** What buildTimeline reads of a story's facts, as extractFacts gives them. */
function timelineInput(articles: Article[], facts: ReturnType<typeof extractFacts>) {
  return {
    articles,
    numbers: facts.numbers,
    dates: facts.dates,
    sentenceDates: new Map(facts.sentences.map((item, index) => [item, facts.sentenceDates[index] ?? null])),
    articleOrder: facts.articleOrder,
  };
}

describe("buildTimeline", () => {
  const { timeline } = extractFacts(labourDisputeArticles());
  const dateOf = (start: string) => timeline.find((entry) => entry.text.startsWith(start))?.date;

  it("dates each entry by the date its sentence states, resolved against its article's publication day", () => {
    expect(dateOf("About 3,200 dockworkers walked out")).toBe("2026-03-09"); // "on Monday", published Tuesday
    expect(dateOf("Price said yesterday")).toBe("2026-03-10"); // published Wednesday
    expect(dateOf("Labour Minister Helen Strand stepped in on Wednesday")).toBe("2026-03-11");
    expect(dateOf("The Calder Dockworkers Union and Meridian Terminals reached")).toBe("2026-03-13"); // "late on Friday"
    expect(dateOf("The union's last contract, signed in 2021, expired in January")).toBe("2026-01");
  });

  it("never dates an entry by a background year, and leaves out sentences whose only date is background", () => {
    expect(timeline.some((entry) => /^(2019|2021|2024)/.test(entry.date ?? ""))).toBe(false);
    expect(timeline.some((entry) => entry.text.startsWith("The walkout is the first at the port since"))).toBe(false);
    expect(timeline.some((entry) => entry.text.startsWith("The walkout, which began last week"))).toBe(false);
  });

  it("is in date order, every entry citing its sentence, and Monday's walkout both outlets' tellings", () => {
    const dates = timeline.map((entry) => entry.date ?? "");
    expect(dates).toEqual([...dates].sort());
    // The union's count of the walkout (3,800) against the operator's (3,200): one walkout, told twice.
    const walkout = timeline.filter((entry) => /dockworkers walked out/.test(entry.text));
    expect(walkout).toHaveLength(1);
    expect(walkout[0]!.citations).toHaveLength(2);
    for (const entry of timeline.filter((item) => item !== walkout[0])) expect(entry.citations).toHaveLength(1);
  });

  it("keeps the undated seeds' running toll undated, in the order the figures show", () => {
    const seeds = extractFacts(loadSeedArticles()).timeline;
    expect(seeds.every((entry) => entry.date === null)).toBe(true);
    expect(seeds.map((entry) => /(27,580|31,923|34,000|42,847)/.exec(entry.text)?.[1])).toEqual([
      "27,580",
      "31,923",
      "34,000",
      "42,847",
    ]);
  });
});

describe("buildTimeline with superseded statements", () => {
  const articles = takeoverBidArticles();
  const facts = extractFacts(articles);
  const sentenceOf = (start: string) => facts.sentences.find((item) => item.sentence.text.startsWith(start))!;
  const timelineWith = (superseded: string[], supersededLimit?: number) =>
    buildTimeline({
      ...timelineInput(articles, facts),
      superseded: superseded.map(sentenceOf),
      supersededLimit,
    });

  it("dates a statement that states no date by the sentence before it in its article, and keeps date order", () => {
    expect(facts.timeline.some((entry) => entry.text.startsWith("Kestrel's board rejected"))).toBe(false);
    const timeline = timelineWith(["Kestrel's board rejected the proposal"]);
    const entry = timeline.find((item) => item.text.startsWith("Kestrel's board rejected"));
    // Tuesday's paper: "Arden Rail offered 640 pence … on Monday." then "…rejected the proposal within hours".
    expect(entry?.date).toBe("2026-11-16");
    expect(entry?.citations).toHaveLength(1);
    const dates = timeline.map((item) => item.date ?? "");
    expect(dates).toEqual([...dates].sort());
  });

  it("leaves out a superseded statement no editor publishes: garbled, or saying that nothing was said", () => {
    const article = (source: string, publishedAt: string, text: string) =>
      prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText: text });
    const story = [
      article(
        "Metro Wire",
        "2026-11-04T18:00:00Z",
        "Turnout in Harbor City's mayoral election was 41 percent.\n\nVoting in mayor for Harbor City the election Ruiz ahead moved count the as.",
      ),
      article(
        "Midwest Daily",
        "2026-11-03T09:30:00Z",
        "A ransomware group has demanded $8 million from Lakeshore Health.\n\nThe insurer has not said whether it will pay.",
      ),
    ];
    const storyFacts = extractFacts(story);
    const told = (start: string) => storyFacts.sentences.find((item) => item.sentence.text.startsWith(start))!;
    const texts = buildTimeline({
      articles: story,
      numbers: storyFacts.numbers,
      dates: storyFacts.dates,
      sentenceDates: new Map(
        storyFacts.sentences.map((item, index) => [item, storyFacts.sentenceDates[index] ?? null]),
      ),
      articleOrder: storyFacts.articleOrder,
      superseded: [told("Voting in mayor"), told("The insurer has not said"), told("A ransomware group")],
    }).map((entry) => entry.text);
    expect(texts).toContain("A ransomware group has demanded $8 million from Lakeshore Health.");
    expect(texts.some((text) => text.startsWith("Voting in mayor"))).toBe(false);
    expect(texts.some((text) => text.startsWith("The insurer has not said"))).toBe(false);
  });

  it("never repeats an entry already there, dates one by a week only as a week, and keeps at most the limit", () => {
    const already = facts.timeline.length;
    expect(timelineWith(["Arden Rail offered 640 pence a share"])).toHaveLength(already);
    expect(timelineWith(["The Competition Authority said last week"])).toHaveLength(already);
    // A superseded statement dated by its week is an entry at that week, not at its article's day.
    const withoutWeeks = buildTimeline({
      ...timelineInput(articles, facts),
      dates: facts.dates.filter((mention) => mention.precision !== "week"),
      superseded: [sentenceOf("The Competition Authority said last week")],
    });
    expect(withoutWeeks.filter((item) => item.text.includes("said last week"))).toEqual([
      expect.objectContaining({ date: "2026-11-16", precision: "week" }),
    ]);
    const four = [
      "Kestrel's board rejected the proposal",
      "Kestrel chairwoman Alison Marsh said the board would only consider",
      "Arden, which was founded in 1994",
      "Oduya told analysts that holders of 12 percent",
    ];
    expect(timelineWith(four, 2)).toHaveLength(already + 2);
    // The first ones given are the ones kept (chooseSuperseded gives the most central first).
    expect(timelineWith(four, 1).some((item) => item.text.startsWith("Kestrel's board rejected"))).toBe(true);
  });
});

/** The timeline of a story of articles, each its outlet, publication time and text. */
const timelineOf = (...articles: Array<[source: string, publishedAt: string, text: string]>) =>
  extractFacts(
    articles.map(([source, publishedAt, text], index) =>
      prepareArticle({ input: `a${index}`, source, title: `${source} report`, originalText: text, publishedAt }),
    ),
  ).timeline;
/** The date of the entry that starts with `start`. */
const dateOf = (timeline: ReturnType<typeof timelineOf>, start: string) =>
  timeline.find((entry) => entry.text.startsWith(start))?.date;

describe("buildTimeline on dates still to come and developments of one day", () => {
  // Thursday 12 March 2026 and the Friday after.

  it("cites an entry from its news, without the dateline that opens its sentence", () => {
    const timeline = timelineOf([
      "Wire",
      "2026-03-12T22:00:00Z",
      "HARRISBURG, Pa. (AP) — The governor vetoed the school funding bill on Thursday, setting up an override fight.",
    ]);
    const entry = timeline.find((item) => item.text.includes("vetoed"));
    expect(entry?.text).toBe("The governor vetoed the school funding bill on Thursday, setting up an override fight.");
    expect(entry?.date).toBe("2026-03-12");
  });

  it("makes no entry of the last sentence of a quote that runs over several", () => {
    const timeline = timelineOf([
      "Wire",
      "2026-03-12T22:00:00Z",
      [
        "The chief executive apologised to the families on Thursday.",
        '"I am deeply sorry. We will support every family that has lost someone," he said in a video statement on Thursday.',
        "“We regret it. We will pay for the repairs,” the company said on Thursday.",
      ].join("\n\n"),
    ]);
    expect(timeline.map((entry) => entry.text)).toEqual([
      "The chief executive apologised to the families on Thursday.",
    ]);
  });

  it("makes an entry of a quote told to an occasion on its day, not of one said to no one in particular", () => {
    const timeline = timelineOf([
      "Wire",
      "2026-03-12T22:00:00Z",
      [
        "A landslide closed the coast road on Tuesday.",
        "“Every home will be checked,” the council leader told a packed public meeting on Wednesday evening.",
        "“We regret it,” the company said on Wednesday.",
      ].join("\n\n"),
    ]);
    expect(timeline.find((entry) => entry.text.includes("told a packed public meeting"))?.date).toBe("2026-03-11");
    expect(timeline.some((entry) => entry.text.includes("We regret it"))).toBe(false);
  });

  it("keeps the story's main event one entry, citing each article's telling (a rewrite too), apart from another act that day", () => {
    const lead =
      "A landslide buried part of the Kelby mountain road on Tuesday afternoon, stranding about 80 walkers, police said.";
    const articles = [
      prepareArticle({
        input: "wire",
        source: "Wire",
        title: "Landslide cuts Kelby road",
        publishedAt: "2026-03-10T17:00:00Z",
        originalText: [lead, "Kelby council met on Tuesday evening to discuss the closure."].join("\n\n"),
      }),
      // The same outlet's rewrite, later that evening.
      prepareArticle({
        input: "rewrite",
        source: "Wire",
        title: "Slide buries Kelby road",
        publishedAt: "2026-03-10T19:00:00Z",
        originalText: [
          "A landslide buried a section of the Kelby mountain road on Tuesday afternoon, leaving about 80 walkers stranded, police said.",
          "(Wire)",
        ].join("\n\n"),
      }),
      prepareArticle({
        input: "tabloid",
        source: "Daily Beacon",
        title: "Walkers airlifted",
        publishedAt: "2026-03-11T06:00:00Z",
        originalText: [
          "More than 100 walkers were flown off a mountain after a landslide cut the only road down.",
          "The slide smashed into the tarmac at about 4.15pm yesterday, witnesses said.",
        ].join("\n\n"),
      }),
    ];
    const { timeline } = extractFacts(articles);
    const slide = timeline.filter((entry) => /landslide buried|slide smashed/.test(entry.text));
    expect(slide).toHaveLength(1);
    expect(slide[0]!.date).toBe("2026-03-10");
    expect(new Set(slide[0]!.citations.map((citation) => citation.articleId))).toEqual(
      new Set(articles.map((article) => article.id)),
    );
    // The council's meeting that day is another act.
    expect(dateOf(timeline, "Kelby council met")).toBe("2026-03-10");
  });

  it("keeps the story's main event whatever the limit on dated entries", () => {
    const articles = [
      [
        "Wire",
        "A landslide buried part of the Kelby mountain road on Tuesday afternoon.",
        "Kelby council said on Wednesday that volunteers had cleared the footpath to the summit.",
      ],
      [
        "Kelby Post",
        "A landslide cut the Kelby mountain road on Tuesday, stranding 80 walkers.",
        "Volunteers cleared the summit footpath on Wednesday, Kelby council said.",
      ],
      [
        "Daily Beacon",
        "Walkers were flown off Ben Kelby after the road was cut.",
        "The footpath to the summit was cleared by volunteers on Wednesday, the council said.",
      ],
    ].map(([source, lead, statement], index) =>
      prepareArticle({
        input: `a${index}`,
        source: source!,
        title: `${source} report`,
        publishedAt: `2026-03-11T1${index + 7}:00:00Z`,
        originalText: [lead, statement].join("\n\n"),
      }),
    );
    const facts = extractFacts(articles);
    const timeline = buildTimeline({
      ...timelineInput(articles, facts),
      limit: 1,
    });
    // The council's statement, told by all three outlets, comes first; the landslide, told by two, stays too.
    expect(timeline.find((entry) => entry.text.startsWith("Kelby council said"))?.citations).toHaveLength(3);
    expect(dateOf(timeline, "A landslide buried part")).toBe("2026-03-10");
  });

  it("puts a scheduled or announced day still to come on the timeline at that day", () => {
    const timeline = timelineOf([
      "Wire",
      "2026-03-12T10:00:00Z",
      [
        "The central bank cut its key rate to 3.5 percent on Thursday, its first cut in two years.",
        "The bank will next set rates on April 23.",
        "The coach said the new striker would go straight into the squad for Saturday's match against Rovers.",
        "The minister is due to give evidence to the committee on Monday.",
      ].join("\n\n"),
    ]);
    expect(dateOf(timeline, "The bank will next set rates")).toBe("2026-04-23");
    expect(dateOf(timeline, "The coach said the new striker")).toBe("2026-03-14");
    expect(dateOf(timeline, "The minister is due to give evidence")).toBe("2026-03-16");
    const dates = timeline.map((entry) => entry.date ?? "");
    expect(dates).toEqual([...dates].sort());
  });

  it("lets a plan for a day give way to a later article's report of that day, which cites both", () => {
    const articles = [
      prepareArticle({
        input: "courier",
        source: "Courier",
        title: "Courier report",
        publishedAt: "2026-03-12T10:00:00Z",
        originalText: [
          "The city council will debate emergency funding for the bridge repairs on Tuesday.",
          "The minister is due to give evidence to the transport committee on Wednesday.",
        ].join("\n\n"),
      }),
      prepareArticle({
        input: "gazette",
        source: "Gazette",
        title: "Gazette report",
        publishedAt: "2026-03-17T20:00:00Z",
        originalText:
          "The city council approved £45 million in emergency funding for the bridge repairs on Tuesday, by 38 votes to 11.",
      }),
    ];
    const { timeline } = extractFacts(articles);
    expect(timeline.some((entry) => entry.text.startsWith("The city council will debate"))).toBe(false);
    const reported = timeline.find((entry) => entry.text.startsWith("The city council approved"));
    expect(reported?.date).toBe("2026-03-17");
    // The report's own citation first, then the plan's.
    expect(reported?.citations.map((citation) => citation.articleId)).toEqual([articles[1]!.id, articles[0]!.id]);
    // A plan whose day no later article reports stays, at its day.
    expect(dateOf(timeline, "The minister is due to give evidence")).toBe("2026-03-18");
  });

  it("dates a deadline a later article reports met early on the day it was set, and keeps a deadline not yet met", () => {
    const articles = [
      prepareArticle({
        input: "courier",
        source: "Courier",
        title: "Courier report",
        publishedAt: "2026-03-09T10:00:00Z",
        originalText: [
          "An inquiry found on Monday that the pipeline operator had ignored three warnings.",
          "The safety agency's ruling on the operator's licence is due by March 30.",
          "The operator will also have to file a repair plan with the ministry by April 15.",
        ].join("\n\n"),
      }),
      prepareArticle({
        input: "gazette",
        source: "Gazette",
        title: "Gazette report",
        publishedAt: "2026-03-13T20:00:00Z",
        originalText:
          "The safety agency suspended the operator's licence on Friday, more than two weeks before its deadline.",
      }),
    ];
    const { timeline } = extractFacts(articles);
    // Met on March 13: the deadline is no longer to come; it is what was said on March 9.
    expect(dateOf(timeline, "The safety agency's ruling")).toBe("2026-03-09");
    expect(dateOf(timeline, "The safety agency suspended")).toBe("2026-03-13");
    // Nothing later reports the repair plan filed: it stays at its day.
    expect(dateOf(timeline, "The operator will also have to file")).toBe("2026-04-15");
  });

  it("tells a span to come that a later article reports ended with a decision on its day on that day's entry", () => {
    const articles = [
      prepareArticle({
        input: "standard",
        source: "Standard",
        title: "Standard report",
        publishedAt: "2029-06-06T10:00:00Z",
        originalText:
          "The council's debate on the housing plan will continue until Tuesday, when councillors vote on it.",
      }),
      prepareArticle({
        input: "post",
        source: "Post",
        title: "Post report",
        publishedAt: "2029-06-12T19:00:00Z",
        originalText: "The council approved the housing plan on Tuesday by 31 votes to 24.",
      }),
    ];
    const { timeline } = extractFacts(articles);
    // Decided on its day, not before it: the plan is that day's, not a statement of June 6.
    const entry = timeline.find((item) => item.text.startsWith("The council approved"));
    expect(entry?.date).toBe("2029-06-12");
    expect(entry?.citations).toHaveLength(2);
    expect(timeline.filter((item) => item.date === "2029-06-06")).toEqual([]);
  });

  it("keeps an undated article's news told by a weekday as an undated entry after the days told before it", () => {
    const dated = prepareArticle({
      input: "wire",
      source: "Wire",
      title: "Wire report",
      publishedAt: "2027-03-10T18:00:00Z",
      originalText: [
        "Health officials declared a measles outbreak on Monday after 112 cases were confirmed.",
        "Nineteen new cases were confirmed on Wednesday, bringing the total to 131.",
      ].join("\n\n"),
    });
    const undated = prepareArticle({
      input: "blog",
      source: "Parents' blog",
      title: null,
      originalText: [
        "By Friday the total had reached 171 cases, well above what the board expected.",
        "The board will hold another clinic on Saturday.",
      ].join("\n\n"),
    });
    const { timeline } = extractFacts([dated, undated]);
    const texts = timeline.map((entry) => entry.text);
    const undatedEntry = timeline.find((entry) => entry.text.startsWith("By Friday the total"));
    expect(undatedEntry?.date).toBeNull();
    expect(texts.indexOf(undatedEntry!.text)).toBeGreaterThan(
      texts.findIndex((text) => text.startsWith("Nineteen new cases")),
    );
    // A plan, and a story of undated articles only (nothing to order by), give no undated entry.
    expect(texts.some((text) => text.startsWith("The board will hold"))).toBe(false);
    expect(extractFacts([undated]).timeline.some((entry) => entry.text.startsWith("By Friday"))).toBe(false);
  });

  it("keeps an undated article's “the next day” and “the following Friday” as undated entries after the day before them", () => {
    const dated = prepareArticle({
      input: "paper",
      source: "Paper",
      title: "Line shut by landslip",
      publishedAt: "2030-03-04T07:00:00Z",
      originalText: "A landslip late on Friday buried the railway under mud and rock.",
    });
    const undated = prepareArticle({
      input: "newsletter",
      source: "Users' newsletter",
      title: "A week without trains",
      originalText: [
        "The cliff gave way late on Friday night.",
        "Engineers began clearing the mud the next day.",
        "By Sunday morning, a second slip had covered the signal cables.",
        "Trains ran again the following Friday.",
        "The following Friday trains will run again.",
      ].join("\n\n"),
    });
    const texts = extractFacts([dated, undated]).timeline.map((entry) => entry.text);
    const at = (start: string) => texts.findIndex((text) => text.startsWith(start));
    expect(at("The cliff gave way")).toBeGreaterThanOrEqual(0);
    expect(at("Engineers began clearing the mud the next day")).toBeGreaterThan(at("The cliff gave way"));
    expect(at("By Sunday morning")).toBeGreaterThan(at("Engineers began clearing"));
    expect(at("Trains ran again the following Friday")).toBeGreaterThan(at("By Sunday morning"));
    // A plan counted from the day before stays off, as undated plans do.
    expect(at("The following Friday trains will run")).toBe(-1);
  });

  it("orders an undated article's weekdays among the story's days, wherever the article comes, never before them all or after plans", () => {
    const articles = riverPollutionArticles();
    const undatedFirst = [
      ...articles.filter((article) => !article.publishedAt),
      ...articles.filter((article) => article.publishedAt),
    ];
    for (const given of [articles, undatedFirst]) {
      const texts = extractFacts(given).timeline.map((entry) => entry.text);
      const at = (start: string) => texts.findIndex((text) => text.startsWith(start));
      const trout = at("Members found the first dead trout");
      const counted = at("By Thursday, volunteers had counted");
      expect(trout).toBeGreaterThan(at("Corvane said a valve on a wastewater tank failed")); // Monday's news
      expect(counted).toBeGreaterThan(trout);
      // Past news, however little is known of its day, comes before the hearing still to come.
      expect(counted).toBeLessThan(at("A public hearing on the spill will be held on Oct. 21"));
    }
  });

  it("dates news told as “this week” by its week in a dated article, and keeps it undated in order in an undated one", () => {
    const dated = prepareArticle({
      input: "record",
      source: "Daily Record",
      title: "Toll rises",
      publishedAt: "2026-10-14T12:00:00Z",
      originalText: [
        "The death toll from the hurricane rose to 12 on Tuesday night, the governor said.",
        "Schools in the three coastal counties will stay closed this week, officials said.",
      ].join("\n\n"),
    });
    const later = prepareArticle({
      input: "gazette",
      source: "Gazette",
      title: "Toll reaches 15",
      publishedAt: "2026-10-15T22:00:00Z",
      originalText: "The death toll from the hurricane rose to 15 on Thursday after search teams found three bodies.",
    });
    const undated = prepareArticle({
      input: "neighbours",
      source: "Neighbours",
      title: "How to help",
      originalText: [
        "Volunteers handed out water and hot meals at Grace Chapel this week.",
        "With the toll now at 12, the chapel will hold a vigil on Friday evening.",
      ].join("\n\n"),
    });
    const { timeline } = extractFacts([dated, undated, later]);
    expect(timeline.find((entry) => entry.text.startsWith("Schools in the three"))).toMatchObject({
      date: "2026-10-12",
      precision: "week",
    });
    const texts = timeline.map((entry) => entry.text);
    const volunteers = timeline.find((entry) => entry.text.startsWith("Volunteers handed out"));
    expect(volunteers?.date).toBeNull();
    // Its toll of 12 places the page after Wednesday's paper, before Thursday's 15.
    const at = texts.indexOf(volunteers!.text);
    expect(at).toBeGreaterThan(texts.findIndex((text) => text.includes("rose to 12")));
    expect(at).toBeLessThan(texts.findIndex((text) => text.includes("rose to 15")));
    expect(texts.some((text) => text.includes("will hold a vigil"))).toBe(false);
  });

  it("cites another outlet's same figure for the same moment of a changing count on that moment's entry", () => {
    // "The number of people hurt rose to 16 overnight" (Saturday) and, in Wednesday's wire, "The fire
    // department had counted 16 injured on Saturday": one moment of the count, told by both.
    const { timeline } = extractFacts(coasterDerailmentArticles());
    const saturday = timeline.find((entry) => entry.text.startsWith("The number of people hurt rose to 16"));
    expect(saturday?.date).toBe("2040-07-07");
    expect(new Set(saturday!.citations.map((citation) => citation.articleId)).size).toBe(2);
  });

  it("puts a deadline still to meet at its day ahead, across the year end, as an upcoming entry", () => {
    const timeline = timelineOf([
      "Record",
      "2026-10-14T12:00:00Z",
      [
        "The storm surge reached 14 feet early Tuesday, the highest ever recorded in the city.",
        "Homeowners must also file insurance claims by Jan. 15 to be covered under the emergency rules, the commissioner said.",
      ].join("\n\n"),
    ]);
    expect(dateOf(timeline, "The storm surge")).toBe("2026-10-13");
    expect(dateOf(timeline, "Homeowners must also file")).toBe("2027-01-15");
    expect(timeline.at(-1)?.text).toMatch(/^Homeowners must also file/);
  });

  it("dates a forecast by the day it was made, never by the day it forecasts, and leaves out a future month or year", () => {
    const timeline = timelineOf([
      "Wire",
      "2026-03-12T10:00:00Z",
      [
        "Economists expect the central bank to cut its key rate to 3.75 percent on Monday, according to a poll.",
        "The bank raised its forecast for growth next year to 1.4 percent.",
      ].join("\n\n"),
    ]);
    expect(dateOf(timeline, "Economists expect the central bank")).toBe("2026-03-12");
    expect(timeline.some((entry) => entry.text.startsWith("The bank raised its forecast"))).toBe(false);
  });

  it("puts an event scheduled for a coming month at that month, never a figure's month or a forecast", () => {
    const timeline = timelineOf([
      "Wire",
      "2026-03-12T10:00:00Z",
      [
        "The regulator approved the vaccine on Thursday for adults over 65.",
        "The maker said the first doses would be given in May at 300 clinics.",
        "Inflation will rise to 4 percent in June, the statistics office said.",
        "Analysts expect the first shipments to be delivered in July.",
        "The maker said a second plant would start production of the vaccine next month.",
        "The regulator expects to publish its full assessment next month.",
        "The clinic will be renamed the Ward Clinic at a ceremony in June, the city said.",
        "The bridge, which also cracked in 2014, will be monitored by laser sensors from next month.",
        "Prices will be 4 percent higher from next month.",
        "A hearing to confiscate his assets is due to take place in May.",
        "Talks are expected to resume in April, the union said.",
      ].join("\n\n"),
    ]);
    // A hearing that takes place, talks that resume in a coming month.
    expect(dateOf(timeline, "A hearing to confiscate")).toBe("2026-05");
    expect(dateOf(timeline, "Talks are expected to resume")).toBe("2026-04");
    // What a future passive starts from a month, whatever its verb.
    expect(dateOf(timeline, "The bridge, which also cracked in 2014")).toBe("2026-04");
    expect(timeline.some((entry) => entry.text.startsWith("Prices will be"))).toBe(false);
    // An occasion in a coming month, named just before it.
    expect(dateOf(timeline, "The clinic will be renamed")).toBe("2026-06");
    expect(dateOf(timeline, "The maker said the first doses")).toBe("2026-05");
    // "next month" with no preposition, a few words after the event's verb.
    expect(dateOf(timeline, "The maker said a second plant")).toBe("2026-04");
    // One's own expected act: at the month it is planned for (timeline33; it was the day it was said).
    expect(dateOf(timeline, "The regulator expects to publish")).toBe("2026-04");
    expect(timeline.some((entry) => entry.text.startsWith("Inflation will rise"))).toBe(false);
    expect(timeline.some((entry) => entry.text.startsWith("Analysts expect"))).toBe(false);
    const dates = timeline.map((entry) => entry.date ?? "");
    expect(dates).toEqual([...dates].sort());
  });

  it("puts a meeting, a performance or a completion set for a coming month at that month", () => {
    const timeline = timelineOf([
      "Wire",
      "2026-03-12T10:00:00Z",
      [
        "The regulator approved the vaccine on Thursday for adults over 65.",
        "Health officials will meet the maker's directors in May to discuss supplies.",
        "The band said it would play a free show in the park in August instead.",
        "Work on the second plant is due to finish by October.",
        "Unemployment will peak in July, the bank said.",
        "The stolen altarpiece will go back on display at the cathedral in September.",
        "Fares will go up in June, the operator said.",
      ].join("\n\n"),
    ]);
    // "go" is a verb of two letters: an act planned for the month all the same, but not a figure's rise.
    expect(dateOf(timeline, "The stolen altarpiece")).toBe("2026-09");
    expect(timeline.some((entry) => entry.text.startsWith("Fares will go up"))).toBe(false);
    expect(dateOf(timeline, "Health officials will meet")).toBe("2026-05");
    expect(dateOf(timeline, "The band said it would play")).toBe("2026-08");
    expect(dateOf(timeline, "Work on the second plant")).toBe("2026-10");
    // A figure's turn in a month is no event.
    expect(timeline.some((entry) => entry.text.startsWith("Unemployment will peak"))).toBe(false);
  });

  it("keeps two developments of one day apart when both state figures and share none", () => {
    const timeline = timelineOf(
      [
        "Courier",
        "2026-03-10T08:00:00Z",
        "Westbridge United made an opening offer of £70 million for Almada striker Joris Meulen on Monday.",
      ],
      [
        "Gazette",
        "2026-03-10T09:00:00Z",
        "Almada on Monday rejected a £75 million bid from Westbridge United for striker Joris Meulen.",
      ],
      [
        "Ledger",
        "2026-03-10T10:00:00Z",
        "Westbridge United made an offer of £70 million for striker Joris Meulen on Monday.",
      ],
    );
    expect(dateOf(timeline, "Almada on Monday rejected")).toBe("2026-03-09");
    // The same offer told by two outlets is still one entry, citing each outlet's sentence.
    const offer = timeline.filter((entry) => /£70 million/.test(entry.text));
    expect(offer).toHaveLength(1);
    expect(offer[0]?.citations.map((citation) => citation.articleId)).toHaveLength(2);
    expect(new Set(offer[0]?.citations.map((citation) => citation.articleId)).size).toBe(2);
  });

  it("keeps what was done on a day apart from what a side said that day it will do, and a noun's “planned” tells no tense", () => {
    const timeline = timelineOf(
      [
        "Wire",
        "2027-03-17T12:30:00Z",
        "The Competition Authority on Wednesday blocked Halden Foods' planned takeover of Norvik Markets.",
      ],
      [
        "Daily",
        "2027-03-18T07:30:00Z",
        "Halden Foods will appeal the Competition Authority's decision to block its takeover of Norvik Markets, its chief executive said on Wednesday.",
      ],
    );
    expect(dateOf(timeline, "The Competition Authority on Wednesday blocked")).toBe("2027-03-17");
    expect(dateOf(timeline, "Halden Foods will appeal")).toBe("2027-03-17");
  });

  it("reads “earlier this month” as the month of publication and puts the sentence on the timeline", () => {
    const timeline = timelineOf([
      "Radio",
      "2026-03-19T06:00:00Z",
      "Earlier this month, the statistics office said unemployment had risen to 5.1 percent, its highest level since 2021.",
    ]);
    expect(dateOf(timeline, "Earlier this month")).toBe("2026-03");
  });
});

describe("buildTimeline on a story told day by day with a live blog (the written mine rescue)", () => {
  const { timeline } = extractFacts(mineRescueArticles());
  const dateOf = (start: string) => timeline.find((entry) => entry.text.startsWith(start))?.date;

  it("puts the live blog's moments on the blog's day, the one after midnight on the next, and no stamp", () => {
    expect(dateOf("The first miner, Dai Pritchard")).toBe("2026-11-12");
    expect(dateOf("Rescuers have now brought 11 men")).toBe("2026-11-12");
    expect(dateOf("All 14 miners are out, early on Friday")).toBe("2026-11-13");
    expect(timeline.some((entry) => /^(?:Updated\b|\d{1,2}[:.]\d{2}(?:\s*[ap]\.m\.|\s+GMT)?$)/.test(entry.text))).toBe(
      false,
    );
  });

  it("keeps more than twelve developments of a five-article story, in date order", () => {
    expect(timeline.length).toBeGreaterThan(12);
    const dates = timeline.map((entry) => entry.date ?? "");
    expect(dates).toEqual([...dates].sort());
  });
});

describe("buildTimeline on what follows a sentence about another event", () => {
  // Sunday's paper on Saturday's final; a sentence recalls how the side reached it a month before.
  const articles = [
    prepareArticle({
      input: "final/1",
      source: "Sunday Paper",
      title: "How the final was won",
      publishedAt: "2026-05-17T06:00:00Z",
      originalText: [
        "On Saturday the home side won the final 2-1 at the national stadium.",
        "They reached the final by beating Eastfield on penalties on April 18.",
        "The visiting manager said his players had nothing left in extra time.",
        "The crowd of 60,000 was the largest since the ground was rebuilt in 2009.",
      ].join("\n\n"),
    }),
  ];
  const facts = extractFacts(articles);
  const sentenceOf = (start: string) => facts.sentences.find((item) => item.sentence.text.startsWith(start))!;

  it("never dates a statement by the day of an earlier event the sentence before it recalls", () => {
    const timeline = buildTimeline({
      ...timelineInput(articles, facts),
      superseded: [sentenceOf("The visiting manager said"), sentenceOf("The crowd of 60,000")],
    });
    const dateOf = (start: string) => timeline.find((entry) => entry.text.startsWith(start))?.date;
    expect(dateOf("They reached the final")).toBe("2026-04-18");
    // They go on with the final's day, the last moment of the story itself before them.
    expect(dateOf("The visiting manager said")).toBe("2026-05-16");
    expect(dateOf("The crowd of 60,000")).toBe("2026-05-16");
  });
});

describe("buildTimeline on a day still to come on an agenda", () => {
  it("dates what a body is expected to take up on a coming day at that day, a forecast of an outcome on the day said", () => {
    // 01:30 UTC on Tuesday: Monday evening in the United States.
    const { timeline } = extractFacts([
      prepareArticle({
        input: "veto/1",
        source: "Capitol Wire",
        title: "House overrides the governor's veto",
        publishedAt: "2026-09-15T01:30:00Z",
        originalText: [
          "The House voted 140 to 60 on Monday to override the governor's veto of the school funding bill.",
          "The Senate is expected to take up the override Wednesday.",
          "Lobbyists expect the Senate to reject the override on Wednesday.",
          "The storm is expected to arrive on Wednesday.",
        ].join("\n\n"),
      }),
    ]);
    const dateOf = (start: string) => timeline.find((entry) => entry.text.startsWith(start))?.date;
    expect(dateOf("The House voted")).toBe("2026-09-14");
    expect(dateOf("The Senate is expected to take up")).toBe("2026-09-16");
    expect(dateOf("Lobbyists expect the Senate")).toBe("2026-09-14");
    expect(dateOf("The storm is expected to arrive")).toBe("2026-09-14");
  });
});

describe("buildTimeline on a week still to come and an event told in a relative clause on its subject (timeline14)", () => {
  it("puts a step planned for next week at that week as an upcoming entry, a forecast for it on the day said", () => {
    // Tuesday 16 March 2027: next week is the one from Monday 22 March.
    const { timeline } = extractFacts([
      prepareArticle({
        input: "blast/1",
        source: "Valley Post",
        title: "Warehouse blast kills three",
        publishedAt: "2027-03-16T17:00:00Z",
        originalText: [
          "An explosion that struck a fireworks warehouse late on Monday killed three people.",
          "Police will interview the warehouse owner next week.",
          "Analysts expect the insurer to settle the claims next week.",
        ].join("\n\n"),
      }),
    ]);
    const entryOf = (start: string) => timeline.find((entry) => entry.text.startsWith(start));
    expect(entryOf("An explosion that struck")?.date).toBe("2027-03-15");
    expect(entryOf("Police will interview")).toMatchObject({ date: "2027-03-22", precision: "week" });
    // A forecast is told on the day it was said: that of the news told before it, as for a day.
    const forecast = entryOf("Analysts expect the insurer");
    expect(forecast?.date).toBe("2027-03-15");
    expect(forecast?.precision).toBeUndefined();
    expect(timeline.at(-1)?.text).toMatch(/^Police will interview/);
  });
});

describe("buildTimeline on a figure and its rounding told on two days (facts18)", () => {
  it("makes no development of “about 1.2 million cubic metres” and the exact 1,187,000 told another day", () => {
    const article = (input: string, publishedAt: string, text: string) =>
      prepareArticle({ input, source: input, title: "Dump", publishedAt, originalText: text });
    const { timeline } = extractFacts([
      article(
        "Lima Herald",
        "2026-11-10T08:00:00Z",
        "The slide began when a waste dump holding about 1.2 million cubic metres of rock gave way above the town.\n\nRescuers searched through the night.",
      ),
      article(
        "Mining Journal",
        "2026-11-12T08:00:00Z",
        "The company said the waste dump held 1,187,000 cubic metres of rock and had passed an inspection in June.\n\nShares fell.",
      ),
    ]);
    expect(timeline.some((entry) => entry.text.startsWith("The slide began"))).toBe(false);
  });
});

describe("buildTimeline on one development told by its month and by its day, and a plan told by its occasion (timeline18)", () => {
  const article = (source: string, publishedAt: string, text: string) =>
    prepareArticle({ input: source, source, title: `${source} report`, publishedAt, originalText: text });

  it("puts a month's telling and a day's of one development on one entry, at the day", () => {
    const { timeline } = extractFacts([
      article(
        "Gazette",
        "2031-10-10T16:00:00Z",
        "This month's inspection found cracks in 14 of the 30 beams holding up the roof.",
      ),
      article(
        "County News",
        "2031-10-11T09:00:00Z",
        "The inspection, carried out on 7 October, found that 14 of the school's 30 roof beams had cracked.",
      ),
    ]);
    expect(timeline.map((entry) => [entry.date, entry.citations.length])).toEqual([["2031-10-07", 2]]);
  });

  it("takes a plan for a day as told by a later report of the same occasion that day, in few shared words", () => {
    const { timeline } = extractFacts([
      article("Daily Sun", "2031-05-08T10:00:00Z", "The funeral is Sat. at 11 a.m. at St. Mary's Church in Conway."),
      article(
        "Climbing Line",
        "2031-05-12T09:00:00Z",
        "Hundreds of climbers attended Jonah Ferrante's funeral in Conway on Saturday.",
      ),
    ]);
    expect(timeline.map((entry) => [entry.date, entry.text.slice(0, 20), entry.citations.length])).toEqual([
      ["2031-05-10", "Hundreds of climbers", 2],
    ]);
  });
});

describe("buildTimeline on a development retold in fewer words (timeline22)", () => {
  const article = (source: string, publishedAt: string, originalText: string) =>
    prepareArticle({ input: source, source, title: "Steelworks", originalText, publishedAt });

  it("puts a short retelling with the day named another way on the fuller telling's entry, citing both", () => {
    const articles = [
      article(
        "Teesside Wire",
        "2027-03-02T17:00:00Z",
        [
          "Norden Steel filed for administration on Tuesday, ending 140 years of steelmaking in Redcar after rescue talks with an Indian buyer collapsed over pension debts.",
          "About 1,900 jobs are at risk at the works.",
        ].join("\n"),
      ),
      article(
        "Northern Business Daily",
        "2027-04-06T08:00:00Z",
        [
          "Administrators from KPMG said on Monday that two bidders had come forward for the Redcar works.",
          "Norden Steel filed for administration on March 2.",
          "The blast furnace was shut down in 2015 and has not been relit.",
        ].join("\n"),
      ),
    ];
    const { timeline } = extractFacts(articles);
    const filed = timeline.filter((entry) => entry.text.includes("filed for administration"));
    expect(filed).toHaveLength(1);
    expect(filed[0]!.date).toBe("2027-03-02");
    expect(filed[0]!.citations).toHaveLength(2);
  });
});

describe("buildTimeline on a standing statement and a swearing-in to come (timeline23)", () => {
  const article = (originalText: string, publishedAt: string) =>
    prepareArticle({ input: "bank", source: "Market Weekly", title: "Deal", originalText, publishedAt });

  it("tells the closing a company “has said” it expects of its deal on its day, not on the day the sentence before tells", () => {
    const { timeline } = extractFacts([
      // The story starts in October: Nov. 19 is its own time, no earlier event's.
      article("Harbor Federal said on Thursday it will buy Lakeshore Financial.", "2027-10-07T13:00:00Z"),
      article(
        [
          "The Federal Reserve approved the merger on Nov. 19.",
          "Harbor Federal has said it expects the deal to close on Jan. 31.",
        ].join("\n\n"),
        "2027-12-04T10:00:00Z",
      ),
    ]);
    // The party's own closing date is a schedule, as the written bank merger story has it (dates27).
    expect(timeline.find((entry) => entry.text.startsWith("Harbor Federal has said"))?.date).toBe("2028-01-31");
  });

  it("puts a jury to be sworn in next month at that month", () => {
    const { timeline } = extractFacts([
      article(
        "At a hearing on Friday, prosecutors admitted the delay.\n\nA new jury will be sworn in next month.",
        "2027-03-14T06:00:00Z",
      ),
    ]);
    expect(timeline.find((entry) => entry.text.startsWith("A new jury"))?.date).toBe("2027-04");
  });
});

describe("buildTimeline on one reading told in other words (timeline23)", () => {
  const article = (source: string, originalText: string, publishedAt: string) =>
    prepareArticle({ input: source, source, title: "Heat", originalText, publishedAt });

  it("puts one measure's reading at one named place, told the same day by two outlets, on one entry", () => {
    const { timeline } = extractFacts([
      article(
        "Press Association",
        "Earlier on Monday, the temperature reached 38.1C at Northolt in west London, provisional figures showed.",
        "2027-07-20T00:30:00Z",
      ),
      article(
        "Reuters",
        "Temperatures peaked at 38.1C at Northolt on Monday, short of the national record.",
        "2027-07-21T11:00:00Z",
      ),
    ]);
    const readings = timeline.filter((entry) => entry.text.includes("38.1C"));
    expect(readings).toHaveLength(1);
    expect(readings[0]!.date).toBe("2027-07-19");
    expect(readings[0]!.citations).toHaveLength(2);
  });

  it("keeps the same reading at two places apart", () => {
    const { timeline } = extractFacts([
      article(
        "Press Association",
        "Earlier on Monday, the temperature reached 38.1C at Northolt in west London, provisional figures showed.",
        "2027-07-20T00:30:00Z",
      ),
      article(
        "Reuters",
        "Temperatures peaked at 38.1C in Cambridge on Monday, short of the national record.",
        "2027-07-21T11:00:00Z",
      ),
    ]);
    expect(timeline.filter((entry) => entry.text.includes("38.1C"))).toHaveLength(2);
  });
});

describe("buildTimeline on a prospect told with no day after a dated sentence (timeline24)", () => {
  // A Wednesday evening paper: the pumping was Tuesday's; what the trust expects and promises is Wednesday's news.
  const article = prepareArticle({
    input: "canal",
    source: "Soar Valley Echo",
    title: "Pumping begins",
    publishedAt: "2027-09-15T18:30:00Z",
    originalText: [
      "Engineers began pumping water from the flooded fields on Tuesday afternoon.",
      "The trust expects to close the gap with a temporary dam on Friday.",
      "The Canal & River Trust said it would pay for temporary accommodation for every flooded household.",
      "Villagers said the water had risen within minutes.",
      "The trust will also review every embankment.",
      "It said it would also pay for new carpets.",
    ].join("\n\n"),
  });
  const facts = extractFacts([article]);
  const timeline = buildTimeline({
    ...timelineInput([article], facts),
    superseded: ["The Canal & River Trust said", "Villagers said", "It said"].map(
      (start) => facts.sentences.find((item) => item.sentence.text.startsWith(start))!,
    ),
  });
  const dateOf = (start: string) => timeline.find((entry) => entry.text.startsWith(start))?.date;

  it("tells a forecast and a promise that state no day on their paper's day, not the day before", () => {
    expect(dateOf("Engineers began pumping")).toBe("2027-09-14");
    expect(dateOf("The trust expects to close the gap")).toBe("2027-09-15");
    expect(dateOf("The Canal & River Trust said it would pay")).toBe("2027-09-15");
  });

  it("still dates what goes on from the sentence before by that sentence's day", () => {
    // A report of what happened goes on with the last day told; a pronoun goes on from the sentence
    // before it, whose day is the paper's.
    expect(dateOf("Villagers said the water had risen")).toBe("2027-09-14");
    expect(dateOf("It said it would also pay")).toBe("2027-09-15");
  });

  it("dates a prospect of the party the sentence before names by that sentence's day", () => {
    const story = [
      prepareArticle({
        input: "bid",
        source: "Financial Courier",
        title: "Bid rejected",
        publishedAt: "2026-11-17T07:00:00Z",
        originalText: [
          "Arden Rail offered 640 pence a share for Kestrel Freight on Monday.",
          "Kestrel's board rejected the proposal within hours.",
          "Kestrel chairwoman Alison Marsh said the board would only consider an offer of at least 720 pence.",
        ].join("\n\n"),
      }),
    ];
    const storyFacts = extractFacts(story);
    const entries = buildTimeline({
      articles: story,
      numbers: storyFacts.numbers,
      dates: storyFacts.dates,
      sentenceDates: new Map(
        storyFacts.sentences.map((item, index) => [item, storyFacts.sentenceDates[index] ?? null]),
      ),
      articleOrder: storyFacts.articleOrder,
      superseded: storyFacts.sentences.filter((item) => item.sentence.text.startsWith("Kestrel chairwoman")),
    });
    expect(entries.find((entry) => entry.text.startsWith("Kestrel chairwoman"))?.date).toBe("2026-11-16");
  });
});

describe("buildTimeline on a forecast that came about, told in other words (timeline24)", () => {
  const article = (source: string, originalText: string, publishedAt: string) =>
    prepareArticle({ input: source, source, title: `${source} report`, originalText, publishedAt });

  it("cites the forecast under the later report of its day, so it is neither a second entry nor still to come", () => {
    const { timeline } = extractFacts([
      // Wednesday 8 September 2027, then Saturday.
      article(
        "Harbour Wire",
        "The cruise ship is expected to return to port in Southampton on Friday.",
        "2027-09-08T10:00:00Z",
      ),
      article(
        "Coast Post",
        "The ship docked at Southampton on Friday morning with 388 sick passengers aboard.\n\nVolunteers planted 40 trees in the town park on Friday.",
        "2027-09-11T08:00:00Z",
      ),
    ]);
    const expected = timeline.filter((entry) => entry.text.includes("expected to return"));
    expect(expected).toHaveLength(0);
    const docked = timeline.find((entry) => entry.text.startsWith("The ship docked"));
    expect(docked?.date).toBe("2027-09-10");
    expect(docked?.citations).toHaveLength(2);
  });

  it("keeps a forecast of other figures than came about, and one no report of its day tells, apart", () => {
    const { timeline } = extractFacts([
      article(
        "Harbour Wire",
        "The central bank is expected to cut its key rate to 3.75 percent on Thursday.\n\nThe ferry is expected to reach Tromso on Thursday.",
        "2026-10-12T10:00:00Z",
      ),
      article(
        "City Ledger",
        "The central bank cut its key rate to 3.5 percent on Thursday.\n\nVolunteers planted 40 trees in the town park on Thursday.",
        "2026-10-16T08:00:00Z",
      ),
    ]);
    expect(timeline.find((entry) => entry.text.includes("expected to cut"))?.date).toBe("2026-10-12");
    expect(timeline.find((entry) => entry.text.includes("expected to reach Tromso"))?.date).toBe("2026-10-12");
    expect(timeline.find((entry) => entry.text.startsWith("The central bank cut"))?.citations).toHaveLength(1);
  });

  it("takes a forecast whose subject points back for one of what the sentence before named, and the day alone for no shared matter (timeline25)", () => {
    // Tuesday 5 October 2027, then Thursday.
    const forecast =
      "The cargo ship Nordic Vela lost engine power in the North Sea on Monday.\n\nThe ship was towed to port and is expected to arrive on Wednesday.";
    const reached = extractFacts([
      article("Coast Wire", forecast, "2027-10-05T09:00:00Z"),
      article("Port News", "The Nordic Vela reached Arnsby yesterday with all 22 crew safe.", "2027-10-07T09:00:00Z"),
    ]).timeline;
    expect(reached.filter((entry) => entry.text.includes("expected to arrive"))).toHaveLength(0);
    expect(reached.find((entry) => entry.text.startsWith("The Nordic Vela reached"))?.citations).toHaveLength(2);
    // Another event of the same day shares only its day with the forecast: the forecast stays as told.
    const walkout = extractFacts([
      article("Coast Wire", forecast, "2027-10-05T09:00:00Z"),
      article("Port News", "Dockers at Arnsby walked out on Wednesday over pay.", "2027-10-07T09:00:00Z"),
    ]).timeline;
    expect(walkout.find((entry) => entry.text.includes("expected to arrive"))?.date).toBe("2027-10-05");
    expect(walkout.find((entry) => entry.text.startsWith("Dockers at Arnsby"))?.citations).toHaveLength(1);
  });

  it("sets an opening or a closing that is expected on its day, as a plan, while an outcome only expected is told the day it was said (timeline25)", () => {
    // Tuesday 5 October 2027.
    const { timeline } = extractFacts([
      article(
        "Rail Wire",
        "A landslip closed the Arnsby freight line on Sunday.\n\nThe line is expected to reopen on Monday, the company said.\n\nThe storm is expected to reach the coast on Monday, forecasters said.",
        "2027-10-05T09:00:00Z",
      ),
    ]);
    expect(timeline.find((entry) => entry.text.startsWith("The line is expected to reopen"))?.date).toBe("2027-10-11");
    expect(timeline.find((entry) => entry.text.startsWith("The storm is expected"))?.date).toBe("2027-10-05");
  });
});

describe("buildTimeline on reports in the present perfect with no day (timeline26)", () => {
  const article = (source: string, publishedAt: string, text: string) =>
    prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText: text });
  const story = [
    article(
      "Valley Gazette",
      "2027-06-12T10:00:00Z",
      "A fire in the early hours of Saturday destroyed the pavilion at Elmford Cricket Club.\n\nThe club's chairman has said it will rebuild.",
    ),
    article(
      "Valley Radio",
      "2027-06-12T18:30:00Z",
      "Two boys, aged 14 and 15, have been arrested on suspicion of arson after a fire destroyed a cricket pavilion.\n\nPeople who have lived in the village for 40 years were in tears.",
    ),
    article("County Courier", "2027-06-14T06:30:00Z", "The two boys have been released on bail, police said."),
  ];
  const { timeline } = extractFacts(story);
  const entryOf = (start: string) => timeline.find((entry) => entry.text.startsWith(start));

  it("tells what had happened by the paper's day on that day, an event recalled in an “after” clause aside", () => {
    expect(entryOf("Two boys, aged 14 and 15, have been arrested")?.date).toBe("2027-06-12");
    expect(entryOf("The two boys have been released on bail")?.date).toBe("2027-06-14");
    expect(entryOf("A fire in the early hours of Saturday")?.date).toBe("2027-06-12");
  });

  it("dates one that goes on in the paragraph of a dated sentence by that sentence's day", () => {
    const { timeline: dock } = extractFacts([
      article(
        "Port Gazette",
        "2026-03-10T07:30:00Z",
        "About 900 dockworkers walked out at the port on Monday. The union is demanding a 5 percent raise, and the operator has offered 4 percent.\n\nThe port authority has closed two berths.",
      ),
    ]);
    expect(dock.find((entry) => entry.text.startsWith("The union is demanding"))?.date).toBe("2026-03-09");
    expect(dock.find((entry) => entry.text.startsWith("The port authority has closed"))?.date).toBe("2026-03-10");
  });

  it("leaves out a saying and a lasting state told in the present perfect", () => {
    expect(entryOf("The club's chairman has said")).toBeUndefined();
    expect(entryOf("People who have lived")).toBeUndefined();
  });
});

describe("buildTimeline on a superseded sentence whose only date is a background year (timeline26)", () => {
  const articles = [
    prepareArticle({
      input: "pools",
      source: "City Post",
      publishedAt: "2030-01-14T09:00:00Z",
      title: "Council may shut pools",
      originalText:
        "The council has proposed closing three of its seven pools.\n\nMillbrook pool, the oldest in the city, opened in 1936.\n\nThe council voted on Monday to consult residents.",
    }),
  ];
  const facts = extractFacts(articles);
  const sentenceOf = (start: string) => facts.sentences.find((item) => item.sentence.text.startsWith(start))!;

  it("tells no development of the story's days, so it is no entry; a statement of the paper's day is one", () => {
    const timeline = buildTimeline({
      ...timelineInput(articles, facts),
      superseded: [sentenceOf("Millbrook pool"), sentenceOf("The council has proposed")],
    });
    expect(timeline.some((entry) => entry.text.startsWith("Millbrook pool"))).toBe(false);
    expect(timeline.find((entry) => entry.text.startsWith("The council has proposed"))?.date).toBe("2030-01-14");
  });
});

describe("buildTimeline on a plan told done with its own verb in other words (timeline26)", () => {
  const article = (source: string, publishedAt: string, text: string) =>
    prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText: text });
  const { timeline } = extractFacts([
    article(
      "Harbour Daily",
      "2027-12-29T09:00:00Z",
      "Port health officials will board the ship on Friday to inspect its galleys.",
    ),
    article(
      "Lisbon Courier",
      "2027-12-31T18:00:00Z",
      "Health inspectors boarded the Northern Star on Friday morning and spent six hours in its kitchens.",
    ),
  ]);

  it("cites the plan under the report of its day, one entry", () => {
    const friday = timeline.filter((entry) => entry.date === "2027-12-31");
    expect(friday).toHaveLength(1);
    expect(friday[0]?.text).toMatch(/^Health inspectors boarded/);
    expect(friday[0]?.citations).toHaveLength(2);
  });
});

describe("buildTimeline: one act told by two outlets the same day in other words (dates14)", () => {
  const articles = [
    prepareArticle({
      input: "quarry/1",
      source: "Evening Post",
      title: "Quarry boss apologises",
      publishedAt: "2029-03-16T12:00:00Z",
      originalText:
        "More than 200 people packed the village hall last night.\n\nFellstone Aggregates' chief executive, Robert Lund, apologised to residents at Thursday's meeting.",
    }),
    prepareArticle({
      input: "quarry/2",
      source: "Business Daily",
      title: "Fellstone says sorry",
      publishedAt: "2029-03-16T08:00:00Z",
      originalText:
        "The boss of Fellstone Aggregates said sorry to villagers on Thursday night, telling a packed meeting the company would pay for every repair.",
    }),
  ];

  it("is one entry at that day citing both outlets", () => {
    const timeline = extractFacts(articles).timeline;
    const apology = timeline.filter((entry) => /apologised|said sorry/.test(entry.text));
    expect(apology).toHaveLength(1);
    expect(apology[0]!.date).toBe("2029-03-15");
    expect(new Set(apology[0]!.citations.map((citation) => citation.articleId)).size).toBe(2);
  });
});

describe("buildTimeline: one act told by three outlets with other words and other relative days (timeline26)", () => {
  const article = (source: string, publishedAt: string, text: string) =>
    prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText: text });
  const timeline = (...articles: ReturnType<typeof article>[]) => extractFacts(articles).timeline;

  it("is one entry at its day, citing the paper of the next day, the one of two days on and the week's", () => {
    const entries = timeline(
      article(
        "Valley Echo",
        "2030-05-16T07:00:00Z",
        "The Cyclone coaster at Brindle Park derailed yesterday afternoon, injuring six riders.",
      ),
      article(
        "County Herald",
        "2030-05-17T07:00:00Z",
        "The front car of the Cyclone left the track at Brindle Park on Wednesday, park officials said.",
      ),
      article(
        "Midland Wire",
        "2030-05-20T07:00:00Z",
        "Six riders were hurt when the Cyclone at Brindle Park came off the rails last week.",
      ),
    );
    const derailment = entries.filter((entry) => /derailed|left the track|came off the rails/.test(entry.text));
    expect(derailment).toHaveLength(1);
    expect(derailment[0]!.date).toBe("2030-05-15");
    expect(new Set(derailment[0]!.citations.map((citation) => citation.articleId)).size).toBe(3);
  });

  it("keeps apart what was said would be done and what was done that day", () => {
    const entries = timeline(
      article("Valley Echo", "2030-05-18T07:00:00Z", "Kelby council said on Friday it would evacuate 300 homes."),
      article("County Herald", "2030-05-18T09:00:00Z", "Some 300 homes in Kelby were evacuated on Friday."),
    );
    expect(entries.filter((entry) => entry.date === "2030-05-17")).toHaveLength(2);
  });
});

describe("buildTimeline on one act told by its day's name and by “yesterday” a day off (timeline28)", () => {
  const article = (source: string, publishedAt: string, originalText: string) =>
    prepareArticle({ input: source, source, title: "Ferry", originalText, publishedAt });

  it("puts a paper's “yesterday” on the day another outlet names when the UTC stamp puts it a day off", () => {
    const { timeline } = extractFacts([
      // Filed on the writer's Wednesday afternoon, twelve hours ahead of UTC.
      article(
        "Pacific Wire",
        "2031-05-07T03:00:00Z",
        "TARANUI, New Zealand (PW) — Regulators on Wednesday approved a new ferry terminal at Taranui port.",
      ),
      // The writer's Thursday morning is the evening before in UTC: its "yesterday" is Wednesday.
      article(
        "Taranui Herald",
        "2031-05-07T19:00:00Z",
        "The Taranui ferry terminal won approval yesterday after a two-year fight over the port's wetlands.",
      ),
    ]);
    const approved = timeline.filter((entry) => /approv/.test(entry.text));
    expect(approved).toHaveLength(1);
    expect(approved[0]!.date).toBe("2031-05-07");
    expect(approved[0]!.citations).toHaveLength(2);
  });

  it("keeps apart two readings of one measure a day apart, one told by the clock: a count that moved", () => {
    const { timeline } = extractFacts([
      article(
        "Andes Mining Wire",
        "2031-05-08T14:00:00Z",
        "The escape shaft had reached 150 metres by this morning, the operator said.",
      ),
      article("Pacific Wire", "2031-05-10T09:00:00Z", "The escape shaft reached 320 metres on Friday afternoon."),
    ]);
    const shaft = timeline.filter((entry) => /escape shaft/.test(entry.text));
    expect(shaft.map((entry) => entry.date)).toEqual(["2031-05-08", "2031-05-09"]);
  });
});

describe("buildTimeline on one act told by two outlets in other words, read by lemma (timeline29)", () => {
  const article = (source: string, publishedAt: string, originalText: string) =>
    prepareArticle({ input: source, source, title: "Plant", originalText, publishedAt });

  it("makes one entry of one act told by a paper's “yesterday” and a wire's weekday, the same people told", () => {
    const { timeline } = extractFacts([
      article(
        "Midlands Wire",
        "2031-05-09T16:00:00Z",
        "Workers at the Brackley plant, which employs about 900 people, were told on Thursday which departments would go.",
      ),
      article(
        "Brackley Echo",
        "2031-05-09T06:00:00Z",
        "Brackley workers were told yesterday which departments would be closed.",
      ),
    ]);
    const told = timeline.filter((entry) => /were told/.test(entry.text));
    expect(told).toHaveLength(1);
    expect(told[0]!.date).toBe("2031-05-08");
    expect(told[0]!.citations).toHaveLength(2);
  });

  it("reads the act of the clause a date stands in, and takes an outlet's own follow-up retelling it", () => {
    const { timeline } = extractFacts([
      article(
        "Highland Wire",
        "2031-03-04T11:00:00Z",
        "Police are investigating after the bodies of seven golden eagles were found on the Ardmore estate on Sunday.",
      ),
      article("Highland Wire", "2031-03-20T11:00:00Z", "The first seven birds were found on March 2."),
    ]);
    const found = timeline.filter((entry) => /were found/.test(entry.text));
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBe("2031-03-02");
    expect(found[0]!.citations).toHaveLength(2);
  });

  it("keeps apart two moments of one count that day, told with other figures", () => {
    const { timeline } = extractFacts([
      article(
        "County Radio",
        "2031-05-09T08:00:00Z",
        "Councillor Ana Reyes led the race for mayor of Dunmore early on Friday, with 41,200 votes after 62 percent of ballots had been counted.",
      ),
      article(
        "Dunmore Wire",
        "2031-05-09T16:00:00Z",
        "Ana Reyes extended her lead in the race for mayor of Dunmore on Friday afternoon, with 52,600 votes after 85 percent of ballots had been counted.",
      ),
    ]);
    expect(timeline.filter((entry) => /Reyes/.test(entry.text))).toHaveLength(2);
  });
});

describe("buildTimeline on plans for a month or a season, and acts of one day told twice", () => {
  it("puts a planned act at the month or season it is planned for, the next such when it is written later in the year", () => {
    const timeline = timelineOf([
      "Wire",
      "2026-11-10T12:00:00Z",
      [
        "The inspectorate expects to publish its findings in June.",
        "The builder said the new span would be finished by August.",
        "The review panel, which is due to report by February, will sit in Perth.",
        "The club hopes to begin work on the new stand in spring 2028.",
      ].join("\n\n"),
    ]);
    expect(dateOf(timeline, "The inspectorate expects")).toBe("2027-06");
    expect(dateOf(timeline, "The builder said")).toBe("2027-08");
    expect(dateOf(timeline, "The review panel")).toBe("2027-02");
    expect(dateOf(timeline, "The club hopes")).toBe("2028");
  });

  it("makes one entry of one outlet's account each of an act at one place on one day, in other verbs", () => {
    const timeline = timelineOf(
      ["Post", "2026-03-11T12:00:00Z", "The ferry Skerryvore struck a rock early on Tuesday near Lerwick."],
      ["Courier", "2026-03-11T09:00:00Z", "The Skerryvore was holed in thick fog before dawn yesterday near Lerwick."],
    );
    expect(timeline.filter((entry) => /Skerryvore/.test(entry.text))).toHaveLength(1);
  });

  it("keeps apart two acts of one agent, two decisions for two aims, and a plan said that day from what was done", () => {
    const twice = (left: string, right: string) =>
      timelineOf(["Post", "2026-03-10T12:00:00Z", left], ["Courier", "2026-03-10T09:00:00Z", right]).length;
    expect(
      twice(
        "Detectives arrested a woman in Harlow on Monday.",
        "Detectives charged a woman with arson in Harlow on Monday.",
      ),
    ).toBe(2);
    expect(
      twice(
        "Harlow council voted on Monday to sell the old depot.",
        "Harlow council voted on Monday to freeze allotment rents.",
      ),
    ).toBe(2);
    expect(
      twice(
        "The trust said on Monday it would shut the Alder ward on Friday.",
        "The trust shut the Alder ward on Monday.",
      ),
    ).toBe(2);
  });
});

describe("buildTimeline on a quote that tells a day of its own", () => {
  it("puts a speaker's account of a past day's act at that day, not a quote's view", () => {
    const timeline = timelineOf([
      "Wire",
      "2026-11-14T12:00:00Z",
      [
        "‘We warned the landlord on Tuesday that the ceiling was sagging,’ one tenant said.",
        "“It is a disgrace what happened on Tuesday,” another tenant said.",
      ].join("\n\n"),
    ]);
    expect(dateOf(timeline, "‘We warned the landlord")).toBe("2026-11-10");
    expect(timeline.some((entry) => entry.text.startsWith("“It is a disgrace"))).toBe(false);
  });
});
