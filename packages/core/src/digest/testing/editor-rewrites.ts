/**
 * Statements an editor might write from cited passages, each with the verdict a careful reader
 * gives: faithful rewrites (compressions, moved adverbials and attributions, active and passive,
 * nominalisations, light synonyms, split and joined sentences) that must pass, and unfaithful ones of
 * the kinds people catch (changed numbers, swapped roles, flipped negation or modality, invented
 * content, claims stitched from unrelated places, the wrong speaker) that must be flagged.
 * Written for these tests on invented news; no corpus text.
 */

/** What kind of rewrite a case is, for reports. */
export type RewriteKind =
  | "compression"
  | "moved adverbial"
  | "attribution"
  | "passive"
  | "nominalisation"
  | "synonym"
  | "split"
  | "join"
  | "number"
  | "role"
  | "negation"
  | "modality"
  | "invented"
  | "stitched"
  | "speaker"
  | "reference"
  | "date"
  | "cause"
  | "hedge"
  | "quote"
  | "antonym"
  | "swap"
  | "fusion"
  | "hypernym"
  | "headline"
  | "count"
  | "pronoun"
  | "weekday"
  | "aggregate";

export interface EditorRewrite {
  passages: string[];
  statement: string;
  expected: "supported" | "unsupported";
  kind: RewriteKind;
  why: string;
}

const BRIDGE = "The council approved the new bridge on Monday by 7 votes to 2.";
const RIVER = "About 40,000 people cross the river every day, the mayor said.";
const STRIKE =
  "Union leader Maria Costa said the strike would continue until pay was restored. " +
  "The hospital's chief executive, Tom Reeve, said most operations had gone ahead as planned.";
const MATCH = "Striker Leah Moss scored twice as Riverside beat Northgate 3-1 on Saturday.";
const RATES =
  "The central bank raised its main interest rate by a quarter of a percentage point to 4.5% on Thursday, its third increase this year.";
const WILDFIRE =
  "Firefighters contained the wildfire near Millbrook late on Sunday after it had destroyed 120 homes, officials said. " +
  "No deaths were reported.";
const ELECTION =
  "Incumbent mayor Dana Whitfield won a second term with 54% of the vote, defeating challenger Omar Lind, who took 41%.";
const LAYOFFS =
  "Nexora, the software maker, will cut 1,200 jobs, or about 8% of its workforce, by the end of March, " +
  "chief executive Priya Raman told staff in an email on Wednesday.";
const THEFT =
  "Thieves stole three paintings from the Hartwell Museum overnight, police said on Tuesday. " +
  "The works, by the 19th-century painter Ellen Voss, are valued at £2 million.";
const TRIAL =
  "A jury at Leeds Crown Court found Mark Ellery, 34, not guilty of murdering his business partner but convicted him of manslaughter.";
const LAUNCH =
  "The rocket lifted off from the coastal launch site at 6:42 a.m. and placed two weather satellites in orbit, the agency said.";
const FLOOD =
  "Heavy rain forced the evacuation of 300 residents from low-lying streets in Carlow on Friday. " +
  "Emergency services said the river was expected to peak overnight.";
const ASTHMA =
  "Regulators approved the drug for adults with severe asthma but rejected its use in children, citing a lack of data.";
const SUMMIT =
  "Delegates from 190 countries agreed on Saturday to triple renewable energy capacity by 2030, " +
  "though several oil producers objected to the wording.";
const PLANT =
  "The carmaker said it would close its plant in Dunmore next year, putting 900 jobs at risk. " +
  "The company blamed falling demand for diesel vehicles.";
const CRASH =
  "Two passengers died and 14 were injured when a freight train hit a stationary commuter train near Aldgate station " +
  "on Thursday evening, the rail operator said.";
const AUCTION =
  "A portrait by Clara Mendes sold for $4.3 million at auction in New York on Tuesday, more than double its estimate.";
const SCHOOLS =
  "The education minister, Helen Osei, announced an extra £50 million for school repairs on Wednesday, " +
  "but head teachers said the money fell far short of what was needed.";
const PILOTS =
  "Pilots at Skyway will strike for 48 hours from Friday after talks over pay broke down, their union said. " +
  "The airline said it expected to cancel about 200 flights.";
const QUAKE =
  "A magnitude 6.1 earthquake struck off the northern coast early on Sunday, damaging dozens of buildings, " +
  "but no tsunami warning was issued, the geological survey said.";
const FERRY = "The ferry operator has suspended all crossings to the island because of high winds, a spokesman said.";
const MERGER =
  "Shareholders of Brightwater Foods voted on Friday to accept a takeover offer from Corvan Group worth $2.1 billion.";

/** A table row whose statement the passages support (`faithful`) or do not (`unfaithful`). */
export const faithfulTo = (passages: string[], statement: string, kind: RewriteKind, why: string): EditorRewrite => ({
  passages,
  statement,
  expected: "supported",
  kind,
  why,
});
export const unfaithfulTo = (passages: string[], statement: string, kind: RewriteKind, why: string): EditorRewrite => ({
  passages,
  statement,
  expected: "unsupported",
  kind,
  why,
});
const faithful = (passage: string, statement: string, kind: RewriteKind, why: string) =>
  faithfulTo([passage], statement, kind, why);
const unfaithful = (passage: string, statement: string, kind: RewriteKind, why: string) =>
  unfaithfulTo([passage], statement, kind, why);

export const EDITOR_REWRITES: EditorRewrite[] = [
  // Faithful: compressions (modifiers and adverbials dropped).
  faithful(BRIDGE, "The council approved the bridge by 7 votes to 2.", "compression", "drops 'new' and 'on Monday'"),
  faithful(MATCH, "Riverside beat Northgate 3-1 on Saturday.", "compression", "keeps the main clause"),
  faithful(MATCH, "Leah Moss scored twice.", "compression", "keeps the subordinate clause, drops the title"),
  faithful(
    RATES,
    "The central bank raised its main interest rate to 4.5%.",
    "compression",
    "drops the step and the day",
  ),
  faithful(WILDFIRE, "The wildfire destroyed 120 homes, officials said.", "compression", "the pronoun 'it' resolved"),
  faithful(ELECTION, "Dana Whitfield won a second term with 54% of the vote.", "compression", "drops the title"),
  faithful(LAYOFFS, "Nexora will cut 1,200 jobs by the end of March.", "compression", "drops the apposition"),
  faithful(TRIAL, "Mark Ellery was convicted of manslaughter.", "compression", "the conviction alone"),
  faithful(
    TRIAL,
    "Mark Ellery, 34, was found not guilty of murdering his business partner.",
    "compression",
    "the acquittal, passive",
  ),
  faithful(LAUNCH, "The rocket lifted off at 6:42 a.m.", "compression", "drops the place"),
  faithful(ASTHMA, "Regulators approved the drug for adults with severe asthma.", "compression", "first clause"),
  faithful(
    SUMMIT,
    "Delegates from 190 countries agreed to triple renewable energy capacity by 2030.",
    "compression",
    "drops the day",
  ),
  faithful(
    AUCTION,
    "A portrait by Clara Mendes sold for $4.3 million at auction.",
    "compression",
    "drops place and day",
  ),
  faithful(SCHOOLS, "Helen Osei announced an extra £50 million for school repairs.", "compression", "drops the title"),
  faithful(
    QUAKE,
    "A magnitude 6.1 earthquake struck off the northern coast on Sunday, the geological survey said.",
    "compression",
    "drops 'early' and a clause",
  ),
  faithful(
    FERRY,
    "The ferry operator has suspended all crossings to the island.",
    "compression",
    "drops the cause and the speaker",
  ),
  faithful(
    MERGER,
    "Brightwater Foods shareholders voted to accept Corvan Group's takeover offer.",
    "compression",
    "possessives instead of prepositions",
  ),

  // Faithful: time and place adverbials moved.
  faithful(BRIDGE, "On Monday the council approved the new bridge.", "moved adverbial", "time adverbial to the front"),
  faithful(
    RATES,
    "On Thursday the central bank raised its main rate to 4.5%, its third increase this year.",
    "moved adverbial",
    "time adverbial to the front, 'interest' dropped",
  ),
  faithful(
    SUMMIT,
    "On Saturday, delegates agreed to triple renewable energy capacity by 2030.",
    "moved adverbial",
    "time adverbial to the front",
  ),
  faithful(
    FLOOD,
    "On Friday heavy rain forced 300 residents from low-lying streets in Carlow.",
    "moved adverbial",
    "time to the front, nominal dropped",
  ),
  faithful(
    AUCTION,
    "On Tuesday, a portrait by Clara Mendes sold for $4.3 million at auction in New York.",
    "moved adverbial",
    "time to the front",
  ),
  faithful(
    PILOTS,
    "After talks over pay broke down, pilots at Skyway will strike for 48 hours from Friday.",
    "moved adverbial",
    "clause of time to the front, attribution dropped",
  ),
  faithful(
    MERGER,
    "On Friday, shareholders of Brightwater Foods voted to accept a takeover offer from Corvan Group.",
    "moved adverbial",
    "time to the front",
  ),
  faithful(
    CRASH,
    "On Thursday evening a freight train hit a stationary commuter train near Aldgate station.",
    "moved adverbial",
    "time to the front",
  ),

  // Faithful: attributions moved or reworded.
  faithful(RIVER, "The mayor said about 40,000 people cross every day.", "attribution", "'X, Y said' as 'Y said X'"),
  faithful(
    RIVER,
    "According to the mayor, about 40,000 people cross the river every day.",
    "attribution",
    "'according to'",
  ),
  faithful(
    STRIKE,
    "Maria Costa said the strike would continue until pay was restored.",
    "attribution",
    "title dropped",
  ),
  faithful(
    STRIKE,
    "The strike will continue until pay is restored, union leader Maria Costa said.",
    "attribution",
    "attribution to the back, direct tense",
  ),
  faithful(
    STRIKE,
    "Tom Reeve, the hospital's chief executive, said most operations had gone ahead as planned.",
    "attribution",
    "apposition moved",
  ),
  faithful(
    STRIKE,
    "Most operations went ahead as planned, according to the hospital's chief executive.",
    "attribution",
    "'according to' at the back",
  ),
  faithful(
    WILDFIRE,
    "Officials said firefighters contained the wildfire late on Sunday.",
    "attribution",
    "attribution to the front",
  ),
  faithful(
    LAUNCH,
    "The agency said the rocket placed two weather satellites in orbit.",
    "attribution",
    "attribution to the front",
  ),
  faithful(
    FLOOD,
    "The river was expected to peak overnight, emergency services said.",
    "attribution",
    "attribution to the back",
  ),
  faithful(
    PILOTS,
    "Skyway pilots will strike for 48 hours from Friday, their union said.",
    "attribution",
    "'pilots at Skyway' as 'Skyway pilots'",
  ),
  faithful(
    FERRY,
    "A spokesman said the ferry operator had suspended all crossings to the island because of high winds.",
    "attribution",
    "attribution to the front, tense backshifted",
  ),
  faithful(
    LAYOFFS,
    "Chief executive Priya Raman told staff that Nexora will cut about 8% of its workforce.",
    "attribution",
    "attribution to the front",
  ),

  // Faithful: active and passive, same roles.
  faithful(BRIDGE, "The new bridge was approved by the council on Monday.", "passive", "active to passive"),
  faithful(
    MATCH,
    "Northgate were beaten 3-1 by Riverside on Saturday.",
    "passive",
    "active to passive with an irregular participle",
  ),
  faithful(
    RATES,
    "The main interest rate was raised to 4.5% by the central bank on Thursday.",
    "passive",
    "active to passive",
  ),
  faithful(ELECTION, "Challenger Omar Lind was defeated by Dana Whitfield.", "passive", "participle clause to passive"),
  faithful(
    THEFT,
    "Three paintings were stolen from the Hartwell Museum overnight, police said.",
    "passive",
    "passive without agent",
  ),
  faithful(
    LAUNCH,
    "Two weather satellites were placed in orbit by the rocket, the agency said.",
    "passive",
    "active to passive",
  ),
  faithful(ASTHMA, "The drug was approved for adults with severe asthma.", "passive", "passive without agent"),
  faithful(
    SCHOOLS,
    "An extra £50 million for school repairs was announced on Wednesday by the education minister.",
    "passive",
    "active to passive",
  ),
  faithful(
    CRASH,
    "A stationary commuter train was hit by a freight train near Aldgate station.",
    "passive",
    "active to passive",
  ),
  faithful(
    MERGER,
    "A takeover offer from Corvan Group was accepted by shareholders of Brightwater Foods.",
    "passive",
    "infinitive to passive",
  ),

  // Faithful: nominalisations and verbal forms, same numbers and roles.
  faithful(BRIDGE, "The vote was 7 to 2.", "nominalisation", "'approved … by 7 votes to 2' as a vote"),
  faithful(
    RATES,
    "The increase to 4.5% was the central bank's third this year.",
    "nominalisation",
    "'raised … its third increase'",
  ),
  faithful(
    FLOOD,
    "Heavy rain forced 300 residents in Carlow to evacuate on Friday.",
    "nominalisation",
    "'the evacuation of 300 residents'",
  ),
  faithful(
    QUAKE,
    "The earthquake damaged dozens of buildings.",
    "nominalisation",
    "participle 'damaging' as a finite verb",
  ),
  faithful(
    TRIAL,
    "The jury convicted Mark Ellery of manslaughter.",
    "nominalisation",
    "'him' resolved to the defendant",
  ),
  faithful(ELECTION, "Omar Lind took 41% of the vote.", "nominalisation", "the relative clause as a sentence"),

  // Faithful: light synonyms and inflections.
  faithful(
    RIVER,
    "Some 40,000 people cross the river daily, the mayor said.",
    "synonym",
    "'about' as 'some', 'every day' as 'daily'",
  ),
  faithful(
    THEFT,
    "The paintings, by 19th-century painter Ellen Voss, are worth £2 million.",
    "synonym",
    "'valued at' as 'worth'",
  ),
  faithful(LAYOFFS, "The software maker Nexora is cutting 1,200 jobs.", "synonym", "'will cut' as 'is cutting'"),
  faithful(
    LAYOFFS,
    "In an email to staff on Wednesday, Priya Raman said Nexora would cut 1,200 jobs.",
    "synonym",
    "'told staff in an email' as 'said in an email to staff'",
  ),
  faithful(
    PLANT,
    "The carmaker will close its plant in Dunmore next year, putting 900 jobs at risk.",
    "synonym",
    "reported 'would' as 'will'",
  ),
  faithful(
    ELECTION,
    "Mayor Dana Whitfield beat challenger Omar Lind to win a second term.",
    "synonym",
    "'defeating' as 'beat', clauses swapped",
  ),
  faithful(
    FERRY,
    "High winds have forced the ferry operator to suspend all crossings to the island.",
    "synonym",
    "cause as subject",
  ),

  // Faithful: a long sentence split, two sentences joined.
  faithful(
    WILDFIRE,
    "Firefighters contained the wildfire near Millbrook late on Sunday.",
    "split",
    "first clause of a long sentence",
  ),
  faithful(SUMMIT, "Several oil producers objected to the wording.", "split", "the concessive clause alone"),
  faithful(
    CRASH,
    "Fourteen passengers were injured, the rail operator said.",
    "split",
    "'14 were injured' with its noun",
  ),
  faithful(SCHOOLS, "Head teachers said the money fell far short of what was needed.", "split", "second clause"),
  faithful(
    QUAKE,
    "No tsunami warning was issued, the geological survey said.",
    "split",
    "last clause with its speaker",
  ),
  faithful(
    THEFT,
    "Police said thieves stole three paintings by Ellen Voss from the Hartwell Museum.",
    "join",
    "painter from the second sentence",
  ),
  faithful(
    WILDFIRE,
    "Firefighters contained the wildfire near Millbrook, and no deaths were reported.",
    "join",
    "two sentences joined",
  ),
  faithful(
    PLANT,
    "The carmaker, which blamed falling demand for diesel vehicles, said it would close its plant in Dunmore.",
    "join",
    "second sentence as a relative clause",
  ),
  faithful(
    PILOTS,
    "Pilots at Skyway will strike for 48 hours, and the airline expects to cancel about 200 flights.",
    "join",
    "two sentences joined",
  ),
  faithful(
    THEFT,
    "Thieves stole three paintings, valued at £2 million, from the Hartwell Museum.",
    "join",
    "value from the second sentence",
  ),

  // Unfaithful: changed numbers.
  unfaithful(BRIDGE, "The council approved the new bridge by 7 votes to 3.", "number", "3 for 2"),
  unfaithful(
    RIVER,
    "About 400,000 people cross the river every day, the mayor said.",
    "number",
    "ten times the figure",
  ),
  unfaithful(MATCH, "Riverside beat Northgate 4-1 on Saturday.", "number", "4-1 for 3-1"),
  unfaithful(RATES, "The central bank raised its main interest rate to 5.4% on Thursday.", "number", "5.4% for 4.5%"),
  unfaithful(LAYOFFS, "Nexora will cut 12,000 jobs by the end of March.", "number", "12,000 for 1,200"),
  unfaithful(
    THEFT,
    "Thieves stole three paintings by Ellen Voss worth £20 million.",
    "number",
    "£20 million for £2 million",
  ),
  unfaithful(TRIAL, "Mark Ellery, 43, was convicted of manslaughter.", "number", "age 43 for 34"),
  unfaithful(LAUNCH, "The rocket placed three weather satellites in orbit.", "number", "three for two"),
  unfaithful(LAUNCH, "The rocket lifted off at 7:42 a.m.", "number", "the time changed"),
  unfaithful(SUMMIT, "Delegates agreed to triple renewable energy capacity by 2040.", "number", "2040 for 2030"),
  unfaithful(
    CRASH,
    "Fourteen passengers died when a freight train hit a commuter train near Aldgate station.",
    "number",
    "the injured counted as dead",
  ),
  unfaithful(
    SCHOOLS,
    "The education minister announced an extra £15 million for school repairs.",
    "number",
    "£15 million for £50 million",
  ),
  unfaithful(QUAKE, "A magnitude 7.1 earthquake struck off the northern coast on Sunday.", "number", "7.1 for 6.1"),

  // Unfaithful: swapped roles.
  unfaithful(MATCH, "Northgate beat Riverside 3-1 on Saturday.", "role", "winner and loser swapped"),
  unfaithful(
    MATCH,
    "Striker Leah Moss scored twice as Northgate beat Riverside.",
    "role",
    "winner and loser swapped in the clause",
  ),
  unfaithful(ELECTION, "Omar Lind defeated Dana Whitfield.", "role", "winner and loser swapped"),
  unfaithful(ELECTION, "Omar Lind won a second term with 54% of the vote.", "role", "the challenger given the win"),
  unfaithful(THEFT, "Ellen Voss stole three paintings from the Hartwell Museum.", "role", "the painter made the thief"),
  unfaithful(
    CRASH,
    "A commuter train hit a stationary freight train near Aldgate station.",
    "role",
    "the trains swapped",
  ),
  unfaithful(
    SCHOOLS,
    "Head teachers announced an extra £50 million for school repairs.",
    "role",
    "the critics made the givers",
  ),
  unfaithful(
    MERGER,
    "Corvan Group shareholders voted to accept a takeover offer from Brightwater Foods.",
    "role",
    "buyer and target swapped",
  ),

  // Unfaithful: negation and modality flipped.
  unfaithful(
    TRIAL,
    "Mark Ellery was found guilty of murdering his business partner.",
    "negation",
    "'not guilty' dropped",
  ),
  unfaithful(
    WILDFIRE,
    "Firefighters failed to contain the wildfire near Millbrook, officials said.",
    "negation",
    "'failed' added",
  ),
  unfaithful(LAUNCH, "The rocket failed to place two weather satellites in orbit.", "negation", "'failed' added"),
  unfaithful(PLANT, "The carmaker said it would not close its plant in Dunmore.", "negation", "'not' added"),
  unfaithful(
    QUAKE,
    "A tsunami warning was issued after the earthquake struck off the northern coast.",
    "negation",
    "'no' dropped",
  ),
  unfaithful(
    RATES,
    "The central bank may raise its main interest rate to 4.5% on Thursday.",
    "modality",
    "'may' added",
  ),
  unfaithful(LAYOFFS, "Nexora may cut 1,200 jobs by the end of March.", "modality", "'may' added"),
  unfaithful(FLOOD, "The river peaked overnight, emergency services said.", "modality", "'expected to' dropped"),
  unfaithful(PILOTS, "Skyway will cancel about 200 flights, the airline said.", "modality", "'expected to' dropped"),
  unfaithful(
    FERRY,
    "The ferry operator plans to suspend all crossings to the island.",
    "modality",
    "a done thing made a plan",
  ),

  // Unfaithful: invented content and names.
  unfaithful(BRIDGE, "The council rejected the new bridge on Monday.", "invented", "'rejected' for 'approved'"),
  unfaithful(
    RATES,
    "The central bank cut its main interest rate to 4.5% on Thursday.",
    "invented",
    "'cut' for 'raised'",
  ),
  unfaithful(LAYOFFS, "Nexora will hire 1,200 workers by the end of March.", "invented", "hiring for cutting"),
  unfaithful(
    THEFT,
    "Thieves stole three paintings from the Hartwell Museum, police chief Sam Okafor said.",
    "invented",
    "a named speaker the passage lacks",
  ),
  unfaithful(
    SUMMIT,
    "Delegates from 190 countries agreed to double renewable energy capacity by 2030.",
    "invented",
    "'double' for 'triple'",
  ),
  unfaithful(
    AUCTION,
    "A portrait by Clara Mendes sold for less than its estimate.",
    "invented",
    "'less' for 'more than double'",
  ),
  unfaithful(PLANT, "The carmaker blamed rising demand for diesel vehicles.", "invented", "'rising' for 'falling'"),
  unfaithful(
    QUAKE,
    "The earthquake destroyed hundreds of buildings and killed 12 people.",
    "invented",
    "deaths and scale invented",
  ),
  unfaithful(
    FERRY,
    "The ferry operator has suspended all crossings to the island after a collision.",
    "invented",
    "a cause invented",
  ),

  // Unfaithful: stitched from unrelated places.
  unfaithful(
    ASTHMA,
    "Regulators approved the drug for children with severe asthma.",
    "stitched",
    "'children' from the rejected use",
  ),
  unfaithful(
    ASTHMA,
    "Regulators rejected the drug for adults with severe asthma.",
    "stitched",
    "the verb from the other clause",
  ),
  unfaithful(
    TRIAL,
    "Mark Ellery was convicted of murdering his business partner.",
    "stitched",
    "conviction joined to the acquitted charge",
  ),
  unfaithful(
    SUMMIT,
    "Several oil producers agreed to triple renewable energy capacity by 2030.",
    "stitched",
    "objectors given the agreement",
  ),
  unfaithful(ELECTION, "Dana Whitfield won a second term with 41% of the vote.", "stitched", "the loser's share"),
  unfaithful(
    FLOOD,
    "Heavy rain forced the river to peak in Carlow on Friday.",
    "stitched",
    "cause joined to an expectation",
  ),

  // Unfaithful: the wrong speaker.
  unfaithful(
    STRIKE,
    "Tom Reeve said the strike would continue until pay was restored.",
    "speaker",
    "the union leader's words given to the executive",
  ),
  unfaithful(
    STRIKE,
    "Maria Costa said most operations had gone ahead as planned.",
    "speaker",
    "the executive's words given to the union leader",
  ),
  unfaithful(
    STRIKE,
    "The hospital's chief executive said the strike would continue until pay was restored.",
    "speaker",
    "described speaker swapped",
  ),
  unfaithful(
    RIVER,
    "About 40,000 people cross the river every day, the governor said.",
    "speaker",
    "a speaker the passage lacks",
  ),
  unfaithful(
    SCHOOLS,
    "Helen Osei said the money fell far short of what was needed.",
    "speaker",
    "the critics' words given to the minister",
  ),
  unfaithful(
    PILOTS,
    "The airline said pilots would strike for 48 hours after talks over pay broke down.",
    "speaker",
    "the union's words given to the airline",
  ),
  unfaithful(
    CRASH,
    "Two passengers died when a freight train hit a commuter train near Aldgate station, police said.",
    "speaker",
    "police for the rail operator",
  ),
];
