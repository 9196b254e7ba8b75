import { describe, expect, it } from "vitest";
import { sameActByLemmas } from "./same-act-by-lemmas.js";

/** The call the timeline makes: each sentence with the offset of its date. */
const same = (left: string, leftDay: string, right: string, rightDay: string) =>
  sameActByLemmas(left, right, left.indexOf(leftDay), right.indexOf(rightDay));

describe("sameActByLemmas", () => {
  it.each([
    // One verb, in the passive, done to the same people: a wire's weekday against a paper's "yesterday".
    [
      "Brackley office workers were told yesterday which departments would be closed.",
      "Workers at the site, which employs about 900 people, were told on Thursday which departments would go.",
    ],
    // The act told as the subject's noun in one and a phrase's noun in the other, the same people and place named.
    [
      "DARTMOUTH (NSP) — A judicial recount on Monday confirmed Liberal candidate Anne Fraser as the winner in Port Hollis, by three votes.",
      "Anne Fraser kept Port Hollis by three votes in yesterday's recount, the returning officer said.",
    ],
    // A verb and the noun made from it ("boarded", "the boarding").
    [
      "The Danish navy boarded a Faroese trawler near Bear Island on Friday.",
      "The boarding of the Faroese trawler by the Danish navy on Friday angered Torshavn.",
    ],
    // Two verbs of beginning, one act: an evening bulletin's "began" against the next day's "started" (timeline30).
    [
      "Demolition began this morning at the old Harwick gasworks, where 14 storage tanks stand.",
      "Demolition started on Monday at the Harwick gasworks, using two long-reach excavators.",
    ],
    [
      "Demolition of the Harwick gasworks has finally begun.",
      "Demolition of the Harwick gasworks was started on Monday.",
    ],
    // Two verbs of one common sense (WordNet's): "crashed" and "went down", "closed" and "was shut" (para1).
    [
      "The booking site of the Orrin ferry company crashed on Tuesday morning, stranding thousands of holiday makers.",
      "The Orrin ferry company's booking site went down at 9.10am on Tuesday.",
    ],
  ])("reads %j and %j as one act", (left, right) => {
    expect(sameActByLemmas(left, right)).toBe(true);
  });

  it.each([
    // Other acts on the same people and place.
    ["Police arrested a man in Wakefield on Monday.", "A man was charged with arson in Wakefield on Monday."],
    // The same act in two places: two landfalls.
    ["Hurricane Della came ashore in Tampico on Sunday.", "Hurricane Della came ashore in Brownsville on Sunday."],
    // One tells another one.
    ["A tremor shook Lorca on Tuesday morning.", "A second tremor shook Lorca on Tuesday evening."],
    // The noun of the act as the object of another act, and only the company in common.
    [
      "Velo Pay chief executive Ruth Amadi, 51, apologised to MPs yesterday and called the failure “a string of errors”.",
      "Velo Pay's backup centre failed to switch on because a software update had not been installed, the company said on Wednesday.",
    ],
    // Two outlets' reports of what someone told reporters: a verb of saying is no act.
    [
      "The mayor told reporters on Monday that the bridge would reopen in May.",
      "The council leader told reporters on Monday that taxes would rise.",
    ],
    // Two beginnings of other things at one place: what began differs (timeline30).
    [
      "Demolition began on Monday at the Harwick gasworks.",
      "A public inquiry into the Harwick gasworks blaze started on Monday.",
    ],
    // One thing begun at two places: what began is the act, not something else both name (timeline30).
    ["Work began on the Corran bridge on Monday.", "Work began on the Kessock tunnel on Monday."],
  ])("keeps %j and %j apart", (left, right) => {
    expect(sameActByLemmas(left, right)).toBe(false);
  });
});

describe("sameActByLemmas on the clause a date stands in", () => {
  const at = (sentence: string, day: string) => sentence.indexOf(day);

  it("reads an “after” clause's act when the date is there, and the news before a verbless time", () => {
    const investigating = "Police are investigating after four otters were found dead on the Tarn estate on Monday.";
    const found = "The four otters were found on May 4.";
    expect(sameActByLemmas(investigating, found, at(investigating, "Monday"), at(found, "May"))).toBe(true);
    expect(sameActByLemmas(investigating, found, 0, at(found, "May"))).toBe(false);
    const hearing = "Kelby College has expelled 17 students after a disciplinary hearing on Friday.";
    const panel = "A disciplinary panel expelled 17 students on Friday over the leaked papers.";
    expect(sameActByLemmas(hearing, panel, at(hearing, "Friday"), at(panel, "Friday"))).toBe(true);
  });
});

describe("sameActByLemmas on one subject told in other verbs (timeline31)", () => {
  it("reads one subject and two more things both name as one act, however its verbs and figures differ", () => {
    expect(
      same(
        "The climber, Tomas Reyes, was lifted out of the Arran gorge by helicopter on Saturday afternoon, police said.",
        "Saturday",
        "Reyes left the Arran gorge in a helicopter on Saturday, his club said.",
        "Saturday",
      ),
    ).toBe(true);
    expect(
      same(
        "A 40-metre crane toppled onto a school yard in Drenton late on Monday.",
        "Monday",
        "The crane that collapsed onto the Drenton school yard on Monday night was 35 metres tall.",
        "Monday",
      ),
    ).toBe(true);
  });

  it("keeps apart two acts of one subject that share one thing, and two moments of one day", () => {
    // Two steps of one rescue: only the drill in common.
    expect(
      same(
        "Rescuers reached the miners through a drill hole early on Thursday.",
        "Thursday",
        "Rescuers began lowering a capsule into the drill shaft on Thursday.",
        "Thursday",
      ),
    ).toBe(false);
    // A count in the morning and in the afternoon: two moments, not a disputed figure.
    expect(
      same(
        "Lindqvist led the count in Bramford early on Friday with 41,200 votes to 38,900 for Hale.",
        "Friday",
        "Lindqvist extended her lead in Bramford on Friday afternoon with 52,600 votes to 49,800 for Hale.",
        "Friday",
      ),
    ).toBe(false);
    // The place a subject is in is not who the act befell: homes and schools.
    expect(
      same(
        "About 4,000 homes in Fenwick lost their water supply on Monday after the Ashby main burst.",
        "Monday",
        "Eleven schools in Fenwick closed on Monday after the Ashby main burst.",
        "Monday",
      ),
    ).toBe(false);
  });
});

describe("sameActByLemmas on an act told as a thing (timeline32)", () => {
  it("reads a verb and its particle as the noun they make", () => {
    expect(
      same(
        "A rescue bore broke through into the flooded gallery at the Santa Ines pit on Friday night, officials said.",
        "Friday",
        "Last night's breakthrough into the Santa Ines gallery came 50 hours after the flood.",
        "Last night",
      ),
    ).toBe(true);
  });

  it("reads a fine handed out as the firm fined, the firm told by its full name and by its own word", () => {
    expect(
      same(
        "Corvale Dairies was fined £120,000 on Tuesday for letting slurry into the Brenn.",
        "Tuesday",
        "Magistrates handed the Corvale creamery a fine yesterday after fish died in the river.",
        "yesterday",
      ),
    ).toBe(true);
    // Another firm's fine the same day.
    expect(
      same(
        "Corvale Dairies was fined £120,000 on Tuesday for polluting the Brenn.",
        "Tuesday",
        "Magistrates handed Ostley Farms a fine of £40,000 on Tuesday for polluting the Brenn.",
        "Tuesday",
      ),
    ).toBe(false);
  });

  it("reads one body's statement of one day as one development, told of the same thing", () => {
    expect(
      same(
        "Divers have raised a bronze cannon from the wreck of the Maria Anna off Hel, the maritime museum said on Tuesday.",
        "Tuesday",
        "The maritime museum announced yesterday that the Maria Anna's cannon had been brought ashore in Gdynia.",
        "yesterday",
      ),
    ).toBe(true);
    // The same body's word on another matter that day.
    expect(
      same(
        "Two men were arrested in Leeds after the fire, police said on Monday.",
        "Monday",
        "Police said on Monday that the A64 would reopen by Friday.",
        "Monday",
      ),
    ).toBe(false);
  });

  it("reads an investigation opened as the investigating told, and what it is into", () => {
    expect(
      same(
        "The rail regulator opened an investigation into the derailment on Wednesday.",
        "Wednesday",
        "The Office of Rail Safety said on Wednesday it was investigating the derailment.",
        "Wednesday",
      ),
    ).toBe(true);
  });

  it("reads a measure both give with other figures as their disagreement, not another act", () => {
    expect(
      same(
        "Rescuers found the missing kayaker on Sunday six miles from Port Ellen.",
        "Sunday",
        "The kayaker was found on Sunday on a beach four miles from Port Ellen.",
        "Sunday",
      ),
    ).toBe(true);
    // Two counts of people: two findings, or two moments.
    expect(
      same(
        "Rescuers found 12 of the missing walkers on Sunday near Port Ellen.",
        "Sunday",
        "Nine walkers were found on Sunday near Port Ellen.",
        "Sunday",
      ),
    ).toBe(false);
  });

  it("keeps apart a closure and a reopening of one thing the same day", () => {
    expect(
      same(
        "The council closed the Mill Lane bridge on Monday morning.",
        "Monday",
        "The council reopened the Mill Lane bridge on Monday.",
        "Monday",
      ),
    ).toBe(false);
  });
});

describe("sameActByLemmas on one subject at one place, and two acts of one agent", () => {
  it("takes one subject's act at one named place and part of the day, in two verbs, as one", () => {
    expect(
      same(
        "The ferry Skerryvore struck a rock early on Tuesday near Lerwick.",
        "Tuesday",
        "The Skerryvore was holed in thick fog before dawn yesterday near Lerwick.",
        "yesterday",
      ),
    ).toBe(true);
  });

  it("takes one subject's act at one part of the day, with one more thing both name, as one", () => {
    expect(
      same(
        "Three walkers are missing after their boat capsized on Loch Arkaig in darkness early on Sunday.",
        "early on Sunday",
        "The boat was swamped in darkness before dawn yesterday.",
        "yesterday",
      ),
    ).toBe(true);
    // Not at two parts of the day.
    expect(
      same(
        "Three walkers are missing after their boat capsized on Loch Arkaig in darkness early on Sunday.",
        "early on Sunday",
        "The boat was swamped in darkness on Sunday evening.",
        "Sunday evening",
      ),
    ).toBe(false);
  });

  it("reads two sums in one currency as one measure in dispute, not two things counted", () => {
    expect(
      same(
        "Harcourt Rovers were fined £80,000 by the league's disciplinary panel on Tuesday.",
        "Tuesday",
        "The disciplinary panel handed Harcourt Rovers a fine of 95,000 pounds yesterday.",
        "yesterday",
      ),
    ).toBe(true);
    // Not two parties' sums: each names one the other does not.
    expect(
      same(
        "Harcourt Rovers were fined £80,000 by the league's disciplinary panel on Tuesday.",
        "Tuesday",
        "The disciplinary panel handed Ellisfield Town a fine of 95,000 pounds on Tuesday.",
        "Tuesday",
      ),
    ).toBe(false);
  });

  it("takes a body's statement dated by its saying, told by a pronoun for it, as one", () => {
    expect(
      same(
        "Castlereagh College said on Tuesday it had asked the exam board to void 212 scripts after a paper leaked.",
        "Tuesday",
        "Castlereagh College has asked the exam board to void 212 of its students' scripts, it announced yesterday.",
        "yesterday",
      ),
    ).toBe(true);
  });

  it("keeps apart one agent's two known acts, and a plan said that day from what was done", () => {
    expect(
      same(
        "Detectives arrested a woman in Harlow on Monday.",
        "Monday",
        "Detectives charged a woman with arson in Harlow on Monday.",
        "Monday",
      ),
    ).toBe(false);
    expect(
      same(
        "The trust said on Monday it would shut the Alder ward on Friday.",
        "Monday",
        "The trust shut the Alder ward on Monday.",
        "Monday",
      ),
    ).toBe(false);
  });
});
