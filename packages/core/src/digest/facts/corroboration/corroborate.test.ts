import { describe, expect, it } from "vitest";
import { linkNearDuplicates, prepareArticle } from "../../../ingest/index.js";
import type { Article, ArticleDraft } from "../../../model/index.js";
import { articleSentences } from "../../evidence/article-sentences.js";
import { airlineOutageArticles } from "../../testing/airline-outage-articles.js";
import { derailmentArticles } from "../../testing/derailment-articles.js";
import { hurricaneLandfallArticles } from "../../testing/hurricane-landfall-articles.js";
import { refuseStrikeArticles } from "../../testing/refuse-strike-articles.js";
import { stormFloodArticles } from "../../testing/storm-flood-articles.js";
import { onStoryClock } from "../reading/index.js";
import { corroborate } from "./corroborate.js";

function draft(source: string, originalText: string): ArticleDraft {
  return { input: source, source, title: `${source} report`, originalText, publishedAt: "2026-05-05T08:00:00Z" };
}

const FILLER = [
  "Managers said the hospital would keep emergency wards open and urged patients to check their appointments online before travelling.",
  "The nurses' union has asked for a rise that matches inflation, and the health board says it cannot afford more than it has offered.",
  "Talks are expected to resume later in the week, with a mediator from the national conciliation service chairing the session.",
].join(" ");

function outletsCarrying(text: string, articles: Article[]): { outlets: number; sources: string[] } {
  const [result] = corroborate([{ text, citations: [] }], articles, articleSentences(articles));
  const byId = new Map(articles.map((article) => [article.id, article]));
  return {
    outlets: result!.corroboration!.outlets,
    sources: result!.corroboration!.articleIds.map((id) => byId.get(id)!.source!),
  };
}

describe("corroborate", () => {
  const articles = linkNearDuplicates([
    prepareArticle(
      draft("Alpha News", `About 1,200 nurses walked out at Calder General Hospital on Monday over pay. ${FILLER}`),
    ),
    // A paraphrase in another outlet carries the claim.
    prepareArticle(
      draft(
        "Beta Times",
        `On Monday about 1,200 nurses at Calder General Hospital walked out in a row over pay. Unions met later.`,
      ),
    ),
    // Shares most words but counts differently: it does not carry "1,200".
    prepareArticle(
      draft(
        "Gamma Post",
        `About 1,500 nurses walked out at Calder General Hospital on Monday over pay, the union said.`,
      ),
    ),
    // Says the opposite.
    prepareArticle(
      draft("Delta Wire", `Nurses at Calder General Hospital did not walk out on Monday over pay, managers said.`),
    ),
    // Another hospital.
    prepareArticle(
      draft("Epsilon Daily", `About 1,200 nurses walked out at Harbor Royal Infirmary on Monday over pay.`),
    ),
  ]);

  it("counts each outlet that states the claim, and none that merely shares words", () => {
    const result = outletsCarrying(
      "About 1,200 nurses walked out at Calder General Hospital on Monday over pay.",
      articles,
    );
    expect(result).toEqual({ outlets: 2, sources: ["Alpha News", "Beta Times"] });
  });

  it("never counts a rewrite or a second article of the same outlet twice", () => {
    const original = articles[0]!;
    const rewrite = linkNearDuplicates([
      original,
      prepareArticle({
        ...draft("Syndicate Wire", original.text.replace("Talks are expected", "Talks were expected")),
        publishedAt: "2026-05-05T11:00:00Z",
      }),
      prepareArticle(
        draft(
          "Alpha News",
          "About 1,200 nurses walked out at Calder General Hospital on Monday in a dispute over pay.",
        ),
      ),
    ]);
    expect(rewrite[1]!.duplicateOf).toBe(original.id);
    const result = outletsCarrying(
      "About 1,200 nurses walked out at Calder General Hospital on Monday over pay.",
      rewrite,
    );
    expect(result).toEqual({ outlets: 1, sources: ["Alpha News"] });
  });

  it("counts an outlet whose cited passage the verifier found to support the statement", () => {
    const [result] = corroborate(
      [
        {
          text: "Nurses walked out.",
          citations: [{ articleId: articles[2]!.id, chunkId: articles[2]!.chunks[0]!.id, start: 0, end: 10 }],
          verification: { status: "verified", reasons: [] },
        },
      ],
      articles,
      articleSentences(articles),
    );
    expect(result!.corroboration!.articleIds[0]).toBe(articles[2]!.id);
  });
});

describe("corroborate on a wire story", () => {
  it("does not ask other outlets to repeat the day of the agency's dateline", () => {
    const articles = linkNearDuplicates([
      prepareArticle(
        draft(
          "Wire",
          `BRAMFORD, May 9 (MPA) - Ana Lindqvist was elected mayor of Bramford, beating Victor Hale by 61,450 votes to 58,400. ${FILLER}`,
        ),
      ),
      prepareArticle(
        draft(
          "Herald",
          "Crowds cheered at the town hall. Beating Victor Hale by 61,450 votes to 58,400, Ana Lindqvist was elected mayor of Bramford after a long count. Hale conceded at dawn.",
        ),
      ),
    ]);
    const wire = articleSentences(articles)[0]!.sentence.text;
    expect(outletsCarrying(wire, articles).outlets).toBe(2);
  });
});

it("reads a count in words and in figures as one figure (“four miners”, “4 miners”)", () => {
  const articles = linkNearDuplicates([
    prepareArticle(
      draft("Alpha News", `Rescuers brought 4 trapped miners to the surface at Carrow Deep on Thursday. ${FILLER}`),
    ),
    prepareArticle(
      draft("Beta Times", "Four trapped miners were brought to the surface at Carrow Deep on Thursday, rescuers said."),
    ),
    prepareArticle(
      draft(
        "Gamma Post",
        "Seven trapped miners were brought to the surface at Carrow Deep on Thursday, rescuers said.",
      ),
    ),
  ]);
  expect(
    outletsCarrying("Rescuers brought four trapped miners to the surface at Carrow Deep on Thursday.", articles),
  ).toEqual({ outlets: 2, sources: ["Alpha News", "Beta Times"] });
});

it("asks no other outlet to repeat an age, a span from another moment or the day of a month it gives coarser", () => {
  const articles = linkNearDuplicates([
    prepareArticle(
      draft(
        "Alpha News",
        `Kovač, 27, tested positive for EPO in an out-of-competition test on June 3, 2026, three days after the national championships. ${FILLER}`,
      ),
    ),
    prepareArticle(
      draft(
        "Beta Times",
        "Kovač tested positive for EPO in an out-of-competition test in June 2026, days after the national championships.",
      ),
    ),
    // Another day of the month is another test.
    prepareArticle(
      draft(
        "Gamma Post",
        "Kovač tested positive for EPO in an out-of-competition test on June 9, 2026, after the national championships.",
      ),
    ),
  ]);
  expect(
    outletsCarrying(
      "Kovač, 27, tested positive for EPO in an out-of-competition test on June 3, 2026, three days after the national championships.",
      articles,
    ).sources,
  ).toEqual(["Alpha News", "Beta Times"]);
});

it("counts a sentence crediting another outlet of the story as that outlet, rewritten or not", () => {
  const articles = linkNearDuplicates([
    prepareArticle(
      draft("Alpha News", `About 1,200 nurses walked out at Calder General Hospital on Monday over pay. ${FILLER}`),
    ),
    // Reworded beyond a near-duplicate, but it relays Alpha News.
    prepareArticle(
      draft(
        "Beta Times",
        "On Monday about 1,200 nurses at Calder General Hospital walked out in a row over pay, Alpha News reported. Unions met later.",
      ),
    ),
    prepareArticle(
      draft(
        "Gamma Post",
        "About 1,200 nurses walked out at Calder General Hospital on Monday over pay, according to the Delta Wire.",
      ),
    ),
    prepareArticle(draft("Delta Wire", "Hospital managers in Calder said talks would resume on Friday.")),
  ]);
  expect(
    outletsCarrying("About 1,200 nurses walked out at Calder General Hospital on Monday over pay.", articles),
  ).toEqual({ outlets: 2, sources: ["Alpha News", "Delta Wire"] });
});

it("counts a rewrite the near-duplicate check missed as its original's outlet", () => {
  // Lakeshore Daily runs AP's burn story lightly edited: the burn's time is AP's claim alone.
  const articles = derailmentArticles();
  expect(articles.find((article) => article.source === "Lakeshore Daily")?.duplicateOf).toBeNull();
  expect(outletsCarrying("The controlled burn began at 3:30 p.m. and lasted about three hours.", articles)).toEqual({
    outlets: 1,
    sources: ["AP"],
  });
});

it("counts no outlet giving the claim only as background, in a relative clause in the past perfect", () => {
  // "Crews began with the 46 streets where pest control officers had been called": where collections began.
  expect(
    outletsCarrying(
      "Pest control officers have been called to 46 streets where rubbish has piled up, the council said on Tuesday.",
      refuseStrikeArticles(),
    ).outlets,
  ).toBe(1);
});

it("reads the same count of the same thing as the same claim whatever verb carries it", () => {
  const articles = linkNearDuplicates([
    prepareArticle(draft("Alpha News", `The blackout affected about 40,000 homes. ${FILLER}`)),
    prepareArticle(
      draft("Beta Times", "Engineers worked through the night after the blackout left about 40,000 homes in the cold."),
    ),
    // The same figure counting something else is another claim.
    prepareArticle(draft("Gamma Post", "The blackout affected about 40,000 businesses, the chamber of commerce said.")),
  ]);
  expect(outletsCarrying("The blackout affected about 40,000 homes.", articles)).toEqual({
    outlets: 2,
    sources: ["Alpha News", "Beta Times"],
  });
  const otherThing = linkNearDuplicates([
    prepareArticle(
      draft(
        "Alpha News",
        `The Tuesday blackout in Calder affected about 40,000 homes, the grid operator said. ${FILLER}`,
      ),
    ),
    prepareArticle(
      draft("Gamma Post", "The Tuesday blackout in Calder affected about 40,000 businesses, the grid operator said."),
    ),
  ]);
  expect(
    outletsCarrying("The Tuesday blackout in Calder affected about 40,000 homes, the grid operator said.", otherThing),
  ).toEqual({ outlets: 1, sources: ["Alpha News"] });
  // The story written as a test: the trade paper's short claim and the travel paper's longer sentence.
  expect(outletsCarrying("The outage affected about 52,000 passengers.", airlineOutageArticles())).toEqual({
    outlets: 2,
    sources: ["Traveller's Post", "The Aviation Desk"],
  });
});

it("counts an outlet whose only sentence carrying the claim copies another outlet's, word for word, once (facts11)", () => {
  // The Bayou Courier runs the wire's first sentence with its attribution reworded, then its own story.
  const articles = hurricaneLandfallArticles();
  expect(articles.find((article) => article.source === "Bayou Courier")?.duplicateOf).toBeNull();
  expect(
    outletsCarrying(
      "Hurricane Delphine strengthened to a Category 3 storm on Sunday and is expected to make landfall near Port Arden early Tuesday, the National Hurricane Center said.",
      articles,
    ),
  ).toEqual({ outlets: 1, sources: ["Gulf Press Service"] });
  // The same words with the clauses the other way round are another outlet's own telling.
  const storm = stormFloodArticles();
  expect(
    outletsCarrying(
      "The death toll from Storm Imogen rose to 9 on Thursday after lifeboat crews recovered the bodies of two fishermen off Skelby.",
      storm,
    ).outlets,
  ).toBe(2);
});

describe("corroborate on a seventh round of unseen stories (facts13)", () => {
  it("counts an outlet naming a person by surname alone as naming the person the statement names in full", () => {
    const articles = linkNearDuplicates([
      prepareArticle(
        draft("Alpha News", `Dean of Admissions Philip Carraway was placed on leave, the university said. ${FILLER}`),
      ),
      prepareArticle(
        draft(
          "Beta Times",
          "Carraway and another admissions officer were placed on leave on Wednesday. Students protested.",
        ),
      ),
      // A given name alone is no surname: another Philip is not named.
      prepareArticle(draft("Gamma Post", "Philip Osei was placed on leave by the school board. Parents protested.")),
    ]);
    expect(
      outletsCarrying("Dean of Admissions Philip Carraway was placed on leave, the university said.", articles).sources,
    ).toEqual(["Alpha News", "Beta Times"]);
  });

  it("reads no given name into an organisation's or a possessive run (“Harvard Medical School's Healthy Sleep website”)", () => {
    const articles = linkNearDuplicates([
      prepareArticle(draft("Alpha News", `Visit the Healthy Sleep website for more about sleep and memory. ${FILLER}`)),
      prepareArticle(draft("Beta Times", "Sleep helps memory, the Sleep study found. Parents were surprised.")),
    ]);
    expect(outletsCarrying("Visit the Healthy Sleep website for more about sleep and memory.", articles).outlets).toBe(
      1,
    );
  });
});

describe("corroborate a statement's main clause (facts12's unfinished change, measured by facts13)", () => {
  const statement =
    "Firefighters brought the blaze at the Harbor Road fuel depot under control on Thursday, leaving its roof charred and cracked.";
  const articlesWith = (other: string) =>
    linkNearDuplicates([
      prepareArticle(draft("Alpha News", `${statement} ${FILLER}`)),
      prepareArticle(draft("Beta Times", `${other} Residents were allowed home later.`)),
    ]);

  it("counts an outlet stating the main clause in its own words, without the clause that closes the statement", () => {
    const articles = articlesWith("By Thursday firefighters had the fuel depot blaze on Harbor Road under control.");
    expect(outletsCarrying(statement, articles).sources).toEqual(["Alpha News", "Beta Times"]);
  });

  it("does not count an outlet giving another day or only the closing clause", () => {
    expect(
      outletsCarrying(
        statement,
        articlesWith("By Friday firefighters had the fuel depot blaze on Harbor Road under control."),
      ).outlets,
    ).toBe(1);
    expect(
      outletsCarrying(statement, articlesWith("The roof of the Harbor Road fuel depot was left charred and cracked."))
        .outlets,
    ).toBe(1);
  });
});

it("reads a hedged round figure as carried by the exact one it rounds, never by one beyond its rounding", () => {
  const articles = linkNearDuplicates([
    prepareArticle(draft("Alpha News", `About 36,000 runners finished the race. ${FILLER}`)),
    prepareArticle(draft("Beta Times", "In total 35,814 runners finished the race, the organisers said.")),
    prepareArticle(draft("Gamma Post", "In total 34,900 runners finished the race, the organisers said.")),
  ]);
  expect(outletsCarrying("About 36,000 runners finished the race.", articles)).toEqual({
    outlets: 2,
    sources: ["Alpha News", "Beta Times"],
  });
  // The exact figure is no hedge: it is carried by itself only.
  expect(outletsCarrying("In total 35,814 runners finished the race, the organisers said.", articles).outlets).toBe(1);
});

it("asks no passage for the source a statement closes on (“…, according to its owner, Fellside Water”)", () => {
  const articles = linkNearDuplicates([
    prepareArticle(
      draft(
        "Alpha News",
        `The reservoir held about 1.7 million cubic metres of water when it failed, according to its owner, Fellside Water. ${FILLER}`,
      ),
    ),
    prepareArticle(draft("Beta Times", "The reservoir held about 1.7 million cubic metres when the dam failed.")),
    // Another figure is another claim, whoever gives it.
    prepareArticle(draft("Gamma Post", "The reservoir held about 2.4 million cubic metres when the dam failed.")),
  ]);
  expect(
    outletsCarrying(
      "The reservoir held about 1.7 million cubic metres of water when it failed, according to its owner, Fellside Water.",
      articles,
    ),
  ).toEqual({ outlets: 2, sources: ["Alpha News", "Beta Times"] });
});

it("asks no passage for the sayer a statement closes on (“…, the Energy Markets Regulator said on Friday”)", () => {
  const articles = linkNearDuplicates([
    prepareArticle(
      draft(
        "Alpha News",
        `The price cap will rise by 6.4 percent to £1,738 a year from April 1, the Energy Markets Regulator said on Friday. ${FILLER}`,
      ),
    ),
    prepareArticle(
      draft(
        "Beta Times",
        "Charities warned that many families would struggle this spring. The price cap will rise 6.4 percent to £1,738 a year from April 1, the regulator announced. Consumer groups urged households to check their tariffs.",
      ),
    ),
    // Another figure is another claim, whoever gives it.
    prepareArticle(
      draft(
        "Gamma Post",
        "Bills will go up by 7 percent to £1,750 a year in April, the Energy Markets Regulator said.",
      ),
    ),
  ]);
  expect(
    outletsCarrying(
      "The price cap will rise by 6.4 percent to £1,738 a year from April 1, the Energy Markets Regulator said on Friday.",
      articles,
    ),
  ).toEqual({ outlets: 2, sources: ["Alpha News", "Beta Times"] });
});

const OTHER = [
  "Council officers said the road would stay closed while engineers checked the bridge nearby.",
  "Local shops reported a quiet afternoon and several stalls packed up early because of the weather.",
  "A public meeting about the town's bus services is planned for next month in the library.",
].join(" ");

describe("corroborate one event told by two outlets in their own words (corro13)", () => {
  // The others' articles are short and their own: the same filler in two would make them near-duplicates.
  const story = (...texts: string[]) =>
    linkNearDuplicates(
      texts.map((text, index) => prepareArticle(draft(["Alpha News", "Beta Times", "Gamma Post"][index]!, text))),
    );
  /** How many outlets carry a statement told first by Alpha News (with filler), of Beta Times's one passage. */
  const toldBy = (statement: string, passage: string) =>
    outletsCarrying(statement, story(`${statement} ${OTHER}`, passage)).outlets;

  it("reads a claim denied of everyone as one claim however it is worded (corro18)", () => {
    const statement = "Nobody was injured when the grain silo at Oldcastle collapsed.";
    const passage = (denial: string) => `A grain silo at Oldcastle fell in on Monday. ${denial}`;
    expect(toldBy(statement, passage("No one was hurt, the fire service said."))).toBe(2);
    expect(toldBy(statement, passage("There were no injuries, the fire service said."))).toBe(2);
    expect(toldBy("No one was hurt.", passage("Nobody was injured, the fire service said."))).toBe(2);
    expect(toldBy(statement, passage("One worker was hurt, the fire service said."))).toBe(1);
  });

  it("counts the same event told in other words and another order, and not a sentence that only names the same place", () => {
    const statement = "The missing trophy was found on Tuesday in a ditch beside the Harwell road, police said.";
    const articles = story(
      `${statement} ${OTHER}`,
      `On Tuesday morning a dog walker discovered the trophy, taken from the clubhouse at the weekend, lying in a ditch off the Harwell road.`,
      `Residents near the Harwell road have asked for a lower speed limit after the trophy was taken on Sunday.`,
    );
    expect(outletsCarrying(statement, articles).sources).toEqual(["Alpha News", "Beta Times"]);
  });

  it("counts a death told with the person's name and hospital and without them, never an outlet telling only the injury", () => {
    const statement =
      "A man hurt in Monday's roof collapse at the Elm Street depot died on Friday, the fire service said.";
    const articles = story(
      `${statement} ${OTHER}`,
      `Peter Hale, 59, who was injured when the roof gave way at the Elm Street depot, died on Friday at Kingsmead Hospital, his family said.`,
      `Three workers were hurt on Monday when the roof of the Elm Street depot collapsed.`,
    );
    expect(outletsCarrying(statement, articles).sources).toEqual(["Alpha News", "Beta Times"]);
  });

  it("counts a decision told by the verb and in the passive, and a record told by its inspectors and as the thing's record (“Oct. 9”, “October 9”)", () => {
    const decision = "Stewards abandoned the rest of the race meeting on Saturday after a horse got loose.";
    expect(
      outletsCarrying(
        decision,
        story(`${decision} ${OTHER}`, "Saturday's race meeting was called off by the stewards."),
      ).outlets,
    ).toBe(2);
    const record = "Inspectors last certified the footbridge on Oct. 9, the council said.";
    expect(
      outletsCarrying(
        record,
        story(
          `${record} ${OTHER}`,
          `The footbridge's last safety inspection was carried out on October 9, records show.`,
          `The footbridge's last safety inspection was carried out on October 19, records show.`,
        ),
      ).sources,
    ).toEqual(["Alpha News", "Beta Times"]);
  });

  it("counts an outlet giving another count of the event's people and says which figure it gives", () => {
    const statement = "Fourteen people were hurt on Saturday when a lift gave way at the Mill Lane car park.";
    const articles = story(
      `${statement} ${OTHER}`,
      `Twelve people were injured when a lift collapsed at a car park in Mill Lane on Saturday.`,
    );
    const [result] = corroborate([{ text: statement, citations: [] }], articles, articleSentences(articles));
    expect(result!.corroboration.outlets).toBe(2);
    expect(result!.corroboration.otherFigures).toEqual([{ articleId: articles[1]!.id, figure: "14", instead: "12" }]);
  });

  it("lists an outlet giving another figure for a limit without counting it", () => {
    const statement = "At least 30 people were hurt on Saturday when a stand gave way at the Mill Lane ground.";
    const articles = story(
      `${statement} ${OTHER}`,
      "Twenty-two people were injured when a stand collapsed at the Mill Lane ground on Saturday.",
    );
    const [result] = corroborate([{ text: statement, citations: [] }], articles, articleSentences(articles));
    expect(result!.corroboration.outlets).toBe(1);
    expect(result!.corroboration.otherFigures).toEqual([{ articleId: articles[1]!.id, figure: "30", instead: "22" }]);
  });

  it("counts a paper printing an agency's copy under a credit line as the agency", () => {
    const statement = "The council shut the Wear footbridge on Friday after inspectors found a cracked beam.";
    const articles = story(
      `DURHAM (APN) — ${statement} ${OTHER}`,
      "The Wear footbridge was shut by the council on Friday when inspectors found a cracked beam.\n(APN)",
    );
    expect(outletsCarrying(statement, articles).outlets).toBe(1);
  });

  it("asks no outlet to repeat an age told as an attribute, but still the count of the event", () => {
    const statement = "A 71-year-old man was airlifted to hospital with head injuries after the fall at Harrow Crag.";
    expect(
      toldBy(statement, "He was airlifted to hospital in Penrith with head injuries from the Harrow Crag fall."),
    ).toBe(2);
    const hurt = "Three 16-year-old boys were airlifted to hospital after the fall at Harrow Crag.";
    expect(toldBy(hurt, "Teenage boys were airlifted to hospital after the fall at Harrow Crag.")).toBe(1);
  });

  it("counts an outlet telling the act without what it was for, not one giving another sum", () => {
    const statement =
      "Calder Haulage was fined £40,000 on Monday for overloading its lorries on the Dunmore bypass for months.";
    expect(toldBy(statement, "Calder Haulage was fined £40,000 at Kelby Magistrates' Court on Monday.")).toBe(2);
    expect(toldBy(statement, "Calder Haulage was fined £12,000 at Kelby Magistrates' Court on Monday.")).toBe(1);
  });

  it("asks no outlet to repeat a conversion in brackets, but still the figure converted", () => {
    const statement = "A lorry shed 12 tonnes (26,500 pounds) of barley across the Dunkeld bypass on Friday.";
    expect(toldBy(statement, "On Friday a lorry shed 12 tonnes of barley across the Dunkeld bypass.")).toBe(2);
    expect(toldBy(statement, "On Friday a lorry shed its load of barley across the Dunkeld bypass.")).toBe(1);
  });

  it("takes no running total, no share and no count of another event for another count", () => {
    const arrests = "Police arrested 46 people during the rioting on Friday night.";
    expect(
      outletsCarrying(
        arrests,
        story(`${arrests} ${OTHER}`, "Police have arrested 77 people since Friday over the rioting."),
      ).outlets,
    ).toBe(1);
    const vote = "Firefighters voted by 82 percent to strike over pay on Wednesday.";
    expect(
      outletsCarrying(
        vote,
        story(`${vote} ${OTHER}`, "Only 54 percent of firefighters voted in the strike ballot on Wednesday."),
      ).outlets,
    ).toBe(1);
  });
});

describe("corroborate by the statement's main proposition", () => {
  const SOURCES = ["Alpha News", "Beta Times", "Gamma Post"];
  /** The outlets carrying a statement told first by Alpha News, of the others' sentences. */
  const carriedBy = (statement: string, ...others: string[]) =>
    outletsCarrying(
      statement,
      linkNearDuplicates(
        [`${statement} ${OTHER}`, ...others].map((text, index) => prepareArticle(draft(SOURCES[index]!, text))),
      ),
    );
  const reopened =
    "Park president Gene Harlan reopened the Millbrook Zoo on Tuesday after its new fences passed safety checks, the council said.";
  const byNoun = "Harlan said the reopening of the Millbrook Zoo on Tuesday drew long queues at the gates.";

  it("counts an outlet telling the act by its noun and the person by surname, not one naming only the person and the place", () => {
    expect(
      carriedBy(
        reopened,
        byNoun,
        "Gene Harlan has worked at the Millbrook Zoo for most of his life and lives beside it.",
      ),
    ).toEqual({ outlets: 2, sources: ["Alpha News", "Beta Times"] });
  });

  it("counts a derailment told by its verb and by its noun, not another act at the same station", () => {
    expect(
      carriedBy(
        "A Harbour Line freight train derailed near Kestley station on Sunday, closing the line for two days.",
        "The derailment of the Harbour Line freight train near Kestley station on Sunday blocked both tracks.",
        "Kestley station has been busy since the Harbour Line opened to freight on Sunday mornings.",
      ),
    ).toEqual({ outlets: 2, sources: ["Alpha News", "Beta Times"] });
  });

  it('counts an act told by its verb and by its "-sion" noun', () => {
    expect(
      carriedBy(
        "Northgate Council suspended the Harbour Road bus lane trial on Friday after a string of crashes.",
        "On Friday Northgate Council ordered the suspension of the Harbour Road trial.",
        "Kelby Council suspended its own parking trial on Friday after a string of complaints.",
      ),
    ).toEqual({ outlets: 2, sources: ["Alpha News", "Beta Times"] });
  });

  it("counts no passage telling another act of the same things in the same words", () => {
    expect(
      carriedBy(
        "Northgate Council suspended the Harbour Road bus lane trial on Friday after a string of crashes.",
        "Northgate Council extended the Harbour Road bus lane trial on Friday by a further six months.",
        "Kelby Council suspended its own parking trial on Friday after a string of complaints.",
      ),
    ).toEqual({ outlets: 1, sources: ["Alpha News"] });
  });

  it("counts an election told as a win, not a past election of the same office", () => {
    expect(
      carriedBy(
        "Mara Quill was elected mayor of Dunhollow on Thursday, beating two rivals, the returning officer said.",
        "Mara Quill won the race to be mayor of Dunhollow on Thursday by a wide margin.",
        "Mara Quill was elected to the Dunhollow council in 2019 after a recount.",
      ),
    ).toEqual({ outlets: 2, sources: ["Alpha News", "Beta Times"] });
  });

  it("counts no plan for the outcome it announced, and no denial", () => {
    expect(
      carriedBy(
        reopened,
        "Park president Gene Harlan will reopen the Millbrook Zoo on Tuesday once its new fences pass safety checks.",
        "Park president Gene Harlan did not reopen the Millbrook Zoo on Tuesday, despite the council's approval.",
      ),
    ).toEqual({ outlets: 1, sources: ["Alpha News"] });
  });

  it("counts a cause told by another sayer, leaving out where in a series and a contrast after the clause", () => {
    expect(
      carriedBy(
        "Investigators believe the fire started in a diesel-powered forklift on deck 4, the harbour master said.",
        "The ferry's owner said the fire appeared to have started in a forklift loaded in Rotterdam, not in a lorry.",
        "The ferry's owner said the fire did not start in a forklift loaded in Rotterdam.",
      ),
    ).toEqual({ outlets: 2, sources: ["Alpha News", "Beta Times"] });
  });

  it("reads a passage's yesterday as the day before its article was published", () => {
    // The articles are published on Tuesday 5 May 2026: yesterday is Monday.
    const passage =
      "The pay deal reached yesterday by harbour officials and the dockers gives them a rise of six per cent.";
    expect(
      carriedBy(
        "Harbour officials and the dockers' union reached a pay deal early on Monday, ending a week of walkouts.",
        passage,
      ).outlets,
    ).toBe(2);
    expect(
      carriedBy(
        "Harbour officials and the dockers' union reached a pay deal early on Sunday, ending a week of walkouts.",
        passage,
      ).outlets,
    ).toBe(1);
  });

  it("takes the weekend a passage tells for the Saturday or Sunday the statement names (corro18)", () => {
    const statement = "Two climbers were injured in a rockfall on Ben Torrin on Sunday, the mountain rescue team said.";
    // The passage's own lede names another day: only its weekend tells the statement's Sunday.
    const lede = "Mountain rescuers in the Torrin range were called out three times on Friday.";
    expect(
      carriedBy(statement, `${lede} Two climbers were hurt when rocks fell on Ben Torrin at the weekend.`).outlets,
    ).toBe(2);
    expect(carriedBy(statement, `${lede} Two climbers were hurt when rocks fell on Ben Torrin.`).outlets).toBe(1);
  });

  it("leaves out a comparison set off after the statement's figure, never the figure (corro18)", () => {
    const statement =
      "The Wessex marathon board ratified Anna Brook's time on Sunday at 2 hours and 31 minutes, four minutes slower than her own provisional figure.";
    const passage = (time: string) =>
      `Anna Brook's time of ${time} was ratified on Sunday by the Wessex marathon board.`;
    expect(carriedBy(statement, passage("2 hours 31 minutes")).outlets).toBe(2);
    expect(carriedBy(statement, passage("2 hours 35 minutes")).outlets).toBe(1);
  });

  it("takes the day a passage tells as yesterday for the day the statement names", () => {
    // The articles are published on Tuesday 5 May 2026: yesterday is Monday.
    const passage = "The Mill Lane footbridge was closed yesterday.";
    expect(carriedBy("Kelby Council closed the Mill Lane footbridge over the Wear on Monday.", passage).outlets).toBe(
      2,
    );
    expect(carriedBy("Kelby Council closed the Mill Lane footbridge over the Wear on Sunday.", passage).outlets).toBe(
      1,
    );
  });

  it("reads a passage's last night and days ago against its publication day, as the timeline does (corro19)", () => {
    // The articles are published on Tuesday 5 May 2026: last night is Monday's, two days ago Sunday.
    const vote = "The Kelby council voted 9-2 on Monday night to ban cars from the harbour front";
    const told = "The council's 9-2 vote last night to ban cars from the harbour front followed a long hearing.";
    expect(carriedBy(`${vote}.`, told).outlets).toBe(2);
    expect(carriedBy(`${vote.replace("Monday", "Friday")}.`, told).outlets).toBe(1);
    const arrest = "A third man was arrested on Sunday over the theft of the Kelby chalice, police said.";
    const passage = "The third suspect, a Kelby man, was arrested at a railway station two days ago.";
    expect(carriedBy(arrest, passage).outlets).toBe(2);
    expect(carriedBy(arrest.replace("Sunday", "Monday"), passage).outlets).toBe(1);
  });

  it("takes an act told by a phrase of the timeline's family for the statement's verb (corro19)", () => {
    const statement =
      "A snow leopard escaped from its enclosure at Kelby Zoo early on Monday, and police told residents to stay indoors.";
    const passage = (act: string) =>
      `Dozens of officers searched through the night for the snow leopard that ${act} Kelby Zoo on Monday, helped by a drone.`;
    expect(carriedBy(statement, passage("got out of")).outlets).toBe(2);
    expect(carriedBy(statement, passage("was moved out of")).outlets).toBe(1);
  });

  it("takes the noun a verb makes with its particle for the act ('broke through', 'the breakthrough') (corro19)", () => {
    // The articles are published on Tuesday 5 May 2026: yesterday evening is Monday's.
    const statement =
      "A rescue drill broke through into the flooded gallery at the Kelby colliery on Monday evening, and all six trapped men were found alive, officials said.";
    const passage = (act: string) =>
      `Yesterday evening's ${act} into the flooded Kelby gallery came about 60 hours after the collapse, from a drill angled through 400 metres of rock.`;
    expect(carriedBy(statement, passage("breakthrough")).outlets).toBe(2);
    expect(carriedBy(statement, passage("breakdown")).outlets).toBe(1);
  });

  it("counts a passage leaving the doer unsaid, not one naming another doer", () => {
    const statement =
      "Harbour officials and the dockers' union reached a pay deal early on Monday, ending a week of walkouts.";
    expect(
      carriedBy(statement, "The pay deal reached yesterday gives a rise of six per cent over two years.").outlets,
    ).toBe(2);
    expect(
      carriedBy(statement, "The pay deal reached yesterday by Calder Ferries gives its crews a rise of six per cent.")
        .outlets,
    ).toBe(1);
  });

  it("takes a day or a month a passage names for when, not for a participant of its own (corro20)", () => {
    const statement =
      "Harbour officials and the Port Elver dockers' union reached a pay deal early on Monday, ending a week of walkouts.";
    // The day alone names nobody; a deal told in March is not told on Monday; Calder Ferries is another doer.
    const counts = [
      "The pay deal reached on Monday gives a rise of six per cent over two years.",
      "The pay deal reached in March gives the dockers a rise of six per cent over two years.",
      "The pay deal reached on Monday by Calder Ferries gives its crews a rise of six per cent.",
    ].map((passage) => carriedBy(statement, passage).outlets);
    expect(counts).toEqual([2, 1, 1]);
  });

  it("counts a rewrite of the outlet once", () => {
    const original = `${reopened} ${OTHER}`;
    const articles = linkNearDuplicates([
      prepareArticle(draft("Alpha News", original)),
      prepareArticle({ ...draft("Syndicate Wire", original), publishedAt: "2026-05-05T11:00:00Z" }),
      prepareArticle(draft("Beta Times", byNoun)),
    ]);
    expect(outletsCarrying(reopened, articles)).toEqual({ outlets: 2, sources: ["Alpha News", "Beta Times"] });
  });
});

describe("corroborate an act told in another verb of its sense (para1)", () => {
  const story = (...texts: string[]) =>
    linkNearDuplicates(
      texts.map((text, index) => prepareArticle(draft(["Alpha News", "Beta Times", "Gamma Post"][index]!, text))),
    );
  // Each other outlet's passage stands alone at its article's end: the statement is told by Alpha News with filler.
  const carriers = (statement: string, ...passages: string[]) =>
    outletsCarrying(
      statement,
      story(
        `${statement} ${OTHER}`,
        ...passages.map((passage, index) => `${["Talks resumed later.", "More is expected soon."][index]} ${passage}`),
      ),
    ).sources;

  it("counts a verb sharing the statement's common sense, a phrasal verb read as one", () => {
    expect(
      carriers(
        "The Kelburn county council postponed the ferry terminal vote on Tuesday.",
        "On Tuesday the Kelburn county council delayed its vote on the ferry terminal.",
      ),
    ).toEqual(["Alpha News", "Beta Times"]);
    expect(
      carriers(
        "The first relief flight landed at Corrin airfield on Saturday afternoon.",
        "The first relief jet touched down at Corrin airfield on Saturday.",
      ),
    ).toEqual(["Alpha News", "Beta Times"]);
  });

  it("never counts an opposite act, nor another thing done in a verb of the same sense", () => {
    expect(
      carriers(
        "Crews demolished the old Brantwick grain silo on Sunday.",
        "Crews repaired the old Brantwick grain silo on Sunday.",
      ),
    ).toEqual(["Alpha News"]);
    // The boy and the autopsy named throughout the story weigh little: the day and the act would carry it.
    const statement = "An autopsy of the boy is scheduled for Wednesday.";
    const articles = story(
      `${statement} The boy's family asked for privacy. The boy's school closed early. The autopsy will be done in Leeds.`,
      "The boy's mother thanked neighbours. Friends said a vigil was being planned for 6 p.m. Wednesday.",
    );
    expect(outletsCarrying(statement, articles).sources).toEqual(["Alpha News"]);
  });
});

describe("corroborate counts a passage's days from its writer's publication day", () => {
  // A Sydney story: the Australian paper's 21:00 UTC Monday stamp is Tuesday 07:00 in Sydney, so its
  // "yesterday" is Monday, the day the British outlet's statement names.
  const story = (publishedAt: string) => [
    prepareArticle({
      input: "uk",
      source: "Northern Post",
      title: "Sydney closes bridge lanes",
      originalText:
        "SYDNEY — Transport officials closed two lanes of the Sydney Harbour Bridge on Monday after cracks were found in a joint. Engineers in Sydney expect repairs to take a week.",
      publishedAt: "2026-05-05T09:00:00Z",
    }),
    prepareArticle({
      input: "au",
      source: "Harbour Herald",
      title: "Bridge lanes shut",
      originalText:
        "SYDNEY — Two lanes of the Sydney Harbour Bridge were closed yesterday after engineers found cracks in a joint. Commuters in Sydney faced long queues.",
      publishedAt,
    }),
  ];
  const statement = "Transport officials closed two lanes of the Sydney Harbour Bridge on Monday.";
  const outlets = (articles: Article[]) => {
    const local = onStoryClock(articles);
    return corroborate([{ text: statement, citations: [] }], local, articleSentences(local))[0]!.corroboration!.outlets;
  };

  it("takes the Australian paper's yesterday, stamped 21:00 UTC on Monday, for Monday", () => {
    expect(outlets(story("2026-05-04T21:00:00Z"))).toBe(2);
  });

  it("and not when it was stamped on Monday morning in Sydney too", () => {
    expect(outlets(story("2026-05-03T21:00:00Z"))).toBe(1);
  });
});
