import { describe, expect, it } from "vitest";
import { editorialProblem } from "./editorial-problem.js";
import { isWordSalad } from "./word-salad.js";

describe("isWordSalad", () => {
  it("finds words a machine shuffled or repeated", () => {
    for (const sentence of [
      "Halden shares the recovered regulator a Tuesday 2 percent on fell board.",
      "Police said the was driver arrested at the scene and charged with dangerous driving the.",
      "Rescuers pulled from the rubble of the collapsed school 14 children on Wednesday the of night.",
      "Voters in the district will a new council elect on Sunday after the was dissolved old one.",
      "Shares Brennan in Mining rose on news 9 percent the of a gold find in the north.",
      "The striker scored twice in the as final minutes Rovers beat United 3-1 the at home.",
      "Officials at the hospital said of the injured three were in critical condition a.",
      "The ferry capsized near the harbour mouth with 80 passengers aboard, the coast guard said the and.",
      "The company said profits fell by a third in the to quarter June, and blamed energy costs.",
      "The storm cut power to 40,000 homes cut power to 40,000 homes across the county on Saturday.",
      "The bridge will stay closed until engineers have have checked its supports, the council said.",
      "Voting in mayor for Harbor City the election Ruiz ahead moved count the as.",
    ])
      expect(isWordSalad(sentence), sentence).toBe(true);
  });

  it("leaves odd but legal orders, repetitions by design and a single slip alone", () => {
    for (const sentence of [
      "Said the mayor: “We will rebuild the bridge, whatever it costs.”",
      "Down went the shares, and with them the chairman’s hopes of a quick sale.",
      "In came the rescuers, out went the miners, one by one, to cheers from the crowd.",
      "Rovers 3, United 1: the champions slipped to third after a defeat at home.",
      "Gone are the days when a council could borrow without limit, the minister said.",
      "Not since 1987 has the river risen so high, the Environment Agency said.",
      "Halden shares fell 2 percent on Tuesday after the regulator opened an inquiry.",
      "The judge gave him a sentence of eight years and the company a fine of $2 million.",
      "The council voted 7-2 to give the bid a second look next month.",
      "The will of the people must be respected, the senator said, and a sought-after seat filled.",
      "She moved to Leeds and soon after became the club’s first female coach.",
      "The shed the boys were hiding in was searched twice before dawn on Friday.",
      "Week after week after week, the queue outside the food bank grew longer.",
      "More and more commuters left the trains for buses as the strike went on.",
      "The album, “Ride On, Ride On, Sweet River,” sold 40,000 copies in its first week.",
      "Protesters could come and go at will, and so could the police, the report found.",
      "The budget can be cut, as can the number of staff, the treasurer told the council.",
      "An as yet unnamed man was paid a not insignificant sum, the court heard.",
      "Voters who cast a no vote were mostly older, and the woke left stayed home.",
      "She wore a fur stole to the gala and followed the sat nav to the wrong hall.",
      "Runners crossed the fell in thick fog, and the team was drawn in Group A.",
      // A tokenised corpus spaces its hyphens out.
      "The two clubs held a not - so - secret meeting in Leeds , the paper said .",
    ])
      expect(isWordSalad(sentence), sentence).toBe(false);
  });

  it("finds an article before a word that opens no noun phrase, and a possessive before an auxiliary", () => {
    for (const sentence of [
      "Hundreds of fans waited outside the because gates opened late on Saturday.",
      "The council said the plan would cut a despite rising costs the bus fares.",
      "Rescue teams reached the village the after road was cleared on Thursday morning.",
      "Teachers at the school voted their would to strike from Monday by 212 votes to 40, the union said of.",
    ])
      expect(isWordSalad(sentence), sentence).toBe(true);
  });

  it("finds a shuffle by its ends: a first word in lower case and a last word no sentence ends on, with one more collision", () => {
    for (const sentence of [
      "closed road the police after the crash was for three hours on the A40 by.",
      "rose 4 percent shares in Kellan Foods on Tuesday the results after with.",
      "walked out hundreds of workers at the Dunmore plant on Friday over pay the.",
    ])
      expect(isWordSalad(sentence), sentence).toBe(true);
    // Either end alone, or with a collision only the tagger sees, is a split or a stranded preposition.
    for (const sentence of [
      "de Blasio said the city would appeal the ruling on Monday.",
      "says Kimmel, walking back to his dressing room in shock.",
      "That is the kind of bridge the town was once proud of.",
      "She said the council had acted against the residents' will.",
      "The vitamin most people lack in winter is vitamin D, not vitamin A.",
      "Nobody knew which of the boats the two men had come from.",
    ])
      expect(isWordSalad(sentence), sentence).toBe(false);
  });

  it("reads a capitalised article shuffled into the middle of a sentence or opening a quotation", () => {
    for (const sentence of [
      "Heavy rain fell overnight and The was river higher by morning than in 1998.",
      "“The have we done everything we could,” the coach said after the defeat.",
    ])
      expect(isWordSalad(sentence), sentence).toBe(true);
    for (const sentence of [
      "The band The Who played the festival on Friday, and The Times reviewed it.",
      "Rovers finished top of Group A was the verdict of the league on Monday.",
      "“The council has let us down,” said one resident of the estate.",
    ])
      expect(isWordSalad(sentence), sentence).toBe(false);
  });

  it("makes the sentence an editor would not publish", () => {
    expect(editorialProblem("Halden shares the recovered regulator a Tuesday 2 percent on fell board.")).toBe(
      "garbled",
    );
    expect(
      editorialProblem("Halden shares fell 2 percent on Tuesday after the regulator opened an inquiry."),
    ).toBeNull();
  });
});
