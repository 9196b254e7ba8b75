import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";

/**
 * tally1: a count a later outlet gives as its source's word of a day since the earlier report came out
 * is that source's own later count (a tally of an event's effects grows while it is kept), not a rival
 * of the figure the source gave before; two sources' counts, and a source's word dated before the
 * earlier report, stay rivals. Saturday 3 May 2031 to Monday 5 May.
 */
function values(...reports: Array<[source: string, publishedAt: string, text: string]>) {
  const articles = reports.map(([source, publishedAt, text]) =>
    prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText: text }),
  );
  return extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value).sort());
}

describe("findDisagreements on a source's later count of an event's effects", () => {
  it("never sets a count a body gave by its initials a day later against its earlier one", () => {
    expect(
      values(
        ["Alpha News", "2031-05-03T09:00:00Z", "About 60 homes were flooded, the State Emergency Service said."],
        [
          "Beta Times",
          "2031-05-05T09:00:00Z",
          "About 140 homes were flooded, the SES said on Sunday after crews checked every street.",
        ],
      ),
    ).toEqual([]);
  });

  it("never sets a later count its own clause tells as above the first against that first", () => {
    // "six more than first thought", "higher than initially reported": the figure's clause says it grew since first told.
    expect(
      values(
        [
          "Alpha News",
          "2031-05-03T09:00:00Z",
          "The hailstorm smashed windows and damaged roofs at 40 homes on Mill Lane, the council said.",
        ],
        ["Beta Times", "2031-05-04T09:00:00Z", "Officials say 52 homes were damaged, 12 more than first thought."],
      ),
    ).toEqual([]);
    expect(
      values(
        [
          "Alpha News",
          "2031-05-03T09:00:00Z",
          "Twenty-eight pupils fell ill with norovirus at the school, the head said.",
        ],
        [
          "Beta Times",
          "2031-05-04T09:00:00Z",
          "In all, 41 pupils fell ill with norovirus at the school, higher than initially reported.",
        ],
      ),
    ).toEqual([]);
  });

  it("still sets two outlets' counts against each other when neither is told as grown", () => {
    expect(
      values(
        [
          "Alpha News",
          "2031-05-03T09:00:00Z",
          "The hailstorm smashed windows and damaged roofs at 40 homes on Mill Lane, the council said.",
        ],
        ["Beta Times", "2031-05-03T18:00:00Z", "Officials say 52 homes on Mill Lane were damaged in the hailstorm."],
      ),
    ).toEqual([["40", "52"]]);
  });

  it("never sets a department's later count of cases against its first", () => {
    expect(
      values(
        [
          "Alpha News",
          "2031-05-03T09:00:00Z",
          "Forty-eight cases of measles have been confirmed in the district, the Health Department said.",
        ],
        [
          "Beta Times",
          "2031-05-05T09:00:00Z",
          "Sixty-one cases of measles have been confirmed in the district, the department said on Sunday.",
        ],
      ),
    ).toEqual([]);
  });

  it("never sets buildings a fire service counted the day the first report came out against that report's", () => {
    expect(
      values(
        [
          "Alpha News",
          "2031-05-04T07:00:00Z",
          "About 200 buildings were damaged by the storm, the Country Fire Authority said.",
        ],
        [
          "Beta Times",
          "2031-05-05T09:00:00Z",
          "About 320 buildings were damaged by the storm, the CFA said on Sunday.",
        ],
      ),
    ).toEqual([]);
  });

  it("never sets residents a service said it evacuated a day later against its earlier count", () => {
    expect(
      values(
        ["Alpha News", "2031-05-03T09:00:00Z", "About 900 residents were evacuated, the Rural Fire Service said."],
        ["Beta Times", "2031-05-05T09:00:00Z", "About 1,500 residents were evacuated, the RFS said on Sunday."],
      ),
    ).toEqual([]);
  });
});

describe("findDisagreements on a source's later count against an earlier report's count naming no source", () => {
  it("never sets homes a service said were flooded, a day later, against an earlier report's count", () => {
    expect(
      values(
        ["Alpha News", "2031-05-03T09:00:00Z", "About 60 homes in the two towns were flooded."],
        [
          "Beta Times",
          "2031-05-05T09:00:00Z",
          "About 80 homes in the two towns were flooded, the State Emergency Service said on Sunday.",
        ],
      ),
    ).toEqual([]);
  });

  it("never sets arrests the police gave a day later against an earlier report's count", () => {
    expect(
      values(
        ["Alpha News", "2031-05-03T09:00:00Z", "Twelve fans were arrested after the derby."],
        ["Beta Times", "2031-05-05T09:00:00Z", "Nineteen fans were arrested after the derby, police said on Sunday."],
      ),
    ).toEqual([]);
  });

  it("sets counts of those on duty or aboard when it happened against each other, whoever gave them", () => {
    expect(
      values(
        ["Alpha News", "2031-05-03T09:00:00Z", "Four guards were on duty at the gallery at the time of the theft."],
        [
          "Beta Times",
          "2031-05-05T09:00:00Z",
          "Six guards were on duty at the gallery at the time of the theft, the National Gallery said on Sunday.",
        ],
      ),
    ).toEqual([["Four", "Six"]]);
    expect(
      values(
        ["Alpha News", "2031-05-03T09:00:00Z", "The ferry was carrying 212 passengers when it ran aground."],
        [
          "Beta Times",
          "2031-05-05T09:00:00Z",
          "The ferry was carrying 240 passengers when it ran aground, the coastguard said on Sunday.",
        ],
      ),
    ).toEqual([["212", "240"]]);
  });
});

describe("findDisagreements keeps rivals that are no source's later word", () => {
  it("sets another source's count given a day later against the first source's", () => {
    expect(
      values(
        ["Alpha News", "2031-05-03T09:00:00Z", "About 60 homes were flooded, the State Emergency Service said."],
        [
          "Beta Times",
          "2031-05-05T09:00:00Z",
          "About 140 homes were flooded, the Dunmore Shire Council said on Sunday.",
        ],
      ),
    ).toEqual([["about 140", "about 60"]]);
  });

  it("sets a source's count dated before the earlier report came out against that report's", () => {
    expect(
      values(
        ["Alpha News", "2031-05-04T09:00:00Z", "About 60 homes were flooded, the State Emergency Service said."],
        ["Beta Times", "2031-05-05T09:00:00Z", "About 140 homes were flooded, the SES said on Saturday."],
      ),
    ).toEqual([["about 140", "about 60"]]);
  });

  it("sets two sources' counts of those on duty when it happened against each other a day apart", () => {
    expect(
      values(
        [
          "Alpha News",
          "2031-05-03T09:00:00Z",
          "Nine guards were on duty at the gallery when the paintings were taken, the National Gallery said.",
        ],
        [
          "Beta Times",
          "2031-05-05T09:00:00Z",
          "Only six guards were on duty at the gallery when the paintings were taken, the Museum Staff Union said on Sunday.",
        ],
      ),
    ).toEqual([["Nine", "six"]]);
  });

  it("sets two sources' counts of those aboard when it happened against each other a day apart", () => {
    expect(
      values(
        [
          "Alpha News",
          "2031-05-03T09:00:00Z",
          "The ferry was carrying 212 passengers when it ran aground, the operator said.",
        ],
        [
          "Beta Times",
          "2031-05-05T09:00:00Z",
          "The ferry was carrying 240 passengers when it ran aground, the coastguard said on Sunday.",
        ],
      ),
    ).toEqual([["212", "240"]]);
  });
});

describe("findDisagreements on a count told as still being made, or as made by a fuller check", () => {
  const council = "About 80 homes were flooded, the Dunmore Shire Council said on Sunday.";

  it("never sets a higher count a day later against one its own words leave open", () => {
    expect(
      values(
        [
          "Alpha News",
          "2031-05-03T09:00:00Z",
          "About 60 homes were flooded, with crews still assessing damage, the State Emergency Service said.",
        ],
        ["Beta Times", "2031-05-05T09:00:00Z", council],
      ),
    ).toEqual([]);
  });

  it("never sets a higher count a day later against an initial one", () => {
    expect(
      values(
        [
          "Alpha News",
          "2031-05-03T09:00:00Z",
          "The initial count showed 40 cars were damaged by hail, the Insurance Council said.",
        ],
        [
          "Beta Times",
          "2031-05-05T09:00:00Z",
          "Some 55 cars were damaged by hail, the motoring club NRMA said on Sunday.",
        ],
      ),
    ).toEqual([]);
  });

  it("never sets a count made after a fuller check against an earlier one", () => {
    expect(
      values(
        ["Alpha News", "2031-05-03T09:00:00Z", "About 60 homes were flooded, the State Emergency Service said."],
        [
          "Beta Times",
          "2031-05-05T09:00:00Z",
          "About 80 homes were flooded, the Dunmore Shire Council said on Sunday after inspectors checked every street.",
        ],
      ),
    ).toEqual([]);
  });

  it("sets a lower later count, or one given the same day, against a count left open", () => {
    const open: [string, string, string] = [
      "Alpha News",
      "2031-05-03T09:00:00Z",
      "About 60 homes were flooded, with crews still assessing damage, the State Emergency Service said.",
    ];
    expect(
      values(open, [
        "Beta Times",
        "2031-05-05T09:00:00Z",
        "About 45 homes were flooded, the Dunmore Shire Council said on Sunday.",
      ]),
    ).toEqual([["about 45", "about 60"]]);
    expect(
      values(open, [
        "Beta Times",
        "2031-05-03T18:00:00Z",
        "About 80 homes were flooded, the Dunmore Shire Council said.",
      ]),
    ).toEqual([["about 60", "about 80"]]);
  });
});
