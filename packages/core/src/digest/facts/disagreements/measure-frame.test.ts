import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";

/**
 * Two outlets' figures for one measured thing, each worded its own way: what the figure measures is
 * read from the sentence's structure (see measureFrameKey), and figures of different things, or of a
 * part and a whole, stay apart.
 */
function sides(first: string, second: string) {
  const reports: Array<[source: string, publishedAt: string, text: string]> = [
    ["Alpha News", "2029-05-14T09:00:00Z", first],
    ["Beta Times", "2029-05-14T15:00:00Z", second],
  ];
  const articles = reports.map(([source, publishedAt, text]) =>
    prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText: text }),
  );
  return extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value));
}

describe("measureFrameKey pairs figures of one measured thing told in other words", () => {
  it("sets a load told as a compound against its weight told by a verb", () => {
    expect(
      sides(
        "A lorry overturned on the bypass on Tuesday.\n\nThe lorry, hauling an 18-tonne load of steel, tipped over on a bend.",
        "A lorry overturned on the bypass on Tuesday.\n\nThe load it was hauling weighed 24 tonnes, the haulier said.",
      ),
    ).toEqual([["18", "24"]]);
  });

  it("sets the hours crews fought a blaze against the hours the fire took, whoever is the subject", () => {
    expect(
      sides(
        "A warehouse burned down on Tuesday.\n\nCrews fought the blaze for 14 hours.",
        "A warehouse burned down on Tuesday.\n\nThe fire took nine hours to put out, the fire service said.",
      ),
    ).toEqual([["nine", "14"]]);
  });

  it("sets those a bus carried, counted as people, against its passengers on board", () => {
    expect(
      sides(
        "A bus left the road on Tuesday.\n\nThe bus was carrying 41 people when it left the road.",
        "A bus left the road on Tuesday.\n\nThere were 55 passengers on board, the operator said.",
      ),
    ).toEqual([["41", "55"]]);
  });

  it("sets jobs a bank will cut against staff who will lose their jobs", () => {
    expect(
      sides(
        "A bank announced a restructuring on Tuesday.\n\nThe bank will cut 900 jobs across its branches.",
        "A bank announced a restructuring on Tuesday.\n\nAbout 1,300 staff will lose their jobs, the union said.",
      ),
    ).toEqual([["900", "about 1,300"]]);
  });

  it("sets a drop told as a compound against the drop “of” its feet", () => {
    expect(
      sides(
        "A hiker fell in the gorge on Tuesday.\n\nThe hiker survived the 60-foot drop into the gorge.",
        "A hiker fell in the gorge on Tuesday.\n\nRescuers said the drop of 45 feet left him with a broken leg.",
      ),
    ).toEqual([["45 feet", "60-foot"]]);
  });
});

describe("measureFrameKey keeps apart figures of different things", () => {
  it("never sets a crane's weight against the beam it lifted", () => {
    expect(
      sides(
        "A beam fell at a building site on Tuesday.\n\nA 40-tonne crane was lifting the beam when it fell.",
        "A beam fell at a building site on Tuesday.\n\nThe beam it was lifting weighed 30 tonnes.",
      ),
    ).toEqual([]);
  });

  it("never sets a wall's height against another outlet's length of it", () => {
    expect(
      sides(
        "A wall collapsed on Tuesday.\n\nThe wall was 12 metres high, the council said.",
        "A wall collapsed on Tuesday.\n\nThe wall measures 16 metres, the council said.",
      ),
    ).toEqual([]);
  });

  it("never sets the children aboard against everyone aboard", () => {
    expect(
      sides(
        "A bus left the road on Tuesday.\n\nThe bus was carrying 30 people when it left the road.",
        "A bus left the road on Tuesday.\n\nThere were 20 children on board, the school said.",
      ),
    ).toEqual([]);
  });

  it("never sets a size against a distance told with the same verb", () => {
    expect(
      sides(
        "A sinkhole opened on Tuesday.\n\nThe sinkhole was 8 metres from the school.",
        "A sinkhole opened on Tuesday.\n\nThe sinkhole is 12 metres deep.",
      ),
    ).toEqual([]);
  });
});

describe("measureFrameKey reads a list of kinds as their class, and a part told after its whole as a part", () => {
  it("sets a count of vehicles against the same load told as a list of its kinds", () => {
    expect(
      sides(
        "A fire broke out aboard a car carrier loaded with 2,200 vehicles in the harbour.",
        "A cargo ship caught fire in the harbour.\n\nThe ship is carrying about 2,600 cars, trucks and tractors, the port said.",
      ),
    ).toEqual([["2,200", "about 2,600"]]);
  });

  it("never sets one kind alone, or a part told after its whole, against the whole", () => {
    // The whole against the whole, and never the part told after it.
    expect(
      sides(
        "A fire broke out aboard a car carrier loaded with 2,200 vehicles in the harbour.",
        "A cargo ship caught fire in the harbour.\n\nThe ship is carrying about 2,600 cars, the port said.",
      ),
    ).toEqual([]);
    expect(
      sides(
        "A fire broke out aboard a car carrier loaded with 2,200 vehicles in the harbour.\n\nOf the 2,200 vehicles on board, about 1,500 were destroyed, the owner said.",
        "A cargo ship caught fire in the harbour.\n\nThe ship is carrying about 2,600 cars, trucks and tractors, the port said.",
      ),
    ).toEqual([["2,200", "about 2,600"]]);
  });
});
