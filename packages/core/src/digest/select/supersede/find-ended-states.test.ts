import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findEndedStates } from "./find-ended-states.js";
import { findSuperseded } from "./find-superseded.js";

/** The sentences findEndedStates marks in a story of a Monday report and a Thursday report. */
function endedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...new Set([...findEndedStates(evidence, times)].map((item) => item.item.sentence.text))];
}

const MONDAY_BACKGROUND = [
  "An avalanche swept the north face of Mont Varenne on Sunday.",
  "About 40 rescuers and two helicopters searched the area, mountain police said.",
];
const THURSDAY_BACKGROUND = [
  "Rescue teams with four avalanche dogs searched the debris at dawn, the prefecture said.",
  "The couple had survived on chocolate and melted snow, according to the police.",
];

describe("findEndedStates: a state still holding that a later report ends", () => {
  it("outdates “have not been heard from” once the climbers “were found alive”, for findSuperseded too", () => {
    const missing = "Tom Mercer and his partner, Ellie Shaw, have not been heard from since Sunday morning.";
    const found = "Two British climbers were found alive on Wednesday afternoon in a snow cave, mountain police said.";
    const { evidence, times, facts } = twoReportStory([missing, ...MONDAY_BACKGROUND], [found, ...THURSDAY_BACKGROUND]);
    const outdated = [...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text);
    expect(outdated).toContain(missing);
    expect(outdated).not.toContain(found);
  });

  it("outdates a closure, a suspension and a suspect at large once a later report ends each", () => {
    expect(
      endedIn(
        [
          "The coast road remains closed after the landslide.",
          "The search has been suspended because of high winds.",
          "The driver is still at large, police said.",
        ],
        [
          "The coast road was reopened on Wednesday evening.",
          "The search resumed at dawn on Wednesday.",
          "The driver was arrested in Lyon on Tuesday, police said.",
        ],
      ).sort(),
    ).toEqual([
      "The coast road remains closed after the landslide.",
      "The driver is still at large, police said.",
      "The search has been suspended because of high winds.",
    ]);
  });

  it("outdates “has been missing” once he was found, and a storm battering the coast once it is “last month's storm”", () => {
    const missing =
      "More than 60 volunteers searched the hills on Sunday for Alan Dewar, who has been missing since Thursday.";
    expect(endedIn([missing], ["Alan Dewar was found alive on Thursday afternoon in a bothy, police said."])).toEqual([
      missing,
    ]);
    const raging = "Storm Ada is battering the coast with winds of 80 mph, the Met Office said.";
    const { evidence, times } = twoReportStory(
      [raging, "Crews worked through the night to clear fallen trees."],
      ["Last month's storm damaged 340 homes in Harbour Bay, the council's final assessment found."],
      { secondDay: "2026-04-06" },
    );
    expect([...findEndedStates(evidence, times)].map((item) => item.item.sentence.text)).toEqual([raging]);
  });

  it("outdates a first count's result once a later report says a recount reversed it, never the reversal itself", () => {
    const won = "The No side won 1,204 votes and the Yes side 1,192, on a turnout of 61 percent.";
    const spoken = "“The village has spoken, and it does not want these turbines,” said Peter Ainsley.";
    const reversal =
      "A recount on Thursday found that the village had voted in favour of the turbines by 38 votes, reversing the first result.";
    expect(endedIn([won, spoken, "Counting ended at 2am."], [reversal]).sort()).toEqual([spoken, won].sort());
    // A recount that confirms the result reverses nothing.
    expect(endedIn([won], ["A recount on Thursday confirmed the first result."])).toEqual([]);
  });

  it("outdates a search under way once whom it sought was caught or it was called off, not a search told as done", () => {
    const searching = "More than 80 officers, backed by dogs, were searching farmland west of Kirkby, police said.";
    const involved = "About 100 officers are now involved in the hunt, the force said.";
    const searched = "Divers searched the reservoir on Monday.";
    expect(
      endedIn(
        [searching, involved, searched],
        ["Ray Doyle and Sam Kerr were arrested on Thursday morning at a caravan park, ending a four-day manhunt."],
      ).sort(),
    ).toEqual([involved, searching].sort());
    expect(endedIn([searching], ["Police called off the search on Thursday evening."])).toEqual([searching]);
    // A search for a missing aircraft ends when its wreckage is found, as one for people when they are.
    const combing = "Search teams are combing an area of about 1,200 square kilometres, the ministry said.";
    expect(endedIn([combing], ["Rescuers found the wreckage of the missing plane on Sunday."])).toEqual([combing]);
    const reward = "Police on Monday offered a $5,000 reward for information leading to the arrest of Ray Doyle.";
    expect(endedIn([reward], ["Ray Doyle was arrested on Thursday at a caravan park."])).toEqual([reward]);
    expect(endedIn([reward], ["Police said Doyle could be arrested within days."])).toEqual([]);

    // A search that may yet end, or a later report that it goes on, ends nothing.
    expect(
      endedIn([searching], ["Police said the men could be caught within days.", "The manhunt continues, police said."]),
    ).toEqual([]);
  });

  it("keeps a state no later report ends: a report that it may end, did not end, or ended before", () => {
    expect(
      endedIn(
        ["The two climbers are still missing.", "The coast road remains closed after the landslide."],
        [
          "Rescuers said the climbers have not been found and may be found only in spring.",
          "The council said the road could be reopened next week.",
        ],
      ),
    ).toEqual([]);
    // A storm named by last month that is still raging, or the storm of the same week.
    expect(
      endedIn(
        ["Storm Ada is battering the coast with winds of 80 mph."],
        ["Last month's storm is still battering the coast.", "The storm damaged 340 homes on Tuesday."],
      ),
    ).toEqual([]);
    // The end told first, the state after it: the later state stands.
    expect(
      endedIn(["The coast road was reopened on Sunday evening."], ["The coast road remains closed after a new slip."]),
    ).toEqual([]);
  });
});

describe("findEndedStates: a capture told of the police, a supply restored, residents let home, a suspect charged", () => {
  it("outdates each state once a later report tells it ended", () => {
    const states = [
      "The suspect, a 34-year-old man, is still at large, police said.",
      "Water supplies to 20,000 homes in Corbridge remain cut off.",
      "Residents remain out of their homes while engineers check the buildings nearest the site.",
      "The driver survived and is being questioned by police.",
    ];
    const ends = [
      "Police arrested the 34-year-old suspect in Leeds on Wednesday night.",
      "Water supplies to Corbridge were restored on Wednesday.",
      "Residents of all but 12 homes were allowed to return on Wednesday afternoon.",
      "Prosecutors charged the driver with manslaughter on Wednesday.",
    ];
    expect(endedIn(states, ends).sort()).toEqual([...states].sort());
  });

  it("keeps each state when the later report tells it still holding, or its end only to come", () => {
    const states = [
      "The suspect, a 34-year-old man, is still at large, police said.",
      "Water supplies to 20,000 homes in Corbridge remain cut off.",
      "Residents remain out of their homes while engineers check the buildings nearest the site.",
      "The driver survived and is being questioned by police.",
    ];
    const stillHolding = [
      "Police have not arrested anyone, a spokesman said on Wednesday.",
      "Supplies will not be restored before the weekend, the water company said.",
      "Residents will not be allowed to return until Friday at the earliest.",
      "Prosecutors have yet to decide whether the driver will be charged.",
    ];
    expect(endedIn(states, stillHolding)).toEqual([]);
  });
});

describe("findEndedStates: flights grounded, then resumed; a fire burning, then put out", () => {
  it("outdates each once a later report tells it ended, and keeps each when it is still so", () => {
    const grounded = "All flights from Kelby airport remain grounded, the airport said.";
    const burning = "The fire at the Dunmore recycling plant is still burning.";
    expect(
      endedIn(
        [grounded, burning],
        ["Flights resumed at Kelby airport on Wednesday morning.", "The fire was put out on Wednesday evening."],
      ).sort(),
    ).toEqual([burning, grounded].sort());
    expect(endedIn([burning], ["Firefighters put out the recycling plant fire early on Wednesday."])).toEqual([
      burning,
    ]);
    expect(
      endedIn(
        [grounded, burning],
        ["Flights will not resume before Friday.", "Firefighters have not yet put out the fire."],
      ),
    ).toEqual([]);
  });
});

describe("findEndedStates: open-ended statuses and people sought, then lifted, reopened, arrested", () => {
  const indoors = "People living near the Brennan paint works have been told to stay indoors, the fire service said.";
  const inForce = "The stay-indoors advice remains in force for about 600 homes.";
  const libraries = "Both of the town's libraries will stay closed until further notice.";
  const sought = "Detectives are looking for a man in his twenties who ran from the scene.";
  const approach = "Police warned the public not to approach him.";
  const bail = "The landlord remains on bail, the court heard.";
  const monday = [indoors, inForce, libraries, sought, approach, bail];

  it("outdates each once a later report tells it ended", () => {
    expect(
      endedIn(monday, [
        "The advice was lifted on Wednesday afternoon, the fire service said.",
        "The two libraries in Marlow reopened on Thursday morning.",
        "A 24-year-old man was arrested in Leeds on Wednesday.",
        "The landlord was jailed for two years on Thursday.",
      ]).sort(),
    ).toEqual([...monday].sort());
  });

  it("keeps each while no later report ends it, and a search for a cause once someone is arrested", () => {
    const cause = "Investigators are looking for the cause of the fire.";
    expect(
      endedIn(
        [...monday, cause],
        [
          "The advice will not be lifted before Friday.",
          "The council said it hoped the libraries could reopen next week.",
          "Detectives said they had received more than 40 calls.",
          "The landlord will be sentenced on Friday.",
        ],
      ),
    ).toEqual([]);
    expect(endedIn([cause], ["A 24-year-old man was arrested on suspicion of arson on Wednesday."])).toEqual([]);
  });
});

describe("findEndedStates: people sought in other words, and water advice", () => {
  const wanted = "Marek Duda is wanted for questioning over the fire at the Eastfield depot.";
  const seeking = "Police are seeking Marek Duda, 41, who has links to the Eastfield area.";
  const boil = "Residents of Eastfield must boil their tap water until further notice, the water company said.";

  it("outdates each once a later report tells whom it sought arrested or the advice lifted", () => {
    expect(
      endedIn(
        [wanted, seeking],
        ["Marek Duda was arrested in Gdansk on Wednesday.", "He will be extradited next week, police said."],
      ).sort(),
    ).toEqual([seeking, wanted].sort());
    const lifted = "The boil notice for Eastfield was lifted on Wednesday after tests came back clear.";
    const again = "Eastfield Water said on Wednesday that residents could drink their tap water again.";
    expect(endedIn([boil], [lifted, "The company apologised."])).toEqual([boil]);
    expect(endedIn([boil], [again, "The company apologised."])).toEqual([boil]);
  });

  it("keeps a demand of the death penalty once someone is arrested, and the advice while it stands", () => {
    const penalty = "Prosecutors are seeking the death penalty for the two men accused of the Eastfield fire.";
    expect(
      endedIn([penalty], ["A third man was arrested in Gdansk on Wednesday.", "Police thanked the public."]),
    ).toEqual([]);
    expect(endedIn([boil], ["The notice will not be lifted before Friday, the company said."])).toEqual([]);
  });
});

describe("findEndedStates: closures and restrictions told ended in other words, people sought until charged", () => {
  it("outdates each once a later report tells it ended", () => {
    const line = "The Tarn Valley line is closed until further notice after the embankment slipped.";
    const visiting = "Visiting at Tarnside Hospital has been suspended until further notice.";
    const evacuation = "The evacuation order for Tarnside remains in place, the county said.";
    const identify = "Police have released an image of a man they would like to identify after the attack in Tarnside.";
    expect(
      endedIn(
        [line, visiting, evacuation, identify],
        [
          "Trains are running again on the Tarn Valley line after engineers shored up the embankment.",
          "Visiting restrictions at Tarnside Hospital were lifted on Wednesday.",
          "Residents of Tarnside were allowed back into their homes on Wednesday.",
          "A 33-year-old man has been charged over the attack in Tarnside, police said.",
        ],
      ).sort(),
    ).toEqual([evacuation, identify, line, visiting].sort());
  });

  it("keeps each while the later report tells it still so", () => {
    expect(
      endedIn(
        ["The Tarn Valley line is closed until further notice after the embankment slipped."],
        ["The line will not be open again before the spring, the operator said.", "Buses replace trains."],
      ),
    ).toEqual([]);
  });

  it("outdates the missing once all are accounted for, a search under way once stood down, a warning issued once cancelled", () => {
    const missing = "Two crew members are still missing.";
    const search = "A search involving two lifeboats and a helicopter is under way.";
    const warning = "A navigation warning has been issued for the area because of floating debris.";
    expect(
      endedIn(
        [missing, search, warning],
        [
          "All nine crew are now accounted for.",
          "The search was stood down at about 4pm.",
          "The coastguard cancelled its navigation warning on Wednesday.",
        ],
      ).sort(),
    ).toEqual([missing, search, warning].sort());
    // Not all accounted for, a search still going on, a warning still in force: nothing ends.
    expect(
      endedIn(
        [missing, search, warning],
        ["Not all the crew are accounted for.", "The search is still under way.", "The warning remains in force."],
      ),
    ).toEqual([]);
  });

  it("outdates residents told not to return, and homes evacuated, once residents may go back now, not on a condition", () => {
    const stay = "Officers said residents should not try to return to their homes until told it was safe.";
    const evacuated = "About 1,400 homes within the cordon have been evacuated.";
    expect(
      endedIn([stay, evacuated], ["The police said residents could go back to their homes from 9pm."]).sort(),
    ).toEqual([evacuated, stay].sort());
    expect(endedIn([stay, evacuated], ["Residents may return home once the bomb has been removed."])).toEqual([]);
  });

  it("outdates someone named in hospital once a later report names them leaving it, and no one else", () => {
    const named = "The shopkeeper, 58-year-old Alan Crewe, is in a serious but stable condition at Tarnside Hospital.";
    const other = "A customer who was hit by flying glass is in hospital with cuts to her face.";
    expect(endedIn([named, other], ["Alan Crewe left hospital on Wednesday evening, his family said."])).toEqual([
      named,
    ]);
    expect(endedIn([named, other], ["One of the injured was discharged from hospital on Wednesday."])).toEqual([]);
  });

  it("outdates a closure told in the present perfect once a later report tells the place reopened, not one of a past span", () => {
    const closed = "The Victorian pier, which draws 300,000 visitors a year, has been closed.";
    expect(endedIn([closed], ["The pier reopened on Wednesday after repairs to its decking."])).toEqual([closed]);
    expect(endedIn([closed], ["The pier owners said they hoped it could reopen next month."])).toEqual([]);
    const span = "The pier has been closed for two days in each of the past three winters.";
    expect(endedIn([span], ["The pier reopened on Wednesday after repairs to its decking."])).toEqual([]);
  });
});

describe("findEndedStates: an end in the state's own report, a supply count cut, a state until further notice", () => {
  it("keeps a state its own report tells beside an earlier end, and outdates it once another report ends it", () => {
    const stillMissing =
      "Searchers found two more people alive on Thursday near Ashcombe, bringing the number still missing to 10.";
    const rescued = "In all, 112 people were rescued from floodwaters between Sunday and Wednesday, officials said.";
    expect(endedIn(MONDAY_BACKGROUND, [stillMissing, rescued])).toEqual([]);
    const missing = "Ten people are still missing after the floods, the sheriff said.";
    expect(endedIn([missing, ...MONDAY_BACKGROUND], [rescued])).toEqual([missing]);
  });

  it("outdates homes that “have no power” once power “has been restored”, and keeps them when it is not", () => {
    const cut = "About 2,300 homes in the county have no power, the electricity company said.";
    expect(endedIn([cut], ["Power has been restored to all but about 400 homes."])).toEqual([cut]);
    expect(endedIn([cut], ["Crews hope power will be restored by the weekend."])).toEqual([]);
  });

  it("outdates a state “until further notice” once a later report sets the day it ends, not while it sets none", () => {
    const open = "Performances at Harmon Hall remain canceled until further notice, the orchestra said.";
    expect(endedIn([open], ["The orchestra announced that concerts will resume at Harmon Hall on March 20."])).toEqual([
      open,
    ]);
    expect(endedIn([open], ["The orchestra said concerts would resume once a contract is signed."])).toEqual([]);
  });

  it("ends a closure left open (“will stay shut while …”) once a reopening is set for a day, not one with its end told", () => {
    const shut = "The Mill Road bakery will stay shut while the source of the contamination is traced.";
    const reopens = "The Mill Road bakery will reopen on Saturday, its owners said.";
    expect(endedIn([shut, ...MONDAY_BACKGROUND], [reopens, ...THURSDAY_BACKGROUND])).toEqual([shut]);
    const untilDay = "The Mill Road bakery will stay shut until the end of the month.";
    expect(endedIn([untilDay, ...MONDAY_BACKGROUND], [reopens, ...THURSDAY_BACKGROUND])).toEqual([]);
  });

  it("ends “leaving only … at large” once that fugitive is arrested", () => {
    const atLarge = "Three of the four escaped inmates were caught on Sunday, leaving only Dorin Vasile at large.";
    const caught = "Dorin Vasile was arrested on Wednesday at a petrol station near Calais, police said.";
    expect(endedIn([atLarge, ...MONDAY_BACKGROUND], [caught, ...THURSDAY_BACKGROUND])).toEqual([atLarge]);
  });

  it("ends the missing told by name once a body is identified as one of them, not once another is named", () => {
    const named = "The missing walkers are Ruth Penn, Alan Moss and Kit Lowe, police said.";
    const body = "The body recovered from the gully was that of Alan Moss, the coroner said on Wednesday.";
    expect(endedIn([named, ...MONDAY_BACKGROUND], [body, ...THURSDAY_BACKGROUND])).toEqual([named]);
    const other = "The body recovered from the gully was that of Jon Hale, the coroner said on Wednesday.";
    expect(endedIn([named, ...MONDAY_BACKGROUND], [other, ...THURSDAY_BACKGROUND])).toEqual([]);
  });

  it("ends a shutdown told with no day once reopened, not one told of its year", () => {
    const shutDown = "Safety inspectors shut down all 18 rides at the Eastfield fair after the accident.";
    const reopened = "The Eastfield fair reopened on Wednesday without the Comet ride.";
    expect(endedIn([shutDown, ...MONDAY_BACKGROUND], [reopened, ...THURSDAY_BACKGROUND])).toEqual([shutDown]);
    const recalled = "Safety inspectors shut down all 18 rides at the Eastfield fair in 2019 after a fire.";
    expect(endedIn([recalled, ...MONDAY_BACKGROUND], [reopened, ...THURSDAY_BACKGROUND])).toEqual([]);
  });

  it("ends someone unseen once arrested by name, not once another is arrested", () => {
    const unseen =
      "Detectives want to speak to the site manager, Neil Darby, who has not been seen since the collapse.";
    const arrested = "Neil Darby was arrested at a flat in Preston on Wednesday, police said.";
    expect(endedIn([unseen, ...MONDAY_BACKGROUND], [arrested, ...THURSDAY_BACKGROUND])).toEqual([unseen]);
    const other = "Carl Hume was arrested at a flat in Preston on Wednesday, police said.";
    expect(endedIn([unseen, ...MONDAY_BACKGROUND], [other, ...THURSDAY_BACKGROUND])).toEqual([]);
  });
});
