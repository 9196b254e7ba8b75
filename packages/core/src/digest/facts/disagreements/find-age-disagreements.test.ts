import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import type { ArticleDraft } from "../../../model/index.js";
import { extractFacts } from "../extract-facts.js";

function draft(source: string, publishedAt: string, originalText: string): ArticleDraft {
  return { input: source, source, publishedAt, title: `${source} report`, originalText };
}

const ageDisagreementsOf = (...drafts: ArticleDraft[]) =>
  extractFacts(drafts.map((item) => prepareArticle(item)))
    .disagreements.filter((found) => found.topic.startsWith("the age of"))
    .map((found) => ({ topic: found.topic, claims: found.claims.map((claim) => [claim.value, claim.outlets]) }));

describe("findAgeDisagreements: outlets giving one person different ages", () => {
  it("sets 'Delgado, 46,' against 'Delgado, 44,' and 'Ana Delgado, a 45-year-old councillor' of other outlets", () => {
    expect(
      ageDisagreementsOf(
        draft(
          "Metro Public Media",
          "2034-11-09T20:00:00Z",
          "Councillor Ana Delgado won.\n\nDelgado, 46, a two-term councillor, has promised to expand bus service.",
        ),
        draft(
          "Riverton Record",
          "2034-11-30T23:00:00Z",
          "The recount is over.\n\nDelgado, 44, will be the city's first Latina mayor.",
        ),
        draft("Statehouse Wire", "2034-11-22T01:00:00Z", "Ana Delgado, a 44-year-old councillor, leads the count."),
      ),
    ).toEqual([
      {
        topic: "the age of Ana Delgado",
        claims: [
          ["46", ["Metro Public Media"]],
          ["44", ["Riverton Record", "Statehouse Wire"]],
        ],
      },
    ]);
  });

  it("reads 'a 72-year-old Leeds man, Colin Sharpe,' as Colin Sharpe's age against 'Colin Sharpe, 74,'", () => {
    expect(
      ageDisagreementsOf(
        draft(
          "Yorkshire Wire",
          "2039-03-02T10:00:00Z",
          "Three people were hurt, among them a 72-year-old Leeds man, Colin Sharpe, who was hit by a van.",
        ),
        draft("Aire Valley Post", "2039-03-02T18:00:00Z", "Colin Sharpe, 74, was taken to hospital by ambulance."),
      ),
    ).toEqual([
      {
        topic: "the age of Colin Sharpe",
        claims: [
          ["72", ["Yorkshire Wire"]],
          ["74", ["Aire Valley Post"]],
        ],
      },
    ]);
  });

  it("leaves alone ages that agree, a mother and son who share a surname, titles, places and an outlet's own two ages", () => {
    expect(
      ageDisagreementsOf(
        draft(
          "Appalachian Ledger",
          "2034-11-15T12:00:00Z",
          "Rita Vance, 58, waited at the mine.\n\nVance, 58, said her son Caleb Vance was inside.",
        ),
        draft(
          "National Wire",
          "2034-11-16T12:00:00Z",
          "Rita Vance, 58, prayed.\n\nCaleb Vance, 31, is a roof bolter.\n\nVance, 31, has worked there for ten years.",
        ),
        draft(
          "Carver Courier",
          "2034-11-16T18:00:00Z",
          "The mayor of Carver, 12,000 people strong, spoke.\n\nMayor, 61, is not a name.\n\nTom Keller (52) and Tom Keller (53) are both in this one report.",
        ),
        draft("Coalfield Journal", "2034-11-17T18:00:00Z", "Tom Keller, 54, the operations manager, spoke."),
      ),
    ).toEqual([]);
  });
});

describe("findAgeDisagreements: a surname after a courtesy title", () => {
  it("sets 'Mr Fenwick, 54,' against 'Gary Fenwick, 52,' of another outlet", () => {
    expect(
      ageDisagreementsOf(
        draft(
          "Northern Post",
          "2036-09-03T09:30:00Z",
          "The crane operator killed in the collapse has been named as Gary Fenwick, 52, from Ottley.",
        ),
        draft("Construction Weekly", "2036-09-04T08:00:00Z", "Mr Fenwick, 54, had worked for the firm for 11 years."),
      ),
    ).toEqual([
      {
        topic: "the age of Gary Fenwick",
        claims: [
          ["52", ["Northern Post"]],
          ["54", ["Construction Weekly"]],
        ],
      },
    ]);
  });
});

describe("findAgeDisagreements: an unnamed person's age", () => {
  it("sets 'a 34-year-old driver' against 'The driver, 36,' of another outlet", () => {
    expect(
      ageDisagreementsOf(
        draft("Valley Wire", "2034-05-02T08:00:00Z", "A 34-year-old driver was arrested after the crash."),
        draft("Hill Gazette", "2034-05-02T18:00:00Z", "The driver, 36, was released on bail on Tuesday."),
      ),
    ).toEqual([
      {
        topic: "the age of the driver",
        claims: [
          ["34", ["Valley Wire"]],
          ["36", ["Hill Gazette"]],
        ],
      },
    ]);
  });

  it("leaves alone two people far apart in age, an outlet's own two, and a noun no one gives a '-year-old'", () => {
    expect(
      ageDisagreementsOf(
        draft("Valley Wire", "2034-05-02T08:00:00Z", "A 19-year-old woman was hurt.\n\nThe fund, 12, was set up."),
        draft("Hill Gazette", "2034-05-02T18:00:00Z", "The woman, 71, was a passenger.\n\nThe fund, 14, will pay."),
        draft(
          "River Post",
          "2034-05-03T08:00:00Z",
          "A 40-year-old man was arrested.\n\nA 43-year-old man was treated for burns.",
        ),
        draft("Town Crier", "2034-05-03T18:00:00Z", "The man, 41, was later charged."),
      ),
    ).toEqual([]);
  });

  it("sets 'the 23-year-old jet' against 'The plane was 21 years old' of another outlet: one aircraft, two nouns", () => {
    expect(
      ageDisagreementsOf(
        draft("Valley Wire", "2034-05-02T08:00:00Z", "The 23-year-old jet had passed its last inspection in May."),
        draft("Hill Gazette", "2034-05-02T18:00:00Z", "The plane was 21 years old, the airline said."),
      ),
    ).toEqual([
      {
        topic: "the age of the aircraft",
        claims: [
          ["23", ["Valley Wire"]],
          ["21", ["Hill Gazette"]],
        ],
      },
    ]);
    // A thing no outlet gives a "-year-old" is left alone, as is a far older one.
    expect(
      ageDisagreementsOf(
        draft("Valley Wire", "2034-05-02T08:00:00Z", "The bridge is 80 years old."),
        draft("Hill Gazette", "2034-05-02T18:00:00Z", "The bridge was 95 years old.\n\nThe 4-year-old jet was new."),
        draft("River Post", "2034-05-03T08:00:00Z", "The plane was 21 years old."),
      ),
    ).toEqual([]);
  });

  it("sets 'a 72-year-old man, has died' against 'The man who died, identified as …, was 74', not another man", () => {
    expect(
      ageDisagreementsOf(
        draft(
          "Falls Courier",
          "2037-08-03T19:00:00Z",
          "Seven of the 11 are in hospital, and one, a 72-year-old man, has died.\n\nA 70-year-old man was treated and released.",
        ),
        draft(
          "Public Radio",
          "2037-08-04T21:00:00Z",
          "The man who died, identified as Walter Brennan of Dayton, was 74.",
        ),
      ),
    ).toEqual([
      {
        topic: "the age of the man",
        claims: [
          ["72", ["Falls Courier"]],
          ["74", ["Public Radio"]],
        ],
      },
    ]);
    // The man arrested is not the man who died.
    expect(
      ageDisagreementsOf(
        draft("Falls Courier", "2037-08-03T19:00:00Z", "A 34-year-old man was arrested at the scene."),
        draft("Public Radio", "2037-08-04T21:00:00Z", "The man who died was 36."),
      ),
    ).toEqual([]);
  });
});

describe("findAgeDisagreements: an age closing its sentence", () => {
  it("reads '…, said the harbourmaster, Ruth Ames, 58.' against 'Ames, 61, said' of another outlet", () => {
    expect(
      ageDisagreementsOf(
        draft(
          "Coast Wire",
          "2034-03-02T08:00:00Z",
          "A trawler sank off Kelby.\n\n“We heard the mayday at six,” said the harbourmaster, Ruth Ames, 58.",
        ),
        draft(
          "Kelby Echo",
          "2034-03-02T18:00:00Z",
          "A trawler sank off Kelby.\n\nAmes, 61, said the crew had been lucky.",
        ),
      ).map((found) => found.claims.map(([value]) => value)),
    ).toEqual([["58", "61"]]);
  });

  it("reads an age closing a sentence whose name follows 'was' and a description ('…was the ice technician, Fraser Bain, 29.')", () => {
    expect(
      ageDisagreementsOf(
        draft(
          "Coast Wire",
          "2034-03-02T08:00:00Z",
          "The roof fell in.\n\nThe only person inside was the ice technician, Fraser Bain, 29.",
        ),
        draft(
          "Kelby Echo",
          "2034-03-02T18:00:00Z",
          "The roof fell in.\n\n“I heard a crack,” said Bain, 32, who was resurfacing the ice.",
        ),
      ).map((found) => found.claims.map(([value]) => value)),
    ).toEqual([["29", "32"]]);
  });

  it("takes no figure ending a list for an age ('The Greens won 12 seats and Labour, 23.')", () => {
    expect(
      ageDisagreementsOf(
        draft("Coast Wire", "2034-03-02T08:00:00Z", "The count is in.\n\nThe Greens won 12 seats and Labour, 23."),
        draft("Kelby Echo", "2034-03-02T18:00:00Z", "The count is in.\n\nLabour, 25, was second."),
      ),
    ).toEqual([]);
  });
});

describe("findAgeDisagreements: one person told by a description in one outlet and by name or a decade in another", () => {
  const ages = (...drafts: ArticleDraft[]) =>
    ageDisagreementsOf(...drafts).map((found) => found.claims.map(([value]) => value));

  it("sets 'a 47-year-old cyclist was killed' against 'The cyclist who died has been named as Owen Price, 52,'", () => {
    expect(
      ages(
        draft("Valley Wire", "2034-05-02T08:00:00Z", "A 47-year-old cyclist was killed when a lorry turned left."),
        draft(
          "Hill Gazette",
          "2034-05-03T18:00:00Z",
          "The cyclist who died has been named as Owen Price, 52, from Lydney.",
        ),
      ),
    ).toEqual([["47", "52"]]);
  });

  it("sets 'a 6-year-old boy' against 'The injured boy, eight,' and 'a 40-year-old paramedic' against 'Paramedic Ruth Dale, 36,'", () => {
    expect(
      ages(
        draft(
          "Valley Wire",
          "2034-05-02T08:00:00Z",
          "A 6-year-old boy was hurt.\n\nA 40-year-old paramedic was also treated.",
        ),
        draft(
          "Hill Gazette",
          "2034-05-03T18:00:00Z",
          "The injured boy, eight, is stable.\n\nParamedic Ruth Dale, 36, who was treated at the scene, is back at work.",
        ),
      ),
    ).toEqual([
      ["6", "eight"],
      ["40", "36"],
    ]);
  });

  it("sets 'a man in his 50s died' against 'The man who died was named as Lee Hart, 64,', never 'in her 70s' against 74", () => {
    expect(
      ages(
        draft("Valley Wire", "2034-05-02T08:00:00Z", "A man in his 50s died at the scene."),
        draft("Hill Gazette", "2034-05-03T18:00:00Z", "The man who died was named as Lee Hart, 64, of Ross."),
      ),
    ).toEqual([["in his 50s", "64"]]);
    expect(
      ages(
        draft("Valley Wire", "2034-05-02T08:00:00Z", "A woman in her 70s was rescued from the roof."),
        draft("Hill Gazette", "2034-05-03T18:00:00Z", "The rescued woman, 74, thanked the crew."),
      ),
    ).toEqual([]);
  });

  it("reads an age written before the name ('The 52-year-old Okafor', 'the 39-year-old ferry captain, Ines Mota,') or after it with 'the'", () => {
    expect(
      ageDisagreementsOf(
        draft(
          "Harbour Wire",
          "2034-06-02T08:00:00Z",
          "Ferry captain Ines Mota, 37, steered the vessel clear.\n\nChidi Okafor, 49, swam ashore.\n\nRetired judge Sir Peter Vane, 70, watched.",
        ),
        draft(
          "Coast Courier",
          "2034-06-02T18:00:00Z",
          "The 39-year-old ferry captain, Ines Mota, has sailed the route for years.\n\nThe 52-year-old Okafor was treated for cold.\n\nThe owner, Sir Peter Vane, the 73-year-old former judge, spoke.",
        ),
      ),
    ).toEqual([
      {
        topic: "the age of Ines Mota",
        claims: [
          ["37", ["Harbour Wire"]],
          ["39", ["Coast Courier"]],
        ],
      },
      {
        topic: "the age of Chidi Okafor",
        claims: [
          ["49", ["Harbour Wire"]],
          ["52", ["Coast Courier"]],
        ],
      },
      {
        topic: "the age of Peter Vane",
        claims: [
          ["70", ["Harbour Wire"]],
          ["73", ["Coast Courier"]],
        ],
      },
    ]);
  });

  it("knows 'Norwegian Lars Berg, 28,' as the 'Berg, 30,' of another outlet when the story names one Berg", () => {
    expect(
      ageDisagreementsOf(
        draft("Alpine Wire", "2034-06-02T08:00:00Z", "Norwegian Lars Berg, 28, led the descent."),
        draft("Ski Post", "2034-06-02T18:00:00Z", "Berg, 30, crashed on the final bend."),
      ),
    ).toEqual([
      {
        topic: "the age of Lars Berg",
        claims: [
          ["28", ["Alpine Wire"]],
          ["30", ["Ski Post"]],
        ],
      },
    ]);
    expect(
      ageDisagreementsOf(
        draft(
          "Alpine Wire",
          "2034-06-02T08:00:00Z",
          "Norwegian Lars Berg, 28, led the descent.\n\nHis brother Ola Berg, 30, followed.",
        ),
        draft(
          "Ski Post",
          "2034-06-02T18:00:00Z",
          "Berg, 30, crashed on the final bend.\n\nThe 30-year-old Norwegian was unhurt.",
        ),
      ),
    ).toEqual([]);
  });

  it("sets an unnamed person's age against the named holder of the same role, whichever way the role is told", () => {
    const pair = (coast: string, kent: string) =>
      ageDisagreementsOf(
        draft("Coast Wire", "2034-06-02T12:00:00Z", coast),
        draft("Kent Echo", "2034-06-02T12:00:00Z", kent),
      );
    const told = (noun: string, coast: string, kent: string) => [
      {
        topic: `the age of the ${noun}`,
        claims: [
          [coast, ["Coast Wire"]],
          [kent, ["Kent Echo"]],
        ],
      },
    ];
    expect(
      pair(
        "Tom Hale, 47, a ferry pilot who lives in Kent, took the last boat out.",
        "The 45-year-old pilot had worked the route for years, a colleague said.",
      ),
    ).toEqual(told("pilot", "47", "45"));
    expect(
      pair(
        "A 61-year-old retired baker was rescued from the flats.",
        "Retired baker Joan Mills, 63, was rescued from the flats.",
      ),
    ).toEqual(told("baker", "61", "63"));
    expect(
      pair(
        "A 28-year-old cyclist was hurt on the bridge.",
        "The cyclist injured on the bridge, Sam Ortiz, 30, is in hospital.",
      ),
    ).toEqual(told("cyclist", "28", "30"));
  });

  it("pairs no unnamed person with a role two named people share", () => {
    const unnamed = "A 61-year-old retired baker was rescued from the flats.";
    const outlets = ["Coast Wire", "Kent Echo", "Town Crier"];
    const disputes = (...texts: string[]) =>
      ageDisagreementsOf(...texts.map((text, index) => draft(outlets[index]!, "2034-06-02T12:00:00Z", text)));
    expect(disputes("Retired baker Joan Mills, 63, and retired baker Ann Price, 60, were rescued.", unnamed)).toEqual(
      [],
    );
    expect(
      disputes(
        "Retired baker Joan Mills, 63, was rescued from the flats.",
        unnamed,
        "Ann Price, a retired baker who lives next door, raised the alarm.",
      ),
    ).toEqual([]);
  });
});

describe("findAgeDisagreements: one person told by a name in one outlet and by a noun or a deed in another", () => {
  const pair = (first: string, second: string) =>
    ageDisagreementsOf(
      draft("Harbour Wire", "2035-03-04T10:00:00Z", `A crane toppled at the dock.\n\n${first}`),
      draft("Quay Gazette", "2035-03-04T16:00:00Z", `A crane toppled at the dock.\n\n${second}`),
    ).map((found) => found.claims.map(([value]) => value));

  it("sets “a 52-year-old rigger from Dover, broke his leg” against “Sam Lowe, 49, broke his leg”, never two names' ages", () => {
    expect(
      pair(
        "One man, a 52-year-old rigger from Dover, broke his leg when the jib swung round.",
        "Sam Lowe, 49, broke his leg when the jib swung round, the port said.",
      ),
    ).toEqual([["52", "49"]]);
    expect(
      pair(
        "Among the hurt were two cousins, aged 12 and 14, and a 33-year-old woman who cut her hand.",
        "Maya Frost, 35, who cut her hand on the railing, was treated at the scene.",
      ),
    ).toEqual([["33", "35"]]);
    // Two named people with one deed are two people, as are ages too far apart to be one person's.
    expect(pair("Tom Reed, 30, broke his leg.", "Sam Lowe, 32, broke his leg.")).toEqual([]);
    expect(pair("A 61-year-old man broke his leg.", "Sam Lowe, 32, broke his leg.")).toEqual([]);
    // "with his" is no deed: the age is never tied to what comes after a preposition.
    expect(pair("A 52-year-old rigger with his tools was hurt.", "Sam Lowe, 49, with his tools, was hurt.")).toEqual(
      [],
    );
  });

  it("reads an age set before a name with no article (“among them is 23-year-old Rosa Vidal”)", () => {
    expect(
      pair(
        "Among those hurt is 23-year-old Rosa Vidal, a crane driver.",
        "Rosa Vidal, 25, was driving the crane when it fell.",
      ),
    ).toEqual([["23", "25"]]);
  });

  it("reads the name an aged noun is given (“a 52-year-old man, named as Leo Hart,”, “The nine-year-old girl, named Ada Moss,”)", () => {
    expect(
      pair("A 52-year-old man, named as Leo Hart, was hit by the jib.", "Leo Hart, 55, was a father of two."),
    ).toEqual([["52", "55"]]);
    expect(pair("The nine-year-old girl, named Ada Moss, was hurt.", "Ada Moss, 11, was hurt by glass.")).toEqual([
      ["nine", "11"],
    ]);
  });

  it("reads “A docker, 58,” as “The docker, 58,” and a child's age in words (“a five-year-old girl”)", () => {
    expect(pair("A docker, 58, was taken to hospital.", "A 61-year-old docker was hit by the jib.")).toEqual([
      ["58", "61"],
    ]);
    expect(pair("A five-year-old girl was hurt by falling glass.", "A seven-year-old girl was hurt by glass.")).toEqual(
      [["five", "seven"]],
    );
  });
});
