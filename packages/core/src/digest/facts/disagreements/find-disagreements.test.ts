import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import type { ArticleDraft } from "../../../model/index.js";
import { labourDisputeArticles } from "../../testing/labour-dispute-articles.js";
import { loadSeedArticles } from "../../testing/load-seed-articles.js";
import { twoOutletDisputes } from "../../testing/two-outlet-disputes.js";
import { extractFacts } from "../extract-facts.js";

function draft(source: string, publishedAt: string, originalText: string): ArticleDraft {
  return { input: source, source, publishedAt, title: `${source} report`, originalText };
}

describe("findDisagreements counts only figures that measure the same thing", () => {
  it("finds the one real disagreement of the labour dispute, each side with its outlet", () => {
    const { disagreements } = extractFacts(labourDisputeArticles());
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]!.claims.map((claim) => [claim.value, claim.outlets])).toEqual([
      ["about 3,200", ["Harbour Gazette"]],
      ["3,800", ["Coastal Post"]],
    ]);
    expect(disagreements[0]!.topic).toMatch(/^dockworkers .*Monday/);
  });

  it("sets two outlets' counts of the passengers aboard against each other, but not a licensed capacity", () => {
    const articles = [
      draft(
        "Coastal Times",
        "2026-10-12T06:00:00Z",
        "A ferry capsized off Lesvik on Sunday.\n\nThe MV Aurora was carrying 212 passengers and 18 crew when it overturned, according to its operator.",
      ),
      draft(
        "Island Post",
        "2026-10-12T12:00:00Z",
        "Survivors said the ferry was overloaded.\n\nThe ship's manifest listed 187 passengers on board when it sailed on Sunday evening.\n\nThe harbour master said the Aurora had been licensed to carry 250 passengers.",
      ),
    ].map((item) => prepareArticle(item));
    const { disagreements } = extractFacts(articles);
    expect(disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]))).toEqual([
      [
        ["187", ["Island Post"]],
        ["212", ["Coastal Times"]],
      ],
    ]);
    expect(disagreements[0]?.topic).toMatch(/^passengers aboard/);
  });

  it("sets two outlets' margins of one win against each other, never a lead while counting or a margin over another rival", () => {
    const day = (source: string, publishedAt: string, ...sentences: string[]) =>
      prepareArticle(draft(source, publishedAt, sentences.join("\n\n")));
    const { disagreements } = extractFacts([
      day(
        "Harbor Herald",
        "2026-11-04T13:00:00Z",
        "Elena Ruiz moved ahead of Victor Hale as mail ballots were counted, leading by 1,214 votes on Wednesday morning.",
      ),
      day(
        "Harbor Herald",
        "2026-11-07T01:00:00Z",
        "Elena Ruiz won the Harbor City mayor's race on Friday, finishing 3,870 votes ahead of Victor Hale.",
        "In the council race, Dana Moy won on Friday, beating Carl Ives by 3,100 votes.",
      ),
      day(
        "State News Service",
        "2026-11-07T03:00:00Z",
        "Council member Elena Ruiz was elected mayor on Friday, beating former police chief Victor Hale by 3,780 votes.",
      ),
    ]);
    expect(disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]))).toEqual([
      [
        ["3,780", ["State News Service"]],
        ["3,870", ["Harbor Herald"]],
      ],
    ]);
    expect(disagreements[0]?.topic).toMatch(/^votes margin/);
  });

  it("sets two outlets' crowds at one match against each other, whatever the clause around the crowd plans", () => {
    const day = (source: string, publishedAt: string, text: string) => prepareArticle(draft(source, publishedAt, text));
    const { disagreements } = extractFacts([
      day(
        "Sport Daily",
        "2027-04-18T21:30:00Z",
        "Rovers beat United 3-1 on Sunday.\n\nA crowd of 81,412 watched the semi-final.",
      ),
      day(
        "Evening Chronicle",
        "2027-04-19T08:00:00Z",
        "Rovers will face Athletic in the final on May 22 after their 3-1 win over United on Sunday, watched by a crowd of 84,000.",
      ),
    ]);
    expect(disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]))).toEqual([
      [
        ["81,412", ["Sport Daily"]],
        ["84,000", ["Evening Chronicle"]],
      ],
    ]);
  });

  it("sets two sources' turnout of one day against each other, never a reading while polls were open", () => {
    const day = (source: string, publishedAt: string, ...sentences: string[]) =>
      prepareArticle(draft(source, publishedAt, sentences.join("\n\n")));
    const { disagreements } = extractFacts([
      day(
        "City Desk",
        "2026-11-04T02:00:00Z",
        "Turnout was running at about 38 percent, the city clerk's office said.",
      ),
      day(
        "Harbor Herald",
        "2026-11-04T13:00:00Z",
        "Turnout reached 44 percent, the highest for a mayoral race since 2009, city clerk Angela Moss said.",
      ),
      day(
        "Metro Wire",
        "2026-11-04T18:00:00Z",
        "Turnout in Harbor City's mayoral election was 41 percent, according to the county elections board.",
      ),
    ]);
    expect(disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]))).toEqual([
      [
        ["41 percent", ["Metro Wire"]],
        ["44 percent", ["Harbor Herald"]],
      ],
    ]);
    expect(disagreements[0]?.topic).toMatch(/^percent turnout/);
  });

  it("sets two outlets' figures for one announced job cut against each other, never a later cut or jobs created", () => {
    const day = (source: string, publishedAt: string, ...sentences: string[]) =>
      prepareArticle(draft(source, publishedAt, sentences.join("\n\n")));
    const { disagreements } = extractFacts([
      day(
        "Business Daily",
        "2026-09-07T09:00:00Z",
        "Carmont Foods said on Monday it would close its biscuit factory in Hallam, cutting 480 jobs.",
      ),
      day(
        "Echo-Times",
        "2026-09-07T15:00:00Z",
        "Carmont Foods will close its Hallam biscuit plant with the loss of 450 jobs, the company said on Monday.",
      ),
    ]);
    expect(disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]))).toEqual([
      [
        ["450", ["Echo-Times"]],
        ["480", ["Business Daily"]],
      ],
    ]);
    const apart = extractFacts([
      day("Business Daily", "2026-03-02T09:00:00Z", "Carmont Foods said on Monday it would cut 480 jobs in Hallam."),
      day(
        "Echo-Times",
        "2026-06-15T09:00:00Z",
        "Carmont Foods said on Monday it would cut another 300 jobs in Hallam.",
      ),
      day(
        "Echo-Times",
        "2026-06-15T12:00:00Z",
        "Carmont Foods said it would hire 420 workers at its new plant in Gdansk.",
      ),
    ]);
    expect(apart.disagreements).toEqual([]);
  });

  it("sets a month's figure told by its name against one told as last month in the next month's paper, never another month's", () => {
    const day = (source: string, publishedAt: string, ...sentences: string[]) =>
      prepareArticle(draft(source, publishedAt, sentences.join("\n\n")));
    const { disagreements } = extractFacts([
      day(
        "Harbour Courier",
        "2029-05-04T13:00:00Z",
        "Factories in Westmark added 48,000 jobs in April, the labour ministry said on Friday.",
      ),
      day(
        "Valley Post",
        "2029-05-04T17:00:00Z",
        "Factories in Westmark created 44,000 jobs last month, ministry figures showed on Friday.",
      ),
      day("Harbour Courier", "2029-04-06T13:00:00Z", "Factories in Westmark added 31,000 jobs last month."),
    ]);
    expect(disagreements.map((item) => item.claims.map((claim) => claim.value).sort())).toEqual([["44,000", "48,000"]]);
  });

  it("does not set a count from Tuesday's paper against one stated for Thursday, two days later", () => {
    const articles = [
      draft(
        "Harbour Times",
        "2026-11-10T19:00:00Z",
        "Divers searched the hull.\n\nVarga said 24 people were still missing.",
      ),
      draft(
        "Evening Post",
        "2026-11-12T16:00:00Z",
        "The search went on.\n\nThe coast guard said on Thursday that 34 people had died and 17 were still missing.",
      ),
    ].map((item) => prepareArticle(item));
    const { disagreements, numbers } = extractFacts(articles);
    // The 17 counts the missing, as the 24 does, though it leaves out its noun.
    expect(numbers.filter((mention) => mention.event === "miss").map((mention) => [mention.raw, mention.unit])).toEqual(
      [
        ["24", "people"],
        ["17", "people"],
      ],
    );
    expect(disagreements).toEqual([]);
  });

  it("takes a hedged figure as a rounding only of figures near it: about 2,000 is not 1,800, but is 1,950", () => {
    const story = (company: number, union: string) =>
      extractFacts(
        [
          draft(
            "City Wire",
            "2026-11-05T07:00:00Z",
            `Plants will close.\n\nThe company said on Thursday it would cut ${company.toLocaleString("en")} jobs.`,
          ),
          draft("The Ledger", "2026-11-05T11:30:00Z", `Plants will close.\n\n${union}`),
        ].map((item) => prepareArticle(item)),
      ).disagreements.map((item) => item.claims.map((claim) => claim.value));
    const union = "The union said on Thursday the company would cut about 2,000 jobs.";
    expect(story(1800, union)).toEqual([["1,800", "about 2,000"]]);
    expect(story(1950, union)).toEqual([]);
  });

  it("does not set a demand against an offer, nor an offer against the deal", () => {
    const { disagreements, numbers } = extractFacts(labourDisputeArticles());
    const raises = numbers.filter((mention) => mention.unit === "percent" && mention.event === "raise");
    expect(raises.map((mention) => [mention.value, mention.frame])).toEqual([
      [5, "demand"],
      [4.5, "offer"],
      [4.75, "agreed"],
    ]);
    expect(disagreements.some((item) => /percent/.test(item.topic))).toBe(false);
  });

  it("puts a count that changes over the week on the timeline, not among disagreements", () => {
    const { disagreements, timeline } = extractFacts(labourDisputeArticles());
    expect(disagreements.some((item) => /ship/.test(item.topic))).toBe(false);
    const ships = timeline.filter((entry) => /container ships were waiting/.test(entry.text));
    expect(ships.map((entry) => entry.date)).toEqual(["2026-03-10", "2026-03-12"]);
  });

  it("takes two outlets' different counts of one day's event as a disagreement, and the same count next week as news", () => {
    const sameDay = extractFacts([
      prepareArticle(
        draft("Alpha News", "2026-05-05T08:00:00Z", "About 1,200 nurses walked out at the city hospital on Monday."),
      ),
      prepareArticle(
        draft("Beta Times", "2026-05-05T09:00:00Z", "Some 1,400 nurses walked out at the city hospital on Monday."),
      ),
    ]);
    expect(sameDay.disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([
      ["about 1,200", "some 1,400"],
    ]);
    const weekApart = extractFacts([
      prepareArticle(
        draft("Alpha News", "2026-05-05T08:00:00Z", "About 1,200 nurses walked out at the city hospital on Monday."),
      ),
      prepareArticle(
        draft("Beta Times", "2026-05-12T09:00:00Z", "Some 1,400 nurses walked out at the city hospital on Monday."),
      ),
    ]);
    expect(weekApart.disagreements).toEqual([]);
  });

  it("does not count one outlet's two articles, or counts in two places, as sources disagreeing", () => {
    const oneOutlet = extractFacts([
      prepareArticle(
        draft("Alpha News", "2026-05-05T08:00:00Z", "About 1,200 nurses walked out at the hospital on Monday."),
      ),
      prepareArticle(
        draft(
          "Alpha News",
          "2026-05-05T18:00:00Z",
          "Some 1,400 nurses walked out at the hospital on Monday, union figures show.",
        ),
      ),
    ]);
    expect(oneOutlet.disagreements).toEqual([]);
    const twoPlaces = extractFacts([
      prepareArticle(draft("Alpha News", "2026-05-05T08:00:00Z", "At least 40 people were killed in Rafah on Monday.")),
      prepareArticle(
        draft("Beta Times", "2026-05-05T09:00:00Z", "At least 45 people were killed in Khan Younis on Monday."),
      ),
    ]);
    expect(twoPlaces.disagreements).toEqual([]);
  });

  it("reads money in its currency: two outlets' damage estimates for Monday disagree, a dollar figure and a pound figure do not", () => {
    const dollars = extractFacts([
      prepareArticle(
        draft("Alpha News", "2026-05-05T08:00:00Z", "Insurers said the storm caused $1.2 billion in damage on Monday."),
      ),
      prepareArticle(
        draft(
          "Beta Times",
          "2026-05-05T09:00:00Z",
          "The storm caused $1.4 billion in damage on Monday, state officials said.",
        ),
      ),
    ]);
    expect(dollars.disagreements.map((item) => [item.topic, item.claims.map((claim) => claim.value)])).toEqual([
      ["damage in dollars", ["1.2 billion", "1.4 billion"]],
    ]);
    const currencies = extractFacts([
      prepareArticle(
        draft("Alpha News", "2026-05-05T08:00:00Z", "Insurers said the storm caused $1.2 billion in damage on Monday."),
      ),
      prepareArticle(
        draft(
          "Beta Times",
          "2026-05-05T09:00:00Z",
          "The storm caused £1.3 billion in damage on Monday, state officials said.",
        ),
      ),
    ]);
    expect(currencies.disagreements).toEqual([]);
  });

  it("on the seeds: 1,139 against about 1,200 killed on October 7, but not 35 against 40 hostages", () => {
    const { disagreements } = extractFacts(loadSeedArticles());
    expect(disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([
      ["at least 1,139", "about 1,200"],
    ]);
  });
});

describe("findDisagreements on figures written as two outlets would", () => {
  const disagreementsOf = (first: string, second: string) =>
    extractFacts([
      prepareArticle(draft("First Paper", "2026-05-09T09:00:00Z", first)),
      prepareArticle(draft("Second Paper", "2026-05-09T11:00:00Z", second)),
    ]).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("sets two counts of one thing a third apart against each other", () => {
    expect(
      disagreementsOf(
        "A total of 1,400 ballots were rejected, officials said.",
        "Some 1,900 ballots were rejected as spoiled.",
      ),
    ).toEqual([["1,400", "some 1,900"]]);
  });

  it("reads what reports are of, whichever verb brings them", () => {
    expect(
      disagreementsOf(
        "The company said it had received 112 reports of units overheating.",
        "The regulator said it was aware of 147 reports of the fryers overheating.",
      ),
    ).toEqual([["112", "147"]]);
  });

  it("compares how long the same thing went on", () => {
    expect(
      disagreementsOf(
        "The jury found him guilty on Friday after deliberating for 11 hours.",
        "He was convicted on Friday after the jury deliberated for about 14 hours.",
      ),
    ).toEqual([["11", "about 14"]]);
  });

  it("reads a duration in words, what lasted, and a length set before its noun, hedges respected", () => {
    expect(
      disagreementsOf(
        "The jury deliberated for about nine hours before convicting him on Friday.",
        "Jurors deliberated for more than 12 hours before finding him guilty on Friday.",
      ),
    ).toEqual([["about nine", "more than 12"]]);
    // Two hedged tellings of one deliberation a unit apart are a rounding.
    expect(
      disagreementsOf(
        "The jury deliberated for about nine hours before convicting him on Friday.",
        "After deliberating for about ten hours, the jury convicted him on Friday.",
      ),
    ).toEqual([]);
    // A siege is a standoff; each told days apart, the length of a finished thing holds.
    expect(
      disagreementsOf(
        "The gunman surrendered early on Sunday, ending a 14-hour standoff.",
        "Police charged a man on Monday after a nine-hour siege at a pharmacy on Saturday.",
      ),
    ).toEqual([["nine", "14"]]);
    expect(
      disagreementsOf(
        "The gunman surrendered early on Sunday, ending a 14-hour standoff.",
        "The standoff at the pharmacy lasted nine hours, police said.",
      ),
    ).toEqual([["nine", "14"]]);
    // How long other things went on: a street closed, a search.
    expect(
      disagreementsOf(
        "The gunman surrendered early on Sunday, ending a 14-hour standoff.",
        "The street was closed to traffic for 16 hours, and forensic officers spent 11 hours searching the building.",
      ),
    ).toEqual([]);
  });

  it("compares lengths in two units once converted, each shown in its unit, and never a conversion that agrees", () => {
    expect(
      disagreementsOf(
        "The fire front stretched for 12 kilometres on Monday, officials said.",
        "The fire front stretched for about 9 miles on Monday, officials said.",
      ),
    ).toEqual([["12 kilometres", "about 9 miles"]]);
    expect(
      disagreementsOf(
        "The fire front stretched for 12 kilometres on Monday, officials said.",
        "The fire front stretched for 7.5 miles on Monday, officials said.",
      ),
    ).toEqual([]);
    // A round figure given in another unit is a rounded conversion: "more than 10,000 acres" is 4,200 hectares.
    expect(
      disagreementsOf(
        "The fire has burned 4,200 hectares, officials said on Monday.",
        "The fire has burned more than 10,000 acres, officials said on Monday.",
      ),
    ).toEqual([]);
    expect(
      disagreementsOf(
        "The fire has burned 4,200 hectares, officials said on Monday.",
        "The fire has burned about 8,000 acres, officials said on Monday.",
      ),
    ).toEqual([["about 8,000 acres", "4,200 hectares"]]);
    // Temperatures in two scales: 109°F is 42.8°C.
    expect(
      disagreementsOf(
        "Temperatures reached 43C on Monday afternoon, the weather service said.",
        "Temperatures topped 109 degrees Fahrenheit on Monday, officials said.",
      ),
    ).toEqual([]);
    expect(
      disagreementsOf(
        "Temperatures reached 43C on Monday afternoon, the weather service said.",
        "Temperatures reached 115 degrees Fahrenheit on Monday, officials said.",
      ),
    ).toEqual([["43C", "115 degrees Fahrenheit"]]);
    // Sums in two currencies are never compared.
    expect(
      disagreementsOf(
        "The drugs were worth an estimated £36 million, police said on Thursday.",
        "The drugs were worth an estimated $45 million, police said on Thursday.",
      ),
    ).toEqual([]);
  });

  it("counts the people taken to hospital, whatever the verb, and a bare count after a toll in words (stadium collapse)", () => {
    expect(
      disagreementsOf(
        "Chief Superintendent Joanne Rees of Northshire Police said 47 people had been taken to hospital, several with serious injuries.",
        "Four people died and 38 were taken to hospital after a temporary stand at Riverside Park collapsed on Saturday afternoon, the ambulance service said.",
      ),
    ).toEqual([["38", "47"]]);
    // Those still in hospital are another count than those taken there.
    expect(
      disagreementsOf(
        "Police said 47 people had been taken to hospital.",
        "Thirty people remained in hospital on Saturday night, the ambulance service said.",
      ),
    ).toEqual([]);
  });

  it("reads a trial “of” so many volunteers as those it enrolled, and “aged 4 to 60” as no verb (vaccine trial)", () => {
    expect(
      disagreementsOf(
        "Corbel Biologics said its dengue vaccine was 79% effective in a late-stage trial of 18,400 volunteers in Brazil, Thailand and the Philippines.",
        "The vaccine prevented most symptomatic infections in a late-stage trial that enrolled 19,100 volunteers aged 4 to 60, the company said.",
      ),
    ).toEqual([["18,400", "19,100"]]);
  });

  it("sets two outlets' ages at death of one person against each other (obituary), never an age at school", () => {
    expect(
      disagreementsOf(
        "Eleanor Vance, who became the city's first woman mayor in 1978, died on Tuesday at her home in the city. She was 85.",
        "Tributes poured in for Eleanor Vance, the former mayor and senator who died on Tuesday at 86.",
      ),
    ).toEqual([["85", "86"]]);
    expect(
      disagreementsOf(
        "Vance left school at 16 to work in a cannery. She was 85.",
        "Tributes poured in for Eleanor Vance, who died at 3 a.m. on Tuesday at 86.",
      ),
    ).toEqual([]);
  });

  it("sets figures far apart against each other only when the text compares them as another source's (oil spill)", () => {
    const spill = (second: string, publishedAt = "2026-11-22T19:00:00Z") =>
      extractFacts([
        prepareArticle(
          draft(
            "Reuters",
            "2026-11-21T23:30:00Z",
            "Pacific Crest Energy, which operates the pipeline, said it had shut down the line and that no more than 700 barrels had escaped.",
          ),
        ),
        prepareArticle(draft("Coastal Tribune", publishedAt, second)),
      ]).disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets?.[0]]));
    expect(
      spill(
        "As much as 3,000 barrels of crude oil may have leaked from the pipeline, the Coast Guard said on Sunday, more than four times the figure the company gave on Saturday.",
      ),
    ).toEqual([
      [
        ["no more than 700", "Reuters"],
        ["as much as 3,000", "Coastal Tribune"],
      ],
    ]);
    // With no words setting them against each other, four times apart a day later is another reading.
    expect(
      spill("As much as 3,000 barrels of crude oil may have leaked from the pipeline, the Coast Guard said on Sunday."),
    ).toEqual([]);
    // A source's own earlier figure is a revision, and a figure reported before the other is compared with nothing.
    expect(
      spill("The Coast Guard said on Sunday that 2,500 barrels had escaped, more than three times its initial figure."),
    ).toEqual([]);
    expect(
      spill(
        "As much as 3,000 barrels may have leaked, the Coast Guard said, four times the figure the company gave.",
        "2026-11-20T19:00:00Z",
      ),
    ).toEqual([]);
  });

  it("but not a sentence against the one asked for, nor counts twice apart", () => {
    expect(
      disagreementsOf(
        "He was jailed for 6 years on Friday.",
        "The prosecution had asked for a sentence of 8 years on Friday.",
      ),
    ).toEqual([]);
    expect(
      disagreementsOf(
        "About 600 ballots were rejected, officials said.",
        "Some 1,900 ballots were rejected as spoiled.",
      ),
    ).toEqual([]);
  });

  it("does not set an offer against the improved offer that replaced it the same day", () => {
    const articles = [
      draft("Alpha News", "2026-05-04T10:00:00Z", "The company offered workers a 4 percent pay rise on Monday."),
      draft("Beta Times", "2026-05-04T20:00:00Z", "The company raised its offer to 4.5 percent pay rise on Monday."),
    ].map((item) => prepareArticle(item));
    const { disagreements, numbers } = extractFacts(articles);
    expect(numbers.map((mention) => [mention.value, mention.event, mention.frame])).toEqual([
      [4, "raise", "offer"],
      [4.5, "raise", "offer"],
    ]);
    expect(disagreements).toEqual([]);
  });

  it("sets one thing's move against another outlet's figure for it, never a move of something else", () => {
    // Told for a day in the next day's papers: the day's move (facts15; see the next test for readings).
    const values = (texts: readonly string[]) =>
      extractFacts(
        texts.map((text, index) =>
          prepareArticle(draft(["Alpha News", "Beta Times"][index]!, "2026-10-16T07:00:00Z", text)),
        ),
      ).disagreements.map((item) => item.claims.map((claim) => claim.value));
    expect(
      values([
        "The crown fell 1.2 percent against the euro on Thursday after the decision, while the share index rose 1.8 percent.",
        "The crown fell 0.7 percent against the euro on Thursday after the decision.",
      ]),
    ).toEqual([["0.7 percent", "1.2 percent"]]);
    expect(
      values([
        "The crown fell 1.2 percent on Thursday after the decision.",
        "Bank shares fell 0.9 percent on Thursday after the decision.",
      ]),
    ).toEqual([]);
  });

  it("never sets two outlets' readings of a market during the day against each other, only two closes (facts15)", () => {
    const values = (first: [string, string], second: [string, string]) =>
      extractFacts([
        prepareArticle(draft("Alpha News", first[0], first[1])),
        prepareArticle(draft("Beta Times", second[0], second[1])),
      ]).disagreements.map((item) => item.claims.map((claim) => claim.value));
    const midday = "2026-11-19T13:00:00Z";
    const evening = "2026-11-19T18:00:00Z";
    expect(
      values(
        [midday, "The pound fell 1.2% against the dollar on Thursday after the budget."],
        [evening, "Sterling dropped 1.4% against the dollar, and at one point was down 1.9%."],
      ),
    ).toEqual([]);
    expect(
      values(
        [midday, "The crown fell 1.2 percent against the euro after the decision."],
        [evening, "The crown fell 0.7 percent against the euro after the decision."],
      ),
    ).toEqual([]);
    expect(
      values(
        [evening, "The pound closed 1.6% lower against the dollar on Thursday."],
        ["2026-11-20T06:30:00Z", "Sterling ended Thursday 0.9% down against the dollar."],
      ),
    ).toEqual([["0.9%", "1.6%"]]);
    expect(
      values(
        [evening, "The FTSE 250 index closed down 2.8%."],
        [evening, "The FTSE 250 index fell 1.5% by the close."],
      ),
    ).toEqual([["1.5%", "2.8%"]]);
  });

  it("sets one bidder's offer against another outlet's figure for it, never another bidder's nor the improved offer", () => {
    const articles = [
      draft(
        "Alpha News",
        "2027-01-25T18:00:00Z",
        "Westbridge United made an opening offer of £70 million for the striker.",
      ),
      draft(
        "Beta Times",
        "2027-01-25T21:00:00Z",
        "Almada on Monday rejected a £75 million bid from Westbridge United.",
      ),
      draft("Gamma Radio", "2027-01-25T22:00:00Z", "Almada also turned down a £78 million offer from Northgate."),
      draft(
        "Delta Post",
        "2027-01-26T09:00:00Z",
        "Westbridge United made an improved offer of £80 million for the striker.",
      ),
    ].map((item) => prepareArticle(item));
    expect(extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([
      ["70 million", "75 million"],
    ]);
  });
});

describe("findDisagreements reads rival tolls of named sources at one moment", () => {
  const story = (first: string, second: string) =>
    extractFacts([
      prepareArticle(draft("Alpha News", "2026-11-10T19:00:00Z", first)),
      prepareArticle(draft("Beta Times", "2026-11-10T21:00:00Z", second)),
    ]);

  it("sets two sources' tolls for the same evening against each other, each with its outlet", () => {
    const { disagreements } = story(
      "The death toll from the flood has risen to 31, the Civil Protection Agency said this evening.",
      "The Red Cross said late on Tuesday that 38 people had been killed in the flood.",
    );
    expect(disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]))).toEqual([
      [
        ["31", ["Alpha News"]],
        ["38", ["Beta Times"]],
      ],
    ]);
  });

  it("keeps a toll that rose during the day, and two sources agreeing, off the disagreements", () => {
    const rose = story(
      "The death toll from the flood has risen to 31, the Civil Protection Agency said on Tuesday morning.",
      "The Red Cross said late on Tuesday that 38 people had been killed in the flood.",
    );
    expect(rose.disagreements).toEqual([]);
    const agreeing = story(
      "The death toll from the flood has risen to 38, the Civil Protection Agency said this evening.",
      "The Red Cross said late on Tuesday that 38 people had been killed in the flood.",
    );
    expect(agreeing.disagreements).toEqual([]);
    const oneSource = story(
      "The death toll from the flood has risen to 31, the Civil Protection Agency said this evening.",
      "The Civil Protection Agency said late on Tuesday that 38 people had been killed in the flood.",
    );
    expect(oneSource.disagreements).toEqual([]);
  });

  it("does not set a forecast against an outcome, nor a subset against the total", () => {
    const forecast = story(
      "The death toll from the flood has risen to 31, the Civil Protection Agency said this evening.",
      "The Red Cross said late on Tuesday that the toll could reach 38 people killed.",
    );
    expect(forecast.disagreements).toEqual([]);
    const subset = story(
      "The death toll from the flood has risen to 31, the Civil Protection Agency said this evening.",
      "The Red Cross said late on Tuesday that 24 children had been killed in the flood.",
    );
    expect(subset.disagreements).toEqual([]);
  });
});

describe("findDisagreements reads named sources' estimates of one gathering", () => {
  const story = (first: string, second: string, secondPublished = "2026-06-06T20:00:00Z") =>
    extractFacts([
      prepareArticle(draft("Alpha News", "2026-06-06T14:00:00Z", first)),
      prepareArticle(draft("Beta Times", secondPublished, second)),
    ]);

  it("sets organisers' and police's crowd estimates against each other even 3× apart", () => {
    const { disagreements } = story(
      "Organisers said 150,000 people joined the rally outside the stadium.",
      "Police estimated that about 50,000 people took part in Saturday's rally.",
    );
    expect(disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]))).toEqual([
      [
        ["about 50,000", ["Beta Times"]],
        ["150,000", ["Alpha News"]],
      ],
    ]);
  });

  it("keeps a forecast, another day's rally, one source's two figures and an agreed figure off", () => {
    const forecast = story(
      "Organisers said 150,000 people will join the rally outside the stadium.",
      "Police estimated that about 50,000 people took part in Saturday's rally.",
    );
    expect(forecast.disagreements).toEqual([]);
    const nextWeek = story(
      "Organisers said 150,000 people joined the rally outside the stadium.",
      "Police estimated that about 50,000 people took part in Saturday's rally.",
      "2026-06-13T20:00:00Z",
    );
    expect(nextWeek.disagreements).toEqual([]);
    const oneSource = story(
      "Police said 150,000 people joined the rally outside the stadium.",
      "Police estimated that about 50,000 people took part in Saturday's rally.",
    );
    expect(oneSource.disagreements).toEqual([]);
    const agreeing = story(
      "Organisers said 50,000 people joined the rally outside the stadium.",
      "Police estimated that about 50,000 people took part in Saturday's rally.",
    );
    expect(agreeing.disagreements).toEqual([]);
  });

  it("sets two sources' close counts of one crowd against each other once", () => {
    const { disagreements } = story(
      "Organisers said 60,000 people took part in the rally outside the stadium.",
      "Police estimated that about 50,000 people took part in Saturday's rally.",
    );
    expect(disagreements).toHaveLength(1);
  });

  it("does not read a share or a place as a gathering", () => {
    const { disagreements } = story(
      "Officials said turnout reached 40 percent in the election.",
      "Observers estimated turnout reached 90 percent in the election.",
    );
    expect(disagreements).toEqual([]);
    const coast = story(
      "The Maritime Bureau said pirates attacked 100 vessels off Somalia's coast.",
      "Navy officers said pirates attacked 30 vessels off Somalia's coast.",
    );
    expect(coast.disagreements).toEqual([]);
  });

  it("does not set a count of the injured against the crowd", () => {
    const { disagreements } = story(
      "Police said 40,000 people were injured in the rally outside the stadium.",
      "Organisers said 150,000 people joined the rally.",
    );
    expect(disagreements).toEqual([]);
  });
});

describe("findDisagreements sets figures against each other only when they measure the same thing (disagree9)", () => {
  const story = (...reports: ReadonlyArray<readonly [string, string, string]>) =>
    extractFacts(reports.map(([source, publishedAt, text]) => prepareArticle(draft(source, publishedAt, text))));
  const claimsOf = (facts: ReturnType<typeof extractFacts>) =>
    facts.disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets?.[0]]));

  it("reads one named body's figures reported on different days as its count revised, whichever outlets carried them", () => {
    const facts = story(
      [
        "Alpha News",
        "2027-09-02T07:00:00Z",
        "The number of people displaced by the floods has risen to 3,400, the ministry said.",
      ],
      ["Beta Times", "2027-09-03T15:00:00Z", "The ministry now puts the number of people displaced at 3,950."],
    );
    expect(facts.disagreements).toEqual([]);
    // Two bodies' figures are rival counts.
    const rivals = story(
      [
        "Alpha News",
        "2027-09-02T07:00:00Z",
        "The number of people displaced by the floods has risen to 3,400, the ministry said.",
      ],
      ["Beta Times", "2027-09-03T15:00:00Z", "The Red Cross puts the number of people displaced at 3,950."],
    );
    expect(claimsOf(rivals)).toEqual([
      [
        ["3,400", "Alpha News"],
        ["3,950", "Beta Times"],
      ],
    ]);
  });

  it("reads a sayer's figure told as changed a day later as updating an earlier report that named no sayer (facts38)", () => {
    const facts = story(
      ["Alpha News", "2027-09-02T07:00:00Z", "Some 80 homes were flooded when the river burst its banks."],
      ["Beta Times", "2027-09-03T15:00:00Z", "The county council now puts the number of homes flooded at 110."],
    );
    expect(facts.disagreements).toEqual([]);
    // Another sayer's earlier figure stays a rival one.
    const rivals = story(
      [
        "Alpha News",
        "2027-09-02T07:00:00Z",
        "Some 80 homes were flooded when the river burst its banks, the Environment Agency said.",
      ],
      ["Beta Times", "2027-09-03T15:00:00Z", "The county council now puts the number of homes flooded at 110."],
    );
    expect(claimsOf(rivals)).toEqual([
      [
        ["some 80", "Alpha News"],
        ["110", "Beta Times"],
      ],
    ]);
  });

  it("reads a named body's officials and the body itself as one sayer whose later estimate revises its own", () => {
    const facts = story(
      [
        "Alpha News",
        "2027-09-02T07:00:00Z",
        "Coast Guard officials estimated that about 30,000 gallons of diesel had leaked from the damaged barge.",
      ],
      [
        "Beta Times",
        "2027-09-03T15:00:00Z",
        "The Coast Guard now estimates that 42,000 gallons of diesel leaked from the barge.",
      ],
    );
    expect(facts.disagreements).toEqual([]);
  });

  it("reads a body's later short name with 'now' as its own revision, whatever verb gave its first figure", () => {
    const facts = story(
      [
        "Alpha News",
        "2027-09-02T07:00:00Z",
        "The National Hurricane Center rated the storm a Category 2, with top sustained winds of 105 mph.",
      ],
      ["Beta Times", "2027-09-03T15:00:00Z", "The hurricane center now estimates top sustained winds at 110 mph."],
    );
    expect(facts.disagreements).toEqual([]);
    // Another body's later figure is a rival.
    const rivals = story(
      [
        "Alpha News",
        "2027-09-02T07:00:00Z",
        "The National Hurricane Center rated the storm a Category 2, with top sustained winds of 105 mph.",
      ],
      ["Beta Times", "2027-09-03T15:00:00Z", "Storm Watch Network now estimates top sustained winds at 110 mph."],
    );
    expect(claimsOf(rivals).map((claims) => claims.map(([value]) => value))).toEqual([["105", "110"]]);
  });

  it("sets a tornado's 'N-mile path' against 'on the ground for N miles' of another outlet", () => {
    const facts = story(
      ["Alpha News", "2027-05-04T07:00:00Z", "The tornado cut a 14-mile path through Dawes County on Monday."],
      [
        "Beta Times",
        "2027-05-04T15:00:00Z",
        "Survey teams found that the twister was on the ground for 17 miles.\n\nIts debris travelled 40 miles.",
      ],
    );
    expect(claimsOf(facts).map((claims) => claims.map(([value]) => value))).toEqual([["14", "17"]]);
  });

  it("sets two outlets' pay of one group against each other, never two groups' pay", () => {
    const facts = story(
      [
        "Alpha News",
        "2027-05-04T07:00:00Z",
        "The average junior nurse earns £31,000 a year, according to the health ministry.\n\nSenior nurses earn about £45,000.",
      ],
      ["Beta Times", "2027-05-04T15:00:00Z", "Junior nurses earn an average of £34,500, the union says."],
    );
    expect(claimsOf(facts).map((claims) => claims.map(([value]) => value))).toEqual([["31,000", "34,500"]]);
  });

  it("sets a strike's size told by 'involves' against strikers counted by another outlet", () => {
    const facts = story(
      ["Alpha News", "2027-05-04T07:00:00Z", "About 4,000 bus drivers walked out on Monday, the union said."],
      ["Beta Times", "2027-05-04T15:00:00Z", "The strike involves some 5,200 bus drivers across the region."],
    );
    expect(claimsOf(facts).map((claims) => claims.map(([value]) => value))).toEqual([["about 4,000", "some 5,200"]]);
  });

  it("sets a strike's size told on its first day against its size told two days later, never a day's turnout", () => {
    const facts = story(
      [
        "Alpha News",
        "2027-05-03T18:00:00Z",
        "Around 6,000 bus drivers are eligible to take part in the walkout, the union said.",
      ],
      ["Beta Times", "2027-05-05T12:00:00Z", "The strike involves some 7,500 bus drivers across the region."],
    );
    expect(claimsOf(facts).map((claims) => claims.map(([value]) => value))).toEqual([["around 6,000", "some 7,500"]]);
    const turnout = story(
      ["Alpha News", "2027-05-03T18:00:00Z", "About 4,000 bus drivers walked out on Monday, the union said."],
      ["Beta Times", "2027-05-05T12:00:00Z", "About 3,100 bus drivers walked out on Wednesday."],
    );
    expect(turnout.disagreements).toEqual([]);
  });

  it("sets one supply cut's homes and customers against each other", () => {
    const facts = story(
      [
        "Alpha News",
        "2027-08-15T23:00:00Z",
        "A blackout left more than 300,000 homes and businesses without power in Carverton on Monday afternoon.",
      ],
      [
        "Beta Times",
        "2027-08-16T14:00:00Z",
        "About 240,000 customers lost power at the peak of Monday's outage, according to the utility.",
      ],
    );
    expect(claimsOf(facts)).toEqual([
      [
        ["about 240,000", "Beta Times"],
        ["more than 300,000", "Alpha News"],
      ],
    ]);
  });

  it("never sets an older event's figure, recalled with its year, against this story's count", () => {
    const facts = story(
      [
        "Alpha News",
        "2030-01-08T12:00:00Z",
        "Freezing rain brought down power lines across Marlow County late on Tuesday, leaving 180,000 customers without electricity.",
      ],
      [
        "Beta Times",
        "2030-01-08T18:00:00Z",
        "The storm was the worst to hit the region since an ice storm on Dec. 22, 2013, that left 220,000 customers without power.",
      ],
    );
    expect(facts.disagreements).toEqual([]);
  });

  it("reads British and American spellings of one unit as one unit", () => {
    const facts = story(
      [
        "Alpha News",
        "2027-08-15T23:00:00Z",
        "Temperatures reached 43C in Carverton.\n\nThe city opened 14 cooling centres on Monday.",
      ],
      ["Beta Times", "2027-08-16T14:00:00Z", "The city opened 18 cooling centers on Monday evening."],
    );
    expect(claimsOf(facts)).toEqual([
      [
        ["14", "Alpha News"],
        ["18", "Beta Times"],
      ],
    ]);
  });

  it("never sets an older event's figure (“a year after …”, “two years ago”) against an undated report's count", () => {
    const undated = (text: string) =>
      extractFacts([
        prepareArticle(draft("Alpha News", "2027-04-20T10:00:00Z", text)),
        prepareArticle({
          ...draft("Beta Times", "2027-04-20T10:00:00Z", "x"),
          publishedAt: null,
          originalText:
            "Harlow Bank's job cuts, which the bank says affect 640 employees, are its largest in a decade.",
        }),
      ]).disagreements;
    expect(undated("The cuts come a year after Harlow Bank laid off 510 employees.")).toEqual([]);
    expect(undated("Two years ago Harlow Bank laid off 510 employees.")).toEqual([]);
    // The same figure told of this week is the story's own count, and the two disagree.
    expect(
      undated("Harlow Bank laid off 510 employees on Monday.").map((item) => item.claims.map((claim) => claim.value)),
    ).toEqual([["510", "640"]]);
  });

  it("sets things lost against things destroyed, never against things damaged", () => {
    const facts = story(
      ["Alpha News", "2027-08-09T10:00:00Z", "About 120 homes were lost in the wildfire, the county said on Monday."],
      ["Beta Times", "2027-08-09T19:00:00Z", "Fire officials said 160 homes had been destroyed by Monday evening."],
    );
    expect(claimsOf(facts)).toEqual([
      [
        ["about 120", "Alpha News"],
        ["160", "Beta Times"],
      ],
    ]);
    const damaged = story(
      ["Alpha News", "2027-08-09T10:00:00Z", "About 120 homes were lost in the wildfire, the county said on Monday."],
      ["Beta Times", "2027-08-09T19:00:00Z", "Fire officials said 160 homes had been damaged by Monday evening."],
    );
    expect(damaged.disagreements).toEqual([]);
  });

  it("sets jobs cut against positions or roles cut, never against a workforce or jobs created", () => {
    const facts = story(
      ["Alpha News", "2027-03-02T10:00:00Z", "Corvell will cut about 1,800 jobs, the insurer said on Tuesday."],
      ["Beta Times", "2027-03-02T18:00:00Z", "Corvell said it would eliminate 1,500 positions as it closes branches."],
    );
    expect(claimsOf(facts)).toEqual([
      [
        ["1,500", "Beta Times"],
        ["about 1,800", "Alpha News"],
      ],
    ]);
    const other = story(
      ["Alpha News", "2027-03-02T10:00:00Z", "Corvell will cut about 1,800 jobs, the insurer said on Tuesday."],
      ["Beta Times", "2027-03-02T18:00:00Z", "Corvell said it would create 1,500 positions in its new digital arm."],
    );
    expect(other.disagreements).toEqual([]);
  });

  it("reads a vehicle “carrying” a count as those aboard, whatever the vehicle then did", () => {
    const facts = story(
      [
        "Alpha News",
        "2027-05-14T06:00:00Z",
        "A ferry carrying 212 passengers ran aground off Skye on Friday, the coastguard said.",
      ],
      [
        "Beta Times",
        "2027-05-14T19:00:00Z",
        "The operator said the ferry was carrying 230 passengers when it struck the rocks.",
      ],
    );
    expect(claimsOf(facts)).toEqual([
      [
        ["212", "Alpha News"],
        ["230", "Beta Times"],
      ],
    ]);
    // What the passengers underwent is another count: the ferry's count aboard never meets it.
    const hurt = story(
      [
        "Alpha News",
        "2027-05-14T06:00:00Z",
        "A ferry carrying 212 passengers ran aground off Skye on Friday, the coastguard said.",
      ],
      [
        "Beta Times",
        "2027-05-14T19:00:00Z",
        "Some 30 passengers were injured when the ferry struck the rocks on Friday.",
      ],
    );
    expect(hurt.disagreements).toEqual([]);
  });

  it("does not set patients against records: a patient can have several records", () => {
    const facts = story(
      ["Alpha News", "2027-03-08T18:00:00Z", "Calder Health said on Monday that 1.4 million patients were affected."],
      [
        "Beta Times",
        "2027-03-08T21:00:00Z",
        "The leaked files posted on Monday hold 3.2 million records, according to Ann Lee, a researcher.",
      ],
    );
    expect(facts.disagreements).toEqual([]);
  });

  it("sets a company's count of customers against a researcher's count of customers' data, each with its outlet", () => {
    const facts = story(
      ["Alpha News", "2027-03-08T18:00:00Z", "Calder Bank said on Monday that 1.4 million customers were affected."],
      [
        "Beta Times",
        "2027-03-08T21:00:00Z",
        "A database offered for sale on Monday holds 3.2 million customers' data, according to Ann Lee, a researcher.",
      ],
    );
    expect(claimsOf(facts)).toEqual([
      [
        ["1.4 million", "Alpha News"],
        ["3.2 million", "Beta Times"],
      ],
    ]);
  });

  it("does not set rival sources' counts of a town and of no place, nor of two target years, against each other", () => {
    const partAndWhole = story(
      ["Alpha News", "2027-01-04T10:00:00Z", "The council said 3,000 homes were affected in Brennock."],
      ["Beta Times", "2027-01-04T16:00:00Z", "The Environment Agency said 5,000 homes were affected."],
    );
    expect(partAndWhole.disagreements).toEqual([]);
    const years = story(
      [
        "Alpha News",
        "2027-01-04T10:00:00Z",
        "The Environment Ministry said the plan will protect 48,000 homes by 2035.",
      ],
      ["Beta Times", "2027-01-04T16:00:00Z", "The Coastal Institute said the plan would protect 31,000 homes by 2030."],
    );
    expect(years.disagreements).toEqual([]);
  });

  it("reads a plan that will “cover” and one that will “protect” so many households as one measure", () => {
    const facts = story(
      [
        "Alpha News",
        "2026-11-24T10:00:00Z",
        "The housing ministry says the bill will cover about 1.2 million households.",
      ],
      ["Beta Times", "2026-11-24T16:00:00Z", "The bill will protect some 1.6 million households, the union said."],
    );
    expect(claimsOf(facts)).toEqual([
      [
        ["about 1.2 million", "Alpha News"],
        ["some 1.6 million", "Beta Times"],
      ],
    ]);
    const twoPlans = story(
      ["Alpha News", "2026-11-24T10:00:00Z", "The government's plan will protect 48,000 homes, the ministry said."],
      ["Beta Times", "2026-11-24T16:00:00Z", "Labour's plan would protect 40,000 homes."],
    );
    expect(twoPlans.disagreements).toEqual([]);
    const otherEffect = story(
      ["Alpha News", "2026-11-24T10:00:00Z", "The plan will protect 48,000 homes, the ministry said."],
      ["Beta Times", "2026-11-24T16:00:00Z", "Floods damaged 41,000 homes last winter."],
    );
    expect(otherEffect.disagreements).toEqual([]);
  });

  it("takes a rounding of the exact count for the same figure, but not two different roundings", () => {
    const rounded = story(
      ["Alpha News", "2027-03-09T18:00:00Z", "Northmart had emailed 1,203,000 customers by Tuesday evening."],
      ["Beta Times", "2027-03-10T09:00:00Z", "Northmart had emailed about 1.2 million customers by Tuesday evening."],
    );
    expect(rounded.disagreements).toEqual([]);
    const different = story(
      ["Alpha News", "2027-03-09T18:00:00Z", "Northmart had emailed 1.1 million customers by Tuesday evening."],
      ["Beta Times", "2027-03-10T09:00:00Z", "Northmart had emailed about 1.2 million customers by Tuesday evening."],
    );
    expect(claimsOf(different)).toEqual([
      [
        ["1.1 million", "Alpha News"],
        ["about 1.2 million", "Beta Times"],
      ],
    ]);
  });

  it("takes a figure inside a range as agreeing with it, and one outside as disagreeing", () => {
    const inside = story(
      ["Alpha News", "2027-04-19T12:00:00Z", "The plan includes 35 pumping stations, the ministry said."],
      ["Beta Times", "2027-04-19T18:00:00Z", "The plan includes between 30 and 40 pumping stations."],
    );
    expect(inside.disagreements).toEqual([]);
    const outside = story(
      [
        "Alpha News",
        "2027-03-09T18:00:00Z",
        "Analysts at Hartley Securities estimated the cost of the breach at £30 million to £40 million.",
      ],
      ["Beta Times", "2027-03-10T09:00:00Z", "Analysts at Barrow Bank put the cost of the breach at £60 million."],
    );
    expect(claimsOf(outside)).toEqual([
      [
        ["30 million to 40 million", "Alpha News"],
        ["60 million", "Beta Times"],
      ],
    ]);
  });

  it("does not set a day's count against a running total, a quarter against a year, nor two owners' sums", () => {
    const calls = story(
      ["Alpha News", "2027-03-09T18:00:00Z", "Its helpline received 38,000 calls on Tuesday."],
      ["Beta Times", "2027-03-10T09:00:00Z", "Its helpline has taken more than 50,000 calls since Monday."],
    );
    expect(calls.disagreements).toEqual([]);
    const spans = story(
      ["Alpha News", "2027-03-09T18:00:00Z", "Online sales reached £820 million in the three months to December."],
      ["Beta Times", "2027-03-09T20:00:00Z", "Online sales came to £1.1 billion in the year to December."],
    );
    expect(spans.disagreements).toEqual([]);
    const owners = story(
      ["Alpha News", "2027-03-09T18:00:00Z", "Northmart's online sales reached £820 million in the quarter."],
      ["Beta Times", "2027-03-09T20:00:00Z", "Grover's online sales reached £1.1 billion in the quarter."],
    );
    expect(owners.disagreements).toEqual([]);
  });

  it("does not set a fall in percentage points against the same fall in percent", () => {
    const facts = story(
      ["Alpha News", "2027-03-10T09:00:00Z", "Trust in the chain fell by 23% after the breach."],
      ["Beta Times", "2027-03-10T17:00:00Z", "Trust in the chain fell 12 percentage points to 41% after the breach."],
    );
    expect(facts.disagreements).toEqual([]);
  });

  it("sets a plan's figure said on Tuesday against Monday's, and the plan's revised figure against neither", () => {
    const facts = story(
      ["Alpha News", "2027-04-19T12:00:00Z", "The plan will protect 48,000 homes, the Environment Ministry said."],
      [
        "Beta Times",
        "2027-04-20T10:00:00Z",
        "The Coastal Institute said on Tuesday that the plan would protect only about 31,000 homes.",
      ],
      [
        "Alpha News",
        "2027-04-22T16:00:00Z",
        "The longer wall means the plan will protect 52,000 homes, the ministry said.",
      ],
    );
    expect(claimsOf(facts)).toEqual([
      [
        ["about 31,000", "Beta Times"],
        ["48,000", "Alpha News"],
      ],
    ]);
  });

  it("takes an outlet's later figure for a revision of its own, not a rival of another outlet's", () => {
    const facts = story(
      ["Alpha News", "2026-05-05T08:00:00Z", "About 1,200 nurses walked out at the hospital on Monday."],
      ["Alpha News", "2026-05-05T20:00:00Z", "Some 1,500 nurses walked out at the hospital on Monday, the union said."],
      ["Beta Times", "2026-05-05T21:00:00Z", "About 1,500 nurses walked out at the hospital on Monday."],
    );
    expect(facts.disagreements).toEqual([]);
  });

  it("does not set a distance against itself in other units, nor a forecast against the outcome", () => {
    const units = story(
      ["Alpha News", "2027-04-19T12:00:00Z", "The tidal wall will run for 12 kilometres along the estuary."],
      ["Beta Times", "2027-04-19T18:00:00Z", "The tidal wall will run for 7.5 miles along the estuary."],
    );
    expect(units.disagreements).toEqual([]);
    const forecast = story(
      ["Alpha News", "2027-04-21T08:00:00Z", "Forecasters had expected the river to peak at 5.2 metres on Wednesday."],
      ["Beta Times", "2027-04-21T20:00:00Z", "The river peaked at 4.9 metres on Wednesday."],
    );
    expect(forecast.disagreements).toEqual([]);
  });
});

describe("findDisagreements reads people words, shares of one group and fees paid as one measure (disagree10)", () => {
  const story = (...reports: ReadonlyArray<readonly [string, string, string]>) =>
    extractFacts(reports.map(([source, publishedAt, text]) => prepareArticle(draft(source, publishedAt, text))));
  const claimsOf = (facts: ReturnType<typeof extractFacts>) =>
    facts.disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets?.[0]]));

  it("sets a company's trapped miners against a union's trapped men at the pit its sentence names", () => {
    const facts = story(
      [
        "Alpha News",
        "2027-02-01T17:00:00Z",
        "Dunmore Coal said 9 miners were trapped underground after a tunnel collapsed at its Harlow Pit mine near Tenby on Monday afternoon.",
      ],
      [
        "Beta Times",
        "2027-02-01T22:00:00Z",
        "The miners' union said on Monday night that 10 men were trapped at Harlow Pit.",
      ],
    );
    expect(claimsOf(facts)).toEqual([
      [
        ["9", "Alpha News"],
        ["10", "Beta Times"],
      ],
    ]);
  });

  it("does not set men trapped in one town against men trapped in another, nor children against men", () => {
    const towns = story(
      ["Alpha News", "2027-02-01T17:00:00Z", "The company said 9 miners were trapped in Tenby and 4 in Rhyl."],
      ["Beta Times", "2027-02-01T22:00:00Z", "The union said 12 men were trapped in Rhyl."],
    );
    expect(towns.disagreements).toEqual([]);
    const children = story(
      ["Alpha News", "2027-02-01T17:00:00Z", "The fire service said 9 men were rescued from the building."],
      ["Beta Times", "2027-02-01T22:00:00Z", "The fire service said 11 children were rescued from the building."],
    );
    expect(children.disagreements).toEqual([]);
  });

  it("sets two shares of one group showing one effect against each other, but not another effect or group", () => {
    const facts = story(
      [
        "Alpha News",
        "2027-03-08T18:00:00Z",
        "Liver damage was seen in 8.2 percent of the patients who took the drug, against 1.1 percent of those on the placebo, the company said.",
      ],
      [
        "Beta Times",
        "2027-03-08T21:00:00Z",
        "Documents published by the agency show liver damage in 10.4 percent of the trial patients given the drug.",
      ],
      [
        "Gamma Post",
        "2027-03-08T22:00:00Z",
        "Headaches were reported in 9.5 percent of the patients who took the drug, the agency said.",
      ],
    );
    expect(claimsOf(facts)).toEqual([
      [
        ["8.2 percent", "Alpha News"],
        ["10.4 percent", "Beta Times"],
      ],
    ]);
  });

  it("sets the fee one club paid for a player against what he cost it, in the same year", () => {
    const facts = story(
      [
        "Alpha News",
        "2027-05-16T08:00:00Z",
        "Ana Kovac cost Rivertown £8 million when they signed her from Lodz in June 2025.",
      ],
      [
        "Beta Times",
        "2027-05-16T09:00:00Z",
        "Rivertown paid £10 million for Kovac in 2025, a fee no other club would match.",
      ],
    );
    expect(claimsOf(facts)).toEqual([
      [
        ["8 million", "Alpha News"],
        ["10 million", "Beta Times"],
      ],
    ]);
  });

  it("does not set a fee paid in one year against one paid in another, nor sales of a month against a year's", () => {
    const years = story(
      ["Alpha News", "2027-05-16T08:00:00Z", "Rivertown paid £8 million for Kovac in 2023."],
      ["Beta Times", "2027-05-16T09:00:00Z", "Rivertown paid £10 million for Kovac in 2025."],
    );
    expect(years.disagreements).toEqual([]);
    const sales = story(
      ["Alpha News", "2027-05-16T08:00:00Z", "Sales reached £8 million in July 2025."],
      ["Beta Times", "2027-05-16T09:00:00Z", "Sales reached £10 million in 2025."],
    );
    expect(sales.disagreements).toEqual([]);
  });
});

describe("findDisagreements reads a dispute that one sentence reports between two named sources (disagree10)", () => {
  const story = (...reports: ReadonlyArray<readonly [string, string, string]>) =>
    extractFacts(reports.map(([source, publishedAt, text]) => prepareArticle(draft(source, publishedAt, text))));
  const sidesOf = (facts: ReturnType<typeof extractFacts>) =>
    facts.disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.source, claim.outlets]));

  it("sets “X put the number at N, while Y said … M” against each other, each side with its source", () => {
    const facts = story([
      "Alpha News",
      "2027-06-02T10:00:00Z",
      "The coast guard put the number of people aboard at 214, while Blue Strait Lines said its manifest listed 176 passengers and crew.",
    ]);
    expect(sidesOf(facts)).toEqual([
      [
        ["214", "the coast guard", ["Alpha News"]],
        ["176", "Blue Strait Lines", ["Alpha News"]],
      ],
    ]);
  });

  it("never sets a second source's count of its own people against the first one's count", () => {
    const facts = story([
      "Alpha News",
      "2027-02-19T16:00:00Z",
      "Veldorian officials said 88 of the returning soldiers were taken to hospital for checks, while Karsk said 86 of its men needed treatment.",
    ]);
    expect(sidesOf(facts)).toEqual([]);
    // Without "its", the two count the same returning soldiers; the topic reads without a unit.
    const same = story([
      "Alpha News",
      "2027-02-19T16:00:00Z",
      "Veldorian officials said 88 of the returning soldiers were taken to hospital for checks, while the Red Cross said 68 were taken to hospital.",
    ]);
    expect(sidesOf(same)).toEqual([
      [
        ["88", "Veldorian officials", ["Alpha News"]],
        ["68", "Red Cross", ["Alpha News"]],
      ],
    ]);
    expect(same.disagreements[0]?.topic).not.toMatch(/^s\b/);
  });

  it("gives a dispute over a figure of no named thing a topic all the same (an empty one fails the digest's schema)", () => {
    const facts = story([
      "Alpha News",
      "2032-10-20T08:00:00Z",
      "About 1,100 of the jobs will go in Sweden, the union Unionen said, while the company said the figure would be closer to 800.",
    ]);
    expect(facts.disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([
      ["about 1,100", "800"],
    ]);
    expect(facts.disagreements[0]?.topic).toBe("figures for Sweden");
  });

  it("sets “X said N; Y said M” across a semicolon against each other, never a second count of X's or of another thing", () => {
    const facts = story([
      "Alpha News",
      "2027-06-02T10:00:00Z",
      "The coast guard said 214 people were aboard the ferry; Blue Strait Lines said its manifest listed 176.",
    ]);
    expect(sidesOf(facts)).toEqual([
      [
        ["214", "the coast guard", ["Alpha News"]],
        ["176", "Blue Strait Lines", ["Alpha News"]],
      ],
    ]);
    // No source after the semicolon, or another event: no dispute.
    expect(
      sidesOf(
        story([
          "Alpha News",
          "2027-06-02T10:00:00Z",
          "The coast guard said 214 people were rescued; 176 were taken to hospital, Blue Strait Lines said.",
        ]),
      ),
    ).toEqual([]);
    expect(
      sidesOf(
        story([
          "Alpha News",
          "2027-06-02T10:00:00Z",
          "Police said 40 people were arrested on Saturday; the organisers said 35 people were injured.",
        ]),
      ),
    ).toEqual([]);
  });

  it("reads a possessive, longer description as a source: “the utility's own outage map showed …, while the city's emergency management office put …”", () => {
    const facts = story([
      "Marlow Courier",
      "2026-07-14T22:00:00Z",
      "The utility's own outage map showed 120,000 customers without power at the peak on Monday night, while the city's emergency management office put the peak at 150,000.",
    ]);
    // The topic is what is counted, not the verb that reports it ("customers showed"): customers
    // cut off from power, whatever the verb (facts10).
    expect(facts.disagreements.map((item) => item.topic)).toEqual(["customers without power"]);
    expect(sidesOf(facts)).toEqual([
      [
        ["120,000", "the utility's own outage map", ["Marlow Courier"]],
        ["150,000", "the city's emergency management office", ["Marlow Courier"]],
      ],
    ]);
  });

  it("sets “said … $1.4 billion …, not the $1.2 billion the governor cited” against each other", () => {
    const facts = story([
      "Alpha News",
      "2027-06-02T10:00:00Z",
      "The Pennsylvania School Boards Association said the bill would have sent $1.4 billion to districts over five years, not the $1.2 billion the governor cited.",
    ]);
    expect(sidesOf(facts)).toEqual([
      [
        ["1.4 billion", "Pennsylvania School Boards Association", ["Alpha News"]],
        ["1.2 billion", "the governor", ["Alpha News"]],
      ],
    ]);
  });

  it("puts another outlet's “a $1.2 billion school funding bill” on the governor's side of the dispute", () => {
    const facts = story(
      ["AP", "2026-09-01T22:10:00Z", "Gov. Dana Whitfield vetoed a $1.2 billion school funding bill Tuesday."],
      [
        "Keystone Journal",
        "2026-09-02T15:00:00Z",
        "The Pennsylvania School Boards Association said the bill would have sent $1.4 billion to districts over five years, not the $1.2 billion the governor cited.",
      ],
    );
    expect(sidesOf(facts)).toEqual([
      [
        ["1.4 billion", "Pennsylvania School Boards Association", ["Keystone Journal"]],
        ["1.2 billion", "the governor", ["Keystone Journal", "AP"]],
      ],
    ]);
  });

  it("sets two outlets' sizes of one bill against each other, but not two bills of different sizes a demand and an offer apart", () => {
    const sizes = story(
      ["Alpha News", "2026-09-01T22:10:00Z", "The governor vetoed a $1.2 billion school funding bill on Tuesday."],
      ["Beta Times", "2026-09-02T09:00:00Z", "Lawmakers criticised the veto of the $1.4 billion bill."],
    );
    expect(sizes.disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]))).toEqual([
      [
        ["1.2 billion", ["Alpha News"]],
        ["1.4 billion", ["Beta Times"]],
      ],
    ]);
    const frames = story(
      ["Alpha News", "2026-09-01T22:10:00Z", "The union demanded a 5 percent raise on Tuesday."],
      ["Beta Times", "2026-09-01T23:00:00Z", "The company offered a 4 percent raise on Tuesday."],
    );
    expect(frames.disagreements).toEqual([]);
  });

  it("reads “about 2,000 …, more than the 1,800 the company announced” as no rounding, with another outlet's 1,800 on the company's side", () => {
    const facts = story(
      [
        "Alpha News",
        "2027-06-03T15:00:00Z",
        "Snack maker Orvane Foods will cut about 2,000 jobs, a union representing workers at its plants said on Thursday, more than the 1,800 the company announced.",
      ],
      [
        "Beta Times",
        "2027-06-03T18:00:00Z",
        "Orvane Foods said on Thursday it would cut 1,800 jobs and close two plants.",
      ],
    );
    expect(sidesOf(facts)).toEqual([
      [
        ["about 2,000", "a union", ["Alpha News"]],
        ["1,800", "the company", ["Alpha News", "Beta Times"]],
      ],
    ]);
  });

  it("does not read a comparison with a past figure, other events, or figures far apart as a dispute", () => {
    const past = story([
      "Alpha News",
      "2027-06-03T15:00:00Z",
      "Orvane Foods said it will cut 2,000 jobs, more than the 1,800 it cut last year.",
    ]);
    expect(past.disagreements).toEqual([]);
    const events = story([
      "Alpha News",
      "2027-06-03T15:00:00Z",
      "The police said 12 people were injured, while the organisers said 10 were arrested.",
    ]);
    expect(events.disagreements).toEqual([]);
    const apart = story([
      "Alpha News",
      "2027-06-03T15:00:00Z",
      "The council said 400 homes were flooded, while the Environment Agency said 90 homes were flooded.",
    ]);
    expect(apart.disagreements).toEqual([]);
  });
});

describe("findDisagreements compares what outlets word differently (disagree12)", () => {
  /** The values of each disagreement found in two outlets' one-sentence reports. */
  const found = (first: [string, string], second: [string, string]) =>
    extractFacts([
      prepareArticle(draft("Alpha News", first[0], first[1])),
      prepareArticle(draft("Beta Times", second[0], second[1])),
    ]).disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]));

  it("takes a sum a ruling ordered as one moment whenever reported; an estimate three days later is news", () => {
    expect(
      found(
        ["2026-05-05T12:00:00Z", "A tribunal ordered the club to pay costs of 15,000 Swiss francs."],
        ["2026-05-08T12:00:00Z", "The club must also pay 18,000 Swiss francs in costs."],
      ),
    ).toEqual([
      [
        ["15,000", ["Alpha News"]],
        ["18,000", ["Beta Times"]],
      ],
    ]);
    expect(
      found(
        ["2026-05-05T12:00:00Z", "Repairs to the stand cost 15,000 Swiss francs."],
        ["2026-05-08T12:00:00Z", "Repairs to the stand cost 18,000 Swiss francs."],
      ),
    ).toEqual([]);
  });

  it("sets a contract's value against another outlet's, whatever else dates each sentence", () => {
    expect(
      found(
        [
          "2026-05-05T12:00:00Z",
          "Papers showed the ministry intervened on Monday in a $300 million software contract.",
        ],
        ["2026-05-06T12:00:00Z", "The contract, worth $260 million, was signed in March."],
      ),
    ).toEqual([
      [
        ["260 million", ["Beta Times"]],
        ["300 million", ["Alpha News"]],
      ],
    ]);
  });

  it("dates a figure by the earlier day its own words name, not by the day its source spoke", () => {
    const monday = "2026-05-04T20:00:00Z";
    expect(
      found(
        ["2026-05-05T20:00:00Z", "The county said on Tuesday that Monday's storm led to the closure of 85 schools."],
        [monday, "The storm closed 70 schools on Monday."],
      ),
    ).toEqual([
      [
        ["70", ["Beta Times"]],
        ["85", ["Alpha News"]],
      ],
    ]);
    expect(
      found(
        ["2026-05-05T20:00:00Z", "The county said on Tuesday that the storm had led to the closure of 85 schools."],
        [monday, "The storm closed 70 schools on Monday."],
      ),
    ).toEqual([]);
  });

  it("never sets a count by a time of day against the day's total", () => {
    const total: [string, string] = ["2026-05-04T22:00:00Z", "Operators cancelled 160 trains on Monday."];
    expect(found(["2026-05-04T13:00:00Z", "Operators had cancelled 120 trains by midday on Monday."], total)).toEqual(
      [],
    );
    expect(found(["2026-05-04T13:00:00Z", "Operators cancelled 130 trains on Monday."], total)).toHaveLength(1);
  });

  it("counts people out of their homes as one measure on one day, and an earlier day's count apart", () => {
    const tuesday: [string, string] = [
      "2026-05-05T20:00:00Z",
      "About 2,400 residents have been evacuated, according to the fire service, which gave its figure on Tuesday.",
    ];
    expect(
      found(["2026-05-05T14:00:00Z", "About 3,000 people have now left their homes, the governor said."], tuesday),
    ).toEqual([
      [
        ["about 2,400", ["Beta Times"]],
        ["about 3,000", ["Alpha News"]],
      ],
    ]);
    expect(
      found(["2026-05-04T22:00:00Z", "The fire on Monday forced about 2,000 residents from their homes."], tuesday),
    ).toEqual([]);
  });

  it("compares lengths of one thing, never a length with a width", () => {
    const length: [string, string] = ["2026-05-05T12:00:00Z", "The tear measures 4 metres, the surveyors said."];
    expect(found(["2026-05-05T10:00:00Z", "The tear in the hull was 3 metres long."], length)).toHaveLength(1);
    expect(found(["2026-05-05T10:00:00Z", "The tear in the hull was 3 metres wide."], length)).toEqual([]);
  });
});

describe("findDisagreements on a sixth round of unseen stories (facts10)", () => {
  it("sets two outlets' counts of a haul against each other, and a first value estimate against none", () => {
    const articles = [
      draft(
        "Wire",
        "2026-11-08T13:00:00Z",
        "Thieves broke into the museum early on Sunday and escaped with 14 pieces of jewellery, police said.\n\nThe museum put the value of the stolen pieces at about 40 million euros.",
      ),
      draft(
        "Gazette",
        "2026-11-08T18:00:00Z",
        "Thieves who raided the museum before dawn on Sunday took 11 pieces from its jewellery gallery, the museum said.",
      ),
      draft(
        "Gazette",
        "2026-11-12T18:00:00Z",
        "The museum on Wednesday raised its estimate of the haul's value to 52 million euros after an inventory.",
      ),
    ].map((item) => prepareArticle(item));
    const { disagreements } = extractFacts(articles);
    expect(disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]))).toEqual([
      [
        ["11", ["Gazette"]],
        ["14", ["Wire"]],
      ],
    ]);
  });

  it("sets two outlets' sums for one year's trade against each other", () => {
    const articles = [
      draft(
        "Wire",
        "2027-03-08T12:00:00Z",
        "Trade in goods between the EU and India was worth 124 billion euros last year.",
      ),
      draft("Courier", "2027-03-09T04:00:00Z", "Bilateral trade in goods stood at 137 billion euros last year."),
    ].map((item) => prepareArticle(item));
    const { disagreements } = extractFacts(articles);
    expect(disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([
      ["124 billion", "137 billion"],
    ]);
  });

  it("sets a change named by its verb against the same change named by its noun, and nothing else", () => {
    const articles = [
      draft(
        "Charity Wire",
        "2027-05-03T08:00:00Z",
        "The trustees resigned.\n\nAn audit found that donations had been overstated by about £41 million over three years, the charity said.\n\nIts bond price fell 14 percent on Monday.",
      ),
      draft(
        "Giving Review",
        "2027-05-04T10:00:00Z",
        "Regulators opened an inquiry.\n\nAccording to a person who has seen the audit, the overstatement amounted to £46 million.\n\nThe regulator could impose fines of up to 10 percent of annual income.",
      ),
      draft(
        "Civic Post",
        "2027-05-06T09:00:00Z",
        "Donors demanded that the charity return £9 million.\n\nThe charity agreed on Thursday to repay £5 million.\n\nIts bond price rose 6 percent on Thursday.",
      ),
    ].map((item) => prepareArticle(item));
    const { disagreements, numbers } = extractFacts(articles);
    expect(numbers.filter((mention) => mention.event === "overstated").map((mention) => mention.raw)).toEqual([
      "41 million",
      "46 million",
    ]);
    expect(disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]))).toEqual([
      [
        ["about 41 million", ["Charity Wire"]],
        ["46 million", ["Giving Review"]],
      ],
    ]);
  });
});

describe("findDisagreements on a seventh round of unseen stories (facts13)", () => {
  it("sets one night's evacuations against each other though one is dated by its evening and one by its morning", () => {
    const articles = [
      draft(
        "City Wire",
        "2026-11-12T15:20:00Z",
        "A fire at a resin plant in Port Alder killed two workers late on Wednesday and forced about 3,000 residents from their homes overnight, officials said.",
      ),
      draft(
        "The Sentinel",
        "2026-11-12T22:40:00Z",
        "The plant burned.\n\nAbout 1,800 residents were evacuated from homes within a mile of the plant overnight, the office said.",
      ),
    ].map((item) => prepareArticle(item));
    expect(extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([
      ["about 1,800", "about 3,000"],
    ]);
  });

  it("sets 11 against seven workers treated in hospital the same day (further apart than a development's figures)", () => {
    const articles = [
      draft(
        "City Wire",
        "2026-11-12T15:20:00Z",
        "The plant burned.\n\nThe company said 11 workers were treated in hospital.",
      ),
      draft("The Sentinel", "2026-11-12T22:40:00Z", "The plant burned.\n\nSeven workers were treated in hospital."),
    ].map((item) => prepareArticle(item));
    expect(extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([
      ["Seven", "11"],
    ]);
  });

  it("sets guests a hospital treated overnight against people taken to hospital, never a later count still there", () => {
    const articles = [
      draft(
        "County Wire",
        "2029-06-17T07:00:00Z",
        "Guests fell ill after a wedding on Saturday.\n\nThe ambulance service said it had taken 42 people to hospital by early Sunday.",
      ),
      draft(
        "The Courier",
        "2029-06-17T18:00:00Z",
        "Guests fell ill after a wedding on Saturday.\n\nHospitals in Telford treated 51 wedding guests overnight, the health board said.\n\nNine guests were still in hospital on Sunday afternoon.",
      ),
    ].map((item) => prepareArticle(item));
    expect(extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([
      ["42", "51"],
    ]);
  });

  it("sets the depth a wreck went down in against the depth it lies at days later, in other units too", () => {
    const articles = [
      draft(
        "River Ledger",
        "2034-10-10T23:30:00Z",
        "A towboat capsized on Tuesday.\n\nThe vessel went down in 40 feet of water near the east bank, according to the Coast Guard.",
      ),
      draft(
        "Maritime Daily",
        "2034-10-12T15:00:00Z",
        "Salvage crews began work on Thursday to raise the towboat, which lies at a depth of 17 metres in the main channel.\n\nDivers worked at a depth of 30 feet for two hours.",
      ),
    ].map((item) => prepareArticle(item));
    expect(extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([
      ["40 feet", "17 metres"],
    ]);
  });

  it("does not set two nights' evacuations against each other", () => {
    const articles = [
      draft(
        "City Wire",
        "2026-11-10T09:00:00Z",
        "The river rose.\n\nAbout 3,000 residents left their homes overnight, officials said.",
      ),
      draft(
        "The Sentinel",
        "2026-11-13T09:00:00Z",
        "The river rose again.\n\nAbout 1,800 residents left their homes overnight, officials said.",
      ),
    ].map((item) => prepareArticle(item));
    expect(extractFacts(articles).disagreements).toEqual([]);
  });
});

describe("findDisagreements reads bounds as bounds (facts15)", () => {
  const found = (first: [string, string], second: [string, string]) =>
    extractFacts([
      prepareArticle(draft("Alpha News", first[0], first[1])),
      prepareArticle(draft("Beta Times", second[0], second[1])),
    ]).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("takes a figure inside a bound as agreeing with it, and one outside as disagreeing", () => {
    const fourteen: [string, string] = ["2026-05-05T12:00:00Z", "The standoff lasted 14 hours, police said."];
    expect(found(["2026-05-05T10:00:00Z", "The standoff lasted more than 12 hours."], fourteen)).toEqual([]);
    expect(found(["2026-05-05T10:00:00Z", "The standoff lasted almost 15 hours."], fourteen)).toEqual([]);
    expect(found(["2026-05-05T10:00:00Z", "The standoff lasted more than 16 hours."], fourteen)).toEqual([
      ["14", "more than 16"],
    ]);
    expect(found(["2026-05-05T10:00:00Z", "The standoff lasted less than 10 hours."], fourteen)).toEqual([
      ["less than 10", "14"],
    ]);
  });

  it("sets two bounds against each other only when they cannot both hold", () => {
    const atLeast: [string, string] = ["2026-05-05T10:00:00Z", "The rescue operation lasted at least 30 hours."];
    expect(found(atLeast, ["2026-05-05T12:00:00Z", "The rescue operation lasted under 24 hours."])).toEqual([
      ["under 24", "at least 30"],
    ]);
    expect(found(atLeast, ["2026-05-05T12:00:00Z", "The rescue operation lasted up to 36 hours."])).toEqual([]);
  });

  it("reads a tally written to its last unit after “at least” as its figure, a round one as a bound", () => {
    expect(
      found(
        ["2026-05-05T10:00:00Z", "At least 1,139 people were killed in the attack, according to a tally."],
        ["2026-05-05T12:00:00Z", "About 1,200 people were killed in the attack, officials said."],
      ),
    ).toEqual([["at least 1,139", "about 1,200"]]);
    expect(
      found(
        ["2026-05-05T10:00:00Z", "At least 1,100 people were killed in the attack, according to a tally."],
        ["2026-05-05T12:00:00Z", "About 1,200 people were killed in the attack, officials said."],
      ),
    ).toEqual([]);
  });

  it("takes a count “now” reported a day after another as the later day's", () => {
    const wednesday: [string, string] = ["2026-08-19T08:00:00Z", "About 140 people were evacuated from Skelby."];
    expect(found(wednesday, ["2026-08-20T07:30:00Z", "Around 150 residents have now been evacuated."])).toEqual([]);
    expect(found(wednesday, ["2026-08-20T07:30:00Z", "Around 150 residents were evacuated."])).toEqual([
      ["about 140", "around 150"],
    ]);
  });

  it("takes a lasting state (“remain in hospital”) reported a day after another as the later day's count", () => {
    const monday: [string, string] = ["2031-06-16T05:30:00Z", "Eleven people remain in hospital."];
    expect(found(monday, ["2031-06-17T07:00:00Z", "Nine people remain in hospital, the council said."])).toEqual([]);
    // The same day's two counts are still rivals.
    expect(found(monday, ["2031-06-16T09:00:00Z", "Nine people remain in hospital, the council said."])).toHaveLength(
      1,
    );
  });

  it("takes a higher toll after one its article left open (people still missing) as the toll grown", () => {
    const later: [string, string] = ["2027-02-11T08:00:00Z", "Four skiers died in the avalanche, police said."];
    expect(
      found(
        ["2027-02-09T21:45:00Z", "Three skiers were killed on Tuesday and one was still missing, police said."],
        later,
      ),
    ).toEqual([]);
    // Nobody missing: a later outlet's higher count of the same deaths is a rival figure.
    expect(found(["2027-02-09T21:45:00Z", "Three skiers were killed on Tuesday, police said."], later)).toEqual([
      ["Three", "Four"],
    ]);
    // Left open, but the later count is lower: still a rival figure.
    expect(
      found(
        ["2027-02-09T21:45:00Z", "Five skiers were killed on Tuesday and one was still missing, police said."],
        later,
      ),
    ).toEqual([["Four", "Five"]]);
  });

  it("counts a figure said on a later day of the event its words name by its day", () => {
    expect(
      found(
        [
          "2028-06-03T08:00:00Z",
          "Harbour Bank said late on Friday that about 4.2 million customers had been affected.",
        ],
        [
          "2028-06-05T10:00:00Z",
          "A consumer group said on Sunday that about 6 million Harbour Bank customers had been affected by Friday's outage.",
        ],
      ),
    ).toEqual([["about 4.2 million", "about 6 million"]]);
  });

  it("takes a higher count of the hurt taken to hospital, printed on a later day, as the count grown", () => {
    const night: [string, string] = [
      "2028-06-10T23:30:00Z",
      "Five people were taken to hospital after the crush at the festival on Saturday night.",
    ];
    expect(
      found(night, ["2028-06-11T12:00:00Z", "Seven people were taken to hospital after the crush on Saturday night."]),
    ).toEqual([]);
    // Lower the next day, or higher the same evening: two outlets' rival counts.
    expect(
      found(night, ["2028-06-11T12:00:00Z", "Three people were taken to hospital after the crush on Saturday night."]),
    ).toEqual([["Three", "Five"]]);
    expect(
      found(night, ["2028-06-10T23:50:00Z", "Seven people were taken to hospital after the crush on Saturday night."]),
    ).toEqual([["Five", "Seven"]]);
  });
});

describe("findDisagreements on a running total of land burned (facts15)", () => {
  const found = (first: [string, string], second: [string, string]) =>
    extractFacts([
      prepareArticle(draft("Alpha News", first[0], first[1])),
      prepareArticle(draft("Beta Times", second[0], second[1])),
    ]).disagreements.map((item) => item.claims.map((claim) => claim.value));
  const morning: [string, string] = [
    "2026-08-10T09:00:00Z",
    "The wildfire has burned 4,200 hectares since Saturday, officials said on Monday.",
  ];

  it("sets a later report of the same day below a running total against it (a total cannot shrink)", () => {
    expect(
      found(morning, ["2026-08-10T22:00:00Z", "The wildfire had scorched about 8,000 acres, officials said Monday."]),
    ).toEqual([["about 8,000 acres", "4,200 hectares"]]);
  });

  it("takes a later, larger total of the same day as the fire growing, and one day's share as no total", () => {
    expect(
      found(morning, ["2026-08-10T22:00:00Z", "The wildfire had scorched about 12,000 acres, officials said Monday."]),
    ).toEqual([]);
    expect(
      found(morning, [
        "2026-08-11T07:00:00Z",
        "About 3,000 hectares burned on Monday alone, officials said on Monday.",
      ]),
    ).toEqual([]);
  });
});

describe("findDisagreements on measures told in other words (facts16)", () => {
  const found = (first: [string, string], second: [string, string]) =>
    extractFacts([
      prepareArticle(draft("Alpha News", first[0], first[1])),
      prepareArticle(draft("Beta Times", second[0], second[1])),
    ]).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("sets a distance in words against one in another unit, whatever verb moved the thing", () => {
    expect(
      found(
        ["2026-03-02T08:00:00Z", "The avalanche travelled about three kilometres down the slope, rescuers said."],
        ["2026-03-02T18:00:00Z", "The avalanche swept 2.5 miles down the slope before it stopped."],
      ),
    ).toEqual([["about three kilometres", "2.5 miles"]]);
  });

  it("reads where someone collapsed as a distance, never as a count of the dead in its sentence", () => {
    expect(
      found(
        ["2026-04-12T16:00:00Z", "The man collapsed about 2 miles from the finish, organisers said."],
        ["2026-04-13T07:00:00Z", "The runner who died collapsed about 5 kilometres from the finish."],
      ),
    ).toEqual([["about 2 miles", "about 5 kilometres"]]);
  });

  it("sets two outlets' overruns and delays of one project against each other, never the cost or the budget", () => {
    expect(
      found(
        [
          "2026-11-16T07:00:00Z",
          "The bridge will cost £2.1bn, £400m more than its original budget.\n\nIt will now open 18 months late.",
        ],
        ["2026-11-16T20:00:00Z", "The bridge is 550 million pounds over budget and will open two years late."],
      ),
    ).toEqual([
      ["400m", "550 million"],
      ["18", "two"],
    ]);
  });

  it("takes a forecast figure for a plan, never a count of what came", () => {
    expect(
      found(
        ["2026-07-05T08:00:00Z", "Forecasters had predicted a top temperature of 27C for the festival."],
        ["2026-07-05T20:00:00Z", "Temperatures reached 31C at the festival on Sunday."],
      ),
    ).toEqual([]);
  });

  it("compares a finished event's count dated only by the day its source spoke with the event day's", () => {
    expect(
      found(
        ["2026-09-14T07:00:00Z", "Medics treated 292 runners during Sunday's marathon, the ambulance service said."],
        [
          "2026-09-14T12:00:00Z",
          "More than 350 runners needed treatment during the marathon, the medical director said on Monday.",
        ],
      ),
    ).toEqual([["292", "more than 350"]]);
  });
});

describe("findDisagreements on how far one thing lies from another (facts17)", () => {
  const found = (first: [string, string], second: [string, string]) =>
    extractFacts([
      prepareArticle(draft("Alpha News", first[0], first[1])),
      prepareArticle(draft("Beta Times", second[0], second[1])),
    ]).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("sets two outlets' distances of one thing from one point against each other", () => {
    expect(
      found(
        [
          "2026-06-03T09:00:00Z",
          "The missing canoe was recovered on Tuesday from a sandbank about five kilometres from the weir, the coastguard said.",
        ],
        ["2026-06-03T19:00:00Z", "Divers found the canoe on a sandbank 7 kilometres from the weir on Tuesday."],
      ),
    ).toEqual([["about five", "7"]]);
  });

  it("compares a distance told nearly twice as far, a fact that never changes", () => {
    expect(
      found(
        ["2026-02-10T08:00:00Z", "The climbers were found on Monday in a hut about four miles from the summit."],
        ["2026-02-10T20:00:00Z", "Rescuers reached the two climbers in a mountain hut 7.5 miles from the summit."],
      ),
    ).toEqual([["about four", "7.5"]]);
  });

  it("compares how far a thing lies from a point named by its name, in an apposition or as a subject", () => {
    expect(
      found(
        [
          "2030-01-22T18:00:00Z",
          "Bird flu was confirmed on Tuesday at a second farm, about six miles from Hollow Fen.",
        ],
        ["2030-01-23T14:00:00Z", "The second infected farm lies eight miles away from Hollow Fen, officials said."],
      ),
    ).toEqual([["about six", "eight"]]);
  });

  it("takes where a vessel went down for where its wreck lies, with a bearing or without", () => {
    expect(
      found(
        [
          "2034-10-10T13:00:00Z",
          "A towboat capsized early Tuesday about 12 miles south of Port Halcyon, the Coast Guard said.",
        ],
        ["2034-10-12T15:00:00Z", "The wreck lies roughly 18 miles from Port Halcyon, below the bend."],
      ),
    ).toEqual([["about 12", "roughly 18"]]);
  });

  it("sets a thing's size as a modifier against its size in a 'which has' clause days later, never a count of its use", () => {
    expect(
      found(
        [
          "2031-11-17T08:00:00Z",
          "Prisoners had barricaded themselves inside the 120-cell wing and set fire to mattresses.",
        ],
        [
          "2031-11-17T19:00:00Z",
          "The disturbance started in Fenwick wing, which has 140 cells, shortly after 3pm on Sunday.\n\nPrisoners were moved out of 95 cells on the wing on Monday.",
        ],
      ),
    ).toEqual([["120", "140"]]);
  });

  it("never sets the distances of two things from one point against each other", () => {
    expect(
      found(
        ["2026-08-20T08:00:00Z", "Firefighters saved a farmhouse 3 miles from the village."],
        ["2026-08-20T18:00:00Z", "The fire destroyed a barn 4 miles from the village on Thursday."],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on nights, crowds, ballots and volumes (facts18)", () => {
  const found = (...reports: Array<[string, string, string]>) =>
    extractFacts(reports.map(([source, at, text]) => prepareArticle(draft(source, at, text)))).disagreements.map(
      (item) => item.claims.map((claim) => [claim.value, claim.outlets?.[0]]),
    );

  it("sets a count “overnight” in a morning report against another outlet's count of that night by its name", () => {
    expect(
      found(
        [
          "Alpha News",
          "2026-10-17T10:00:00Z",
          "Police arrested 46 people overnight as rioting spread through the city.",
        ],
        [
          "Beta Times",
          "2026-10-17T19:00:00Z",
          "At least 58 people were arrested during Friday night's rioting, according to a court list released on Saturday.",
        ],
      ),
    ).toEqual([
      [
        ["46", "Alpha News"],
        ["at least 58", "Beta Times"],
      ],
    ]);
  });

  it("never sets a count “overnight” against one of another night", () => {
    expect(
      found(
        [
          "Alpha News",
          "2026-10-17T10:00:00Z",
          "Police arrested 46 people overnight as rioting spread through the city.",
        ],
        ["Beta Times", "2026-10-18T19:00:00Z", "At least 58 people were arrested on Saturday night, police said."],
      ),
    ).toEqual([]);
  });

  it("sets the police's and the organisers' sizes of one march against each other, however far apart", () => {
    expect(
      found(
        [
          "Alpha News",
          "2026-10-17T10:00:00Z",
          "The unrest began after a march of about 3,000 people against rent rises on Friday evening, police said.",
        ],
        [
          "Beta Times",
          "2026-10-17T19:00:00Z",
          "The Tenants' Alliance, which organised Friday's march, said more than 10,000 people had taken part.",
        ],
      ),
    ).toEqual([
      [
        ["about 3,000", "Alpha News"],
        ["more than 10,000", "Beta Times"],
      ],
    ]);
  });

  it("sets two outlets' Yes votes and turnouts of one ballot against each other, never Yes against No", () => {
    expect(
      found(
        [
          "Alpha News",
          "2026-11-11T13:00:00Z",
          "The ballot produced 9,412 Yes votes and 2,066 No votes on a turnout of 61 percent, the union said.",
        ],
        [
          "Beta Times",
          "2026-11-12T07:00:00Z",
          "The employers said on Wednesday that only 54 percent of eligible firefighters had voted in the ballot.\n\nNationally, 9,214 firefighters voted for strike action, the union said.",
        ],
      ),
    ).toEqual([
      [
        ["9,214", "Beta Times"],
        ["9,412", "Alpha News"],
      ],
      [
        ["54 percent", "Beta Times"],
        ["61 percent", "Alpha News"],
      ],
    ]);
  });

  it("sets what a reservoir held against another outlet's figure in cubic metres, never against a level in metres", () => {
    expect(
      found(
        [
          "Alpha News",
          "2026-08-10T15:00:00Z",
          "The reservoir held 4.3 million cubic metres of water on Monday, the company said.",
        ],
        [
          "Beta Times",
          "2026-08-11T07:00:00Z",
          "The reservoir held just 3.6 million cubic metres on Monday, according to readings.\n\nIts level has fallen 4 metres since May.",
        ],
      ),
    ).toEqual([
      [
        ["3.6 million", "Beta Times"],
        ["4.3 million", "Alpha News"],
      ],
    ]);
  });
});

describe("findDisagreements on a day's peak told by two outlets, beside a bound and another place", () => {
  const heat = (extra: string[] = []) =>
    extractFacts(
      [
        draft(
          "Weather Desk",
          "2027-07-14T19:30:00Z",
          "Heat.\n\nA temperature of 40.9C was recorded at Coningford on Wednesday, the Met Service confirmed.\n\nIt was the first time the country had recorded a temperature above 40.5C.",
        ),
        draft(
          "Daily Courier",
          "2027-07-15T07:00:00Z",
          "Heat.\n\nBritain recorded its highest temperature ever on Wednesday, when thermometers at Coningford reached 41.1C, according to provisional figures.",
        ),
        ...extra.map((text, index) => draft(`Gazette ${index}`, "2027-07-13T18:00:00Z", text)),
      ].map((item) => prepareArticle(item)),
    ).disagreements.map((item) => [item.topic, item.claims.map((claim) => claim.value)]);

  it("sets 40.9C against 41.1C, the bound “above 40.5C” bridging neither nor taking a side", () => {
    expect(heat()).toEqual([["degrees celsius temperature", ["40.9", "41.1"]]]);
  });

  it("sets no body temperature against the day's heat (quotes26)", () => {
    const facts = extractFacts(
      [
        draft(
          "Weather Desk",
          "2028-06-11T15:30:00Z",
          "Heat.\n\nThe marathon was stopped on Sunday as temperatures reached 31C and dozens of runners needed treatment.",
        ),
        draft(
          "Daily Courier",
          "2028-06-12T06:00:00Z",
          "Heat.\n\nDr Aisha Rahman said staff had treated runners with body temperatures above 40C.",
        ),
      ].map((item) => prepareArticle(item)),
    );
    expect(facts.disagreements).toEqual([]);
  });

  it("reads the place of the thermometers whose reading the figure is, so another place's reading stays apart", () => {
    expect(heat(["Heat.\n\nTemperatures rose to 39.4C at Heathfield on Tuesday afternoon."])).toEqual([
      ["degrees celsius temperature", ["40.9", "41.1"]],
    ]);
  });
});

describe("findDisagreements on a merger's market share, told as a plan and, once blocked, as what would have been", () => {
  const shares = (later: string) =>
    extractFacts(
      [
        draft(
          "Air Desk",
          "2027-04-05T08:00:00Z",
          "Skylane and Corvair agreed to merge on Sunday.\n\nThe combined airline would hold a market share of 58 percent on domestic routes.",
        ),
        draft("Travel Wire", "2027-04-07T15:00:00Z", later),
      ].map((item) => prepareArticle(item)),
    ).disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]));

  it("sets the plan's 58 percent against another outlet's “would have controlled 62 percent of the market” two days on", () => {
    expect(
      shares(
        "Regulators blocked the merger on Wednesday.\n\nThe authority said the combined airline would have controlled 62 percent of the domestic market.",
      ),
    ).toEqual([
      [
        ["58 percent", ["Air Desk"]],
        ["62 percent", ["Travel Wire"]],
      ],
    ]);
  });

  it("never sets the share against another percentage, nor against what the merger is expected to reach", () => {
    expect(
      shares(
        "Regulators blocked the merger on Wednesday.\n\nSkylane shares fell 62 percent after the ruling.\n\nThe airline had expected its share of domestic passengers to reach 70 percent by 2030.",
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements reads what a count is of as newsrooms word it (facts20)", () => {
  const sides = (...texts: Array<[string, string]>) =>
    extractFacts(
      texts.map(([source, text]) => prepareArticle(draft(source, "2027-03-08T09:00:00Z", `Report.\n\n${text}`))),
    ).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("gives a count the place its sentence opens on (“In the neighbouring village of Kelby, 320 homes …”)", () => {
    expect(
      sides(
        [
          "Alpha News",
          "About 380 homes in Brayton were flooded on Sunday.\n\nIn the neighbouring village of Kelby, 320 homes were flooded.",
        ],
        ["Beta Times", "The fire service said 500 homes in Brayton were flooded on Sunday."],
      ),
    ).toEqual([["about 380", "500"]]);
  });

  it("sets the speeds a tachograph and witnesses give against each other, never against a limit", () => {
    expect(
      sides(
        ["Alpha News", "The lorry was travelling at 58 mph on Sunday, according to its tachograph."],
        ["Beta Times", "Witnesses said the lorry had been doing about 75 mph on Sunday in a 40 mph zone."],
      ),
    ).toEqual([["58", "about 75"]]);
  });

  it("reads “last month” as when a month's figure is, as “in February” is, not as a span of its own", () => {
    expect(
      sides(
        ["Alpha News", "Employers in Varnia added 184,000 jobs in February, the statistics office said on Monday."],
        ["Beta Times", "The Varnian economy created 176,000 jobs last month, figures showed on Monday."],
      ),
    ).toEqual([["176,000", "184,000"]]);
  });

  it("sets two outlets' shares of a ballot in favour against each other, never the turnout", () => {
    expect(
      sides(
        ["Alpha News", "Nurses voted by 64 percent to accept the offer, the union said on Sunday."],
        [
          "Beta Times",
          "Nurses accepted the offer on Sunday, with 68 percent of those voting in favour.\n\nTurnout was 66 percent.",
        ],
      ),
    ).toEqual([["64 percent", "68 percent"]]);
  });
});

describe("findDisagreements on figures told days apart (facts22)", () => {
  const sides = (...texts: Array<[string, string, string]>) =>
    extractFacts(
      texts.map(([source, publishedAt, text]) => prepareArticle(draft(source, publishedAt, `Report.\n\n${text}`))),
    ).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("sets two named sources' estimates of one cost or one measure against each other, days apart", () => {
    expect(
      sides(
        ["Alpha News", "2027-03-01T17:00:00Z", "The discount will cost £320 million, the Treasury said."],
        [
          "Beta Times",
          "2027-03-04T09:00:00Z",
          "The discount will cost about £380 million, according to the Resolution Forum think tank.",
        ],
      ),
    ).toEqual([["320 million", "about 380 million"]]);
    expect(
      sides(
        [
          "Alpha News",
          "2027-03-12T08:00:00Z",
          "Temperatures in the tunnel reached about 1,000C, the fire service said.",
        ],
        [
          "Beta Times",
          "2027-03-16T10:00:00Z",
          "Temperatures in the tunnel reached 1,200C, according to an analysis by the Institution of Tunnel Engineers.",
        ],
      ),
    ).toEqual([["about 1,000", "1,200"]]);
  });

  it("reads a cost someone “put at” as an estimate, as what a thing “will cost” is, never as what it cost", () => {
    expect(
      sides(
        ["Alpha News", "2027-03-12T08:00:00Z", "Repairs to the bore will cost about £40 million, Wend Crossings said."],
        ["Beta Times", "2027-03-16T10:00:00Z", "The Institution put the cost of repairs at about £55 million."],
      ),
    ).toEqual([["about 40 million", "about 55 million"]]);
    expect(
      sides(
        ["Alpha News", "2027-03-12T08:00:00Z", "Repairs to the bore will cost about £40 million, Wend Crossings said."],
        ["Beta Times", "2027-03-12T10:00:00Z", "Repairs to the bore cost £55 million, the Institution said."],
      ),
    ).toEqual([]);
  });

  it("never sets them against each other when no source is named, one source revises, or it is a count or a level", () => {
    // No named sources: a figure then a later one.
    expect(
      sides(
        ["Alpha News", "2027-03-01T17:00:00Z", "The discount will cost £320 million."],
        ["Beta Times", "2027-03-04T09:00:00Z", "The discount will cost about £380 million."],
      ),
    ).toEqual([]);
    // What an offer would cost against what the deal will.
    expect(
      sides(
        [
          "Alpha News",
          "2027-05-11T10:00:00Z",
          "The offer, up from 4.5 percent in March, would cost about £1.9 billion a year, the Department for Education said.",
        ],
        ["Beta Times", "2027-05-18T16:00:00Z", "The deal will cost £2.1 billion a year, the Treasury said."],
      ),
    ).toEqual([]);
    // Homes counted up over days; a debt as of each writing.
    expect(
      sides(
        ["Alpha News", "2027-03-01T17:00:00Z", "The fire service said 300 homes were damaged."],
        ["Beta Times", "2027-03-04T09:00:00Z", "The council said 400 homes were damaged."],
      ),
    ).toEqual([]);
    expect(
      sides(
        ["Alpha News", "2027-03-01T17:00:00Z", "Household debt has reached £3.7 billion, the regulator said."],
        [
          "Beta Times",
          "2027-03-04T09:00:00Z",
          "Household debt has reached £4.2 billion, according to Citizens Advice.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on which figures are set against each other (facts23)", () => {
  const sides = (...texts: Array<[string, string, string]>) =>
    extractFacts(
      texts.map(([source, publishedAt, text]) => prepareArticle(draft(source, publishedAt, `Report.\n\n${text}`))),
    ).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("sets a transposed figure of one measure and day against the other, however far apart", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2027-07-13T18:00:00Z",
          "Health officials said 14 people were treated in hospital for heatstroke.",
        ],
        [
          "Beta Times",
          "2027-07-14T07:00:00Z",
          "Health officials said 41 people had been treated in hospital for heatstroke on Tuesday.",
        ],
      ),
    ).toEqual([["14", "41"]]);
    // Not a transposition: 14 and 42 that far apart are two counts.
    expect(
      sides(
        [
          "Alpha News",
          "2027-07-13T18:00:00Z",
          "Health officials said 14 people were treated in hospital for heatstroke.",
        ],
        [
          "Beta Times",
          "2027-07-14T07:00:00Z",
          "Health officials said 42 people had been treated in hospital for heatstroke on Tuesday.",
        ],
      ),
    ).toEqual([]);
  });

  it("sets a running total another source gives lower later against the earlier one, never a higher one", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2028-09-12T08:00:00Z",
          "The charity said 52 whales had come ashore in total since Sunday morning.",
        ],
        ["Beta Times", "2028-09-12T17:00:00Z", "The department said 48 whales had stranded since Sunday."],
      ),
    ).toEqual([["48", "52"]]);
    // A higher later total is the count grown; one source's lower one its revision; no sayers, no rivals.
    expect(
      sides(
        ["Alpha News", "2028-09-12T08:00:00Z", "The department said 48 whales had stranded since Sunday."],
        [
          "Beta Times",
          "2028-09-12T17:00:00Z",
          "The charity said 52 whales had come ashore in total since Sunday morning.",
        ],
      ),
    ).toEqual([]);
    expect(
      sides(
        [
          "Alpha News",
          "2028-09-12T08:00:00Z",
          "The charity said 52 whales had come ashore in total since Sunday morning.",
        ],
        ["Beta Times", "2028-09-12T17:00:00Z", "The charity said 48 whales had come ashore since Sunday."],
      ),
    ).toEqual([]);
    expect(
      sides(
        ["Alpha News", "2028-09-12T08:00:00Z", "In all, 52 whales had come ashore since Sunday morning."],
        ["Beta Times", "2028-09-12T17:00:00Z", "So far 48 whales have stranded since Sunday."],
      ),
    ).toEqual([]);
  });

  it("sets two outlets' values of a standing quantity against each other days apart, however each words it", () => {
    // What a plant employs, told four days apart, in a plan's sentence and with another clause's year.
    expect(
      sides(
        [
          "Alpha News",
          "2027-11-03T08:00:00Z",
          "The union said it would fight the plan to close the plant, which employs 1,300 people.",
        ],
        [
          "Beta Times",
          "2027-11-07T18:00:00Z",
          "The plant, which employs 1,100 people, handled 9,400 orders last year.",
        ],
      ),
    ).toEqual([["1,100", "1,300"]]);
    // Staff, workers and people of one workforce.
    expect(
      sides(
        ["Alpha News", "2027-11-03T08:00:00Z", "The plant, which employs 1,300 staff, will close next year."],
        ["Beta Times", "2027-11-05T18:00:00Z", "The plant employs about 1,100 workers."],
      ),
    ).toEqual([["about 1,100", "1,300"]]);
    // The passengers a company carries a day, its name told as the clause's head or as an owner.
    expect(
      sides(
        ["Alpha News", "2027-07-12T09:00:00Z", "Redline's buses carry about 320,000 passengers a day."],
        [
          "Beta Times",
          "2027-07-16T06:00:00Z",
          "Redline, which carries 250,000 passengers a day, has raised its offer to 5.2%.",
        ],
      ),
    ).toEqual([["250,000", "about 320,000"]]);
    // The voters on a register, however worded.
    expect(
      sides(
        ["Alpha News", "2027-06-04T16:00:00Z", "There are about 265,000 voters on the city's electoral register."],
        ["Beta Times", "2027-06-05T07:00:00Z", "Official figures show 248,000 people registered to vote in the city."],
      ),
    ).toEqual([["248,000", "about 265,000"]]);
  });

  it("never sets a standing quantity against a past one, another company's, or one told weeks apart", () => {
    expect(
      sides(
        ["Alpha News", "2027-11-03T08:00:00Z", "The plant, which employs 1,300 people, will close next year."],
        ["Beta Times", "2027-11-07T18:00:00Z", "The plant opened in 1968 and at its peak employed 1,600 people."],
      ),
    ).toEqual([]);
    expect(
      sides(
        ["Alpha News", "2027-07-12T09:00:00Z", "Redline, which carries 320,000 passengers a day, has offered 4.5%."],
        ["Beta Times", "2027-07-13T06:00:00Z", "Bluebus, which carries 280,000 passengers a day, settled last month."],
      ),
    ).toEqual([]);
    expect(
      sides(
        ["Alpha News", "2027-03-01T08:00:00Z", "The plant, which employs 1,300 people, is for sale."],
        ["Beta Times", "2027-04-20T18:00:00Z", "The plant, which employs 1,100 people, has been sold."],
      ),
    ).toEqual([]);
  });

  it("reads “N of its M drivers” as the part the event counts, never the whole against another count", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2027-07-12T09:00:00Z",
          "About 1,800 bus drivers walked out on Monday at the start of a strike, the union said.",
        ],
        [
          "Beta Times",
          "2027-07-12T17:30:00Z",
          "The company said 1,200 of its 2,600 drivers had joined the walkout on Monday.",
        ],
      ),
    ).toEqual([["1,200", "about 1,800"]]);
    // The whole is the company's drivers, never a count of strikers.
    expect(
      sides(
        [
          "Alpha News",
          "2027-07-12T09:00:00Z",
          "The company said 1,200 of its 2,600 drivers had joined the walkout on Monday.",
        ],
        ["Beta Times", "2027-07-12T17:30:00Z", "The union said 2,900 drivers had joined the walkout on Monday."],
      ),
    ).toEqual([]);
    // "of the 11 people killed": the whole is the event's own count.
    expect(
      sides(
        ["Alpha News", "2027-07-12T09:00:00Z", "Fourteen people were killed in the crash on Monday, police said."],
        ["Beta Times", "2027-07-12T17:30:00Z", "Two of the 11 people killed in the crash on Monday were children."],
      ),
    ).toEqual([["11", "Fourteen"]]);
  });
});

/** Two reports' disagreements, each as its topic and its claims' values. */
function topicsAndValues(first: [string, string, string], second: [string, string, string]) {
  return extractFacts([prepareArticle(draft(...first)), prepareArticle(draft(...second))]).disagreements.map((item) => [
    item.topic,
    item.claims.map((claim) => claim.value),
  ]);
}

describe("findDisagreements on staff counted on duty (the lead's prison escape)", () => {
  const sides = topicsAndValues;

  it("sets a union's count of officers on duty against the prison service's, however the count is stressed", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-03-13T07:30:00Z",
          "Two men escaped.\n\nOnly four officers were on duty on the wing at the time of the escape, the union said.",
        ],
        [
          "Beta Times",
          "2029-03-13T18:00:00Z",
          "Two men escaped.\n\nSix officers were on duty on the wing when the two men escaped, the prison service said.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/^officers on duty on the wing\b/), ["four", "Six"]]]);
  });

  it("sets them against each other told a day apart, the later dated only by its saying", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-03-14T07:30:00Z",
          "Two men escaped.\n\nOnly four officers were on duty on the wing at the time of the escape, the union said.",
        ],
        [
          "Beta Times",
          "2029-03-15T18:00:00Z",
          "Two men escaped.\n\nSix officers were on duty on the wing when the two men escaped, the prison service said on Thursday.",
        ],
      ).map(([, values]) => values),
    ).toEqual([["four", "Six"]]);
  });

  it("keeps officers on duty apart from officers searching", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-03-13T07:30:00Z",
          "Two men escaped.\n\nOnly four officers were on duty on the wing, the union said.",
        ],
        [
          "Beta Times",
          "2029-03-13T18:00:00Z",
          "Two men escaped.\n\nThe search goes on, with more than 120 officers involved.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on a storm's winds (the lead's tornado)", () => {
  const sides = topicsAndValues;

  it("sets two outlets' peak winds against each other, “up to” being how a peak is told", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-06-11T08:00:00Z",
          "A tornado hit the town.\n\nThe Weather Service rated the tornado an EF-3, with winds of up to 160 mph.",
        ],
        [
          "Beta Times",
          "2029-06-11T20:00:00Z",
          "A tornado hit the town.\n\nThe Weather Service said the tornado packed winds of up to 150 mph.",
        ],
      ),
    ).toEqual([["winds in mph", ["150", "160"]]]);
  });

  it("keeps gusts apart from winds, and a speed limit apart from both", () => {
    expect(
      sides(
        ["Alpha News", "2029-06-11T08:00:00Z", "A storm hit the coast.\n\nThe storm brought gusts of 90 mph."],
        ["Beta Times", "2029-06-11T20:00:00Z", "A storm hit the coast.\n\nThe storm packed winds of up to 70 mph."],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on pupils kept from school (facts25's power cut)", () => {
  const sides = topicsAndValues;

  it("sets pupils “affected” by closed schools against pupils kept “out of class” the same day", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2028-01-25T16:00:00Z",
          "Power was cut across the city.\n\nThe council closed 42 schools on Tuesday, affecting about 14,000 pupils.",
        ],
        [
          "Beta Times",
          "2028-01-26T06:00:00Z",
          "Power was cut across the city.\n\nThe closure of 42 schools kept some 11,500 pupils out of class on Tuesday, the union said.",
        ],
      ),
    ).toEqual([["pupils affected", ["some 11,500", "about 14,000"]]]);
  });

  it("keeps pupils out of school apart from the schools closed and from teachers on strike", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2028-01-25T16:00:00Z",
          "Teachers walked out.\n\nAbout 1,400 teachers were on strike on Tuesday.",
        ],
        [
          "Beta Times",
          "2028-01-25T18:00:00Z",
          "Teachers walked out.\n\nSome 1,800 pupils were out of school on Tuesday, the council said.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on everyone aboard or in the hall, told by what was done to all of them (the lead's landing, facts25's pier)", () => {
  const sides = topicsAndValues;

  it("sets “All 187 passengers … were evacuated” against a plane “carrying 178 passengers”", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-11-08T02:00:00Z",
          "A plane made an emergency landing.\n\nAll 187 passengers and six crew members were evacuated on the runway, the airline said.",
        ],
        [
          "Beta Times",
          "2029-11-08T15:00:00Z",
          "A plane made an emergency landing.\n\nThe flight was carrying 178 passengers, according to the aviation authority.",
        ],
      ),
    ).toEqual([["passengers aboard", ["178", "187"]]]);
  });

  it("sets passengers told beside the crew against another outlet's passengers on board two days on", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2028-03-13T06:30:00Z",
          "The ferry ran aground late yesterday with 212 passengers on board, the coastguard said.",
        ],
        [
          "Beta Times",
          "2028-03-15T06:00:00Z",
          "Salvage began.\n\nThe operator said 230 passengers and 18 crew had been aboard.",
        ],
      ).map(([, values]) => values),
    ).toEqual([["212", "230"]]);
  });

  it("sets “All 380 members of the audience were evacuated” against “an audience of 420 … when the deck gave way” two days on", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2027-08-14T07:00:00Z",
          "The pier collapsed.\n\nAll 380 members of the audience at the theatre were evacuated, police said.",
        ],
        [
          "Beta Times",
          "2027-08-16T06:00:00Z",
          "The pier collapsed.\n\nThe theatre had an audience of 420 for a concert when the deck gave way, its manager said.",
        ],
      ).map(([, values]) => values),
    ).toEqual([["380", "420"]]);
  });

  it("keeps the crew apart from the passengers, those still aboard days later, some of them evacuated, and two rallies' crowds", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-11-08T02:00:00Z",
          "A ship was stranded.\n\nAll 2,400 passengers and 900 crew were accounted for, the operator said.\n\nA crowd of 3,000 attended the rally on Saturday.",
        ],
        [
          "Beta Times",
          "2029-11-12T15:00:00Z",
          "A ship was stranded.\n\nSome 1,700 passengers remain aboard, the operator said.\n\nAbout 1,100 crew were taken off.\n\nA crowd of 4,000 attended the rally.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on a plan's average rise in what people pay (the lead's fares, facts25's power cut)", () => {
  const sides = topicsAndValues;

  it("sets a regulator's average rise in bills against a consumer group's, a day apart", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2028-01-26T06:00:00Z",
          "The blackout raised questions.\n\nThe operator's investment plan will raise household bills by an average of 4% from April, the regulator says.",
        ],
        [
          "Beta Times",
          "2028-01-27T12:00:00Z",
          "The blackout raised questions.\n\nA consumer group said the investment plan meant an average rise of 7% in household bills.",
        ],
      ),
    ).toEqual([["percent average rise", ["4%", "7%"]]]);
  });

  it("sets an authority's fare rise against a campaign's average, the second outlet giving both", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-03-01T09:00:00Z",
          "Fares are going up.\n\nBus fares across the county will rise by 8% from April 1, the transport authority announced on Wednesday.",
        ],
        [
          "Beta Times",
          "2029-03-02T11:00:00Z",
          "Fares are going up.\n\nThe transport authority's fare rise will average 12%, according to an analysis by the Campaign for Better Transport.\n\nThe authority had said the rise would average 8%.",
        ],
      ),
    ).toEqual([["percent average rise", ["8%", "12%"]]]);
  });

  it("keeps a part of the fares, a rise cut by a later decision, a pay rise and last year's rise apart", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-03-01T09:00:00Z",
          "Fares are going up.\n\nBus fares will rise by 8% from April 1.\n\nDrivers will get an average pay rise of 5%.",
        ],
        [
          "Beta Times",
          "2029-03-02T11:00:00Z",
          "Fares are going up.\n\nSingle fares will go up by 10%.\n\nThe authority has cut the planned rise in weekly tickets from 15% to 9%.\n\nDrivers' pay will rise by an average of 6.5%.\n\nFares rose by an average of 11% last year.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on what an incident did once, told as done overnight (the lead's explosion, facts25's power cut)", () => {
  const sides = topicsAndValues;

  it("sets residents “evacuated overnight” against another outlet's residents evacuated after the blast", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-10-23T07:00:00Z",
          "A plant exploded on Monday night.\n\nAbout 200 residents living near the site were evacuated overnight, the fire service said.",
        ],
        [
          "Beta Times",
          "2029-10-23T15:00:00Z",
          "A plant exploded on Monday night.\n\nAbout 120 residents evacuated after Monday's blast were allowed to return home on Tuesday afternoon, the council said.",
        ],
      ),
    ).toEqual([["people displaced", ["about 120", "about 200"]]]);
  });

  it("sets customers cut off “last night” against another outlet's customers without power at the cut's height", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2028-01-25T06:00:00Z",
          "A substation caught fire.\n\nThe fire cut power to about 84,000 customers last night, the operator said.",
        ],
        [
          "Beta Times",
          "2028-01-25T16:00:00Z",
          "A substation caught fire.\n\nSome 97,000 customers were without power at the height of the cut, the council said.",
        ],
      ).map(([, values]) => values),
    ).toEqual([["about 84,000", "some 97,000"]]);
  });

  it("keeps arrests overnight apart from a day's arrests, and a later count of those still cut off", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2028-01-25T06:00:00Z",
          "Riots broke out.\n\nPolice arrested 46 people overnight.\n\nThe storm cut power to about 84,000 customers last night.",
        ],
        [
          "Beta Times",
          "2028-01-25T16:00:00Z",
          "Riots broke out.\n\nPolice said 60 people were arrested on Tuesday.\n\nAbout 6,000 customers were still without power on Tuesday afternoon.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on people taken from the water (facts25's pier)", () => {
  const sides = topicsAndValues;

  it("sets crews that “pulled nine people from the sea overnight” against another outlet's 12 rescued", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2027-08-14T07:00:00Z",
          "The pier collapsed late last night.\n\nLifeboat crews rescued 12 people from the water, the coastguard said.",
        ],
        [
          "Beta Times",
          "2027-08-14T13:00:00Z",
          "The pier collapsed.\n\nThe RNLI said its crews had pulled nine people from the sea overnight after the pier gave way on Friday evening.",
        ],
      ),
    ).toEqual([["people rescued", ["nine", "12"]]]);
  });

  it("keeps cars pulled from a river and products pulled from shelves apart from people", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2027-08-14T07:00:00Z",
          "The storm hit.\n\nDivers pulled 12 people from the water, police said.",
        ],
        [
          "Beta Times",
          "2027-08-14T13:00:00Z",
          "The storm hit.\n\nCrews pulled nine cars from the river, and shops pulled 14 products from shelves.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on pupils a strike keeps from school, told on two days (the lead's teachers)", () => {
  const sides = topicsAndValues;

  it("sets students “affected” with no day of their own against the next day's students out of school", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-03-05T12:00:00Z",
          "Teachers walked off the job Monday, closing 42 schools.\n\nAbout 31,000 students were affected, the district said.",
        ],
        [
          "Beta Times",
          "2029-03-06T14:00:00Z",
          "The strike went on.\n\nSome 36,000 students were out of school Tuesday on the second day of the strike, according to the state.",
        ],
      ),
    ).toEqual([["students affected", ["about 31,000", "some 36,000"]]]);
  });

  it("keeps two days' own counts apart (schools reopen), and counts days apart", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2029-03-06T12:00:00Z",
          "The strike went on.\n\nAbout 14,000 pupils were out of class on Tuesday, the council said.\n\nAbout 31,000 students were affected, the district said.",
        ],
        [
          "Beta Times",
          "2029-03-09T14:00:00Z",
          "The strike went on.\n\nSome 11,000 pupils were out of class on Thursday as schools reopened.\n\nSome 36,000 students were out of school Friday, the state said.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on payments that failed (the lead's bank outage)", () => {
  it("sets payments that failed against payments declined the same day, whatever the verb", () => {
    expect(
      topicsAndValues(
        [
          "Alpha News",
          "2031-03-01T11:00:00Z",
          "The bank's systems went down.\n\nNorthgate Bank said on Saturday that 1.2 million card payments had failed during Friday's outage.",
        ],
        [
          "Beta Times",
          "2031-03-03T07:00:00Z",
          "The bank's systems went down.\n\nInternal figures seen by Beta Times show 1.9 million card payments were declined on Friday.",
        ],
      ),
    ).toEqual([[expect.stringMatching(/^payments failed\b/), ["1.2 million", "1.9 million"]]]);
  });

  it("keeps payments a bank blocked as fraud apart from payments that failed", () => {
    expect(
      topicsAndValues(
        [
          "Alpha News",
          "2031-03-01T11:00:00Z",
          "The bank's systems went down.\n\nNorthgate Bank said on Saturday that 1.2 million card payments had failed during Friday's outage.",
        ],
        [
          "Beta Times",
          "2031-03-03T07:00:00Z",
          "The bank's systems went down.\n\nNorthgate blocked 1.9 million card payments on Friday as suspected fraud.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements' topics", () => {
  it("reads what a figure is of, never cut mid-phrase nor running on into when it held", () => {
    const [[topic]] = topicsAndValues(
      [
        "Alpha News",
        "2029-03-13T07:30:00Z",
        "Two men escaped.\n\nOnly four officers were on duty on the wing at the time of the escape, the union said.",
      ],
      [
        "Beta Times",
        "2029-03-13T18:00:00Z",
        "Two men escaped.\n\nSix officers were on duty on the wing when the two men escaped, the prison service said.",
      ],
    ) as [[string]];
    expect(topic).toBe("officers on duty on the wing");
  });
});

describe("findDisagreements sets outlets' counts of the sick against each other, however told (facts26)", () => {
  it("sets a count of people sickened against a count of passengers and crew who reported illness on one day", () => {
    const articles = [
      draft(
        "Harbour Gazette",
        "2027-03-02T16:00:00Z",
        "A stomach virus spread on the ferry Northern Star.\n\nThe number of people sickened aboard the Northern Star rose to 170 on Tuesday, the operator said.",
      ),
      draft(
        "Coastal Post",
        "2027-03-03T18:00:00Z",
        "The Northern Star docked in Calder on Wednesday.\n\nHealth officials said 152 passengers and crew had reported illness by Tuesday evening.",
      ),
    ].map((item) => prepareArticle(item));
    const { disagreements } = extractFacts(articles);
    expect(disagreements.map((item) => item.claims.map((claim) => [claim.value, claim.outlets]))).toEqual([
      [
        ["152", ["Coastal Post"]],
        ["170", ["Harbour Gazette"]],
      ],
    ]);
  });
});

describe("findDisagreements reads a bound from below as reaching only so far (facts26)", () => {
  const story = (first: string, second: string) =>
    extractFacts(
      [
        draft("Harbour Gazette", "2027-03-03T09:00:00Z", `Hospitals in Calder were hit by a cyberattack.\n\n${first}`),
        draft(
          "Coastal Post",
          "2027-03-03T14:00:00Z",
          `Staff at Calder hospitals went back to paper records.\n\n${second}`,
        ),
      ].map((item) => prepareArticle(item)),
    ).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("sets “more than 2,300” against a figure far above it, never against one just above it", () => {
    expect(
      story(
        "More than 2,300 operations were cancelled at Calder hospitals on Monday, the trust said.",
        "Some 3,200 operations were cancelled at Calder hospitals on Monday, according to internal figures.",
      ),
    ).toEqual([["more than 2,300", "some 3,200"]]);
    expect(
      story(
        "More than 2,300 operations were cancelled at Calder hospitals on Monday, the trust said.",
        "Some 2,500 operations were cancelled at Calder hospitals on Monday, according to internal figures.",
      ),
    ).toEqual([]);
  });

  it("reads a round bound as reaching to its next step: “more than 2,000” holds 3,200", () => {
    expect(
      story(
        "More than 2,000 operations were cancelled at Calder hospitals on Monday, the trust said.",
        "Some 3,200 operations were cancelled at Calder hospitals on Monday, according to internal figures.",
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on a finished event's measures told days apart (facts27)", () => {
  const values = (first: [string, string, string], second: [string, string, string]) =>
    topicsAndValues(first, second).map(([, claims]) => claims);

  it("sets two outlets' peak winds of a storm that has passed against each other, however many days apart", () => {
    expect(
      values(
        [
          "Alpha News",
          "2029-06-11T08:00:00Z",
          "A tornado hit the town on Sunday.\n\nThe Weather Service rated the tornado an EF-3, with winds of up to 160 mph.",
        ],
        [
          "Beta Times",
          "2029-06-13T20:00:00Z",
          "Residents began clearing debris.\n\nThe tornado packed peak winds of 135 mph, according to a survey by the state's emergency agency.",
        ],
      ),
    ).toEqual([["135", "160"]]);
  });

  it("keeps a storm's winds as it moves, or as forecast, apart from its peak told later", () => {
    expect(
      values(
        [
          "Alpha News",
          "2029-09-02T08:00:00Z",
          "Hurricane Ada neared the coast.\n\nThe hurricane was packing winds of up to 150 mph on Monday morning.",
        ],
        [
          "Beta Times",
          "2029-09-04T20:00:00Z",
          "Residents began clearing debris.\n\nThe hurricane packed peak winds of 120 mph, the National Hurricane Center said.",
        ],
      ),
    ).toEqual([]);
  });

  it("sets two named sources' counts of the travellers a closure affected against each other days apart", () => {
    expect(
      values(
        [
          "Brenford Echo",
          "2028-10-14T15:00:00Z",
          "Police arrested two people.\n\nAbout 21,000 passengers were affected, a spokesman for the airport said.",
        ],
        [
          "Aviation Business Daily",
          "2028-10-16T07:00:00Z",
          "Airlines counted the cost.\n\nSome 27,000 passengers had their journeys disrupted by the closure, the Board of Airline Representatives said.",
        ],
      ),
    ).toEqual([["about 21,000", "some 27,000"]]);
  });

  it("reads one source's later count of the travellers affected as its revision, and a count as of the writing as a moment", () => {
    expect(
      values(
        [
          "Brenford Echo",
          "2028-10-14T15:00:00Z",
          "Police arrested two people.\n\nAbout 21,000 passengers were affected, the airport said.",
        ],
        [
          "Aviation Business Daily",
          "2028-10-16T07:00:00Z",
          "Airlines counted the cost.\n\nSome 27,000 passengers were affected by the closure, the airport said.",
        ],
      ),
    ).toEqual([]);
    expect(
      values(
        [
          "Brenford Echo",
          "2028-10-14T15:00:00Z",
          "Police arrested two people.\n\nAbout 21,000 passengers were affected, a spokesman for the airport said.",
        ],
        [
          "Aviation Business Daily",
          "2028-10-16T07:00:00Z",
          "Airlines counted the cost.\n\nSome 27,000 passengers are still affected, the Board of Airline Representatives said.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on what a container or a building holds (facts27)", () => {
  const values = (first: string, second: string) =>
    topicsAndValues(
      ["Alpha Wire", "2027-05-11T08:00:00Z", `An explosion hit the Kelso grain terminal on Monday.\n\n${first}`],
      ["Beta Post", "2027-05-11T18:00:00Z", `Smoke rose over Kelso after the blast.\n\n${second}`],
    ).map(([, claims]) => claims);

  it("sets two outlets' loads of one silo against each other, whichever verb each uses", () => {
    expect(
      values(
        "The silo held about 15,000 tonnes of wheat, the company said.",
        "Around 11,000 tonnes of wheat were stored in the silo when it exploded, the harbour master said.",
      ),
    ).toEqual([["around 11,000", "about 15,000"]]);
    expect(
      values("The tenement contained 24 flats, its owner said.", "The building, which had 32 flats, was condemned."),
    ).toEqual([["24", "32"]]);
  });

  it("never sets two silos', a ship's and a silo's, or a silo's capacity and load against each other", () => {
    expect(
      values("The first silo held 12,000 tonnes of wheat.", "The second silo held 9,000 tonnes of barley."),
    ).toEqual([]);
    expect(values("The ship held 30,000 tonnes of grain.", "The silo held 24,000 tonnes of grain.")).toEqual([]);
    expect(
      values(
        "The silo can hold 20,000 tonnes of grain.",
        "The silo held about 15,000 tonnes of wheat when it exploded.",
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on a dispute one sentence reports between two named sources (facts27)", () => {
  const values = (sentence: string) =>
    extractFacts(
      [
        draft(
          "Alpha Wire",
          "2027-05-11T08:00:00Z",
          `Workers at the Kelso paper mill walked out on Monday.\n\n${sentence}`,
        ),
        draft("Beta Post", "2027-05-11T18:00:00Z", "Pickets gathered at the Kelso mill gates."),
      ].map((item) => prepareArticle(item)),
    ).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("sets a company's count against a union's even a half apart, as rival sources' counts are", () => {
    expect(
      values(
        "A spokesman for the company said 400 workers had joined the strike, while the union says 650 walked out.",
      ),
    ).toEqual([["400", "650"]]);
    expect(values("The company said 17 workers were injured, but the union put the figure at 26.")).toEqual([
      ["17", "26"],
    ]);
  });

  it("sets a source's figure “put the figure at” in the next sentence against the count before it", () => {
    expect(values("The company said 17 workers were injured. The union put the figure at 26.")).toEqual([["17", "26"]]);
    expect(values("The company said 17 workers were injured. It put the figure at 26 by Friday.")).toEqual([]);
  });

  it("sets two sources' sums against each other up to as far apart as outlets' sums", () => {
    expect(values("The company put the cost at £3 million; the union says it is nearer £5 million.")).toEqual([
      ["3 million", "5 million"],
    ]);
    expect(values("The company put the cost at £3 million; the union says it is nearer £6 million.")).toEqual([]);
  });
});

describe("findDisagreements on a running count told by two outlets (facts27, a guard: right before and after)", () => {
  const values = (first: [string, string], second: [string, string]) =>
    extractFacts(
      [
        draft("Harbour Gazette", first[0], `Hospitals in Calder were hit by a cyberattack on Sunday.\n\n${first[1]}`),
        draft("Coastal Post", second[0], `Staff at Calder hospitals went back to paper records.\n\n${second[1]}`),
      ].map((item) => prepareArticle(item)),
    ).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("reads a total since the attack on Tuesday and a higher one by Wednesday evening as one total growing", () => {
    expect(
      values(
        [
          "2027-03-02T18:00:00Z",
          "More than 2,300 operations have been cancelled since the attack, the trust said on Tuesday.",
        ],
        [
          "2027-03-04T08:00:00Z",
          "Some 3,200 operations had been cancelled by Wednesday evening, according to internal figures.",
        ],
      ),
    ).toEqual([]);
  });

  it("sets two outlets' totals for the same moment against each other", () => {
    expect(
      values(
        ["2027-03-04T08:00:00Z", "More than 2,300 operations had been cancelled by Wednesday evening, the trust said."],
        [
          "2027-03-04T09:00:00Z",
          "Some 3,200 operations had been cancelled by Wednesday evening, according to internal figures.",
        ],
      ),
    ).toEqual([["more than 2,300", "some 3,200"]]);
  });
});

describe("findDisagreements reads other wordings of one count (lead, session 19)", () => {
  const values = (...reports: Array<[string, string, string]>) =>
    extractFacts(
      reports.map(([source, publishedAt, text]) => prepareArticle(draft(source, publishedAt, text))),
    ).disagreements.map((item) => item.claims.map((claim) => claim.value).sort());

  it("reads a close of “shares in” a named company as its shares' close", () => {
    expect(
      values(
        [
          "Market Wire",
          "2031-05-05T17:30:00Z",
          "Shares in Corven Foods closed 12% lower on Monday after a profit warning.",
        ],
        [
          "Evening Ledger",
          "2031-05-05T20:00:00Z",
          "Corven's shares ended Monday down 15%, their worst day in a decade.",
        ],
      ),
    ).toEqual([["12%", "15%"]]);
  });

  it("reads “not noticed for” as “went unnoticed for”, and “hurt” and a bare “27 injured” as the injured", () => {
    expect(
      values(
        ["Wire", "2030-06-02T09:00:00Z", "The leak was not detected for three hours, the water company said."],
        ["Gazette", "2030-06-02T18:00:00Z", "The leak went undetected for nearly five hours, engineers said."],
      ),
    ).toEqual([["nearly five", "three"]]);
    expect(
      values(
        ["Wire", "2030-06-02T09:00:00Z", "One man died and 14 injured when a bus overturned near Kelby this morning."],
        ["Gazette", "2030-06-02T18:00:00Z", "The ambulance service said 19 people were hurt when the bus overturned."],
      ),
    ).toEqual([["14", "19"]]);
  });

  it("gives a count with a verb of its own that verb, so vehicles that crashed are never people killed", () => {
    expect(
      values(
        ["Wire", "2030-06-02T09:00:00Z", "One woman was killed when 12 cars collided on the ring road this morning."],
        ["Gazette", "2030-06-02T18:00:00Z", "About 17 cars were involved in the crash on the ring road, police said."],
      ),
    ).toEqual([["12", "about 17"]]);
  });

  it("reads containers lost overboard overnight and containers that went overboard as one loss", () => {
    expect(
      values(
        [
          "Wire",
          "2030-06-02T18:00:00Z",
          "The freighter lost 31 containers overboard in a storm overnight, its owner said on Sunday.",
        ],
        ["Gazette", "2030-06-03T18:00:00Z", "About 40 containers went overboard, the coastguard said on Monday."],
      ),
    ).toEqual([["31", "about 40"]]);
  });

  it("never sets a death toll updated the same day against the morning's", () => {
    expect(
      values(
        [
          "Wire",
          "2030-06-02T09:00:00Z",
          "Two people were killed when a gas explosion destroyed a house in Orme this morning, police said.",
        ],
        [
          "Gazette",
          "2030-06-02T18:00:00Z",
          "Three people have now died after the explosion in Orme, police said this evening.",
        ],
      ),
    ).toEqual([]);
  });

  it("reads a rival's “put the figure at” as a count of what the figure before it counted", () => {
    expect(
      values([
        "Wire",
        "2030-06-02T09:00:00Z",
        "About 300 staff at the plant have been laid off, the company said, while the union put the figure at 380.",
      ]),
    ).toEqual([["380", "about 300"]]);
  });

  it("reads a farm that houses so many birds and a flock put at so many as one measure", () => {
    expect(
      values(
        ["Wire", "2030-06-02T09:00:00Z", "The farm, near Dunmore, houses about 400,000 turkeys, officials said."],
        ["Gazette", "2030-06-03T09:00:00Z", "Inspectors put the flock at 520,000 turkeys."],
      ),
    ).toEqual([["520,000", "about 400,000"]]);
  });

  it("sets counts tied to the incident's night against each other days apart, never other nights' counts", () => {
    const first: [string, string, string] = [
      "Wire",
      "2030-06-02T09:00:00Z",
      "Only four nurses were on duty on the night of the fire, the union said.",
    ];
    expect(
      values(first, ["Gazette", "2030-06-05T09:00:00Z", "Seven nurses had been on duty that night, the trust said."]),
    ).toEqual([["Seven", "four"]]);
    expect(
      values(first, ["Gazette", "2030-06-05T09:00:00Z", "Seven nurses were on duty on Wednesday, the trust said."]),
    ).toEqual([]);
  });

  it("reads jobs at risk and jobs a closure would affect as the jobs a cut puts at stake", () => {
    expect(
      values(
        ["Wire", "2030-06-02T09:00:00Z", "The shopworkers' union said 900 jobs were at risk."],
        ["Gazette", "2030-06-03T09:00:00Z", "The chain said about 650 jobs would be affected by the closures."],
      ),
    ).toEqual([["900", "about 650"]]);
  });
});

describe("findDisagreements on counts dated by an incident's day or by the day they were given (facts29)", () => {
  const values = (...texts: ReadonlyArray<readonly [string, string, string]>) =>
    extractFacts(texts.map(([source, publishedAt, text]) => prepareArticle(draft(source, publishedAt, text))))
      .disagreements.map((item) => item.claims.map((claim) => claim.value))
      .map((claims) => [...claims].sort());

  it("sets a toll dated by its crash's day against one dated by the day it was given, never two crashes' tolls", () => {
    expect(
      values(
        ["Valley Wire", "2029-03-07T08:00:00Z", "The coach crash on Tuesday killed 23 passengers near Arlen."],
        [
          "Mountain Post",
          "2029-03-07T18:00:00Z",
          "As of Wednesday, 26 passengers were dead, the regional governor said.",
        ],
      ),
    ).toEqual([["23", "26"]]);
    expect(
      values(
        ["Valley Wire", "2029-03-07T08:00:00Z", "The coach crash on Tuesday killed 23 passengers near Arlen."],
        ["Mountain Post", "2029-03-07T18:00:00Z", "Monday's coach crash killed 26 passengers near Arlen."],
      ),
    ).toEqual([]);
  });

  it("reads a count given 'in a statement on Friday' as that day's report", () => {
    expect(
      values(
        [
          "Coast Herald",
          "2029-05-11T07:00:00Z",
          "Eleven miners were killed when the roof of the gallery fell in on Thursday, the inspectorate said.",
        ],
        [
          "Energy Daily",
          "2029-05-11T19:00:00Z",
          "Fourteen miners were killed, the mine's owner said in a statement on Friday.",
        ],
      ),
    ).toEqual([["Eleven", "Fourteen"]]);
  });

  it("takes a count its own words tell as risen, printed after a lower one, as the count grown, whoever gave it", () => {
    expect(
      values(
        [
          "Coast Herald",
          "2029-05-11T06:00:00Z",
          "A gas blast wrecked the depot on Thursday, injuring 14 people, the county fire service said.",
        ],
        [
          "Energy Daily",
          "2029-05-12T15:00:00Z",
          "The number of people injured in the blast has risen to 22, county officials said on Saturday.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on counts set as adjectives and on those present when it happened (facts29)", () => {
  const values = (...texts: ReadonlyArray<readonly [string, string, string]>) =>
    extractFacts(texts.map(([source, publishedAt, text]) => prepareArticle(draft(source, publishedAt, text))))
      .disagreements.map((item) => item.claims.map((claim) => claim.value))
      .map((claims) => [...claims].sort());

  it("sets a count in words set as an adjective against another outlet's, whichever name the thing has", () => {
    expect(
      values(
        ["Metro Wire", "2029-06-03T08:00:00Z", "Crews fought a three-alarm fire at the warehouse through the night."],
        ["City Desk", "2029-06-03T17:00:00Z", "The five-alarm blaze destroyed the warehouse's roof."],
      ),
    ).toEqual([["five", "three"]]);
  });

  it("reads a sentence's opening determiner only before a count hyphened to its noun, never before a share", () => {
    expect(
      values(
        ["Metro Wire", "2029-06-03T08:00:00Z", "The port charges a 6 percent export levy on raw ore."],
        ["City Desk", "2029-06-03T17:00:00Z", "A 9 percent levy on imported steel took effect this week."],
      ),
    ).toEqual([]);
  });

  it("sets two outlets' counts of those inside a building when it happened against each other, days apart", () => {
    expect(
      values(
        ["Metro Wire", "2029-06-03T08:00:00Z", "About 120 shoppers were inside the store when the roof fell in."],
        ["City Desk", "2029-06-05T17:00:00Z", "Some 200 shoppers had been in the store at the time, the owners said."],
      ),
    ).toEqual([["about 120", "some 200"]]);
  });
});

describe("findDisagreements on how far a closure reaches (facts30)", () => {
  const disagreementsOf = (...texts: Array<[string, string, string]>) =>
    extractFacts(
      texts.map(([source, publishedAt, text]) => prepareArticle(draft(source, publishedAt, text))),
    ).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("sets “the closure of a 14-kilometre stretch” against “has shut for 11 kilometres” the same day", () => {
    expect(
      disagreementsOf(
        ["Canal Times", "2027-02-03T08:00:00Z", "The leak forced the closure of a 14-kilometre stretch of the canal."],
        [
          "Lock Gazette",
          "2027-02-03T14:00:00Z",
          "Boats queued at the canal, which the navigation authority has shut for 11 kilometres.",
        ],
      ),
    ).toEqual([["11", "14"]]);
  });

  it("never sets a closure extended days later against the first one", () => {
    expect(
      disagreementsOf(
        [
          "Canal Times",
          "2027-02-03T08:00:00Z",
          "On Wednesday the leak forced the closure of a 14-kilometre stretch of the canal.",
        ],
        ["Lock Gazette", "2027-02-08T14:00:00Z", "On Monday the authority closed a 20-kilometre stretch of the canal."],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on a count told by its own participle (facts30)", () => {
  const disagreementsOf = (...texts: Array<[string, string, string]>) =>
    extractFacts(
      texts.map(([source, publishedAt, text]) => prepareArticle(draft(source, publishedAt, text))),
    ).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("sets “a lorry towing 14 trailers overturned” against “which was towing 16 trailers, overturned”", () => {
    expect(
      disagreementsOf(
        ["Road Times", "2027-02-03T08:00:00Z", "A lorry towing 14 trailers overturned on the bypass on Wednesday."],
        ["Valley Echo", "2027-02-03T14:00:00Z", "The lorry, which was towing 16 trailers, overturned on Wednesday."],
      ),
    ).toEqual([["14", "16"]]);
  });

  it("never sets what two verbs did to a count against each other", () => {
    expect(
      disagreementsOf(
        ["Road Times", "2027-02-03T08:00:00Z", "A lorry towing 14 trailers overturned on the bypass on Wednesday."],
        ["Valley Echo", "2027-02-03T14:00:00Z", "The lorry, which was loading 16 trailers, overturned on Wednesday."],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on lengths in other units, rival counts of one day and precedents (facts31)", () => {
  const disagreementsOf = (...texts: Array<[string, string, string]>) =>
    extractFacts(
      texts.map(([source, publishedAt, text]) => prepareArticle(draft(source, publishedAt, text))),
    ).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("sets “closed for six weeks” against “an eight-week closure”, and months against years", () => {
    expect(
      disagreementsOf(
        ["Town Post", "2026-11-12T08:00:00Z", "The museum was closed for six weeks, the council said on Thursday."],
        [
          "City Echo",
          "2026-11-12T14:00:00Z",
          "The council said on Thursday that the eight-week closure had cost shops dearly.",
        ],
      ),
    ).toEqual([["six", "eight"]]);
    expect(
      disagreementsOf(
        ["Town Post", "2026-11-12T08:00:00Z", "The panel suspended the two students for 18 months on Thursday."],
        [
          "City Echo",
          "2026-11-12T14:00:00Z",
          "The panel handed a two-year suspension to the two students on Thursday.",
        ],
      ),
    ).toEqual([["18 months", "two-year"]]);
  });

  it("never sets a length against its rounding in another unit (“the 12-day camp”, “nearly two weeks”)", () => {
    expect(
      disagreementsOf(
        ["Town Post", "2026-11-12T08:00:00Z", "The protesters ended the 12-day camp on Thursday."],
        [
          "City Echo",
          "2026-11-12T14:00:00Z",
          "The protesters ended their camp on Thursday after it lasted nearly two weeks.",
        ],
      ),
    ).toEqual([]);
  });

  it("never sets a length against a hedged span that holds it (“the 12-day strike”, “about two weeks”)", () => {
    expect(
      disagreementsOf(
        ["Town Post", "2026-11-12T08:00:00Z", "Workers ended the 12-day strike on Thursday."],
        ["City Echo", "2026-11-12T14:00:00Z", "The strike lasted about two weeks, the union said on Thursday."],
      ),
    ).toEqual([]);
  });

  it("names a length told in days against weeks by its plural (“days strike”)", () => {
    const [found] = extractFacts(
      [
        draft("Town Post", "2026-11-12T08:00:00Z", "Workers ended the 12-day strike on Thursday."),
        draft("City Echo", "2026-11-12T14:00:00Z", "The strike lasted two weeks, the union said on Thursday."),
      ].map((item) => prepareArticle(item)),
    ).disagreements;
    expect(found?.topic).toMatch(/^days strike/);
  });

  it("sets two sources' counts of one day against each other, not one against the day before's floor", () => {
    expect(
      disagreementsOf(
        [
          "Wexham Courier",
          "2026-11-16T17:00:00Z",
          "The university is investigating at least 40 students over the leaked papers, it said on Monday.",
        ],
        [
          "Wexham Courier",
          "2026-11-17T18:30:00Z",
          "The number of students under investigation over the leaked papers has risen to 67, the university said on Tuesday.",
        ],
        [
          "Campus Voice",
          "2026-11-17T21:00:00Z",
          "About 90 students are under investigation over the leaked papers, the students' union said on Tuesday.",
        ],
      ),
    ).toEqual([["67", "about 90"]]);
  });

  it("never sets a tally told as risen against a higher count printed on a later day", () => {
    const rose = "The number of fans treated in hospital rose to 12 from 8 on Friday, the ambulance service said.";
    expect(
      disagreementsOf(
        ["Alpha News", "2031-05-03T09:00:00Z", rose],
        [
          "Beta Times",
          "2031-05-05T09:00:00Z",
          "In all, 15 fans were treated in hospital, health officials said on Sunday.",
        ],
      ),
    ).toEqual([]);
    // Printed on its own day, another source's higher count is still a rival figure.
    expect(
      disagreementsOf(
        ["Alpha News", "2031-05-03T09:00:00Z", rose],
        ["Beta Times", "2031-05-03T18:00:00Z", "In all, 15 fans were treated in hospital, health officials said."],
      ),
    ).toEqual([["12", "15"]]);
  });

  it("sets two named sources' estimates of one spill, given a day apart, against each other", () => {
    expect(
      disagreementsOf(
        [
          "Harbor News",
          "2026-11-10T18:00:00Z",
          "The Coast Guard estimated 30,000 gallons of diesel had spilled, it said on Tuesday.",
        ],
        ["State Journal", "2026-11-11T18:00:00Z", "On Wednesday, state officials put the spill at 42,000 gallons."],
      ),
    ).toEqual([["30,000", "42,000"]]);
  });

  it("never sets a source's revised estimate against its first", () => {
    expect(
      disagreementsOf(
        [
          "Harbor News",
          "2026-11-10T18:00:00Z",
          "The Coast Guard estimated on Tuesday that 30,000 gallons of diesel had leaked from the barge.",
        ],
        ["State Journal", "2026-11-11T18:00:00Z", "The Coast Guard put the spill at 42,000 gallons on Wednesday."],
      ),
    ).toEqual([]);
  });

  it("never sets a precedent's count (“A similar attack … in 2023 exposed …”) against the story's", () => {
    expect(
      disagreementsOf(
        [
          "Dayton Ledger",
          "2026-11-10T21:00:00Z",
          "A similar attack on a Toledo hospital in 2023 exposed the records of 210,000 patients.",
        ],
        [
          "CyberBeat",
          "2026-11-10T23:30:00Z",
          "The files stolen from the hospital hold the records of as many as 250,000 patients, a researcher said on Tuesday.",
        ],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements reads one quantity under another outlet's words", () => {
  const disagreementsOf = (first: string, second: string) =>
    extractFacts([
      prepareArticle(draft("Valley Courier", "2026-12-02T09:00:00Z", first)),
      prepareArticle(draft("State Wire", "2026-12-02T15:00:00Z", second)),
    ]).disagreements.map((item) => [item.topic, item.claims.map((claim) => claim.value)]);

  it("sets two outlets' sizes of the part that broke away against each other, a height told tall or high", () => {
    expect(
      disagreementsOf(
        "The block of ice that broke off was about 200 meters wide and 60 meters high, officials said.",
        "The chunk of glacier that gave way was roughly 250 meters wide and 80 meters tall.",
      ).map(([, values]) => values),
    ).toEqual([
      ["about 200", "roughly 250"],
      ["60", "80"],
    ]);
  });

  it("sets those who marched against those who took part in the march, whatever their noun", () => {
    expect(
      disagreementsOf(
        "About 3,000 supporters marched from the town hall to the stadium last night in protest at the decision.",
        "Around 2,000 fans took part in Tuesday night's march.",
      ).map(([, values]) => values),
    ).toEqual([["around 2,000", "about 3,000"]]);
  });

  it("sets aircraft chartered against planes hired, and a named owner's fleet against its aircraft", () => {
    expect(
      disagreementsOf(
        "The Civil Aviation Authority has chartered 30 aircraft to bring home stranded passengers.",
        "The CAA has hired 26 planes for the operation.",
      ).map(([, values]) => values),
    ).toEqual([["26", "30"]]);
    expect(
      disagreementsOf(
        "Aurelia's fleet of 34 Airbus jets is leased, administrators said.",
        "Aurelia's 38 aircraft are being returned to their lessors.",
      ).map(([, values]) => values),
    ).toEqual([["34", "38"]]);
    // Staff hired are no vehicles chartered.
    expect(
      disagreementsOf("The airline has hired 30 pilots.", "The CAA has hired 26 planes for the operation."),
    ).toEqual([]);
  });

  it("sets a price paid for a thing in one year against the price it was bought for that year, not another year's", () => {
    expect(
      disagreementsOf(
        "Owner Harlan Marsh, who paid £140m for the club in 2019, did not attend.",
        "Marsh bought the club in 2019 for £150m.",
      ).map(([, values]) => values),
    ).toEqual([["140m", "150m"]]);
    expect(
      disagreementsOf(
        "Owner Harlan Marsh, who paid £140m for the club in 2016, did not attend.",
        "Marsh bought the club in 2019 for £150m.",
      ),
    ).toEqual([]);
  });

  it("sets passengers a collapse left stranded against those abroad when it happened, not those flown home", () => {
    expect(
      disagreementsOf(
        "The airline has gone into administration, leaving about 40,000 passengers stranded overseas.",
        "The CAA said 35,000 passengers were abroad when the airline collapsed.",
      ).map(([, values]) => values),
    ).toEqual([["35,000", "about 40,000"]]);
    expect(
      disagreementsOf(
        "The airline has gone into administration, leaving about 40,000 passengers stranded overseas.",
        "In all, 33,800 passengers were flown home on 190 flights.",
      ),
    ).toEqual([]);
  });

  it("sets people admitted to hospital against patients admitted", () => {
    expect(
      disagreementsOf(
        "County health officials said 9 people had been admitted to hospital after eating at the fair.",
        "Twelve patients linked to the fair had been taken to hospital, the county said.",
      ),
    ).toEqual([["people hospitalised", ["9", "Twelve"]]]);
  });

  it("sets the depth of those trapped against the same depth told as below the surface", () => {
    expect(
      disagreementsOf(
        "The three cavers were stranded roughly 90 metres underground on Tuesday.",
        "Rescuers said the cavers were about 120 metres below the surface on Tuesday.",
      ),
    ).toEqual([["depth below ground in metres", ["roughly 90", "about 120"]]]);
  });

  it("sets two counts of the violations inspectors found in one year against each other", () => {
    expect(
      disagreementsOf(
        "The plant was cited for 22 safety violations in 2025, state records show.",
        "Inspectors found 30 violations at the plant in 2025, according to the state.",
      ),
    ).toEqual([["violations", ["22", "30"]]]);
  });

  it("never sets a kind of violation, or another year's, against all that were found", () => {
    expect(
      disagreementsOf(
        "The plant was cited for 22 safety violations in 2025, state records show.",
        "Inspectors found 16 serious violations at the plant in 2025, and 27 violations in 2024.",
      ),
    ).toEqual([]);
  });

  it("sets two counts of the students a district has against each other, never another owner's", () => {
    expect(
      disagreementsOf(
        "The district's 41,000 students will learn from home on Thursday.",
        "The strike leaves the district's 52,000 students without lessons, while the county's 60,000 students are unaffected.",
      ),
    ).toEqual([["students of the district", ["41,000", "52,000"]]]);
  });

  it("sets a hedged cost told in the present against a forecast of it, two estimates of one cost", () => {
    expect(
      disagreementsOf(
        "Repainting the bridge costs the county roughly $2.4 million, engineers said.",
        "Repainting the bridge will cost an estimated $3.1 million, according to the county engineer.",
      ),
    ).toEqual([["cost in dollars", ["roughly 2.4 million", "3.1 million"]]]);
  });

  it("never sets a cost incurred, or an unhedged price, against a forecast", () => {
    expect(
      disagreementsOf(
        "Repainting the bridge cost the county roughly $2.4 million last decade. A day pass costs $12.",
        "Repainting the bridge will cost an estimated $3.1 million. A day pass will cost $15.",
      ),
    ).toEqual([]);
  });

  it("reads “its” as the sentence's subject, so a district's size told either way is one measure", () => {
    expect(
      disagreementsOf(
        "The district's 41,000 students will learn from home on Thursday.",
        "The district said its 52,000 students would learn from home on Thursday, while the union said its 3,000 teachers would picket.",
      ),
    ).toEqual([["students of the district", ["41,000", "52,000"]]]);
  });

  it("never sets a part of a district's schools against its size", () => {
    expect(
      disagreementsOf(
        "The district's 44 schools will shut on Thursday.",
        "The district said 31 of its 40 schools would shut, and that 35 schools had no heating.",
      ),
    ).toEqual([]);
  });

  it("sets meals served against plates of food sold over one weekend", () => {
    expect(
      disagreementsOf(
        "Church volunteers served about 1,300 meals over the weekend of the flood.",
        "The church kitchen sold roughly 1,900 plates of food over the weekend of the flood.",
      ),
    ).toEqual([["meals served", ["about 1,300", "roughly 1,900"]]]);
  });

  it("never sets a kind of meal, or plates of something else, against all meals served", () => {
    expect(
      disagreementsOf(
        "Church volunteers served about 1,300 meals over the weekend of the flood.",
        "The kitchen served 1,100 breakfasts and sold 1,700 plates of cake over the weekend of the flood.",
      ),
    ).toEqual([]);
  });

  it("never sets a shaft's or a drill's progress against the depth of those trapped", () => {
    expect(
      disagreementsOf(
        "The three cavers were stranded roughly 90 metres underground on Tuesday.",
        "By Tuesday evening the rescue bore had been drilled to 70 metres below the surface, and the drill head was about 75 metres underground.",
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on rival figures told in other words (facts33)", () => {
  const values = (...texts: ReadonlyArray<readonly [string, string, string]>) =>
    extractFacts(texts.map(([source, publishedAt, text]) => prepareArticle(draft(source, publishedAt, text))))
      .disagreements.map((item) => item.claims.map((claim) => claim.value))
      .map((claims) => [...claims].sort());

  it("sets two sayers' tolls of one day in two outlets against each other, the later one higher", () => {
    expect(
      values(
        ["Wire", "2030-06-04T18:00:00Z", "The death toll rose to 19 on Tuesday, the fire service said."],
        ["Gazette", "2030-06-04T20:00:00Z", "At least 21 people have died, the interior minister said on Tuesday."],
      ),
    ).toEqual([["19", "at least 21"]]);
  });

  it("takes tolls of two days as the toll grown, whoever gives them", () => {
    expect(
      values(
        ["Wire", "2030-06-04T18:00:00Z", "The death toll rose to 19 on Tuesday, the fire service said."],
        ["Gazette", "2030-06-05T20:00:00Z", "At least 21 people have died, the interior minister said on Wednesday."],
      ),
    ).toEqual([]);
  });

  it("sets a thing's size in an apposition against its size in a named possessive, whatever each sentence is about", () => {
    expect(
      values(
        ["Wire", "2030-06-04T08:00:00Z", "The museum, with its 4,000 paintings, reopened on Monday."],
        ["Gazette", "2030-06-05T08:00:00Z", "Harwick Museum's 5,200 paintings have been in storage since March."],
      ),
    ).toEqual([["4,000", "5,200"]]);
  });

  it("never reads a day's possessive or another thing's as the size of the thing", () => {
    expect(
      values(
        ["Wire", "2030-06-04T08:00:00Z", "The museum, with its 4,000 paintings, reopened on Monday."],
        [
          "Gazette",
          "2030-06-05T08:00:00Z",
          "Monday's 5,200 paintings were sold.\n\nHarwick Gallery's 5,600 paintings were sold.",
        ],
      ),
    ).toEqual([]);
  });

  it("sets goods handed out by a subject against the same goods given out in the passive", () => {
    expect(
      values(
        ["Wire", "2030-06-04T18:00:00Z", "Volunteers handed out 3,200 food parcels at the stadium on Tuesday."],
        [
          "Gazette",
          "2030-06-04T20:00:00Z",
          "About 2,400 food parcels were given to flood victims on Tuesday, the council said.",
        ],
      ),
    ).toEqual([["3,200", "about 2,400"]]);
  });

  it("never sets goods given out against goods bought or stored", () => {
    expect(
      values(
        ["Wire", "2030-06-04T18:00:00Z", "Volunteers handed out 3,200 food parcels at the stadium on Tuesday."],
        ["Gazette", "2030-06-04T20:00:00Z", "The council bought 2,400 food parcels on Tuesday."],
      ),
    ).toEqual([]);
  });

  it("sets a prison term in years against one of the same hearing in years and months", () => {
    expect(
      values(
        ["Wire", "2030-06-04T15:00:00Z", "Carl Dodds was jailed for five years at Leeds Crown Court on Tuesday."],
        ["Gazette", "2030-06-04T19:00:00Z", "Dodds was sentenced to four years and nine months on Tuesday."],
      ),
    ).toEqual([["five years", "four years and nine months"]]);
  });

  it("never sets a term against another defendant's, a maximum or how long the crime went on", () => {
    expect(
      values(
        ["Wire", "2030-06-04T15:00:00Z", "Carl Dodds was jailed for five years at Leeds Crown Court on Tuesday."],
        [
          "Gazette",
          "2030-06-04T19:00:00Z",
          "His partner was jailed for 20 months.\n\nThe offence carries a maximum of 10 years.\n\nThe fraud ran for four years.",
        ],
      ),
    ).toEqual([]);
  });

  it("sets how far a slide carried its load against how far it travelled, in km written apart", () => {
    expect(
      values(
        ["Wire", "2030-06-04T08:00:00Z", "The avalanche carried snow and trees 3 kilometres down the slope."],
        ["Gazette", "2030-06-04T18:00:00Z", "The avalanche travelled 2 km before it stopped at the road."],
      ),
    ).toEqual([["2 km", "3 kilometres"]]);
  });

  it("never reads a load's own length as how far it was carried", () => {
    expect(
      values(
        ["Wire", "2030-06-04T08:00:00Z", "The avalanche travelled 3 kilometres down the slope."],
        ["Gazette", "2030-06-04T18:00:00Z", "Rescuers carried a cable 2 km long to the road."],
      ),
    ).toEqual([]);
  });

  it("sets a thing's size in words after its possessive against another outlet's days later", () => {
    expect(
      values(
        ["Wire", "2030-06-03T08:00:00Z", "Orton Mills, with its 40 staff, supplied half the county's flour."],
        [
          "Gazette",
          "2030-06-07T08:00:00Z",
          "Orton Mills's thirty staff were told on Thursday that the mill would close.",
        ],
      ),
    ).toEqual([["40", "thirty"]]);
  });

  it("sets meals served against plates of food handed out in the passive the same day", () => {
    expect(
      values(
        ["Wire", "2030-06-04T18:00:00Z", "Volunteers served 2,000 meals at the sports hall on Saturday."],
        [
          "Gazette",
          "2030-06-04T20:00:00Z",
          "About 2,600 plates of food were handed out at the sports hall on Saturday.",
        ],
      ),
    ).toEqual([["2,000", "about 2,600"]]);
  });

  it("sets those trapped some metres underground against them 'at a depth of' so many m", () => {
    expect(
      values(
        [
          "Wire",
          "2030-06-04T08:00:00Z",
          "Four miners were trapped 400 metres underground after a roof fall on Tuesday.",
        ],
        ["Gazette", "2030-06-04T18:00:00Z", "The miners are at a depth of 350 m, the mine operator said on Tuesday."],
      ),
    ).toEqual([["350 m", "400 metres"]]);
  });
});

describe("findDisagreements on a crowd's size told by its protesters or by people protesting (lead, session 23)", () => {
  const claimsOf = (...drafts: ArticleDraft[]) =>
    extractFacts(drafts.map((item) => prepareArticle(item))).disagreements.map((found) =>
      found.claims.map((claim) => [claim.value, claim.outlets]),
    );

  it("sets 'protesters gathered' against 'people protested' of the same evening", () => {
    expect(
      claimsOf(
        draft(
          "Town Live",
          "2035-09-19T21:30:00Z",
          "Councillors meet on Thursday.\n\nAround 300 protesters gathered outside Kelby town hall on Wednesday evening.",
        ),
        draft(
          "County Radio",
          "2035-09-21T08:00:00Z",
          "The vote went ahead.\n\nSome 500 people had protested outside the town hall on Wednesday, the station's reporter said.",
        ),
      ),
    ).toEqual([
      [
        ["around 300", ["Town Live"]],
        ["some 500", ["County Radio"]],
      ],
    ]);
  });

  it("leaves protests of two days, and people who gathered for something else, alone", () => {
    expect(
      claimsOf(
        draft(
          "Town Live",
          "2035-09-18T21:30:00Z",
          "Councillors meet on Thursday.\n\nAround 300 protesters gathered outside Kelby town hall on Tuesday evening.",
        ),
        draft(
          "County Radio",
          "2035-09-20T08:00:00Z",
          "The vote went ahead.\n\nSome 500 people protested outside the town hall on Thursday, the station's reporter said.",
        ),
      ),
    ).toEqual([]);
    expect(
      claimsOf(
        draft(
          "Town Live",
          "2035-09-19T21:30:00Z",
          "Councillors meet on Thursday.\n\nAround 300 protesters gathered outside Kelby town hall on Wednesday evening.",
        ),
        draft(
          "County Radio",
          "2035-09-21T08:00:00Z",
          "The vote went ahead.\n\nSome 500 people gathered for the library's book sale on Wednesday, the station's reporter said.",
        ),
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements: a part picked from a group after “of the”", () => {
  const disputes = (first: string, second: string) =>
    extractFacts(
      [
        draft("Alpha News", "2036-05-13T10:00:00Z", `A coach overturned on the A66 on Monday.\n\n${first}`),
        draft("Beta Post", "2036-05-13T12:00:00Z", `A coach overturned on the A66 on Monday.\n\n${second}`),
      ].map((item) => prepareArticle(item)),
    ).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("counts “12 of the 40 passengers were injured” as 12 passengers injured, against another outlet's 17", () => {
    expect(
      disputes(
        "Police said 12 of the 40 passengers were injured.",
        "The ambulance service said 17 passengers were injured.",
      ),
    ).toEqual([["12", "17"]]);
  });

  it("keeps the group as the event's count when the event names it (“of the 14 miners trapped”)", () => {
    expect(
      disputes("Two of the 14 miners trapped were brought out on Monday.", "Eleven miners were trapped on Monday."),
    ).toEqual([["Eleven", "14"]]);
  });
});

describe("findDisagreements: one group counted by other nouns and verbs", () => {
  const disputes = (first: string, second: string) =>
    extractFacts(
      [
        draft("Alpha News", "2036-06-09T10:00:00Z", `A gas main ruptured in Kelby on Monday.\n\n${first}`),
        draft("Beta Post", "2036-06-09T12:00:00Z", `A gas main ruptured in Kelby on Monday.\n\n${second}`),
      ].map((item) => prepareArticle(item)),
    ).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("sets homes evacuated against families ordered out of their homes", () => {
    expect(
      disputes(
        "Police evacuated 30 homes near the site on Monday.",
        "Some 45 families were ordered out of their homes on Monday.",
      ),
    ).toEqual([["30", "some 45"]]);
  });

  it("sets people working at a site against crew members working there", () => {
    expect(
      disputes(
        "About 20 people were working at the site when the main burst.",
        "The 14 crew members working at the site were unhurt.",
      ),
    ).toEqual([["14", "about 20"]]);
  });

  it("sets people who gathered against a crowd that attended, never protesters against onlookers", () => {
    expect(
      disputes(
        "Some 300 people had gathered to watch the fireworks on Monday.",
        "A crowd of about 500 watched the fireworks on Monday.",
      ),
    ).toEqual([["some 300", "about 500"]]);
    expect(
      disputes(
        "Around 300 protesters gathered outside the gasworks on Monday.",
        "A crowd of about 500 watched the fireworks on Monday.",
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements: a running total told as the whole against a plain count of the same day", () => {
  const disputes = (first: string, secondAt: string, second: string) =>
    extractFacts(
      [
        draft("Alpha News", "2036-11-19T12:00:00Z", `Sea turtles stranded on the coast this week.\n\n${first}`),
        draft("Beta Post", secondAt, `Sea turtles stranded on the coast this week.\n\n${second}`),
      ].map((item) => prepareArticle(item)),
    ).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("sets “In total, 140 turtles have now been flown south” against “pilots flew 128 of the turtles” that day", () => {
    expect(
      disputes(
        "In total, 140 turtles have now been flown south to rehabilitation centers.",
        "2036-11-19T22:00:00Z",
        "Volunteer pilots flew 128 of the turtles to warmer waters, the aquarium said.",
      ),
    ).toEqual([["128", "140"]]);
  });

  it("never sets the total against a plain count published days later (the total grew)", () => {
    expect(
      disputes(
        "In total, 140 turtles have now been flown south to rehabilitation centers.",
        "2036-11-22T22:00:00Z",
        "Volunteer pilots flew 180 of the turtles to warmer waters, the aquarium said.",
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements: a league's fixtures, games and matches", () => {
  const disputes = (first: string, second: string) =>
    twoOutletDisputes(first, second, { day: "2036-11-05", opening: "A storm damaged the Kelby arena on Wednesday." });

  it("sets 'the postponement of 14 fixtures' against 'Eleven games have been postponed'", () => {
    expect(
      disputes("The league confirmed the postponement of 14 fixtures.", "Eleven games have been postponed."),
    ).toEqual([["Eleven", "14"]]);
    expect(disputes("The strike led to the postponement of 12 matches.", "Ten games were called off.")).toEqual([
      ["Ten", "12"],
    ]);
  });

  it("never sets fixtures postponed against a season's fixtures or games played", () => {
    expect(disputes("The league confirmed the postponement of 14 fixtures.", "The season has 160 fixtures.")).toEqual(
      [],
    );
    expect(disputes("Eleven games have been postponed.", "Twelve games were played on Saturday.")).toEqual([]);
  });
});

describe("findDisagreements: counts as of their writing on one day", () => {
  const disputes = (firstAt: string, first: string, secondAt: string, second: string) =>
    extractFacts(
      [
        draft("Alpha News", firstAt, `A flash flood hit the Dulas valley campsite on Tuesday.\n\n${first}`),
        draft("Beta Post", secondAt, `A flash flood hit the Dulas valley campsite on Tuesday.\n\n${second}`),
      ].map((item) => prepareArticle(item)),
    ).disagreements.map((item) => item.claims.map((claim) => claim.value));

  it("never sets a morning paper's still-missing against that evening's (a part set off by commas between)", () => {
    expect(
      disputes(
        "2032-07-22T05:30:00Z",
        "Four people, including a nine-year-old girl, are still missing.",
        "2032-07-22T17:30:00Z",
        "Three people are still missing.",
      ),
    ).toEqual([]);
    expect(
      disputes(
        "2032-07-22T05:30:00Z",
        "Four people are still missing.",
        "2032-07-22T17:30:00Z",
        "Three people are still missing.",
      ),
    ).toEqual([]);
  });

  it("sets two outlets' still-missing of the same hours against each other", () => {
    expect(
      disputes(
        "2032-07-22T10:00:00Z",
        "Four people are still missing.",
        "2032-07-22T11:00:00Z",
        "Three people are still missing.",
      ),
    ).toEqual([["Three", "Four"]]);
  });
});

describe("findDisagreements: a conversion in another country's dollars, a span still running", () => {
  it("never sets a sum against its conversion in brackets, another country's dollars", () => {
    const articles = [
      draft(
        "Harbour Wire",
        "2043-06-02T02:00:00Z",
        "The ferry terminal approved on Monday is expected to cost NZ$620m (about US$380m), the port company said.",
      ),
      draft("Bay Daily", "2043-06-02T06:00:00Z", "The port company said the new ferry terminal will cost NZ$620m."),
    ].map((item) => prepareArticle(item));
    expect(extractFacts(articles).disagreements).toEqual([]);
  });

  it("still sets two outlets' sums in the same country's dollars against each other", () => {
    const articles = [
      draft(
        "Harbour Wire",
        "2043-06-02T02:00:00Z",
        "The new ferry terminal is expected to cost NZ$620m, the port company said.",
      ),
      draft(
        "Bay Daily",
        "2043-06-02T06:00:00Z",
        "The new ferry terminal is expected to cost NZ$540m, the port company said.",
      ),
    ].map((item) => prepareArticle(item));
    expect(extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([
      ["540m", "620m"],
    ]);
  });

  it("never sets a span still running when told against the whole span told once it ended", () => {
    const articles = [
      draft(
        "Valley 9 News",
        "2045-04-12T15:00:00Z",
        "Two climbers are stuck on a ledge above Corrie Falls.\n\nThe climbers have been stranded for more than four hours.",
      ),
      draft(
        "Morning Ledger",
        "2045-04-13T07:00:00Z",
        "The two climbers were stranded for six hours on Wednesday before a helicopter lifted them off the ledge.",
      ),
    ].map((item) => prepareArticle(item));
    expect(extractFacts(articles).disagreements).toEqual([]);
  });
});

describe("findDisagreements counts days on the clock of the story's place", () => {
  // A New York story: the American paper's 03:00 UTC Wednesday stamp is 22:00 on Tuesday in New York,
  // the day of the British outlet's report, so a higher count in it is a rival figure of the same day,
  // not the count grown overnight.
  const story = (american: string) => [
    prepareArticle(
      draft(
        "London Courier",
        "2026-03-03T18:00:00Z",
        "NEW YORK — A crane collapsed onto a bus stop in Manhattan on Tuesday morning. Eleven people were taken to hospital, the New York fire department said. The crane's owner said it would cooperate with inspectors.",
      ),
    ),
    prepareArticle(
      draft(
        "Hudson Daily",
        american,
        "NEW YORK — A construction crane toppled onto a crowded bus stop in Manhattan on Tuesday. Fourteen people were taken to hospital, city officials said. Inspectors from New York were at the site.",
      ),
    ),
  ];
  const values = (american: string) =>
    extractFacts(story(american)).disagreements.map((found) => found.claims.map((claim) => claim.value));

  it("sets an evening report stamped after midnight UTC against the same day's report", () => {
    expect(values("2026-03-04T03:00:00Z")).toEqual([["Eleven", "Fourteen"]]);
  });

  it("takes a higher count printed the next day in New York for the count grown", () => {
    expect(values("2026-03-05T03:00:00Z")).toEqual([]);
  });
});
