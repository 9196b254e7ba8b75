import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { articleSentences } from "../../evidence/article-sentences.js";
import { twoOutletDisputes } from "../../testing/two-outlet-disputes.js";
import { findNumberMentions } from "../figures/index.js";
import { standingReading } from "./standing-quantities.js";

const disputes = (first: string, second: string) =>
  twoOutletDisputes(first, second, { day: "2036-03-11", opening: "Floods hit Kelby on Tuesday." });

describe("standingReading: a fleet and a thing's size however told", () => {
  it("sets what an operator runs against its fleet, whatever befell the fleet or a part of it", () => {
    expect(
      disputes("The operator runs 40 double-deckers from the depot.", "Its fleet of 44 double-deckers was grounded."),
    ).toEqual([["40", "44"]]);
    expect(
      disputes(
        "The operator runs 40 double-deckers from the depot.",
        "Nine of its fleet of 44 double-deckers were damaged.",
      ),
    ).toEqual([["40", "44"]]);
  });

  it("never sets a part of the fleet, or sites an owner runs, against the fleet", () => {
    expect(
      disputes("The operator runs 40 double-deckers from the depot.", "Nine double-deckers were damaged."),
    ).toEqual([]);
    expect(disputes("The trust runs 12 leisure sites.", "The trust runs 14 bus routes.")).toEqual([]);
  });

  it("sets 'The arena has 4,200 seats' against 'the 3,800-seat arena'", () => {
    expect(
      disputes(
        "The arena has 4,200 seats, according to the trust.",
        "The storm ripped a section from the roof of the 3,800-seat arena.",
      ),
    ).toEqual([["3,800", "4,200"]]);
    expect(
      disputes("The hospital has 310 beds, a spokesman said.", "The flood closed wards at the 290-bed hospital."),
    ).toEqual([["290", "310"]]);
  });

  it("never sets a crowd, or a planned capacity, against the seats", () => {
    expect(
      disputes("The arena has 4,200 seats.", "A crowd of 3,900 had left the 4,200-seat arena two hours earlier."),
    ).toEqual([]);
    expect(
      disputes("The arena has 4,200 seats.", "Plans approved in 2025 would take the arena to 5,000 seats."),
    ).toEqual([]);
  });
});

describe("standingReading: a union's members and a venue's capacity however told", () => {
  it("sets the members a named union represents against the same union's count in other nouns", () => {
    expect(
      disputes(
        "Kelby Staff United, which represents about 3,200 teaching and research assistants, backed the deal.",
        "Kelby Staff United, which represents roughly 3,600 graduate workers, is affiliated with a national union.",
      ),
    ).toEqual([["about 3,200", "roughly 3,600"]]);
  });

  it("never sets two bodies' members against each other", () => {
    expect(
      disputes(
        "Kelby Staff United, which represents about 3,200 teaching assistants, backed the deal.",
        "Kelby Nurses Guild, which represents roughly 3,600 nurses, opposed it.",
      ),
    ).toEqual([]);
  });

  it("sets those a venue will hold against its seats told as a modifier", () => {
    expect(
      disputes(
        "Councillors backed a subsidy for a 28,000-seat stadium by the river.",
        "The stadium will hold 25,000 fans, the club said.",
      ),
    ).toEqual([["25,000", "28,000"]]);
  });

  it("never sets a capacity after a change, or a load that is not people, against the seats", () => {
    expect(disputes("The arena has 4,200 seats.", "After the expansion the arena will hold 5,000 fans.")).toEqual([]);
    expect(
      disputes("Councillors backed a 28,000-seat stadium.", "The stadium will hold 25,000 litres of rainwater."),
    ).toEqual([]);
  });
});

/** The measure each figure of a sentence is read as standing for, or null. */
function measuresOf(text: string): Array<string | null> {
  const article = prepareArticle({ input: "test", title: "Figures", originalText: text, publishedAt: "2036-03-11" });
  return findNumberMentions(articleSentences([article])).map((mention) => standingReading(mention)?.event ?? null);
}

describe("standingReading: the verb or noun right before the figure, past a hedge", () => {
  // The pattern is asked only of texts ending on one of its last words (see mayEndOn): each
  // verb's, noun's and hedge's last word must still be read, in any case.
  it("reads each standing verb and noun, past each hedge", () => {
    expect(measuresOf("The plant employs just over 650 people.")).toEqual(["employs"]);
    expect(measuresOf("The plant, employing fewer than 700 people, shut.")).toEqual(["employs"]);
    expect(measuresOf("Redline carries roughly 230,000 passengers a day.")).toEqual(["carries"]);
    expect(measuresOf("The stadium seats up to 40,000 fans.")).toEqual(["seats"]);
    expect(measuresOf("Kelby has a population of nearly 12,000 people.")).toEqual(["population"]);
    expect(measuresOf("The farm houses almost 1.2 million hens.")).toEqual(["houses"]);
    expect(measuresOf("The town is home to some 14,000 people.")).toEqual(["houses"]);
    expect(measuresOf("Officials put the flock at around 1.5 million birds.")).toEqual(["houses"]);
    expect(measuresOf("The operator runs more than 40 double-deckers.")).toEqual(["has"]);
    expect(measuresOf("Its fleet of about 44 double-deckers was grounded.")).toEqual(["has"]);
    expect(measuresOf("The plant EMPLOYS 650 people.")).toEqual(["employs"]);
  });

  it("reads no standing measure where the words before the figure end otherwise", () => {
    expect(measuresOf("The plant laid off 650 people.")).toEqual([null]);
    expect(measuresOf("The plant employed about 650 people at its peak.")).toEqual([null]);
  });
});

describe("standingReading: one thing's size told days apart", () => {
  const daysApart = (first: string, second: string) =>
    twoOutletDisputes(first, second, {
      day: "2036-03-11",
      secondDay: "2036-03-14",
      opening: "A storm hit Kelby port.",
    });

  it("sets one ship's or fence's size against another outlet's three days later", () => {
    expect(
      daysApart(
        "The 190-metre container ship Nordkap Trader lost 40 boxes.",
        "The feeder ship, which is 172 metres long, lost 40 boxes.",
      ),
    ).toEqual([["172", "190"]]);
    expect(daysApart("The 5-metre fence fell on Tuesday.", "The fence stands 6 metres high.")).toEqual([["5", "6"]]);
  });

  it("never sets a size told with a change, or one outlet's two things of one noun", () => {
    expect(
      daysApart("The 60-metre crane fell across the site.", "The 60-metre crane was extended to 70 metres last year."),
    ).toEqual([]);
    expect(daysApart("The 60-metre crane fell across the site.", "The crane now stands 65 metres high.")).toEqual([]);
    expect(daysApart("The 60-metre crane fell across the site.", "The crane was lifting a 12-metre beam.")).toEqual([]);
    expect(
      daysApart(
        "The 40-metre tower fell.",
        "The tower stands 45 metres high, beside a 30-metre tower that was unharmed.",
      ),
    ).toEqual([]);
  });
});
