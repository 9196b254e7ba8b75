import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { articleSentences } from "../../evidence/article-sentences.js";
import { labourDisputeArticles } from "../../testing/labour-dispute-articles.js";
import { loadSeedArticles } from "../../testing/load-seed-articles.js";
import { backgroundYearTime, findDateMentions, sentenceDates, undatedNews } from "./find-date-mentions.js";
import { readDateExpressions } from "./read-date-expressions.js";

/** The date findDateMentions gives the sentence starting with `start`, or null when it gives none. */
function dateOf(text: string, publishedAt: string | null, start = ""): string | null {
  const article = prepareArticle({ input: "test", title: "A story about dates", originalText: text, publishedAt });
  const items = articleSentences([article]);
  const item = items.find((candidate) => candidate.sentence.text.startsWith(start));
  if (!item) throw new Error(`no sentence starts with ${start}`);
  return findDateMentions(items).find((mention) => mention.item === item)?.date ?? null;
}

// Thursday 12 March 2026.
const THURSDAY = "2026-03-12T10:00:00Z";

describe("findDateMentions resolves dates against the publication day", () => {
  it("dates a sentence about an event named by its year by that year when it is the report's, never by its publication day", () => {
    expect(dateOf("The 2026 floods destroyed 300 homes in the valley.", THURSDAY)).toBe("2026");
    // An earlier year's event is the story's background: no date of it (dates14, the lead's policy).
    expect(dateOf("A 1994 earthquake in the same region killed more than 600 people.", THURSDAY)).toBe(null);
    expect(dateOf("The 2019 floods destroyed 300 homes in the valley.", THURSDAY)).toBe(null);
  });

  it("dates no sentence by an old year told as an origin or a precedent (“first elected in”, “last repainted in”)", () => {
    expect(dateOf("Marlow was first appointed chief constable in 2019 and was reappointed last year.", THURSDAY)).toBe(
      null,
    );
    expect(dateOf("The pier was last repainted in 2015 at a cost of £300,000.", THURSDAY)).toBe(null);
    expect(dateOf("The ferry was previously suspended in 2021, when a storm damaged the slipway.", THURSDAY)).toBe(
      null,
    );
    // An earlier event of the kind, recalled for comparison, is background too.
    expect(dateOf("A similar grounding on the same ledge in 2009 left 40 people injured.", THURSDAY)).toBe(null);
    expect(dateOf("A previous landslide on the road in 2012 closed it for a month.", THURSDAY)).toBe(null);
    // Without the cue too, an earlier year alone is the story's background (dates14); a first this year is news.
    expect(dateOf("The pier was repainted in 2015.", THURSDAY)).toBe(null);
    expect(dateOf("A landslide on the road in 2012 closed it for a month.", THURSDAY)).toBe(null);
    expect(dateOf("The ferry was first suspended in January.", THURSDAY)).toBe("2026-01");
    // A product recall years back is a precedent the writer tells, not someone's account ("recalled that …").
    expect(dateOf("Marlow Foods recalled 12,000 jars of pesto in 2019 after a labelling error.", THURSDAY)).toBe(null);
    expect(dateOf("The firm recalled its patio heaters in 2021 over a faulty valve.", THURSDAY)).toBe(null);
    expect(
      dateOf("She recalled that the bridge had been closed in 2019, when her shop lost half its trade.", THURSDAY),
    ).toBe("2019");
    // Nor is the sentence true as of the paper's day, nor a cancellation of it.
    const article = prepareArticle({
      input: "test",
      title: "Ferry",
      publishedAt: THURSDAY,
      originalText:
        "The ferry was suspended on Wednesday.\n\nThe crossing was last cancelled in 2018, when ice closed the harbour.",
    });
    const items = articleSentences([article]);
    expect(sentenceDates(items, findDateMentions(items))[1]).toBe(null);
  });

  it("gives no paper's day to a sentence framed by an earlier year's thing (“In a 2025 survey, …”), only its own year's", () => {
    const article = prepareArticle({
      input: "test",
      title: "Storage site",
      publishedAt: "2027-03-22T10:00:00Z",
      originalText: [
        "In a 2025 survey, 61% of residents said they opposed the storage site.",
        "In the 2024 election, turnout was 41%.",
        "The 2025 report found 14 faults.",
        "In a 2027 poll, 55% backed the plan.",
        "The 2026 census, published on Monday, counted 41,000 people.",
      ].join("\n\n"),
    });
    const items = articleSentences([article]);
    expect(sentenceDates(items, findDateMentions(items)).map((when) => when?.date ?? null)).toEqual([
      null,
      null,
      null,
      "2027-03-22",
      "2027-03-22",
    ]);
  });

  it("gives no paper's day to a past perfect's span since a year (“had run the crossing since 2004”), only to one that holds now", () => {
    const article = prepareArticle({
      input: "test",
      title: "Ferry",
      publishedAt: THURSDAY,
      originalText:
        "The ferry sank on Wednesday.\n\nHarbour Lines had run the crossing since 2004.\n\nThe slipway has needed repairs since 2019.",
    });
    const items = articleSentences([article]);
    const whenTrue = sentenceDates(items, findDateMentions(items));
    expect(whenTrue[1]).toBe(null);
    expect(whenTrue[2]).toEqual({ date: "2026-03-12", precision: "day", basis: "published" });
  });

  it("reads “today” or “yesterday” with a time of day as that day", () => {
    // Monday 5 April 2027.
    const monday = "2027-04-05T08:00:00Z";
    expect(dateOf("All of the crew had been brought ashore by 2 a.m. today, the coastguard said.", monday)).toBe(
      "2027-04-05",
    );
    expect(dateOf("The fire broke out at 10 p.m. yesterday in a disused mill.", monday)).toBe("2027-04-04");
    expect(dateOf("The ship sank yesterday at 4 a.m. off the cape.", monday)).toBe("2027-04-04");
    // A part of the day after it: the parser reads the two words as one date.
    expect(dateOf("Engineers began pumping water from the fields yesterday afternoon, using six pumps.", monday)).toBe(
      "2027-04-04",
    );
    expect(dateOf("The ferry left port yesterday evening with 200 people aboard.", monday)).toBe("2027-04-04");
  });

  it("reads no day in a title that ends in one (“South West Today”, “USA Today”)", () => {
    // Tuesday 15 June 2027: "Last week" is the week before; the programme's name dates nothing.
    const tuesday = "2027-06-15T07:00:00Z";
    expect(
      dateOf(
        "Last week, the safety officer asked for two more stewards, according to emails seen by South West Today.",
        tuesday,
      ),
    ).toBe("2027-06-07");
    expect(dateOf("The mayor told USA Today that the pier would reopen.", tuesday)).toBeNull();
    // A sentence may still open on the day, or name it after a name and a verb.
    expect(dateOf("Today the council will vote on the plan.", tuesday)).toBe("2027-06-15");
  });

  it("reads weekdays as the last such day, or the next one in the future tense", () => {
    expect(dateOf("Workers walked out on Tuesday over pay.", THURSDAY)).toBe("2026-03-10");
    expect(dateOf("The board met on Thursday to discuss the offer.", THURSDAY)).toBe("2026-03-12");
    expect(dateOf("The minister will meet both sides on Monday.", THURSDAY)).toBe("2026-03-16");
    expect(dateOf("Talks resumed last Friday in the capital.", THURSDAY)).toBe("2026-03-06");
  });

  it("reads no day in a weekday that describes a kind of work (“pays Sunday rehearsals”), only in one that names a day", () => {
    const days = (sentence: string) =>
      readDateExpressions(sentence, THURSDAY.slice(0, 10)).map((expression) => expression.text);
    expect(days("Under the deal, the library pays Saturday shifts at double time.")).toEqual([]);
    expect(days("Porters who work Sunday shifts will get a bonus, the trust said.")).toEqual([]);
    expect(days("The library agreed on Tuesday a contract that pays Saturday shifts at double time.")).toEqual([
      "Tuesday",
    ]);
    expect(dateOf("The Sunday rehearsal was cancelled after the storm.", THURSDAY)).toBe("2026-03-08");
  });

  it("reads a bare “next” after a figure as the year after, no future tense of the clause (“3 percent next”)", () => {
    expect(
      dateOf(
        "The two sides agreed a deal on Tuesday that gives nurses 5 percent this year and 4 percent next.",
        THURSDAY,
      ),
    ).toBe("2026-03-10");
  });

  it("reads “earlier this month” as a moment of the current month, and “later this month” as one to come", () => {
    expect(dateOf("Earlier this month, the office said unemployment had risen to 5.1 percent.", THURSDAY)).toBe(
      "2026-03",
    );
    expect(dateOf("The agency said earlier this year that exports had fallen sharply.", THURSDAY)).toBe("2026");
    const later = readDateExpressions("The plant will close later this month, the company said.", "2026-03-12");
    expect(later).toMatchObject([{ text: "later this month", date: "2026-03", background: false, prospective: true }]);
    // "this month" alone is the period a figure covers, not a date of the news.
    expect(dateOf("Prices have risen 3 percent this month, the office said.", THURSDAY)).toBeNull();
  });

  it("tells a forecast from a schedule by its words, not by a name or a month that looks like one", () => {
    const forecastOf = (sentence: string) =>
      readDateExpressions(sentence, "2026-03-12").find((expression) => expression.date === "2026-03-13")?.forecast;
    expect(forecastOf("Economists expect the bank to cut rates on Friday.")).toBe(true);
    expect(forecastOf("The vote may be delayed until Friday.")).toBe(true);
    expect(forecastOf("Theresa May will visit Berlin on Friday.")).toBe(false);
    expect(forecastOf("The minister is due to give evidence on Friday.")).toBe(false);
  });

  it("dates a move told as “to X from Y on Thursday” by that day, and keeps “up from Y on Monday” a baseline", () => {
    expect(dateOf("The bank lowered its key rate to 3.5 percent from 4 percent on Thursday.", THURSDAY)).toBe(
      "2026-03-12",
    );
    expect(dateOf("The toll rose to 40 on Wednesday, up from 12 on Monday.", THURSDAY)).toBe("2026-03-11");
    // "from X to Y on Monday" is the move itself; "down from the X it forecast in July" is its baseline.
    expect(dateOf("The council tax rose from 5 percent to 7 percent on Monday.", THURSDAY)).toBe("2026-03-09");
    const [now, baseline] = readDateExpressions(
      "The carmaker now expects a margin of 5 percent this year, down from the 7 to 8 percent it forecast in July.",
      "2026-10-28",
    ).map((expression) => expression.background);
    expect([now, baseline]).toEqual([true, true]);
  });

  it("reads a forecast's day and the end of a state that holds now as days to come", () => {
    const friday = "2027-07-02T08:00:00Z";
    expect(dateOf("Temperatures are forecast to reach 45C in the south on Saturday, the agency said.", friday)).toBe(
      "2027-07-03",
    );
    const [alert] = readDateExpressions(
      "Red alerts are in force in Seville, Córdoba and Jaén until Sunday evening.",
      "2027-07-02",
    );
    expect(alert).toMatchObject({ date: "2027-07-04", prospective: true });
    const [shut] = readDateExpressions("The bridge is open again but was shut until Friday.", "2027-07-02");
    expect(shut?.prospective).toBe(false);
  });

  it("reads the tense of a date's own clause, not of a condition after it", () => {
    expect(
      dateOf(
        "The union on Thursday threatened strikes at three plants if the carmaker goes ahead with plans to cut 1,200 jobs.",
        "2026-03-13T08:00:00Z",
      ),
    ).toBe("2026-03-12");
    expect(dateOf("The union will strike on Monday if talks fail.", THURSDAY)).toBe("2026-03-16");
  });

  it("reads the day a thing is put off to as one to come, and dates the sentence by when it was put off", () => {
    // Monday 23 November 2026: the vote moves from Tuesday to Wednesday, said on Monday.
    expect(
      dateOf(
        "The government postponed Tuesday's final vote on the bill to Wednesday, after coalition partners demanded changes, officials said on Monday.",
        "2026-11-23T16:00:00Z",
      ),
    ).toBe("2026-11-23");
  });

  it("reads yesterday, today and last night", () => {
    expect(dateOf("The union said yesterday that talks had failed.", THURSDAY)).toBe("2026-03-11");
    expect(dateOf("Picket lines went up again today at the main gate.", THURSDAY)).toBe("2026-03-12");
    expect(dateOf("Police cleared the road last night after a sit-in.", THURSDAY)).toBe("2026-03-11");
  });

  it("gives a month and day without a year the last such date, so an October date read in March is last year's", () => {
    expect(dateOf("The company opened the plant on Oct. 7 with 500 staff.", THURSDAY)).toBe("2025-10-07");
    expect(dateOf("The contract was signed on March 2 after long talks.", THURSDAY)).toBe("2026-03-02");
    expect(dateOf("The last contract expired in January after two years.", THURSDAY)).toBe("2026-01");
  });

  it("reads 'a week ago' as a day, 'would' and 'expected to' with a date as a plan, and 'said yesterday that … by Tuesday' as Tuesday's news", () => {
    expect(dateOf("A week ago, the rebels seized the town after a long siege.", THURSDAY)).toBe("2026-03-05");
    // The coming Saturday, not the last one (before: 2026-03-07).
    expect(dateOf("Forecasters said more rain would fall on Saturday across the county.", THURSDAY)).toBe("2026-03-14");
    expect(dateOf("The council said yesterday that 1,400 homes had been flooded by Tuesday morning.", THURSDAY)).toBe(
      "2026-03-10",
    );
  });

  it("keeps explicit dates and gives a week only at week precision", () => {
    expect(dateOf("On Oct. 7, 2023, the attack began at dawn.", THURSDAY)).toBe("2023-10-07");
    const article = prepareArticle({
      input: "test",
      title: "Weeks",
      originalText: "Talks broke down last week in the capital.",
      publishedAt: THURSDAY,
    });
    const [mention] = findDateMentions(articleSentences([article]));
    expect(mention).toMatchObject({ date: "2026-03-02", precision: "week", relative: true });
  });

  it("resolves a deadline still to meet forward, whatever year the month and day fell in last", () => {
    // Saturday 5 December 2026: "by April 15" is next April's, an obligation still to meet.
    const [deadline] = findDateMentions(
      articleSentences([
        prepareArticle({
          input: "test",
          title: "Tax",
          originalText: "Taxpayers who moved abroad must also file a return by April 15, the agency said.",
          publishedAt: "2026-12-05T09:00:00Z",
        }),
      ]),
    );
    expect(deadline).toMatchObject({ date: "2027-04-15", future: true });
    // More than two weeks ahead, in the same year: still ahead, not last year's.
    expect(
      readDateExpressions("The foundation must also name a new chair by March 1, its board said.", "2027-02-11"),
    ).toMatchObject([{ date: "2027-03-01", prospective: true }]);
    // "must have" guesses at the past: the day gone by.
    expect(readDateExpressions("The letter must have arrived by March 1, she said.", "2027-03-11")[0]?.date).toBe(
      "2027-03-01",
    );
    // "beginning at 6 a.m. Monday" in a Sunday paper is the coming Monday.
    expect(
      dateOf(
        "The governor ordered the evacuation of three counties beginning at 6 a.m. Monday.",
        "2026-10-11T20:00:00Z",
      ),
    ).toBe("2026-10-12");
  });

  it("dates news told as “this week” by its week (a month or a year stays a figure's period)", () => {
    // Wednesday 14 October 2026: the week of Monday the 12th.
    const article = prepareArticle({
      input: "test",
      title: "Schools",
      originalText: "Volunteers handed out water and hot meals at the chapel this week.",
      publishedAt: "2026-10-14T12:00:00Z",
    });
    const items = articleSentences([article]);
    const mentions = findDateMentions(items);
    expect(mentions).toMatchObject([{ date: "2026-10-12", precision: "week", future: false }]);
    // What it tells is true as of its publication day, no older than Tuesday's news of the same week.
    expect(sentenceDates(items, mentions)).toEqual([{ date: "2026-10-14", precision: "day", basis: "published" }]);
    expect(dateOf("Prices have risen 3 percent this year, the office said.", THURSDAY)).toBeNull();
  });

  it("never dates news by a year in a clause or phrase that describes a noun at the sentence's end", () => {
    // Monday 15 February 2027: the coming Thursday's funeral, not the wedding of 1963.
    expect(
      dateOf("The funeral will be held on Thursday at the cathedral, where Vance was married in 1963.", "2027-02-15"),
    ).toBe("2027-02-18");
    expect(dateOf("The storm tore the roof off the old fish market, built in 1928.", "2026-10-14")).toBeNull();
    // Alone, a relative clause's year may be the sentence's news (in a report of that year: an earlier
    // year alone is background, dates14).
    expect(dateOf("Oculus got its start on Kickstarter, where it raised $2.4 million in 2012.", "2012-10-14")).toBe(
      "2012",
    );
    // A relative clause closed before the main verb: "died" is the news, not a participle phrase.
    expect(
      dateOf(
        "Eleanor Vance, who became the city's first woman mayor in 1978 and went on to serve three terms in the Senate, died Tuesday at her home, her family said.",
        "2027-02-09T22:00:00Z",
      ),
    ).toBe("2027-02-09");
    // A participle with an object is the main verb: its year is the news (in a report of that year:
    // an earlier year alone is background, dates14).
    expect(dateOf("Pryce, 52, joined Rovers in 2023 and took them to their first final.", "2023-05-17")).toBe("2023");
    expect(dateOf("Pryce, 52, joined Rovers in 2023 and took them to their first final.", "2027-05-17")).toBe(null);
    // A person's past, long before the article, in a relative clause that ends the sentence tells who
    // they are, even with no other date.
    expect(
      dateOf(
        "The first guest through the door was Mary Doyle, 84, who said she had last stayed there in 1971.",
        "2027-05-17",
      ),
    ).toBeNull();
    expect(dateOf("Police named the driver as Tom Hale, whose licence was revoked in 2019.", "2027-05-17")).toBeNull();
    // A plan that was, told of a noun at the sentence's end, is what that noun was to be, not the news.
    expect(
      dateOf("About 5,000 seats had been sold for the concert, which was due to take place on June 28.", "2027-06-17"),
    ).toBeNull();
    expect(dateOf("The court convicted Ray Dunn, who will be sentenced on June 28.", "2027-06-17")).toBe("2027-06-28");
  });

  it("counts weeks from Monday and months by the calendar, at any day of either", () => {
    // Friday 29 January 2027: this week began on Monday the 25th (not the 18th).
    expect(
      dateOf("Earlier this week, the authority postponed maintenance on the cables.", "2027-01-29T18:00:00Z"),
    ).toBe("2027-01-25");
    // Sunday 31 January 2027: last week is that of the 18th; next month is February (31 January plus a month is no March).
    expect(dateOf("The authority said last week that the bridge had passed.", "2027-01-31T07:00:00Z")).toBe(
      "2027-01-18",
    );
    const [plan] = readDateExpressions("The authority will publish a repair plan next month.", "2027-01-31");
    expect(plan).toMatchObject({ date: "2027-02", precision: "month" });
    const [before] = readDateExpressions("Prices had risen sharply two months ago.", "2026-12-31");
    expect(before).toMatchObject({ date: "2026-10", precision: "month" });
  });

  it("reads a past saying's day as past, whatever the tense of what it reports", () => {
    // A past saying's day is past, whatever the tense of what it reports (Sunday 31 January 2027);
    // the plan it reports, told before it, dates the sentence as one to come.
    const text = "Engineers will lower a camera into the chamber on Monday, the authority said on Saturday.";
    expect(readDateExpressions(text, "2027-01-31").at(-1)).toMatchObject({
      date: "2027-01-30",
      reporting: true,
      prospective: false,
    });
    expect(dateOf(text, "2027-01-31T07:00:00Z")).toBe("2027-02-01");
  });

  it("does not date a sentence by a date it names as background", () => {
    // The sentence is about this week's talks; 2023 dates the conflict, not the talks.
    expect(dateOf("Negotiators met in Doha to end the conflict that began in 2023.", THURSDAY)).toBeNull();
    expect(dateOf("Dockworkers have gone without a raise since January.", THURSDAY)).toBeNull();
    expect(dateOf("Officials counted the dead of the Oct. 7 attack again.", THURSDAY)).toBeNull();
    expect(dateOf("The walkout, which began last week, was the longest in years.", THURSDAY)).toBeNull();
    expect(dateOf("It is the first strike since a six-week strike in 2019 that emptied shelves.", THURSDAY)).toBeNull();
    // The sentence's own date wins over the background one in the same sentence.
    expect(dateOf("The minister stepped in on Wednesday to restart talks stalled since 2024.", THURSDAY)).toBe(
      "2026-03-11",
    );
    expect(dateOf("The contract, signed in 2021, expired in January, and pay has been frozen.", THURSDAY)).toBe(
      "2026-01",
    );
    // An adverb before the participle (timeline24).
    expect(dateOf("The festival, first held in 1998, draws about 60,000 people a year.", THURSDAY)).toBeNull();
    expect(dateOf("The bridge, originally built in 1931, reopened on Wednesday.", THURSDAY)).toBe("2026-03-11");
  });

  it("takes a year in a relative clause on a name, in the source an “according to” names, or a photo caption's, for background", () => {
    // The clause between commas tells who the person is; the sentence's news is what follows it.
    expect(
      dateOf("Barić, who also coached the team to the world title in 2024, was not accused of anything.", THURSDAY),
    ).toBeNull();
    expect(dateOf("Eklund, who became chief executive in 2022, said he had no plans to resign.", THURSDAY)).toBeNull();
    expect(dateOf("The coach who also led the squad in 2024 was not accused.", THURSDAY)).toBeNull();
    expect(
      dateOf(
        "Rahman, who won two belts from a former champion in 2001 and the vacant world title in 2005, arrived in Berlin.",
        THURSDAY,
      ),
    ).toBeNull();
    // The year a thing named is from: "the original film from 1933" dates the film, not the news.
    expect(dateOf("The new film is a reboot of the original from 1933.", THURSDAY)).toBeNull();
    expect(dateOf("The new film is a reboot of the original from 1933.", null)).toBeNull();
    // A photo caption's date is when the picture was taken.
    expect(dateOf("Judge Aaron Persky is shown in this June 27, 2011 file photo.", THURSDAY)).toBeNull();
    // The year dates the minutes that are the source, not the crash the sentence is about.
    expect(
      dateOf(
        "The crash happened at a crossing where residents had complained for years, according to council minutes from 2019.",
        THURSDAY,
      ),
    ).toBeNull();
    // A recent source's date stays the date of what it reports.
    expect(dateOf("Prices rose 3 percent, according to figures from February.", THURSDAY)).toBe("2026-02");
  });

  it("ignores dates inside a quotation: the speaker's words are dated when they were said", () => {
    expect(dateOf("Strand said: “Both sides will return to the table on Friday.”", THURSDAY)).toBeNull();
  });

  it("leaves relative dates of an undated article unresolved, and does not take a month word for a month", () => {
    expect(dateOf("Workers walked out on Tuesday over pay.", null)).toBeNull();
    expect(dateOf("Protesters may march on the capital.", THURSDAY)).toBeNull();
    expect(dateOf("March on, the crowd chanted at the rally.", THURSDAY)).toBeNull();
  });

  it("dates no seed sentence by the Oct. 7, 2023 attack it mentions as background", () => {
    const mentions = findDateMentions(articleSentences(loadSeedArticles()));
    expect(mentions.some((mention) => mention.date.startsWith("2023-10"))).toBe(false);
  });

  it("tells when each sentence was true: its stated date, else its publication day", () => {
    const items = articleSentences(labourDisputeArticles());
    const whenTrue = sentenceDates(items, findDateMentions(items));
    const find = (start: string) => whenTrue[items.findIndex((item) => item.sentence.text.startsWith(start))];
    expect(find("About 3,200 dockworkers")).toEqual({ date: "2026-03-09", precision: "day", basis: "stated" });
    expect(find("Price said yesterday")).toEqual({ date: "2026-03-10", precision: "day", basis: "stated" });
    // A background year only: the sentence is about the week it was published.
    expect(find("The walkout is the first")).toEqual({ date: "2026-03-11", precision: "day", basis: "published" });
  });
});

describe("findDateMentions leaves a period out of a sentence's own date", () => {
  it("takes 'this year' or 'this month' for the period a figure covers, not the day of the news", () => {
    expect(dateOf("The company now expects revenue of $5.2 billion this year.", "2026-02-05T08:00:00Z")).toBe(null);
    expect(dateOf("Prices have risen 3 percent this month, the agency said.", "2026-02-05T08:00:00Z")).toBe(null);
    // "last year" is a date of its own.
    expect(dateOf("Sales fell 5 percent last year.", "2026-02-05T08:00:00Z")).toBe("2025");
  });

  it("takes the two ends of 'between … and …' or a long 'from … to …' for background", () => {
    const tuesday = "2026-02-03T08:00:00Z";
    expect(
      dateOf("The recall covers three models of the line sold between August 2024 and January 2026.", tuesday),
    ).toBe(null);
    expect(dateOf("The company recalled the fryers on Monday, models sold between 2019 and 2023.", tuesday)).toBe(
      "2026-02-02",
    );
    expect(dateOf("The museum was closed from March 2020 to June 2021 for repairs.", tuesday)).toBe(null);
    // A short span is a date: the festival's days.
    expect(dateOf("The festival ran from Jan. 12 to Jan. 14 in the old town.", tuesday)).toBe("2026-01-12");
  });
});

describe("readDateExpressions puts a month and day without a year in the right year", () => {
  const dateIn = (sentence: string, published: string) => readDateExpressions(sentence, published)[0]?.date;

  it("ahead of the publication day when the sentence schedules or promises it", () => {
    expect(dateIn("Sentencing was set for Oct. 7.", "2026-09-23")).toBe("2026-10-07");
    // A judge setting a hearing for a day: that day is to come, more than a fortnight ahead too.
    expect(dateIn("Judge Ruth Adeyemi set sentencing for July 22.", "2026-05-14")).toBe("2026-07-22");
    expect(dateIn("The council scheduled a final vote for Sept. 30.", "2026-08-02")).toBe("2026-09-30");
    // A record set for a day is no schedule: the last one.
    expect(dateIn("The store set a sales record for its March 2 reopening.", "2026-05-14")).toBe("2026-03-02");
    expect(dateIn("The hearing was adjourned until March 3.", "2026-02-20")).toBe("2026-03-03");
    expect(dateIn("Lindqvist takes office on May 18.", "2026-05-09")).toBe("2026-05-18");
    expect(dateIn("She promised to present her first budget by Oct. 7.", "2026-05-09")).toBe("2026-10-07");
    // Monday 28 September 2026: a deadline at an hour of a weekday, a hope for a weekday, are the coming ones.
    expect(dateIn("The current budget expires at midnight on Thursday.", "2026-09-28")).toBe("2026-10-01");
    expect(dateIn("The lease ends at 5 p.m. on Friday.", "2026-09-28")).toBe("2026-10-02");
    expect(
      dateIn("Whitcombe said the utility hoped to have everyone reconnected by Wednesday night.", "2026-07-14"),
    ).toBe("2026-07-15");
    // An appointment or a rule from a day: the coming one, across the year end too.
    expect(
      dateIn(
        "The board named Sara Lind, a former executive at a rival, as chief executive from February 1.",
        "2026-11-26",
      ),
    ).toBe("2027-02-01");
    expect(dateIn("The new fares apply with effect from Jan. 4.", "2026-12-20")).toBe("2027-01-04");
    expect(dateIn("The ban is effective March 1, the ministry said.", "2026-11-02")).toBe("2027-03-01");
    // A past start stays past: "has run the company since February 1".
    expect(dateIn("She has run the company since February 1.", "2026-11-26")).toBe("2026-02-01");
  });

  it("reads a weekday the sentence expects as the coming one", () => {
    // Friday 8 May 2026.
    expect(dateIn("The returning officer said the final result was expected on Saturday morning.", "2026-05-08")).toBe(
      "2026-05-09",
    );
    // Tuesday 3 February 2026.
    expect(dateIn("Analysts expect the company to report revenue of $1.3 billion on Wednesday.", "2026-02-03")).toBe(
      "2026-02-04",
    );
  });

  it("before it when the sentence tells what happened", () => {
    expect(dateIn("Gunmen attacked the village on Oct. 7.", "2027-02-10")).toBe("2026-10-07");
    expect(dateIn("A man missing since Dec. 29 was found dead.", "2027-01-02")).toBe("2026-12-29");
    expect(dateIn("The jury was sworn in on Sept. 14.", "2026-09-23")).toBe("2026-09-14");
    expect(dateIn("The verdict came sooner than expected on Tuesday.", "2026-09-24")).toBe("2026-09-22");
  });

  it("reads a span's end without a year as the nearest such day, never one most of a year gone", () => {
    // Wednesday 11 October 2028.
    expect(dateIn("The magistrate remanded her in custody until a hearing on January 9.", "2028-10-11")).toBe(
      "2029-01-09",
    );
    expect(dateIn("The bridge was closed until October 2 while engineers checked the piers.", "2028-10-11")).toBe(
      "2028-10-02",
    );
    // A whole span told from its start is gone, and so is an end as far ahead as it is back.
    expect(dateIn("The canal was shut from the spring until March 3.", "2028-09-10")).toBe("2028-03-03");
    expect(dateIn("The canal was shut until March 3.", "2028-09-10")).toBe("2028-03-03");
  });

  it("dates the main clause's verb after people named by a participle phrase (“the nurses injured in the fire sued …”)", () => {
    const sued = readDateExpressions(
      "Two of the nurses injured in the fire sued the hospital trust on Monday.",
      "2028-11-20",
    );
    expect(sued.map((found) => [found.date, found.background])).toEqual([["2028-11-20", false]]);
    // The date inside the phrase stays what happened to them.
    const freed = readDateExpressions("Police freed the hostages seized in the raid on Monday.", "2028-11-22");
    expect(freed.map((found) => found.background)).toEqual([true]);
  });

  it("reads a weekday followed by its own past verb as gone, whatever “will” or “is set to” a clause around it holds", () => {
    // Friday 16 October 2026.
    const thursday = (sentence: string) =>
      readDateExpressions(sentence, "2026-10-16").find((found) => found.text === "Thursday")?.date;
    expect(thursday("The harbour trust, which will meet again in December, on Thursday approved the new berth.")).toBe(
      "2026-10-15",
    );
    expect(thursday("The full assembly is set to vote next week after a committee on Thursday backed the levy.")).toBe(
      "2026-10-15",
    );
    // A weekday the clause still expects stays the coming one.
    expect(thursday("The full assembly is set to vote on Thursday.")).toBe("2026-10-22");
  });
});

describe("findDateMentions on dates read the wrong way round before", () => {
  it("takes the day of the news, not the day an event named by its day happened (“Tuesday's earthquake”)", () => {
    expect(dateOf("The death toll from Tuesday's earthquake rose to 389 on Thursday, the agency said.", THURSDAY)).toBe(
      "2026-03-12",
    );
  });

  it("reads a month and day a few days after publication as the coming one, not last year's", () => {
    expect(dateOf("The government declared three days of national mourning starting March 13.", THURSDAY)).toBe(
      "2026-03-13",
    );
    // Further ahead, it stays the last one (a past event named without its year).
    expect(dateOf("Workers first walked out on April 20.", THURSDAY)).toBe("2025-04-20");
  });

  it("dates “said yesterday it would … from April 1” by the day it was said, not the plan", () => {
    const article = prepareArticle({
      input: "test",
      title: "Rates",
      originalText: "Nordhavn Bank said yesterday it would lower its standard variable rate from April 1.",
      publishedAt: THURSDAY,
    });
    const items = articleSentences([article]);
    expect(sentenceDates(items, findDateMentions(items))[0]).toMatchObject({ date: "2026-03-11", basis: "stated" });
  });

  it("dates a plan told before its saying (“will reopen on Thursday, … said on Tuesday”) by the plan's day", () => {
    // Wednesday 24 February 2027.
    const article = prepareArticle({
      input: "test",
      title: "School to reopen",
      originalText: "The school will reopen on Thursday, its head teacher, Rachel Ames, said on Tuesday.",
      publishedAt: "2027-02-24T07:00:00Z",
    });
    const items = articleSentences([article]);
    expect(findDateMentions(items)[0]).toMatchObject({ date: "2027-02-25", future: true });
    // The sentence was true on the day it was said.
    expect(sentenceDates(items, findDateMentions(items))[0]).toMatchObject({ date: "2027-02-23", basis: "stated" });
    expect(dateOf("The council will vote on the plan on Monday, a spokeswoman said on Wednesday.", THURSDAY)).toBe(
      "2026-03-16",
    );
    // A state lasting until a day is no event of that day.
    expect(dateOf("The road will stay closed until at least Friday, the council said on Tuesday.", THURSDAY)).toBe(
      "2026-03-10",
    );
    // Only expected, it is news the day it was said.
    expect(dateOf("The bank is expected to cut rates on Friday, economists said on Tuesday.", THURSDAY)).toBe(
      "2026-03-10",
    );
  });
});

describe("findDateMentions on the traps of live blogs, event nouns and the year end (timeline8)", () => {
  /** The date and precision findDateMentions gives the sentence starting with `start`, or null. */
  const mentionOf = (text: string, publishedAt: string | null, start = "") => {
    const article = prepareArticle({ input: "test", title: "A story about dates", originalText: text, publishedAt });
    const items = articleSentences([article]);
    const item = items.find((candidate) => candidate.sentence.text.startsWith(start));
    const mention = findDateMentions(items).find((candidate) => candidate.item === item);
    return mention ? { date: mention.date, precision: mention.precision } : null;
  };

  it("dates “said last week that … in October” by the saying, not by the vaguer, older date it reports", () => {
    expect(
      mentionOf("The operator said last week that the mine had passed a safety inspection in October.", THURSDAY),
    ).toEqual({ date: "2026-03-02", precision: "week" });
    expect(dateOf("The agency told reporters on Tuesday that exports had fallen in 2025.", THURSDAY)).toBe(
      "2026-03-10",
    );
  });

  it("reads “overnight” as the night that ends on the publication day", () => {
    expect(dateOf("Rescue teams worked overnight to clear rubble from the shaft.", "2026-03-12T07:00:00Z")).toBe(
      "2026-03-12",
    );
  });

  it("reads the tense of a date's own clause, not of another clause (“left on Friday, and … are expected on Monday”)", () => {
    // Saturday 14 March 2026.
    expect(
      dateOf(
        "Twelve patients left hospital on Friday, and the last two are expected home on Monday.",
        "2026-03-14T09:00:00Z",
      ),
    ).toBe("2026-03-13");
    // "as planned" is no future tense: Monday 16 March 2026.
    expect(
      dateOf("The airport reopened on Sunday as planned, and the first flight landed.", "2026-03-16T07:00:00Z"),
    ).toBe("2026-03-15");
  });

  it("reads a past verb's date apart from a second verb with its own auxiliary or a place's clause after it (supersede1)", () => {
    // Tuesday 16 October 2029: Monday evening is the day before, not the coming Monday.
    expect(
      dateOf(
        "The tug took the freighter under tow on Monday evening and is bringing it to Falmouth, where it is expected to arrive on Wednesday.",
        "2029-10-16T06:30:00Z",
      ),
    ).toBe("2029-10-15");
    expect(
      dateOf("The minister flew to Rome on Monday, where she will meet the Pope on Thursday.", "2029-10-16T06:30:00Z"),
    ).toBe("2029-10-15");
    // A future stays a future in its own clause: "will meet … on Monday and is expected to sign".
    expect(
      dateOf("The two leaders will meet on Monday and are expected to sign the treaty.", "2029-10-16T06:30:00Z"),
    ).toBe("2029-10-22");
  });

  it("dates a sentence by an event named with its day when the event is its subject, and not otherwise", () => {
    expect(mentionOf("Last week's strike shut the mine for two days, the union said.", THURSDAY)).toEqual({
      date: "2026-03-02",
      precision: "week",
    });
    expect(dateOf("Tuesday's collapse was the worst at the mine in years.", THURSDAY)).toBe("2026-03-10");
    expect(dateOf("Thursday night's rescue drew a crowd of about 2,000 people.", "2026-03-14T09:00:00Z")).toBe(
      "2026-03-12",
    );
    // About the inquiry, still to come; the collapse is past and background.
    expect(dateOf("An inquiry into Tuesday's collapse will begin on March 23, the government said.", THURSDAY)).toBe(
      "2026-03-23",
    );
    expect(dateOf("Residents who fled Sunday's eruption have been staying in schools.", THURSDAY)).toBeNull();
    // What the sentence tells answers the event (an inquiry into it, arrests over it), on a day it does not give.
    expect(dateOf("The regulator has ordered an inquiry into Sunday's blackout in the city.", THURSDAY)).toBeNull();
    expect(dateOf("Police arrested two men over Monday's attack on the depot.", THURSDAY)).toBeNull();
    expect(dateOf("It was the strongest tremor since Tuesday's earthquake.", THURSDAY)).toBeNull();
    // Still the event's own day when it is where the sentence happens or its subject.
    expect(dateOf("About 120,000 homes lost power in Sunday's blackout.", THURSDAY)).toBe("2026-03-08");
    expect(dateOf("Shares fell 6 percent on Thursday, the day after Wednesday's trading halt.", THURSDAY)).toBe(
      "2026-03-12",
    );
  });

  it("leaves a day inside the subject to what it describes when a passive present perfect tells the news", () => {
    expect(
      dateOf("The record of 40.1C at Fenwick airfield on March 3 has been confirmed by the weather service.", THURSDAY),
    ).toBeNull();
    expect(dateOf("The vote on Tuesday has been postponed by the council.", THURSDAY)).toBeNull();
    // Active, the subject's day is the news's ("has left" is the storm's doing); with a day of its own, that day.
    expect(dateOf("The storm on Tuesday has left thousands without power.", THURSDAY)).toBe("2026-03-10");
    expect(dateOf("The record of 40.1C on March 3 was confirmed on Wednesday.", THURSDAY)).toBe("2026-03-11");
  });

  it("reads a past day after a present perfect's object as what the object tells of, not the news", () => {
    // A present perfect takes no finished past time: the sinking was last week, the inquiry is news.
    expect(
      dateOf(
        "The accident branch has opened an inquiry into the sinking of the yacht off the headland last week.",
        THURSDAY,
      ),
    ).toBeNull();
    expect(dateOf("Officials have confirmed the death of a climber on Sunday.", THURSDAY)).toBeNull();
    // As some wires write it, with nothing the day could be of but the act: the act's day.
    expect(dateOf("Police have arrested a man on Monday.", THURSDAY)).toBe("2026-03-09");
    // Another verb between: the day is that verb's.
    expect(dateOf("Police have said a man was arrested on Monday.", THURSDAY)).toBe("2026-03-09");
  });

  it("reads “next Thursday” written on a Wednesday as the Thursday of the week after, not tomorrow", () => {
    // Wednesday 11 March 2026.
    expect(
      dateOf("The council will debate the outage at a special meeting next Thursday.", "2026-03-11T09:00:00Z"),
    ).toBe("2026-03-19");
    expect(dateOf("The council will debate the outage at a special meeting on Thursday.", "2026-03-11T09:00:00Z")).toBe(
      "2026-03-12",
    );
    expect(dateOf("The council will debate the outage at a special meeting next Friday.", "2026-03-11T09:00:00Z")).toBe(
      "2026-03-13",
    );
  });

  it("reads a Sunday paper's “this week” still to come as the week starting the next day", () => {
    // Sunday 15 March 2026: the week of Monday 16 March is to come, that of Monday 9 March just ended.
    const sunday = "2026-03-15T09:00:00Z";
    expect(dateOf("A new manager is expected to be appointed this week.", sunday)).toBe("2026-03-16");
    expect(dateOf("A new manager will be appointed next week.", sunday)).toBe("2026-03-16");
    expect(dateOf("The board met the manager's agent earlier this week.", sunday)).toBe("2026-03-09");
    // Any other day, the week still to come is the week of the paper.
    expect(dateOf("A new manager is expected to be appointed this week.", "2026-03-14T09:00:00Z")).toBe("2026-03-09");
  });

  it("dates a future told to an audience by the telling (“…will cost $48 million, Cho told the school board on Friday”)", () => {
    // Saturday 14 March 2026.
    const saturday = "2026-03-14T10:00:00Z";
    expect(dateOf("The deal will cost the district $48 million, Cho told the school board on Friday.", saturday)).toBe(
      "2026-03-13",
    );
    expect(dateOf("The plant will close, Cho told reporters on Friday.", saturday)).toBe("2026-03-13");
    expect(dateOf("The plant will close, Cho told a House committee Friday.", saturday)).toBe("2026-03-13");
    // What the audience was told is to come: its day is the closing's.
    expect(dateOf("Cho told the staff it would close on Friday.", saturday)).toBe("2026-03-20");
    expect(dateOf("Cho told them it would close on Friday.", saturday)).toBe("2026-03-20");
    // A year in the description of the one who tells is theirs, not the news.
    expect(
      dateOf(
        "Ann Reed, the engineer who inspected the bridge in 2023, told the inquiry on Friday that she had been rushed.",
        saturday,
      ),
    ).toBe("2026-03-13");
    expect(dateOf("Inflation slowed to 2.4 percent in February, the office told reporters on Friday.", saturday)).toBe(
      "2026-02",
    );
  });

  it("takes a span of years for a period, not the date of the sentence's news", () => {
    expect(dateOf("Her first marriage lasted from 1943 to 1947.", THURSDAY)).toBeNull();
    expect(dateOf("Her pin-up days lasted from 1951-1957, in dozens of magazines.", THURSDAY)).toBeNull();
    expect(dateOf("She returned to the stage in 2005 after a long break.", "2005-11-03T10:00:00Z")).toBe("2005");
  });

  it("reads an ISO date, and leaves a day/month or month/day date without a sure order undated", () => {
    expect(dateOf("The agency's bulletin of 2026-03-11 raised the alert level to red.", THURSDAY)).toBe("2026-03-11");
    expect(dateOf("A notice at the harbour dated 03/01 said ferries would resume.", THURSDAY)).toBeNull();
    expect(dateOf("The ferry notice of 04/03/2026 said sailings would resume.", THURSDAY)).toBeNull();
  });

  it("puts a month and day without a year in the right year across the year end", () => {
    // Saturday 2 January 2027, and Wednesday 30 December 2026.
    expect(dateOf("The governor said on Dec. 31 that schools would stay closed.", "2027-01-02T10:00:00Z")).toBe(
      "2026-12-31",
    );
    expect(dateOf("The airport will reopen on Jan. 3 if the ash clears.", "2026-12-30T12:00:00Z")).toBe("2027-01-03");
  });

  it("reads a weekday named in an article of that weekday as the day itself, and “last Monday” as a week before", () => {
    // Monday 4 January 2027.
    expect(
      dateOf("Ash stopped falling on the capital on Monday, the weather service said.", "2027-01-04T07:30:00Z"),
    ).toBe("2027-01-04");
    expect(dateOf("The agency raised the alert level last Monday.", "2027-01-04T07:30:00Z")).toBe("2026-12-28");
  });

  it("keeps the publication day as written in its own time zone (21:30 in New York is 02:30 GMT the next day)", () => {
    expect(
      dateOf(
        "The chief executive told reporters in New York tonight that the company would pay.",
        "2026-11-12T21:30:00-05:00",
      ),
    ).toBe("2026-11-12");
  });

  it("dates “two days later” from the day the sentence before it states, and nothing without one", () => {
    const published = "2027-01-02T10:00:00Z";
    const text =
      "The lava front crossed the coast road on Dec. 30.\n\nTwo days later, it stopped short of the harbour.";
    expect(dateOf(text, published, "Two days later")).toBe("2027-01-01");
    expect(dateOf("Two days later, it stopped short of the harbour.", published)).toBeNull();
  });

  it("reads a live blog's time stamps as times of its own day, never as dates, and the day after as the coming one", () => {
    const blog = [
      "Updated 3 min ago",
      "8:15 p.m.",
      "The capsule has reached the men, the company says.",
      "10:42 p.m. The first miner has been brought to the surface and walked to the ambulance.",
      "23:58 GMT",
      "Rescuers have now brought 11 men to the surface; three remain underground.",
      "00:40 GMT",
      "All 14 miners are out, early on Friday, after 58 hours underground.",
    ].join("\n\n");
    const thursdayEvening = "2026-03-12T18:00:00Z";
    expect(dateOf(blog, thursdayEvening, "Updated")).toBeNull();
    expect(dateOf(blog, thursdayEvening, "8:15")).toBeNull();
    expect(dateOf(blog, thursdayEvening, "The capsule has reached")).toBe("2026-03-12");
    // The sentence splitter puts "10:42 p.m." on its own: its line still dates the news after it.
    expect(dateOf(blog, thursdayEvening, "The first miner")).toBe("2026-03-12");
    expect(dateOf(blog, thursdayEvening, "Rescuers have now brought")).toBe("2026-03-12");
    expect(dateOf(blog, thursdayEvening, "All 14 miners are out")).toBe("2026-03-13");
    // One stamp under a title that says the article is live dates what follows it, paragraphs included.
    const live = (title: string) =>
      findDateMentions(
        articleSentences([
          prepareArticle({
            input: "live",
            title,
            originalText:
              "12:50 — The head of the march has reached the square.\n\nOrganisers say 250,000 people have joined the march so far.",
            publishedAt: "2026-11-28T13:00:00Z",
          }),
        ]),
      ).map((mention) => [mention.item.sentence.text.slice(0, 10), mention.date]);
    expect(live("Hospital cuts march: live updates")).toEqual([
      ["12:50 — Th", "2026-11-28"],
      ["Organisers", "2026-11-28"],
    ]);
    expect(live("Hospital cuts march draws a crowd")).toEqual([]);
    // Outside a live blog, a Friday named in a Thursday paper is still the last one.
    expect(dateOf("All the miners were out early on Friday.", THURSDAY)).toBe("2026-03-06");
  });
});

describe("findDateMentions in an undated article of a dated story", () => {
  const mentionsOf = (undated: string) => {
    const articles = [
      prepareArticle({
        input: "dated",
        title: "The eruption goes on",
        originalText: "The lava front crossed the coast road on Wednesday, the agency said.",
        publishedAt: "2027-01-02T10:00:00Z",
      }),
      prepareArticle({ input: "undated", title: "Notes on the eruption", originalText: undated, publishedAt: null }),
    ];
    const items = articleSentences(articles);
    return findDateMentions(items).filter((mention) => mention.item.article.publishedAt === null);
  };

  it("puts a month and day without a year in the year it takes among the story's dated articles", () => {
    expect(mentionsOf("On Dec. 30 the lava front crossed the coast road at the bay.").map((m) => m.date)).toEqual([
      "2026-12-30",
    ]);
  });

  it("leaves weekdays, and a month and day far from the story's days, undated", () => {
    expect(mentionsOf("The eruption began on a Sunday evening, the agency said.")).toEqual([]);
    expect(mentionsOf("The lava front crossed the coast road on Tuesday, the agency said.")).toEqual([]);
    expect(mentionsOf("The village was first flooded on June 12 by a landslide.")).toEqual([]);
  });

  it("dates no line of background told by a year before the story's dated reports, as in a dated article", () => {
    expect(mentionsOf("The band played the same stage in 2015 without any trouble.")).toEqual([]);
    expect(mentionsOf("A smaller eruption in 2019 closed the same road for a week.")).toEqual([]);
    // The story's own year stays the undated article's date.
    expect(mentionsOf("The road was first closed in 2027 by a lava flow.").map((m) => m.date)).toEqual(["2027"]);
  });
});

describe("findDateMentions on what a “since …” phrase governs (timeline9)", () => {
  it("dates “won for the first time since 1994 on Thursday” by the Thursday, and “since Monday” stays a period", () => {
    expect(
      dateOf("The club won the league for the first time since 1994 on Thursday, beating the leaders 2-0.", THURSDAY),
    ).toBe("2026-03-12");
    expect(dateOf("Prices have risen for the first time since 2019 in the capital.", THURSDAY)).toBe(null);
    expect(dateOf("Workers have been on strike since Monday at the plant.", THURSDAY)).toBe(null);
    expect(dateOf("No rain has fallen since March 2 in the valley.", THURSDAY)).toBe(null);
  });
});

describe("findDateMentions on statements, plans measured against what happened, and an obituary's last line (timeline13)", () => {
  // Wednesday 6 October 2027.
  const WEDNESDAY = "2027-10-06T19:00:00Z";

  it("dates a statement about a thing named by its day (“the valve that failed on Monday”) by the statement", () => {
    const text =
      "Corvane said on Wednesday that the valve that failed on Monday was 30 years old and had last been inspected in 2022.";
    expect(dateOf(text, WEDNESDAY)).toBe("2027-10-06");
    // What a saying reports happened on its day stays that day's news.
    expect(dateOf("Corvane said on Wednesday that a valve failed on Monday.", WEDNESDAY)).toBe("2027-10-04");
  });

  it("reads a day measured against its plan (“a day later than planned”) as past, not as one to come", () => {
    const text =
      "The Environment Agency lifted its warning on the River Alder on Tuesday, a day later than planned, after two rounds of clean tests.";
    expect(dateOf(text, "2027-10-13T15:00:00Z")).toBe("2027-10-12");
  });

  it("gives a plan told in the past perfect no date of its own, never the coming weekday", () => {
    const text = "The spacewalk had first been planned for Wednesday but was put off after a spacesuit fan failed.";
    expect(dateOf(text, "2027-01-02T21:00:00Z")).toBe(null);
    expect(dateOf("The spacewalk is planned for Wednesday, mission managers said.", "2026-12-28T08:30:00Z")).toBe(
      "2026-12-30",
    );
  });

  it("dates an obituary's “X, who died on Feb. 9, was 85” by the death, and a relative clause before other news not at all", () => {
    expect(dateOf("Vance, who died on Feb. 9, was 85.", "2027-02-18T19:30:00Z")).toBe("2027-02-09");
    expect(
      dateOf("Lindqvist, who first met Vance as a campaign volunteer in 1986, said the council would vote.", WEDNESDAY),
    ).toBe(null);
  });

  it("keeps a baseline's day in words (“up from two on Tuesday”) off the date, as one in digits", () => {
    expect(dateOf("There have been three deaths since Monday, up from two on Tuesday.", WEDNESDAY)).toBe(null);
    expect(dateOf("The toll rose to four on Wednesday, up from two on Monday.", WEDNESDAY)).toBe("2027-10-06");
    expect(dateOf("Ferries from one island to another were halted on Tuesday.", WEDNESDAY)).toBe("2027-10-05");
  });

  it("keeps a multiple's baseline (“four times the figure the company gave on Saturday”) off the date", () => {
    const text =
      "As much as 3,000 barrels of crude oil may have leaked from the pipeline, the Coast Guard said on Sunday, more than four times the figure the company gave on Saturday.";
    expect(dateOf(text, "2026-11-22T19:00:00Z")).toBe("2026-11-22");
  });

  it("keeps the year a thing came from (“tiaras given to the city … in 1931”) off a present-tense sentence", () => {
    const text = "Three of the pieces are diamond tiaras given to the city by the Verbruggen family in 1931.";
    expect(dateOf(text, "2026-11-09T10:00:00Z")).toBe(null);
    // Another clause before the year: the year is that clause's.
    const praised =
      "She is well liked in Hollywood and her performance as the host of the show in 2007 was widely praised.";
    expect(dateOf(praised, null)).toBe("2007");
  });

  it("keeps the year of one thing a sentence counts (“the last of them in March 2024”) off its date", () => {
    const text = "Meridian, which was launched in 2019, has had two smaller leaks, the last of them in March 2024.";
    expect(dateOf(text, "2026-12-28T08:30:00Z")).toBe(null);
  });
});

describe("findDateMentions on an event told in a relative clause on its subject, and “whose” (timeline14)", () => {
  // Wednesday 17 March 2027.
  const WEDNESDAY = "2027-03-17T18:00:00Z";

  it("dates a sentence that opens with an event and tells its day in a relative clause on it by that day", () => {
    const text = "An explosion that struck a fireworks warehouse late on Tuesday killed three people.";
    expect(dateOf(text, WEDNESDAY)).toBe("2027-03-16");
    expect(dateOf("The storm, which made landfall on Monday, flattened dozens of homes.", WEDNESDAY)).toBe(
      "2027-03-15",
    );
    // The saying's day after it does not make the event background.
    const quake = "An earthquake that struck on Monday killed at least 40 people, officials said on Tuesday.";
    expect(dateOf(quake, WEDNESDAY)).toBe("2027-03-15");
    // A main clause that tells of now, or says what the event was, is not its news; nor is an event
    // long before the article.
    expect(dateOf("The fire that broke out on Monday is still burning.", WEDNESDAY)).toBe(null);
    expect(dateOf("The fire that broke out on Monday was the worst in the town for a decade.", WEDNESDAY)).toBe(null);
    expect(dateOf("A flood that hit the valley on Jan. 3 cost the council £2 million.", WEDNESDAY)).toBe(null);
  });

  it("dates a subject event by its relative clause's day when the main clause tells the event in the passive or an inquiry's finding (timeline26)", () => {
    const fire = "A fire that destroyed the town library on Sunday night was started deliberately, police said.";
    expect(dateOf(fire, WEDNESDAY)).toBe("2027-03-14");
    expect(dateOf("A fire that destroyed the town library on Sunday night is being treated as arson.", WEDNESDAY)).toBe(
      "2027-03-14",
    );
    // An incident as well as an event: a failure, a leak, a blaze.
    const failure =
      "The pipe failure that flooded the high street on Monday was caused by roadworks, the company said.";
    expect(dateOf(failure, WEDNESDAY)).toBe("2027-03-15");
    // A finding told with the day it was announced is that day's news.
    const announced =
      "The pipe failure that flooded the high street on Monday was caused by roadworks, the company said on Tuesday.";
    expect(dateOf(announced, WEDNESDAY)).toBe("2027-03-16");
    // A saying on the paper's own day is only the report it carries: the finding stays the event's.
    const today =
      "The pipe failure that flooded the high street on Monday was caused by roadworks, the company said today.";
    expect(dateOf(today, WEDNESDAY)).toBe("2027-03-15");
    const sameDay =
      "A blaze that gutted the old mill on Monday night is being treated as arson, police said on Wednesday.";
    expect(dateOf(sameDay, WEDNESDAY)).toBe("2027-03-15");
    // Still of now, or what the event was: no news of its day.
    expect(dateOf("The leak that began on Monday has closed the road.", WEDNESDAY)).toBe(null);
    expect(dateOf("The blaze that broke out on Monday is still burning.", WEDNESDAY)).toBe(null);
  });

  it("dates people told by a relative clause between commas by its day when the main clause tells what they did then (timeline26)", () => {
    const text = "Firefighters, who were called at 11pm on Sunday, fought the flames for six hours.";
    expect(dateOf(text, WEDNESDAY)).toBe("2027-03-14");
    // Not a saying, a state of now, a passive (when?), nor a year that tells who they are.
    expect(dateOf("Ann Holt, who was elected on Sunday, said she would act.", WEDNESDAY)).toBe(null);
    expect(dateOf("Residents, who fled on Sunday, are still in a hotel.", WEDNESDAY)).toBe(null);
    expect(dateOf("Two climbers, who set out on Sunday morning, were rescued.", WEDNESDAY)).toBe(null);
    expect(dateOf("Eklund, who became chief executive in 2022, led the talks.", WEDNESDAY)).toBe(null);
  });

  it("keeps a year in a participle phrase or a closing relative clause on a thing off the sentence's date (timeline26)", () => {
    // An irregular participle ("laid", "bought"), a participle after a noun in an appositive, one that
    // ends the sentence after "last", and a closing "which" clause on a thing long before the article.
    expect(dateOf("The main, laid in 1911, runs under the street for almost a mile.", WEDNESDAY)).toBe(null);
    expect(dateOf("The library, a listed building last refurbished in 2009, was destroyed.", WEDNESDAY)).toBe(null);
    expect(dateOf("The fire destroyed the library, last refurbished in 2009.", WEDNESDAY)).toBe(null);
    expect(
      dateOf("Firefighters fought the flames at the library, which was last refurbished in 2009.", WEDNESDAY),
    ).toBe(null);
    // An act's place ("where it launched in 2012") and a year of the main clause keep their dates (in a
    // report of that year: an earlier year alone is background, dates14).
    expect(dateOf("The project raised $2.4 million on Kickstarter, where it launched in 2012.", "2012-10-14")).toBe(
      "2012",
    );
    expect(dateOf("The library was rebuilt in 1925 after a previous fire.", "1925-10-14")).toBe("1925");
  });

  it("ends a relative clause at its own date when a past verb follows: the date after that verb is the main clause's", () => {
    expect(dateOf("The strike that began on Monday ended on Tuesday.", WEDNESDAY)).toBe("2027-03-16");
    expect(dateOf("Residents who fled the fire that broke out on Monday returned home on Tuesday.", WEDNESDAY)).toBe(
      "2027-03-16",
    );
    // With no verb after its date, the relative clause stays background.
    expect(dateOf("Negotiators met in Doha to end the conflict that began in 2023.", WEDNESDAY)).toBe(null);
  });

  it("keeps a year in a relative clause with “whose” between commas off the date of the main clause", () => {
    expect(dateOf("Marta Silva, 64, whose husband died of lung cancer in 2018, spoke at the vigil.", WEDNESDAY)).toBe(
      null,
    );
    const text = "Marta Silva, 64, whose husband died of lung cancer in 2018, spoke at the vigil on Tuesday.";
    expect(dateOf(text, WEDNESDAY)).toBe("2027-03-16");
  });
});

describe("findDateMentions on people named by what they did, figures' periods and clauses joined on (timeline15)", () => {
  // Wednesday 17 March 2027.
  const WEDNESDAY = "2027-03-17T18:00:00Z";

  it("dates a sentence that opens with people named by a relative clause with a day by that day", () => {
    const text = "Firefighters who reached the warehouse on Tuesday night pulled two men from the rubble.";
    expect(dateOf(text, WEDNESDAY)).toBe("2027-03-16");
    const vigil = "More than 200 people who gathered in the square on Monday lit candles for the victims, police said.";
    expect(dateOf(vigil, WEDNESDAY)).toBe("2027-03-15");
    // What they said, what they are now, and a relative clause on an object tell no day.
    expect(dateOf("Witnesses who saw the crash on Monday said the driver had been speeding.", WEDNESDAY)).toBe(null);
    expect(dateOf("Passengers who were stranded on Monday have been given vouchers.", WEDNESDAY)).toBe(null);
    expect(dateOf("Anyone who travelled through the airport on Monday should call a doctor.", WEDNESDAY)).toBe(null);
    // A past relative clause keeps its day past, whatever the main clause's tense.
    const refund = readDateExpressions("People who bought tickets on Monday will get a refund.", "2027-03-17");
    expect(refund).toMatchObject([{ date: "2027-03-15", prospective: false }]);
    const due = readDateExpressions("Workers who are expected to return on Monday will be paid.", "2027-03-17");
    expect(due).toMatchObject([{ date: "2027-03-22", prospective: true }]);
    expect(dateOf("Detectives questioned two men who robbed a jeweller on Monday.", WEDNESDAY)).toBe(null);
  });

  it("ends a “since” phrase at its day when a past verb follows: the day after that verb is the sentence's", () => {
    const text = "Drivers who had picketed the depot since last Friday went back to work on Tuesday morning.";
    expect(dateOf(text, WEDNESDAY)).toBe("2027-03-16");
  });

  it("keeps a day in a relative clause between commas off the date of the saying after it", () => {
    const text = "Council leader Ines Marr, who met the minister on Monday, said on Tuesday that talks would go on.";
    expect(dateOf(text, WEDNESDAY)).toBe("2027-03-16");
  });

  it("keeps the period of a figure told in a relative clause off the sentence's date, commas in the figure or not", () => {
    const text = "The company, whose revenue was €1,200 million in 2026, said on Tuesday it would close the mill.";
    expect(dateOf(text, WEDNESDAY)).toBe("2027-03-16");
    const throughput =
      "The line's throughput, which averaged 148,000 barrels a day in 2026, makes it one of the busiest.";
    expect(dateOf(throughput, WEDNESDAY)).toBe(null);
    expect(dateOf("The mill makes a third of Norberg's paper, which was 41,000 tonnes last year.", WEDNESDAY)).toBe(
      null,
    );
    // A figure's commas end no clause, and "more than" before a figure is a hedge, not a baseline.
    expect(dateOf("The index plunged more than 1,100 points on Monday.", WEDNESDAY)).toBe("2027-03-15");
    // An act in such a clause is the sentence's news when it has no other date.
    expect(dateOf("The game was first sold on Kickstarter, where it raised $2.4 million in 2012.", "2012-10-14")).toBe(
      "2012",
    );
  });

  it("keeps a past fine told in a clause joined on with a subject of its own off an undated first clause", () => {
    const text =
      "The dam failed two of its last four inspections, state records show, and its owner was fined $400,000 in 2022 over leaks.";
    expect(dateOf(text, WEDNESDAY)).toBe(null);
    // The fine as the sentence's own news, and a clause that goes on with the same subject, keep the year.
    expect(dateOf("The dam's owner was fined $400,000 in 2022 over leaks.", WEDNESDAY)).toBe("2022");
    expect(dateOf("The band toured Europe twice, and in 1998 released its last album.", "1998-06-10")).toBe("1998");
  });

  it("dates a thing named with a participle and a recent day (“The offer, made on Monday, is worth…”) by that day", () => {
    expect(dateOf("The offer, made on Monday, is worth £2 billion in cash.", WEDNESDAY)).toBe("2027-03-15");
    expect(dateOf("The contract, signed in 2021, expired on Monday.", WEDNESDAY)).toBe("2027-03-15");
    expect(dateOf("The fire, reported on Monday, is still burning.", WEDNESDAY)).toBe(null);
    expect(dateOf("The offer, made on Monday, was rejected by the board.", WEDNESDAY)).toBe(null);
    // A thing named with more words: a poll for a paper, a report by a committee.
    expect(
      dateOf(
        "A Harbourline Research poll for the Evening Herald, published on Monday, put the mayor on 41 percent.",
        WEDNESDAY,
      ),
    ).toBe("2027-03-15");
  });

  it("reads a day that hangs on a fixed occasion as scheduled, whatever is expected of it", () => {
    const forecastOf = (sentence: string) =>
      readDateExpressions(sentence, "2027-03-17").find((expression) => expression.date === "2027-03-18")?.forecast;
    expect(forecastOf("Analysts expect the bank to cut rates at its meeting on Thursday.")).toBe(false);
    expect(forecastOf("Analysts expect the group to announce job cuts with its results on Thursday.")).toBe(false);
    expect(forecastOf("Analysts expect the bank to cut rates on Thursday.")).toBe(true);
  });
});

describe("findDateMentions on a month named last or next, the day before, weekends and dates in figures (timeline16)", () => {
  it("reads “last December” written in December as the December before, and “next March” in March as the one after", () => {
    const resigned = "The treasurer resigned last December after auditors found gaps in the accounts.";
    expect(dateOf(resigned, "2027-12-28T16:00:00Z")).toBe("2026-12");
    // Written in January, last December is the month just gone.
    expect(dateOf(resigned, "2028-01-14T16:00:00Z")).toBe("2027-12");
    expect(dateOf("The treasurer resigned in December after an audit.", "2027-12-28T16:00:00Z")).toBe("2027-12");
    const reopening = readDateExpressions("The museum will reopen next March.", "2028-03-14");
    expect(reopening).toMatchObject([{ date: "2029-03" }]);
  });

  it("counts “the day before”, “a day earlier” back from the day the sentence before states", () => {
    const text =
      "Mayor Tom Reilly said on Wednesday that the city would sue. The council had voted the day before to freeze her pension.";
    expect(dateOf(text, "2027-12-30T09:00:00Z", "The council")).toBe("2027-12-28");
    const earlier = "Police arrested a man on Friday. Two days earlier, he had been seen near the depot.";
    expect(dateOf(earlier, "2027-12-30T09:00:00Z", "Two days")).toBe("2027-12-22");
    const week = "Police arrested a man on Friday. A week earlier, the council had rejected the plan.";
    expect(dateOf(week, "2027-12-30T09:00:00Z", "A week")).toBe("2027-12-17");
    // "The next day" closing its clause is the day after the one before.
    const next = "The leak began late on Tuesday. A worker died the next day, the company said.";
    expect(dateOf(next, "2029-09-06T11:00:00Z", "A worker")).toBe("2029-09-05");
    // "The following Monday" is counted from another day, never from the publication's.
    expect(dateOf("The hearing was adjourned to the following Monday.", "2027-12-20T09:00:00Z")).toBe(null);
    const following =
      "She returned on Friday, March 13, and on the following Monday the girl found letters in her desk.";
    expect(readDateExpressions(following, "2026-03-18").map((expression) => expression.date)).toEqual(["2026-03-13"]);
    // A day before another thing named is counted from that thing, not the sentence before.
    const named = "Police arrested a man on Friday. The rule took effect the day before the election.";
    expect(dateOf(named, "2027-12-30T09:00:00Z", "The rule")).toBe(null);
  });

  it("tells a weekend at its Saturday: the last one, or the coming one in a future tense", () => {
    // Monday 9 October 2028.
    expect(dateOf("Thirteen more people fell ill over the weekend.", "2028-10-09T13:00:00Z")).toBe("2028-10-07");
    expect(dateOf("The government agreed at the weekend to cut spending.", "2028-10-11T13:00:00Z")).toBe("2028-10-07");
    // Written on a Sunday, this weekend is under way; last weekend is the one before.
    expect(dateOf("Crowds gathered this weekend in the square.", "2028-10-08T13:00:00Z")).toBe("2028-10-07");
    expect(dateOf("Crowds gathered last weekend in the square.", "2028-10-08T13:00:00Z")).toBe("2028-09-30");
    const coming = readDateExpressions("The line will be closed over the weekend.", "2028-10-11");
    expect(coming).toMatchObject([{ date: "2028-10-14", prospective: true }]);
    // "this weekend" in a Friday's paper is the coming one, whatever the tense.
    expect(readDateExpressions("The park is closed this weekend.", "2028-10-13")).toMatchObject([
      { date: "2028-10-14", prospective: true },
    ]);
    // A weekend that names an event is no date of the sentence.
    expect(readDateExpressions("Police said the weekend's protests were peaceful.", "2028-10-09")).toEqual([]);
  });

  it("reads a holiday on a fixed day as its month and day, across the year end", () => {
    // Sunday 2 January 2028: New Year's Eve was last year's.
    expect(dateOf("Fireworks were cancelled on New Year's Eve because of the wind.", "2028-01-02T10:00:00Z")).toBe(
      "2027-12-31",
    );
    expect(dateOf("The shop was robbed on Christmas Eve, police said.", "2027-12-28T10:00:00Z")).toBe("2027-12-24");
    expect(dateOf("The man was arrested on Boxing Day.", "2027-12-28T10:00:00Z")).toBe("2027-12-26");
    const law = readDateExpressions("The new law takes effect on New Year’s Day.", "2027-12-28");
    expect(law).toMatchObject([{ text: "New Year’s Day", date: "2028-01-01", prospective: true }]);
    // A year written after it is its year.
    expect(dateOf("The singer died on Christmas Eve, 2016, at her home.", "2027-12-28T10:00:00Z")).toBe("2016-12-24");
    // The past event an anniversary is of is no date of the sentence.
    const anniversary = "Two films aired this month before the 20th anniversary of her death on Christmas night, 1996.";
    expect(dateOf(anniversary, "2016-12-10T10:00:00Z")).toBe(null);
    // A season, and an event named by its holiday, are no day of the sentence.
    expect(readDateExpressions("Sales were strong over Christmas.", "2027-12-28")).toEqual([]);
    expect(dateOf("Police said the Christmas Eve shooting was not random.", "2027-12-28T10:00:00Z")).toBe(null);
  });

  it("reads a hope to do something as the subject's plan, and a hope for an outcome as a forecast", () => {
    const own = readDateExpressions("The company said it hoped to reopen some restaurants next Monday.", "2028-10-06");
    expect(own).toMatchObject([{ date: "2028-10-09", prospective: true, forecast: false }]);
    const outcome = readDateExpressions("Officials hope the water will recede by Friday.", "2028-10-04");
    expect(outcome).toMatchObject([{ date: "2028-10-06", prospective: true, forecast: true }]);
  });

  it("reads “this Thursday” as the day of the publication's week, and a present tense for what is fixed as to come", () => {
    // Tuesday 7 March 2028.
    expect(dateOf("The council meets this Thursday to decide on the library.", "2028-03-07T10:00:00Z")).toBe(
      "2028-03-09",
    );
    expect(dateOf("The council voted this Tuesday to close the library.", "2028-03-09T10:00:00Z")).toBe("2028-03-07");
    const meet = readDateExpressions("The two leaders meet in Geneva on Friday.", "2028-03-07");
    expect(meet).toMatchObject([{ date: "2028-03-10", prospective: true }]);
    const closes = readDateExpressions("Voting closes at 10 p.m. on Thursday.", "2028-03-07");
    expect(closes).toMatchObject([{ date: "2028-03-09", prospective: true }]);
    // Monday 20 December 2027: a sentencing named by a month and day is next year's.
    expect(readDateExpressions("He faces sentencing on Jan. 14.", "2027-12-20")).toMatchObject([
      { date: "2028-01-14" },
    ]);
    // "close to" is no closing; a show's name before "this morning" is no "this Sunday".
    expect(
      readDateExpressions("Soldiers stand guard close to the border on Monday, March 13.", "2028-03-14"),
    ).toMatchObject([{ prospective: false }]);
    // A past or negated meeting stays past.
    expect(readDateExpressions("The two leaders did not meet on Friday.", "2028-03-07")).toMatchObject([
      { date: "2028-03-03", prospective: false },
    ]);
    expect(readDateExpressions("The two leaders met in Geneva on Friday.", "2028-03-07")).toMatchObject([
      { date: "2028-03-03", prospective: false },
    ]);
    // A fixture or a visit in the present is to come; a noun's "foul play" or "a visit" tells no tense.
    expect(readDateExpressions("Castlebridge play Millbrook Rovers at home on Saturday.", "2028-03-07")).toMatchObject([
      { date: "2028-03-11", prospective: true },
    ]);
    expect(readDateExpressions("The Prince visits the hospital on Friday.", "2028-03-07")).toMatchObject([
      { date: "2028-03-10", prospective: true },
    ]);
    expect(readDateExpressions("Police suspect foul play on Monday.", "2028-03-07")).toMatchObject([
      { date: "2028-03-06", prospective: false },
    ]);
    expect(readDateExpressions("After a visit on Monday, the minister left.", "2028-03-07")).toMatchObject([
      { date: "2028-03-06", prospective: false },
    ]);
  });

  it("reads a weekday abbreviated with its full stop, never a newspaper or a verb", () => {
    // Wednesday 5 September 2029.
    expect(
      dateOf("The leak was reported shortly before midnight on Tue., the sheriff said.", "2029-09-05T12:00:00Z"),
    ).toBe("2029-09-04");
    expect(
      readDateExpressions("A memorial service will be held Thurs. at St. Anne's Church.", "2029-09-11"),
    ).toMatchObject([{ text: "Thurs.", date: "2029-09-13", prospective: true }]);
    expect(
      readDateExpressions("Schools will stay closed through Fri., the district said on Wed.", "2030-01-10"),
    ).toMatchObject([
      { text: "Fri.", date: "2030-01-11", prospective: true },
      { text: "Wed.", date: "2030-01-09", reporting: true },
    ]);
    // "Tues." and "Weds.", which the parser does not know, with their words as written.
    expect(readDateExpressions("The vote was held Tues. in the capital.", "2029-09-06")).toMatchObject([
      { text: "Tues.", start: 18, end: 23, date: "2029-09-04" },
    ]);
    expect(readDateExpressions("Schools reopen Weds., the district said.", "2029-09-03")).toMatchObject([
      { text: "Weds.", date: "2029-09-05", prospective: true },
    ]);
    expect(readDateExpressions("The story was first reported by The Sun.", "2030-01-10")).toEqual([]);
    expect(readDateExpressions("The mayor told the Las Vegas Sun.", "2030-01-10")).toEqual([]);
    expect(readDateExpressions("On Tue., the mayor resigned.", "2030-01-10")).toMatchObject([{ date: "2030-01-08" }]);
    expect(readDateExpressions("The couple will wed. Their families sat.", "2030-01-10")).toEqual([]);
  });

  it("dates a sentence by the month or year an event noun is named for when that event is its subject, never a period's figures", () => {
    // Monday 4 March 2030.
    expect(dateOf("Last month's storm dumped 120mm of rain on the cliffs.", "2030-03-04T07:00:00Z")).toBe("2030-02");
    expect(dateOf("Last month's state inspection found no problems.", "2029-09-06T11:00:00Z")).toBe("2029-08");
    expect(dateOf("Last month's figures showed a rise in sales.", "2030-03-04T07:00:00Z")).toBe(null);
    expect(dateOf("Crews are still repairing damage from last month's storm.", "2030-03-04T07:00:00Z")).toBe(null);
    // A year the same way; a comparison with last year's event stays background.
    expect(dateOf("Last year's flood destroyed the footbridge.", "2030-03-04T07:00:00Z")).toBe("2029");
    expect(dateOf("Turnout was higher than in last year's election.", "2030-03-04T07:00:00Z")).toBe(null);
    // An occasion held once a year: a festival, a race, a final.
    expect(dateOf("Last year's carnival, held in the rain, drew 40,000 people.", "2030-03-04T07:00:00Z")).toBe("2029");
    expect(dateOf("Last year's final was settled on penalties.", "2030-03-04T07:00:00Z")).toBe("2029");
    expect(dateOf("Tickets cost more than at last year's festival.", "2030-03-04T07:00:00Z")).toBe(null);
  });

  it("counts a fortnight as fourteen days, back from the publication day or the day the sentence before states", () => {
    // Tuesday 5 March 2030.
    expect(
      dateOf("The cutting was inspected a fortnight ago and showed no sign of movement.", "2030-03-05T12:00:00Z"),
    ).toBe("2030-02-19");
    const earlier = "Police arrested a man on Friday. A fortnight earlier, he had been seen near the depot.";
    expect(dateOf(earlier, "2030-03-05T12:00:00Z", "A fortnight")).toBe("2030-02-15");
  });

  it("reads a deadline after “might”, “may” or “should” as still to come, never a guess about the past", () => {
    // Wednesday 9 January 2030.
    expect(
      readDateExpressions("Ridgeline said full power might not be restored until Sunday.", "2030-01-09"),
    ).toMatchObject([{ date: "2030-01-13", prospective: true }]);
    expect(readDateExpressions("The road may reopen by Friday.", "2030-01-09")).toMatchObject([
      { date: "2030-01-11", prospective: true },
    ]);
    expect(readDateExpressions("He may have left the city by Sunday.", "2030-01-09")).toMatchObject([
      { date: "2030-01-06", prospective: false },
    ]);
    expect(readDateExpressions("Officials could not be reached until Sunday.", "2030-01-09")).toMatchObject([
      { date: "2030-01-06", prospective: false },
    ]);
    // A span told in the present holds from or until a day to come; in the past, one gone.
    expect(readDateExpressions("The warning runs from Tuesday until the end of Thursday.", "2030-01-13")).toMatchObject(
      [
        { date: "2030-01-15", prospective: true },
        { date: "2030-01-17", prospective: true },
      ],
    );
    expect(readDateExpressions("The ban is in force from Monday.", "2030-01-09")).toMatchObject([
      { date: "2030-01-14", prospective: true },
    ]);
    expect(readDateExpressions("The festival ran until Sunday.", "2030-01-09")).toMatchObject([
      { date: "2030-01-06", prospective: false },
    ]);
    // What one can do "through" a day is open until it: the day to come, in the same year.
    expect(
      readDateExpressions("Customers can claim refunds through March 31, the company said.", "2031-03-11"),
    ).toMatchObject([{ date: "2031-03-31", prospective: true }]);
    expect(readDateExpressions("Customers could claim refunds through March 31.", "2031-04-11")).toMatchObject([
      { date: "2031-03-31", prospective: false },
    ]);
    // "should" sets a deadline to come too; "should have" looks back.
    expect(
      readDateExpressions("The authority said the backlog should be cleared by Thursday.", "2030-01-13"),
    ).toMatchObject([{ date: "2030-01-17", prospective: true }]);
    expect(readDateExpressions("The report should have been filed by Thursday.", "2030-01-13")).toMatchObject([
      { date: "2030-01-10", prospective: false },
    ]);
  });

  it("reads a date in figures only when one reading alone can be meant", () => {
    // Tuesday 14 March 2028: 4 March is past, so a deadline "by 3/4" is 3 April.
    expect(dateOf("Applications must be made by 3/4.", "2028-03-14T10:00:00Z")).toBe("2028-04-03");
    // A day over 12 leaves one reading.
    expect(dateOf("The river peaked on 14/3 at 4.2 metres.", "2028-03-20T10:00:00Z")).toBe("2028-03-14");
    expect(dateOf("The river peaked on 3/14 at 4.2 metres.", "2028-03-20T10:00:00Z")).toBe("2028-03-14");
    // Both readings near: no date rather than a guess.
    expect(dateOf("The river peaked on 3/4, the agency said.", "2028-04-10T10:00:00Z")).toBe(null);
    // Fractions and names are no dates.
    expect(readDateExpressions("Output was cut by 3/4 of its level.", "2028-03-14")).toEqual([]);
    expect(readDateExpressions("The agreement was signed after 9/11.", "2028-03-14")).toEqual([]);
    expect(readDateExpressions("The fund was set up on 9/11.", "2028-03-14")).toEqual([]);
  });
});

describe("findDateMentions on a participle that tells what happened to the people a sentence names", () => {
  // Thursday 13 May 2027.
  const published = "2027-05-13T08:00:00Z";

  it("dates “rescued 12 of the students abducted … on Monday” by when it was said, not by the abduction", () => {
    expect(
      dateOf(
        "Security forces rescued 12 of the students abducted from a school in Dabo on Monday, the army said on Tuesday.",
        published,
      ),
    ).toBe("2027-05-11");
  });

  it("keeps the day of a main verb after the participle's phrase, and of a main verb followed by its object", () => {
    expect(dateOf("The students abducted from a school in Dabo were freed late on Wednesday.", published)).toBe(
      "2027-05-12",
    );
    expect(dateOf("Gunmen abducted 31 students from a school in Dabo on Monday.", published)).toBe("2027-05-10");
  });
});

describe("findDateMentions on a request with a deadline and an earlier event in an “after” clause", () => {
  // Monday 5 April 2027.
  const monday = "2027-04-05T08:00:00Z";

  it("reads “asked the parties to report back by Friday” as the coming Friday, and a past order's day as past", () => {
    expect(dateOf("The king has asked the parties to report back by Friday.", monday)).toBe("2027-04-09");
    expect(dateOf("Police told residents to leave on Saturday.", monday)).toBe("2027-04-03");
  });

  it("reads an order's start, “ordered to house their birds from Thursday”, as still to come", () => {
    expect(dateOf("Poultry keepers have been ordered to house their birds from Thursday.", monday)).toBe("2027-04-08");
    expect(dateOf("Crews worked from Saturday to clear the road.", monday)).toBe("2027-04-03");
  });

  it("reads a thing's origin before 1900 (“built in 1884”) as background, never a count after “in”", () => {
    expect(readDateExpressions("The dam was built in 1884 by the engineer John Hale.", "2027-04-05")).toMatchObject([
      { text: "1884", date: "1884", precision: "year", background: true },
    ]);
    expect(readDateExpressions("Floodwater poured in 1500 metres downstream.", "2027-04-05")).toEqual([]);
    // The saying's day stays the sentence's.
    expect(dateOf("The dam was built in 1884 by the engineer John Hale, the council said on Saturday.", monday)).toBe(
      "2027-04-03",
    );
    // A year before 1900 ending the sentence after "in" is a year, whatever the verb; a count goes on.
    expect(readDateExpressions("The mill owner gave the town its library in 1891.", "2027-04-05")).toMatchObject([
      { text: "1891", date: "1891", precision: "year", background: true },
    ]);
    expect(readDateExpressions("The pumps moved water in 1500 tonne loads.", "2027-04-05")).toEqual([]);
  });

  it("gives a sentence whose only dates are a thing's origin before 1900 no date, not its paper's day", () => {
    const article = prepareArticle({
      input: "test",
      title: "A story about a dam",
      originalText:
        "The dam burst on Saturday.\n\nThe dam was built in 1884.\n\nThe mill owner gave the town its library in 1891.",
      publishedAt: monday,
    });
    const items = articleSentences([article]);
    expect(sentenceDates(items, findDateMentions(items)).map((when) => when?.date ?? null)).toEqual([
      "2027-04-03",
      null,
      null,
    ]);
  });

  it("reads “have until Friday to” as a deadline still to come", () => {
    expect(dateOf("Detectives have until Friday to charge or release them.", monday)).toBe("2027-04-09");
    expect(dateOf("The tenants were given until Friday to leave.", monday)).toBe("2027-04-09");
  });

  it("gives a present statement about a thing named by the day it did something (“the sightings that shut the airport on Saturday”) no date of that day", () => {
    const text =
      "Police are questioning two people arrested over the drone sightings that shut the airport on Saturday.";
    expect(dateOf(text, monday)).toBeNull();
    // The day of what the sentence itself tells stays its own.
    expect(dateOf("Drone sightings shut the airport on Saturday.", monday)).toBe("2027-04-03");
  });

  it("dates a sentence by its main clause's day, not the day of what came before it in an “after” clause", () => {
    const meeting =
      "Marit de Boer will meet King Willem on Friday to discuss the next steps after talks broke down yesterday, the palace said.";
    expect(dateOf(meeting, monday)).toBe("2027-04-09");
    expect(dateOf("The miner died on Sunday after falling on Saturday.", monday)).toBe("2027-04-04");
    // The only day, in the "after" clause, stays the sentence's.
    expect(dateOf("After talks broke down on Saturday, the union called a strike.", monday)).toBe("2027-04-03");
    // A main clause that only plans for a month ("will get a rise from October") gives no day: the
    // deal told in the past after it is the sentence's news, not a day to come.
    const deal =
      "Nurses will get a 4 percent rise from October after the union and ministers reached a deal on Saturday.";
    expect(dateOf(deal, monday)).toBe("2027-04-03");
  });
});

describe("findDateMentions on a change measured from a month", () => {
  it("takes “rose 0.4 percent from July” as the baseline of a change, never its date", () => {
    expect(dateOf("Average hourly earnings rose 0.4 percent from July.", "2027-09-03T13:00:00Z")).toBe(null);
    expect(dateOf("Shares in Halden rose 3 percent on Monday.", "2027-09-03T13:00:00Z")).toBe("2027-08-30");
  });

  it("takes the day of a contest whose outcome the sentence tells as its date", () => {
    const vote = "Varga's minority government narrowly survived Thursday night's confidence vote, 39 to 40.";
    expect(dateOf(vote, "2027-11-12T07:45:00Z")).toBe("2027-11-11");
    // A contest named by its day in a clause about something else stays background.
    const retire = "Kovac, who won Sunday's final, said he would retire.";
    expect(dateOf(retire, "2027-11-12T07:45:00Z")).toBe(null);
  });

  it("takes the date of a forecast a figure is measured from as background, not a descent's day", () => {
    const revised = "Halden now expects revenue of $16 billion, down from a forecast of $17.2 billion given in May.";
    expect(dateOf(revised, "2027-08-05T13:00:00Z")).toBe(null);
    expect(dateOf("The climbers came down from the summit on Tuesday.", "2027-08-05T13:00:00Z")).toBe("2027-08-03");
  });

  it("takes the day figures were published as the day they were told, not the month they count", () => {
    const text = "The economy created 210,000 jobs last month, government figures showed on Friday.";
    expect(dateOf(text, "2027-09-03T13:00:00Z")).toBe("2027-08");
  });

  it("dates a result told in a vote named by its day at that day, an attack's day still background", () => {
    const published = "2027-04-05T08:00:00Z";
    expect(dateOf("The Liberal Union won 41 of the 150 seats in the March 7 vote.", published)).toBe("2027-03-07");
    expect(dateOf("Three people were killed in the March 2 attack.", published)).toBe(null);
  });
});

describe("findDateMentions on deadlines, days of the month and abbreviated weekdays (timeline18)", () => {
  // Friday 11 April 2031.
  const friday = "2031-04-11T07:00:00Z";

  it("reads a deadline set in the past at the reading nearest the paper's day, not always next year's", () => {
    expect(
      dateOf("Kestrel was ordered to pay the money by March 3 but has paid nothing, the court heard.", friday),
    ).toBe("2031-03-03");
    expect(dateOf("The landlord was told to repair the roof by May 3.", friday)).toBe("2031-05-03");
    // A deadline still to meet stays ahead.
    expect(dateOf("The landlord must repair the roof by March 3.", friday)).toBe("2032-03-03");
  });

  it("reads a day of the month alone as the nearest such day, still to come in a future tense", () => {
    expect(dateOf("The tenants' claim for their belongings will be heard on the 14th.", friday)).toBe("2031-04-14");
    expect(dateOf("Friends plan a memorial climb on the ledge on the 18th.", "2031-05-12T09:00:00Z")).toBe(
      "2031-05-18",
    );
    expect(dateOf("The ferry left the harbour on the 28th.", "2031-05-03T09:00:00Z")).toBe("2031-04-28");
    // Asked in the past to answer by a day: it may have passed; asked now, it is to come.
    expect(dateOf("Residents were asked to respond by the 10th.", "2031-04-16T09:00:00Z")).toBe("2031-04-10");
    expect(dateOf("The council asks residents to respond by the 10th.", "2031-04-16T09:00:00Z")).toBe("2031-05-10");
    expect(dateOf("The fire started on the 14th floor of the block.", friday)).toBe(null);
    expect(dateOf("The fire spread on the 2nd and 3rd floors of the block.", friday)).toBe(null);
    expect(dateOf("The church was rebuilt in the 18th century.", friday)).toBe(null);
  });

  it("reads a weekday abbreviated without its full stop before a comma", () => {
    const saturday = "2031-10-11T09:00:00Z";
    expect(dateOf("Engineers returned to the school Thurs, and found two more cracked beams.", saturday)).toBe(
      "2031-10-09",
    );
    expect(dateOf("Fans sang in the square, Sun, sand and music all afternoon.", saturday)).toBe(null);
  });

  it("reads arrangements told in the present (“The funeral is Sat.”) as days to come", () => {
    const thursday = "2031-05-08T10:00:00Z";
    expect(dateOf("The funeral is Sat. at 11 a.m. at St. Mary's Church in Conway.", thursday)).toBe("2031-05-10");
    expect(dateOf("Calling hours are Fri. from 4 to 7 p.m. at the funeral home.", thursday)).toBe("2031-05-09");
    // An event named by its day after "is" is no arrangement.
    expect(dateOf("The highlight of the week is Saturday's win over Leeds.", thursday)).toBe("2031-05-03");
  });

  it("dates an event this month's, or a day's, possessive names when the sentence tells what happened in it", () => {
    expect(dateOf("This month's inspection found cracks in 14 of the 30 beams.", "2031-10-10T16:00:00Z")).toBe(
      "2031-10",
    );
    expect(
      dateOf("More than 200 parents packed Thursday's meeting at the leisure centre.", "2031-10-17T15:00:00Z"),
    ).toBe("2031-10-16");
  });

  it("reads the day of an event called off as the one nearest the paper's day", () => {
    const funDay = "Saturday's fun day on the school field has been cancelled.";
    expect(readDateExpressions(funDay, "2031-10-17")[0]?.date).toBe("2031-10-18");
    // The cancellation itself is Friday's news, the day it was told (timeline24).
    expect(dateOf(funDay, "2031-10-17T15:00:00Z")).toBe("2031-10-17");
    expect(dateOf("Saturday's match was postponed because of a frozen pitch.", "2031-10-20T09:00:00Z")).toBe(
      "2031-10-18",
    );
  });

  it("takes “on a Tuesday morning” for no particular day, but “at a Tuesday news conference” for one", () => {
    expect(dateOf("The locks were changed on a Tuesday morning while the tenants were at work.", friday)).toBe(null);
    expect(dateOf("The market is held every Friday.", friday)).toBe(null);
    // A weekday before its noun is one day.
    expect(dateOf("Reid said at a Tuesday news conference that he would run.", friday)).toBe("2031-04-08");
  });
});

describe("findDateMentions on a relative clause without “that” (timeline18)", () => {
  it("takes the year of a thing a relative clause with no “that” names for background, not the news", () => {
    const pledge = "The “Clean Water Pledge” the mayor signed in 2023 promised monthly testing at every station.";
    expect(dateOf(pledge, "2031-04-16T09:00:00Z")).toBe(null);
    expect(dateOf("The company the family founded in 1950 was sold on Monday.", "2031-04-16T09:00:00Z")).toBe(
      "2031-04-14",
    );
    expect(dateOf("The mayor signed the pledge in 2023.", "2023-04-16T09:00:00Z")).toBe("2023");
  });
});

describe("findDateMentions on an undated post's past months (timeline18)", () => {
  const mentionsOf = (undated: string) => {
    const articles = [
      prepareArticle({
        input: "dated",
        title: "Landlord given 48 hours",
        originalText: "A judge on Thursday gave the landlord 48 hours to pay the tenants.",
        publishedAt: "2031-04-11T07:00:00Z",
      }),
      prepareArticle({ input: "undated", title: "How we won", originalText: undated, publishedAt: null }),
    ];
    return findDateMentions(articleSentences(articles)).filter((mention) => mention.item.article.publishedAt === null);
  };

  it("puts a past month alone in the year it takes before the story's days, no more than half a year back", () => {
    expect(mentionsOf("The tribunal found in our favour in February.").map((mention) => mention.date)).toEqual([
      "2031-02",
    ]);
    expect(mentionsOf("The block was first sold in July.")).toEqual([]);
  });

  it("keeps a weekday abbreviated without its stop as the post's undated news", () => {
    const articles = [
      prepareArticle({
        input: "dated",
        title: "School shut",
        originalText: "The school closed its main building on Friday.",
        publishedAt: "2031-10-11T09:00:00Z",
      }),
      prepareArticle({
        input: "undated",
        title: "Newsletter",
        originalText: "Engineers came back Thurs, and found two more cracked beams.",
        publishedAt: null,
      }),
    ];
    expect(undatedNews(articleSentences(articles)).map((item) => item.sentence.text)).toEqual([
      "Engineers came back Thurs, and found two more cracked beams.",
    ]);
  });

  it("leaves a month in a relative clause, and one to come, unplaced", () => {
    expect(mentionsOf("The margin was narrower than the lead that our polling had predicted in March.")).toEqual([]);
    expect(mentionsOf("We will hold a party in March.")).toEqual([]);
  });
});

describe("findDateMentions on 'planned' before a noun", () => {
  it("reads 'waiting for planned treatment at the end of October' as past, not next October", () => {
    expect(
      dateOf(
        "More than 52,000 patients were waiting for planned treatment at the end of October, NHS England said.",
        "2026-11-20T06:00:00Z",
      ),
    ).toBe("2026-10-31");
  });
});

describe("findDateMentions on reports stamped near midnight UTC (timeline19)", () => {
  it("reads a weekday the day after a late UTC stamp as that day, when the week before lies before the story", () => {
    // Saturday 4 August 2029, 23:10 UTC: already Sunday in Athens.
    expect(
      dateOf(
        "A ferry ran aground off Naxos on Saturday evening.\n\nTwo passengers were confirmed missing early on Sunday.",
        "2029-08-04T23:10:00Z",
        "Two passengers",
      ),
    ).toBe("2029-08-05");
    // Stamped at noon, the Sunday before is read as ever.
    expect(dateOf("Two passengers were confirmed missing early on Sunday.", "2029-08-04T12:00:00Z")).toBe("2029-07-29");
    // A stamp in the writer's own zone already tells its day.
    expect(dateOf("Two passengers were confirmed missing early on Sunday.", "2029-08-04T23:10:00+01:00")).toBe(
      "2029-07-29",
    );
  });

  it("keeps the week before when the story's first report was before it", () => {
    const articles = [
      prepareArticle({
        input: "first",
        title: "Ferry strike called",
        originalText: "Ferry crews voted to strike, the union said.",
        publishedAt: "2029-07-27T10:00:00Z",
      }),
      prepareArticle({
        input: "second",
        title: "Ferry strike goes on",
        originalText: "The union rejected the offer on Sunday.",
        publishedAt: "2029-08-04T23:10:00Z",
      }),
    ];
    const items = articleSentences(articles);
    const item = items.find((candidate) => candidate.sentence.text.startsWith("The union rejected"))!;
    expect(findDateMentions(items).find((mention) => mention.item === item)?.date).toBe("2029-07-29");
  });

  it("reads “this evening” told as done in a paper stamped just after midnight UTC as the evening before", () => {
    expect(dateOf("Divers found the missing fisherman's boat off Peniche this evening.", "2029-08-04T00:20:00Z")).toBe(
      "2029-08-03",
    );
    expect(dateOf("Divers found the missing fisherman's boat off Peniche this evening.", "2029-08-04T09:00:00Z")).toBe(
      "2029-08-04",
    );
    // A plan for tonight is still tonight's.
    expect(dateOf("Divers will search the harbour again tonight.", "2029-08-04T00:20:00Z")).toBe("2029-08-04");
  });
});

describe("readDateExpressions on spans still to come (timeline19)", () => {
  it("reads “within 48 hours” after a future, a modal or an aim as the span's last day, from the day it was said", () => {
    // Wednesday 10 March 2027.
    expect(
      readDateExpressions(
        "Harbour officials said on Monday that they hoped to refloat the barge “within 48 hours”.",
        "2027-03-10",
      ).map(({ text, date, prospective, forecast }) => ({ text, date, prospective, forecast })),
    ).toEqual([
      { text: "Monday", date: "2027-03-08", prospective: false, forecast: false },
      { text: "within 48 hours", date: "2027-03-10", prospective: true, forecast: false },
    ]);
    expect(readDateExpressions("The pass could reopen within two days, rangers said.", "2027-03-10")).toMatchObject([
      { text: "within two days", date: "2027-03-12", prospective: true },
    ]);
    expect(
      readDateExpressions("The council will publish its findings in the next 10 days.", "2027-03-10"),
    ).toMatchObject([{ text: "in the next 10 days", date: "2027-03-20", prospective: true }]);
  });

  it("reads no date in how long something took", () => {
    expect(readDateExpressions("The boy was found within 48 hours of going missing.", "2027-03-10")).toEqual([]);
    expect(readDateExpressions("Only 61 percent were seen within four hours.", "2027-03-10")).toEqual([]);
  });
});

describe("readDateExpressions on a date's own tense (timeline22)", () => {
  it("reads a day before a relative or reported clause by the tense of the day's clause, not the later clause's", () => {
    // Tuesday 21 December 2027.
    expect(
      readDateExpressions(
        "The full council approved a recovery plan on Monday that will close four libraries.",
        "2027-12-21",
      ),
    ).toMatchObject([{ text: "Monday", date: "2027-12-20", prospective: false }]);
    expect(
      readDateExpressions("The operator confirmed on Monday, which is when the line will reopen.", "2027-12-21"),
    ).toMatchObject([{ text: "Monday", date: "2027-12-20", prospective: false }]);
    // A future before the day still makes it one to come.
    expect(
      readDateExpressions("The council will vote on Monday on a plan that would close libraries.", "2027-12-21"),
    ).toMatchObject([{ text: "Monday", date: "2027-12-27", prospective: true }]);
  });

  it("reads an occasion someone has been summoned or invited to by its day as still to come", () => {
    // Wednesday 18 October 2028.
    expect(
      readDateExpressions(
        "The Transport Secretary has summoned the operator's chief executive to a meeting on Friday.",
        "2028-10-18",
      ),
    ).toMatchObject([{ text: "Friday", date: "2028-10-20", prospective: true }]);
    expect(
      readDateExpressions("Union leaders have been invited to talks on Monday, the ministry said.", "2028-10-18"),
    ).toMatchObject([{ text: "Monday", date: "2028-10-23", prospective: true }]);
    // Told in the past, the meeting may be gone: the last Friday.
    expect(readDateExpressions("The chief executive was summoned to a meeting on Friday.", "2028-10-18")).toMatchObject(
      [{ text: "Friday", date: "2028-10-13", prospective: false }],
    );
  });
});

describe("readDateExpressions on promises with a deadline (timeline22)", () => {
  it("reads a promise to do a thing, or of a thing, “by the end of” a month as still to come", () => {
    // Tuesday 11 May 2027.
    expect(
      readDateExpressions("The council has promised to publish a review by the end of June.", "2027-05-11"),
    ).toMatchObject([{ date: "2027-06-30", prospective: true }]);
    expect(
      readDateExpressions("The mayor has promised a review of the bus contracts by the end of June.", "2027-05-11"),
    ).toMatchObject([{ date: "2027-06-30", prospective: true, background: false }]);
  });
});

describe("readDateExpressions on postponements and relative clauses (timeline23)", () => {
  it("reads a day something was “put back to” as the new one to come, whatever the tense", () => {
    // Friday 9 April 2027: April 26 is the coming one, not last year's.
    expect(
      readDateExpressions("The hearing has been put back to April 26 because the judge is ill.", "2027-04-09"),
    ).toMatchObject([{ text: "April 26", date: "2027-04-26", prospective: true }]);
    expect(readDateExpressions("The vote was put back to May 20.", "2027-04-09")).toMatchObject([
      { date: "2027-05-20", prospective: true },
    ]);
  });

  it("reads the day after a relative clause closed by a passive main verb as the main clause's", () => {
    // Monday 8 March 2027.
    expect(
      dateOf(
        "The trial of a warehouse boss over a roof collapse that killed two workers was adjourned on Monday.",
        "2027-03-08T17:00:00Z",
      ),
    ).toBe("2027-03-08");
    expect(dateOf("A man who stabbed a neighbour was jailed on Friday for nine years.", "2027-03-08T17:00:00Z")).toBe(
      "2027-03-05",
    );
    // A relative clause whose own verb is the passive stays on its noun.
    expect(
      readDateExpressions("Shares in the company that was founded in 1990 fell sharply.", "2027-03-08"),
    ).toMatchObject([{ date: "1990", background: true }]);
  });

  it("reads the day after a relative clause closed by an active main verb as the main clause's (timeline28)", () => {
    // Monday 8 March 2027.
    expect(
      dateOf("The trawlers that had gathered off Kelby Head began heading home on Saturday.", "2027-03-08T17:00:00Z"),
    ).toBe("2027-03-06");
    expect(dateOf("A ferry that lost power near the harbour mouth sank on Sunday night.", "2027-03-08T17:00:00Z")).toBe(
      "2027-03-07",
    );
    // The relative clause's own date stays on its noun.
    expect(readDateExpressions("The ferry that sank on Sunday was built in 1988.", "2027-03-08")).toMatchObject([
      { text: "Sunday", background: true },
      { text: "1988" },
    ]);
  });
});

describe("findDateMentions on datelines, filings and background told around the news (timeline23)", () => {
  it("reads a wire dateline's day as the day filed, and the day the sentence tells as its news", () => {
    // Wednesday 21 July 2027.
    expect(
      dateOf(
        "LONDON, July 21 (Reuters) - The Met Office lifted its red warning on Tuesday evening, as cooler air moved in.",
        "2027-07-21T11:00:00Z",
      ),
    ).toBe("2027-07-20");
    // A dateline of a date and its agency alone, the day before the paper's.
    expect(
      dateOf(
        "Oct 8 (Reuters) - Trading in Lakeshore options jumped on Thursday, prompting questions.",
        "2027-10-08T21:00:00Z",
      ),
    ).toBe("2027-10-07");
    // Alone, the dateline's day is still the sentence's.
    expect(dateOf("LONDON, July 21 (Reuters) - Cooler air moved in from the Atlantic.", "2027-07-21T11:00:00Z")).toBe(
      "2027-07-21",
    );
    // A place with its country before the day (timeline24).
    expect(
      dateOf(
        "LEVERTON, England, Sept 16 (Reuters) - Engineers on Wednesday found that a culvert had collapsed.",
        "2027-09-16T09:15:00Z",
      ),
    ).toBe("2027-09-15");
  });

  it("reads “said in a filing on Friday” as the day it was said, in the past", () => {
    // Saturday 4 December 2027.
    expect(
      readDateExpressions(
        "Shareholders will vote on the deal on Dec. 16, the bank said in a filing on Friday.",
        "2027-12-04",
      ),
    ).toMatchObject([
      { text: "Dec. 16", date: "2027-12-16", prospective: true },
      { text: "Friday", date: "2027-12-03", reporting: true, prospective: false },
    ]);
  });

  it("takes no date from a relative clause on the speaker named after the saying", () => {
    expect(
      readDateExpressions(
        "“We will be there on the day,” said Ewa Nowak, whose son was killed on 14 June 2023.",
        "2027-04-09",
      ),
    ).toMatchObject([{ date: "2023-06-14", background: true }]);
  });

  it("takes no old date from a long participle phrase on a thing, nor from a collapse the news is about", () => {
    expect(
      readDateExpressions(
        "The record of 40.3C, set at Coningsby in Lincolnshire on July 19, 2022, could be threatened, forecasters said.",
        "2027-07-15",
      ),
    ).toMatchObject([{ date: "2022-07-19", background: true }]);
    expect(
      readDateExpressions(
        "Pollard denies manslaughter over the collapse at his company's Stretford warehouse on 14 June 2023.",
        "2027-03-08",
      ),
    ).toMatchObject([{ date: "2023-06-14", background: true }]);
    // A recent day on such a phrase is still the news's ("The bid, made on Wednesday, …").
    expect(
      readDateExpressions("The bid, made on Wednesday, values the club at £400 million.", "2027-03-12"),
    ).toMatchObject([{ date: "2027-03-10", background: false }]);
  });
});

describe("readDateExpressions on a main verb after an appositive (timeline23)", () => {
  it("keeps an old date told by the main verb after a description between commas", () => {
    expect(
      readDateExpressions(
        "Mark Ellison, a former aide to the mayor, forwarded the emails to two reporters in March 2025, according to the council's report.",
        "2027-06-15",
      ),
    ).toMatchObject([{ date: "2025-03", background: false }]);
  });
});

describe("findDateMentions on cancellations (timeline24)", () => {
  // Wednesday 15 September 2027.
  const wednesday = "2027-09-15T18:30:00Z";

  it("dates a cancellation told as done by the day it was told, not by the day of the thing cancelled", () => {
    expect(
      dateOf(
        "A public meeting planned for Thursday evening at the village hall was called off after it flooded.",
        wednesday,
      ),
    ).toBe("2027-09-15");
    expect(dateOf("Friday's concert in the park has been cancelled because of the flooding.", wednesday)).toBe(
      "2027-09-15",
    );
    expect(dateOf("The orchestra's board called off a planned 2029 tour of China, citing the cost.", wednesday)).toBe(
      "2027-09-15",
    );
    // A day of its own is still its day.
    expect(dateOf("Organisers called off the rest of the festival on Monday morning after talks.", wednesday)).toBe(
      "2027-09-13",
    );
  });

  it("reads no cancellation still to come, in doubt or denied", () => {
    expect(dateOf("The match could be called off if the pitch floods again.", wednesday)).toBeNull();
    expect(dateOf("The meeting was not cancelled despite the flooding in the village.", wednesday)).toBeNull();
    expect(dateOf("Organisers said the concert will be cancelled if the river rises.", wednesday)).toBeNull();
    // Nor a relative clause's, a thing named by it, a score, or cars left behind.
    expect(dateOf("Passengers whose flights were cancelled are owed €250 each in compensation.", wednesday)).toBeNull();
    expect(
      dateOf("The orchestra said it would give a free concert for the cancelled opening night.", wednesday),
    ).toBeNull();
    expect(dateOf("Ferreira cancelled out the header with a penalty in the second half.", wednesday)).toBeNull();
    expect(
      dateOf("Twenty-three vehicles were abandoned in the tunnel as drivers fled the smoke.", wednesday),
    ).toBeNull();
  });

  it("reads a count of things cancelled as a figure of the incident, no cancellation of the paper's day (lead)", () => {
    expect(
      dateOf("A total of 96 trains were cancelled and 12 were terminated early, the operator said.", wednesday),
    ).toBeNull();
    expect(dateOf("A data firm put the number of flights cancelled during the strike at 1,240.", wednesday)).toBeNull();
    // A year is no count: the tour is still called off on the day it was told.
    expect(dateOf("The board called off a planned 2029 tour of China, citing the cost.", wednesday)).toBe("2027-09-15");
  });
});

describe("undatedNews on an account told by its own sequence (timeline24)", () => {
  it("takes “Within minutes”, “Hours later”, “By the second day” and what they count from, in the text's order", () => {
    const articles = [
      prepareArticle({
        input: "dated",
        title: "Crush at festival",
        originalText: "A crush near the main stage injured 19 people late on Friday.",
        publishedAt: "2027-06-12T02:10:00Z",
      }),
      prepareArticle({
        input: "undated",
        title: "What happened at the front",
        originalText: [
          "The trouble started when fans surged forward as the band opened.",
          "Within minutes, stewards were pulling people over the barrier.",
          "Hours later, the festival's app told everyone to leave by the east gate.",
          "By the second day, volunteers had handed out 600 bottles of water.",
          "The band has played the festival four times.",
          "By the second day of next year's festival, a new barrier will be in place.",
        ].join("\n\n"),
        publishedAt: null,
      }),
    ];
    expect(undatedNews(articleSentences(articles)).map((item) => item.sentence.text)).toEqual([
      "The trouble started when fans surged forward as the band opened.",
      "Within minutes, stewards were pulling people over the barrier.",
      "Hours later, the festival's app told everyone to leave by the east gate.",
      "By the second day, volunteers had handed out 600 bottles of water.",
    ]);
  });
});

describe("readDateExpressions reads a deadline “due by the end of” a month as one to come (lead, session 19)", () => {
  it("puts “due by the end of January” in a November paper in the next January", () => {
    const [expression] = readDateExpressions(
      "The council has ordered a review of the city's flood gates, due by the end of January.",
      "2029-11-15",
    );
    expect(expression).toMatchObject({ date: "2030-01-31", prospective: true });
  });
});

describe("findDateMentions on a day's own clause (timeline25)", () => {
  // Friday 21 May 2027.
  const friday = "2027-05-21T09:00:00Z";

  it("dates a weekday after an appositive on the subject when only an attribution follows it", () => {
    expect(dateOf("Two more children, both unvaccinated, tested positive Thursday, the department said.", friday)).toBe(
      "2027-05-20",
    );
    expect(dateOf("Two more children, both unvaccinated, tested positive on Thursday, said Dr. Marsh.", friday)).toBe(
      "2027-05-20",
    );
    expect(
      dateOf("A van, later found burned out, was seen leaving the car park Thursday, according to police.", friday),
    ).toBe("2027-05-20");
    // A participle phrase or a relative clause on a noun before the main clause stays background.
    expect(dateOf("The contract, signed in 2021, runs for three years, the union said.", friday)).toBeNull();
    expect(
      dateOf("Lindqvist, who first met Vance as a campaign volunteer in 1986, said the council would vote.", friday),
    ).toBeNull();
  });

  it("gives a past day the tense of its own predicate, not of a second one joined on after it", () => {
    // Tuesday 5 October 2027.
    const tuesday = "2027-10-05T09:00:00Z";
    expect(dateOf("The ship was towed to port on Monday and is expected to arrive on Wednesday.", tuesday)).toBe(
      "2027-10-04",
    );
    expect(dateOf("On Monday the ship was towed to port and will be repaired at Arnsby.", tuesday)).toBe("2027-10-04");
    // A day with no past verb of its own keeps the future that follows it.
    expect(dateOf("Talks resume on Monday and are expected to last a week.", tuesday)).toBe("2027-10-11");
    expect(dateOf("Volunteers are headed to the village on Friday and will carry food and blankets.", tuesday)).toBe(
      "2027-10-08",
    );
  });

  it("reads a day after “should” or “might” as one to come, and after “should have” as past", () => {
    const tuesday = "2027-10-05T09:00:00Z";
    expect(dateOf("The line should reopen on Monday, the company said.", tuesday)).toBe("2027-10-11");
    expect(dateOf("The ferry should have sailed on Monday, but the crew refused.", tuesday)).toBe("2027-10-04");
    // A modal in another clause after the day is not its tense.
    expect(
      dateOf(
        "The committee on Monday accused the official of misconduct and asked whether she should be charged.",
        tuesday,
      ),
    ).toBe("2027-10-04");
  });

  it("reads the hour something began on a casual day (“from 5am yesterday”) as that day", () => {
    const tuesday = "2027-10-05T17:30:00Z";
    expect(
      dateOf("Pickets gathered at the dock gates from 5am yesterday, and about 40 lorries were turned away.", tuesday),
    ).toBe("2027-10-04");
  });
});

describe("undatedNews on “by the end of the week” and “the morning after the …” (timeline25)", () => {
  it("takes an undated account's moments told by the story's own sequence", () => {
    const articles = [
      prepareArticle({
        input: "dated",
        title: "Snuffboxes stolen",
        originalText: "Thieves broke into the museum early on Monday.",
        publishedAt: "2027-11-08T15:00:00Z",
      }),
      prepareArticle({
        input: "undated",
        title: "A message to our members",
        originalText: [
          "On the morning after the break-in, staff arrived to find glass across the gallery floor.",
          "By the end of that week, more than 2,000 people had signed a card of support.",
          "The society has 900 members.",
          "By the end of the week, a new alarm will be fitted.",
        ].join("\n\n"),
        publishedAt: null,
      }),
    ];
    expect(undatedNews(articleSentences(articles)).map((item) => item.sentence.text)).toEqual([
      "On the morning after the break-in, staff arrived to find glass across the gallery floor.",
      "By the end of that week, more than 2,000 people had signed a card of support.",
    ]);
  });
});

// Tuesday 10 March 2026.
const TUESDAY = "2026-03-10T14:00:00Z";

describe("findDateMentions on a thing's old origin beside its news, and moments hours on (timeline28)", () => {
  it("dates the news of a thing described by its origin year between commas by the news's day, never the year", () => {
    expect(dateOf("The chalice, donated to the abbey by a wool merchant in 1952, was stolen on Sunday.", TUESDAY)).toBe(
      "2026-03-08",
    );
    expect(dateOf("The bandstand, bought by the council in 2003, was torn down on Saturday.", TUESDAY)).toBe(
      "2026-03-07",
    );
    expect(dateOf("The organ given to the chapel in 1948 was damaged on Sunday night.", TUESDAY)).toBe("2026-03-08");
    // A count before a participle still names people something happened to before the news.
    expect(dateOf("Troops rescued 1,200 students abducted from a school in Dabo on Monday.", TUESDAY)).toBeNull();
  });

  it("dates a theft told after a sum by its day, the sum no people taken before the news", () => {
    expect(dateOf("A violin worth £4 million was stolen from the conservatoire early on Monday.", TUESDAY)).toBe(
      "2026-03-09",
    );
    expect(dateOf("Cash worth about 300 thousand euros was seized at the border on Sunday.", TUESDAY)).toBe(
      "2026-03-08",
    );
  });

  it("dates no sentence by a thing's origin told in the passive years before (built, founded, given, bought)", () => {
    expect(dateOf("The signal box was built in 1968.", TUESDAY)).toBeNull();
    expect(dateOf("The chalice was given to the abbey by a wool merchant in 1952.", TUESDAY)).toBeNull();
    expect(dateOf("Fenmore Logistics was founded in 2011 by two former couriers.", TUESDAY)).toBeNull();
    expect(dateOf("The ferry terminal cost £12 million when it opened in 1987.", TUESDAY)).toBeNull();
    // Nor is such a sentence true as of the paper's day.
    const article = prepareArticle({
      input: "test",
      title: "Lido",
      publishedAt: TUESDAY,
      originalText:
        "Northgate lido closed for good on Sunday.\n\nThe lido opened in 1934.\n\nThe chalice was given to the abbey in 1952.",
    });
    const items = articleSentences([article]);
    expect(sentenceDates(items, findDateMentions(items)).slice(1)).toEqual([null, null]);
    expect(dateOf("Northgate lido opened in 1934 and closed for good on Sunday.", TUESDAY)).toBe("2026-03-08");
    // Not an origin, but an earlier year alone: background too (dates14).
    expect(dateOf("The pier was repainted in 2015.", TUESDAY)).toBe(null);
    expect(dateOf("The signal box was built in January.", TUESDAY)).toBe("2026-01");
  });

  it("dates no sentence by a precedent told across a comma or by its place (“once before, in”, “at the same …”)", () => {
    expect(dateOf("Two of the chalices were stolen once before, in 1981.", TUESDAY)).toBeNull();
    expect(dateOf("A stampede at the same gate in 2018 left nine people injured.", TUESDAY)).toBeNull();
    expect(dateOf("Harlow Water was fined £900,000 in 2023 for a similar spill upstream.", TUESDAY)).toBeNull();
    expect(dateOf("Harlow Water was fined £900,000 in 2023 for a spill upstream.", TUESDAY)).toBe("2023");
    // The same thing's own past, no earlier event of the kind, is background too (dates14).
    expect(dateOf("The same gate was rebuilt in 2018.", TUESDAY)).toBe(null);
  });

  it("reads the weekday of an aim told in the past perfect as the one gone, never the coming one", () => {
    const friday = "2026-03-13T15:00:00Z";
    expect(dateOf("The council had planned to reopen the footbridge on Wednesday.", friday)).toBe("2026-03-11");
    expect(dateOf("The tanker had been expected to berth on Tuesday, but fog kept it offshore.", friday)).toBe(
      "2026-03-10",
    );
    // A failed hope keeps its day and its failure: no entry says the men were reached.
    expect(dateOf("Crews had hoped to reach the two cavers on Thursday, but floodwater slowed them.", friday)).toBe(
      "2026-03-12",
    );
    // An aim still held is still to come.
    expect(dateOf("The council plans to reopen the footbridge on Wednesday.", friday)).toBe("2026-03-18");
  });

  it("dates a moment told hours or minutes on from the day the sentence before it states", () => {
    const text = "The jury returned its verdict on Monday afternoon. Marsh resigned two hours later.";
    expect(dateOf(text, TUESDAY, "Marsh resigned")).toBe("2026-03-09");
    const evening = "The pier collapsed on Saturday. Later that evening, divers searched the water.";
    expect(dateOf(evening, TUESDAY, "Later that evening")).toBe("2026-03-07");
    const minutes = "The alarm sounded at the depot on Sunday.\n\nMinutes later, the roof fell in.";
    expect(dateOf(minutes, TUESDAY, "Minutes later")).toBe("2026-03-08");
    // No day before it to count from, or one counted from another anchor: no date of its own.
    expect(dateOf("Marsh resigned two hours later.", TUESDAY)).toBeNull();
    expect(
      dateOf(
        "The pier collapsed on Saturday. Within hours of the collapse, divers were searching.",
        TUESDAY,
        "Within hours",
      ),
    ).toBeNull();
  });
});

describe("findDateMentions on the story's background told by an earlier year (dates14)", () => {
  // Friday 16 March 2029.
  const FRIDAY = "2029-03-16T12:00:00Z";

  it("dates no closing line about another event by its year, nor by the paper's day", () => {
    const article = prepareArticle({
      input: "test",
      title: "Quarry",
      publishedAt: FRIDAY,
      originalText: [
        "Blasting at the quarry was halted on Wednesday.",
        "In 2011, flyrock from a quarry near Shap damaged two cars.",
        "A flood in Carlisle in 2005 forced 3,000 people from their homes.",
      ].join("\n\n"),
    });
    const items = articleSentences([article]);
    const mentions = findDateMentions(items);
    expect(mentions.map((mention) => mention.date)).toEqual(["2029-03-14"]);
    expect(sentenceDates(items, mentions).slice(1)).toEqual([null, null]);
  });

  it("dates no line of the subject's own history by its year", () => {
    expect(dateOf("The stadium was renovated in 2019.", FRIDAY)).toBe(null);
    expect(dateOf("The ship underwent a $2 million refit in 2026.", FRIDAY)).toBe(null);
    expect(dateOf("The council spent £1.2m resurfacing the pitch in 2027, its accounts show.", FRIDAY)).toBe(null);
    expect(dateOf("Lindqvist retired from the fire department in 2021.", FRIDAY)).toBe(null);
  });

  it("keeps the year of a penalty, of someone's account, of the story's beginning, and one of the report's own year", () => {
    expect(dateOf("The operator was fined £40,000 in 2024 for breaching dust limits.", FRIDAY)).toBe("2024");
    expect(dateOf("She said she had reported the cracks to the council in 2024.", FRIDAY)).toBe("2024");
    expect(dateOf("The case began in 2023, when a contractor went to the police.", FRIDAY)).toBe("2023");
    expect(dateOf("The quarry was granted a licence in 2029.", FRIDAY)).toBe("2029");
  });

  it("gives a background line its year as the time of its figures (backgroundYearTime), never to a line of the story", () => {
    const article = prepareArticle({
      input: "test",
      title: "Canal",
      publishedAt: FRIDAY,
      originalText: "The breach flooded 41 homes on Tuesday.\n\nIn 2021, a breach on the same canal flooded 14 homes.",
    });
    const [news, background] = articleSentences([article]);
    expect(backgroundYearTime(background!)).toEqual({ date: "2021", precision: "year", basis: "stated" });
    expect(backgroundYearTime(news!)).toBe(null);
    // An undated article's line, judged against its story's first dated report.
    const undated = prepareArticle({
      input: "explainer",
      title: "Canal",
      publishedAt: null,
      originalText: "In 2021, a breach on the same canal flooded 14 homes.",
    });
    const [line] = articleSentences([undated]);
    expect(backgroundYearTime(line!, "2031-05-02")).toEqual({ date: "2021", precision: "year", basis: "stated" });
    expect(backgroundYearTime(line!)).toBe(null);
  });
});

describe("findDateMentions on a short sentence (dates28)", () => {
  it("dates news told in a few words and closed by a full stop", () => {
    expect(dateOf("The strike is over after four days of talks. Classes resume Monday.", THURSDAY, "Classes")).toBe(
      "2026-03-16",
    );
    expect(dateOf("Storms swept the coast this week. Winds reached 90mph on Tuesday.", THURSDAY, "Winds")).toBe(
      "2026-03-10",
    );
  });

  it("dates no page stamp or bare date line", () => {
    const text = "The strike is over after four days of talks between the two sides.";
    expect(dateOf(`${text}\nUpdated Wednesday.`, THURSDAY, "Updated")).toBe(null);
    expect(dateOf(`${text}\nMarch 11, 2026.`, THURSDAY, "March")).toBe(null);
  });
});
