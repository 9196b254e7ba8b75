import { describe, expect, it } from "vitest";
import { sameAct, storyMainActs, tellsMainAct } from "./same-act.js";

describe("sameAct", () => {
  it.each([
    [
      "Fellstone's chief executive apologised to residents at Thursday's meeting.",
      "The boss of Fellstone said sorry to villagers on Thursday night.",
    ],
    [
      "Rocks from the quarry smashed through three roofs this afternoon, injuring two people.",
      "Two people were hurt when rocks from a quarry blast rained down on five homes yesterday afternoon.",
    ],
    [
      "Six homes in Pontgarreg were evacuated last night as the fire spread.",
      "Families were forced from six homes by Thursday night's fire.",
    ],
    ["A woman hurt in Monday's collapse died Thursday.", "The woman died Thursday at St Mary's Hospital."],
    // Other verbs for one act, the participants shared (a body and its members).
    [
      "A car on the Cyclone coaster at Brindle Park derailed on Sunday afternoon.",
      "The front car of the Cyclone left the track on Sunday, park officials said.",
    ],
    [
      "Ashvale council approved the new bus station on Tuesday night.",
      "Ashvale councillors voted to back plans for a new bus station on Tuesday.",
    ],
    // A noun for the act against its verb; the passive against the active.
    [
      "The derailment of the Cyclone on Sunday injured four riders.",
      "The Cyclone derailed on Sunday, throwing riders from the front car.",
    ],
    [
      "The housing plan was approved by the planning committee on Monday.",
      "The planning committee approved the housing plan on Monday.",
    ],
    // The outcome told by what was passed.
    ["The tenancy bill passed on Wednesday by 58 votes to 52.", "MPs approved the tenancy bill on Wednesday."],
    [
      "Nineteen vehicles crashed on the A14 in fog on Friday morning.",
      "A pile-up of 22 cars and lorries closed the A14 on Friday morning.",
    ],
    // Nothing shared but the act and its count.
    [
      "Fourteen riders were hurt when the coaster derailed on Friday.",
      "The front car left the track on Friday, injuring 14 people.",
    ],
    // One death told with the earlier day both tie it to, the person named in one only.
    [
      "Ellen Marsh, who was crushed by a falling branch on Saturday, died on Wednesday.",
      "A visitor hurt in Saturday's storm at Kelby Gardens died on Wednesday.",
    ],
    // The same verb and the thing it was done to, in either order.
    [
      "Dock owners and the union reached a provisional deal late on Friday, ending a nine-day stoppage.",
      "The provisional deal reached yesterday gives dockers a 6% rise this year.",
    ],
    // A recount, and "got out of" for an escape.
    [
      "A recount on Friday kept the Greens ahead in Kelby North.",
      "The Kelby North recount on Friday left the Greens 11 votes ahead.",
    ],
    [
      "Four wolves got out of their enclosure at Kelby Zoo on Sunday morning.",
      "Three wolves escaped from Kelby Zoo on Sunday.",
    ],
  ])("tells one act in %s and %s", (left, right) => {
    expect(sameAct(left, right)).toBe(true);
  });

  it.each([
    [
      "Burglars broke into the Elmfield Scout hut overnight and took two tents.",
      "The break-in at the Elmfield Scout hut on Saturday left the troop without camping gear.",
    ],
    ["A 1930 Bentley sold for £4.1m at auction on Friday.", "The vintage Bentley went under the hammer last night."],
    ["Two lorries jackknifed near Kelby on Monday.", "A lorry crash near Kelby closed the road on Monday."],
    [
      "Some 30 riders hit the tarmac on the wet descent into Kelby.",
      "A crash on the descent into Kelby brought down 30 riders on Tuesday.",
    ],
  ])("tells one act told as a burglary, a sale at auction or a crash in %s and %s (timeline28)", (left, right) => {
    expect(sameAct(left, right)).toBe(true);
  });

  it("tells one deal reached or struck, and one ship's arrival however it came in (timeline32)", () => {
    expect(
      sameAct(
        "The nurses' union and the health board reached a provisional agreement late on Friday, ending a six-day strike.",
        "The deal was struck yesterday evening, on the sixth day of the strike.",
      ),
    ).toBe(true);
    expect(
      sameAct("The damaged ferry limped into Stornoway on Monday.", "The ferry docked in Stornoway yesterday."),
    ).toBe(true);
    // A deal signed is not the deal reached.
    expect(
      sameAct(
        "The nurses' union and the health board reached a provisional agreement on Friday.",
        "The nurses' union and the health board signed the agreement on Friday.",
      ),
    ).toBe(false);
  });

  it("reads what happened after “began when”, “happened when” as the sentence's own news (timeline28)", () => {
    expect(
      sameAct(
        "A tanker overturned on the Kelby bypass on Tuesday, spilling diesel.",
        "The chaos started when a tanker overturned on the bypass at about 6pm last night.",
      ),
    ).toBe(true);
    // What the opening tells stays its own news too: "The crash happened when…" tells a crash.
    const main = storyMainActs([["A bus crashed near Kelby on Friday."], ["A bus crash near Kelby hurt nine."]]);
    expect(tellsMainAct("The crash happened when the bus skidded on ice near Kelby.", main)).toBe(true);
  });

  it("takes the story's main act, told by both main clauses, as one act though nothing else is shared", () => {
    const quoted = "More than 300 pupils were evacuated from Kelby Primary on Tuesday.";
    const pupils = storyMainActs([[quoted], ["Kelby Primary was evacuated on Tuesday."]]);
    expect(
      sameAct(
        quoted,
        "The head said the readings on Tuesday were “well above the level at which we evacuate.”",
        pupils,
      ),
    ).toBe(false);
    const left = "A landslide buried the Kelby road on Tuesday afternoon, police said.";
    const right = "The slide smashed into two houses at about 4pm yesterday.";
    const main = storyMainActs([[left], ["Hundreds were cut off after a landslide hit Kelby."]]);
    expect(sameAct(left, right, main)).toBe(true);
    expect(sameAct(left, right)).toBe(false);
    // Told as a detail, not the main clause, it is no telling of that act.
    expect(sameAct(left, "Engineers said on Tuesday the line would be shut for a month after a slide.", main)).toBe(
      false,
    );
    // Nor another one of it, nor an act the leads tell in one outlet only.
    expect(sameAct(left, "A second landslide hit the Kelby road on Tuesday evening.", main)).toBe(false);
    const single = storyMainActs([[left], ["Kelby council met on Tuesday."]]);
    expect(sameAct(left, right, single)).toBe(false);
  });

  it.each([
    // Two acts on one matter.
    [
      "Harrowfield Council issued a section 114 notice on Tuesday.",
      "Harrowfield Council staff were told on Tuesday that recruitment had been frozen.",
    ],
    // One family, nothing else shared: no sign it is the same act.
    ["A climber died on Ben Nevis on Sunday.", "An angler died on Loch Tay on Sunday."],
    // What answers an act is no telling of it.
    ["Two people were hurt in the blast on Tuesday.", "Police arrested two men on Tuesday."],
    // A vote and a protest on one day.
    [
      "Ashvale councillors voted on Tuesday to close the Market Street library.",
      "Protesters marched through Ashvale on Tuesday against the Market Street library closure.",
    ],
    // An act pointed back to is no telling of it.
    [
      "A pile-up of 22 cars closed the A14 near Kelby on Friday morning.",
      "The A14 near Kelby reopened on Friday evening, ten hours after the pile-up.",
    ],
    // A noun naming a part of the act's matter ("the evacuation zone") is no telling of it either.
    [
      "About 300 residents of Kelby were evacuated on Friday.",
      "The evacuation zone around Kelby was widened on Friday as the wind shifted.",
    ],
    // A participle describing what the act befell is no telling of another act.
    [
      "Flash flooding killed three people in Ridgeford on Sunday.",
      "Crews pulled 40 people from flooded homes in Ridgeford on Sunday.",
    ],
    // What was said would be done, and what was done.
    ["Kelby council said on Friday it would evacuate 300 homes.", "Some 300 homes in Kelby were evacuated on Friday."],
    // Another one than the first, and a count of all so far.
    [
      "A spectator hurt at Kelby Gardens died on Wednesday.",
      "A second spectator hurt at Kelby Gardens died on Wednesday.",
    ],
    [
      "Police arrested 40 people in Kelby on Saturday.",
      "Police made a further 12 arrests in Kelby on Saturday, bringing the number held since Friday to 52.",
    ],
    // The same verb and thing in what each sentence tells came before, not in its own news.
    [
      "Officials declared a measles outbreak in Kelby on Monday after 112 cases were confirmed.",
      "The board revised Monday's count down to 104 after eight confirmed cases tested negative.",
    ],
    // A quoted word for the act is no telling of it.
    [
      "More than 300 pupils were evacuated from Kelby Primary on Tuesday.",
      "The head said the readings on Tuesday were “well above the level at which we evacuate.”",
    ],
  ])("tells two acts in %s and %s", (left, right) => {
    expect(sameAct(left, right)).toBe(false);
  });
});
