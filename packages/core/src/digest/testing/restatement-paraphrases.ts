/**
 * A ninth held-out table of summary sentences, each over the two passages of one invented article
 * (written for round verify17 on 2026-12-06; texts and labels written before the check ever ran on
 * them): seven articles (a mountain avalanche, a football transfer, a tram pay dispute, a cheese
 * recall, an observatory's dome repair, a rowing race, library closures). Faithful sentences restate
 * what the passages say in the ways an abstractive engine does: a number rounded, bounded or compared
 * ("212" as "more than 200", "from 30,000 to 60,000" as "doubled", "three of the four" as "most",
 * "£1.2m" as "£1.2 million", a date as its weekday); a known role or category for a name the passage
 * gives ("the footballer", "the city", "the 62-year-old" for a named person whose age is told);
 * negation and antonyms ("did not survive" as "died", "failed to win" as "lost", "rejected" as "did
 * not accept", "finished second behind" as "beat"); and a quote compressed into reported speech
 * ("'We will be back next year,' said X" as "X vowed to return"). Unfaithful ones are built from the
 * same words: a number pushed past what the passage says, a wrong category or age, a negation or
 * antonym flipped, a vow or a signature given to the wrong party. No corpus text.
 * First run, before any change of verify17 (bench/verify-editor-rewrites.ts): faithful 9 of 45 supported,
 * unfaithful 23 of 24 flagged (all rows by kind: negation 6 of 13, number 8 of 20, reference 5 of 11,
 * quote 1 of 8, antonym 2 of 6, date 1 of 2, speaker 6 of 6); passed: "The 81-year-old said the firm had
 * stopped production …", the owner's words given to the woman who died, at 0.5.
 * End of verify17: faithful 13 of 45 (negation 8 of 13, number 9 of 20, reference 6 of 11, antonym 3 of 6),
 * unfaithful 24 of 24 ("offers" for "bids", added to the synonyms after this table showed it, is no
 * longer held-out evidence). Still flagged: most numbers restated ("doubled", "more than 200", "nearly
 * nine in ten", "seven of 12 will stay open"), reported speech for quotes (1 of 8), "the city" for a
 * place, a restructured sentence around a weekday or an age.
 */
import { type EditorRewrite, faithfulTo, unfaithfulTo } from "./editor-rewrites.js";

const AVALANCHE = [
  "Four climbers were rescued after an avalanche struck a party of five on the north face of Mount Carrow on Saturday " +
    "morning, the Glenbrae Mountain Rescue Team said. " +
    "The fifth, a 29-year-old man from Dunlairg, was airlifted to hospital in Inverlane but did not survive his injuries.",
  "The team's leader, Fiona Drummond, 47, said 212 volunteers from three rescue teams had taken part in the search. " +
    "The service has been called out 96 times so far this year, compared with 48 in the whole of last year. " +
    '"We will not stop going up the hill while people need us," Drummond said. ' +
    'Inspector Alan Kerr of Glenbrae police said conditions on the mountain had been "extremely dangerous".',
];
const TRANSFER = [
  "Harbury Town have signed the Castlemere Rovers striker Dele Amadi for a club-record fee of £1.2m, the League One club " +
    "announced on Thursday. " +
    "The 24-year-old, who scored 19 goals last season, has agreed a four-year contract.",
  "The deal, agreed by Harbury's chairman Keith Lowther, was completed hours before the transfer deadline. " +
    "Castlemere had rejected two earlier bids from Harbury, of £800,000 and £1m. " +
    'Amadi said: "I want to help this club get promoted." ' +
    'Castlemere manager Sean Pilling said he was sorry to lose the player but the offer had been "too good to turn down".',
];
const TRAMS = [
  "Tram drivers in Brennock have rejected a pay offer from the operator CityLink Trams, and three of the four unions " +
    "representing its staff will hold strike ballots, it was announced on Monday. " +
    "The offer would have raised pay by 4% this year.",
  "The drivers' union, the TDU, said 87% of members who voted had turned down the offer, on a turnout of 71%. " +
    'CityLink said it was "disappointed" and that the network, which carries 140,000 passengers a day, would run as ' +
    "normal this week. " +
    "Brennock's mayor, Aisha Conte, said she would not intervene in the dispute.",
];
const CHEESE = [
  "Hollins Dairy, a family-run cheesemaker in Ashcombe, has recalled all batches of its soft cheese Ashcombe Blue after " +
    "listeria was found in a sample, the Food Standards Agency said on Friday. " +
    "Three people were treated in hospital in the past month, and one of them, an 81-year-old woman, has died.",
  "The dairy's owner, Martin Hollins, 62, said the firm had stopped production \"until we are completely sure the cheese " +
    'is safe". ' +
    "Sales of the cheese rose from 10 tonnes in 2023 to 20 tonnes last year after it won a gold medal at the British " +
    "Cheese Awards. " +
    "The agency said anyone who had bought the cheese should not eat it.",
];
const OBSERVATORY = [
  "The Kelderby Observatory will close its public telescope for 18 months from June while its 1890s dome is repaired, " +
    "Kelderby City Council decided on 10 March 2026. " +
    "The repairs are expected to cost £2.45m, of which the National Heritage Fund will pay £1.5m.",
  "Visitor numbers rose from 30,000 in 2022 to 60,000 last year. " +
    "The observatory's director, Dr Hana Sorensen, said: \"We are not going to let the public go without the night sky " +
    'for a year and a half." ' +
    "She said volunteers would run telescope evenings in local parks instead. " +
    "Councillor Brian Tate, who voted against the closure, said the work should have been done in stages.",
];
const REGATTA = [
  "The Ostermoor crew failed to win the Varne Cup for the first time in nine years on Sunday, finishing second behind " +
    "Linnholm by two lengths on the River Varne. " +
    "Linnholm's victory was their first since 2015.",
  'Ostermoor\'s captain, Greta Vang, said: "We were beaten by the better crew today, and we will be back next year." ' +
    "The race, watched by an estimated 45,000 spectators, was delayed by an hour because of strong winds. " +
    'Linnholm\'s coach, Pieter Dahl, said his crew had trained "twice a day since January".',
];
const LIBRARIES = [
  "Norbridge City Council will close five of its 12 public libraries next April to save £1.8m a year, the council's " +
    "cabinet agreed on Wednesday. " +
    "The libraries at Fenwick, Oldgate, Marsh Lane, Cotton Row and Hythe will shut.",
  'Council leader Priya Desai, 53, said the authority had "no choice" after its government grant was cut by a third. ' +
    "Campaigners said 4,200 people had signed a petition against the closures. " +
    "Desai said no library staff would lose their jobs, as they would move to the remaining branches.",
];

const faithful = faithfulTo;
const unfaithful = unfaithfulTo;

export const RESTATEMENT_PARAPHRASES: EditorRewrite[] = [
  // A mountain avalanche.
  faithful(
    AVALANCHE,
    "A 29-year-old climber from Dunlairg died after an avalanche on Mount Carrow on Saturday.",
    "negation",
    "'did not survive his injuries' as 'died'",
  ),
  faithful(
    AVALANCHE,
    "More than 200 volunteers took part in the search, the team's leader said.",
    "number",
    "212 as 'more than 200'",
  ),
  faithful(
    AVALANCHE,
    "The rescue service's call-outs so far this year have already doubled compared with the whole of last year.",
    "number",
    "96 against 48 as 'doubled'",
  ),
  faithful(AVALANCHE, "Most of the climbers in the party were rescued.", "number", "four of five as 'most'"),
  faithful(
    AVALANCHE,
    "The 47-year-old said 212 volunteers had taken part in the search.",
    "reference",
    "the team leader by her told age",
  ),
  faithful(
    AVALANCHE,
    "Drummond vowed that the team would keep going up the hill while people needed it.",
    "quote",
    "'We will not stop going up the hill' as a vow in reported speech",
  ),
  faithful(
    AVALANCHE,
    "The climber was airlifted to hospital in Inverlane but died of his injuries.",
    "negation",
    "'did not survive his injuries' as 'died of his injuries'",
  ),
  unfaithful(
    AVALANCHE,
    "More than 300 volunteers took part in the search, the team's leader said.",
    "number",
    "212 is not more than 300",
  ),
  unfaithful(
    AVALANCHE,
    "The 29-year-old climber survived after being airlifted to hospital.",
    "negation",
    "he did not survive",
  ),
  unfaithful(
    AVALANCHE,
    "Inspector Alan Kerr vowed that rescuers would keep going up the hill while people needed them.",
    "speaker",
    "the vow is Drummond's, not the police inspector's",
  ),
  unfaithful(
    AVALANCHE,
    "The 29-year-old said 212 volunteers had taken part in the search.",
    "reference",
    "the 29-year-old is the climber who died; the team leader is 47",
  ),

  // A football transfer.
  faithful(
    TRANSFER,
    "Harbury Town have signed the striker for a club-record £1.2 million.",
    "number",
    "'£1.2m' as '£1.2 million'",
  ),
  faithful(
    TRANSFER,
    "The footballer, who scored 19 goals last season, has agreed a four-year contract with Harbury.",
    "reference",
    "'the 24-year-old' as 'the footballer'",
  ),
  faithful(
    TRANSFER,
    "Castlemere did not accept two earlier offers from Harbury.",
    "negation",
    "'rejected two earlier bids' as 'did not accept two earlier offers'",
  ),
  faithful(
    TRANSFER,
    "Amadi, 24, has agreed a four-year contract with Harbury Town.",
    "reference",
    "the age the passage gives, put beside the name",
  ),
  faithful(
    TRANSFER,
    "Amadi said he wanted to help Harbury win promotion.",
    "quote",
    "'I want to help this club get promoted' in reported speech",
  ),
  faithful(
    TRANSFER,
    "Castlemere's manager said the offer had been too good to refuse.",
    "quote",
    "'too good to turn down' as 'too good to refuse'",
  ),
  faithful(
    TRANSFER,
    "The League One club completed the deal hours before the transfer deadline.",
    "reference",
    "Harbury Town as 'the League One club'",
  ),
  unfaithful(
    TRANSFER,
    "The deal, signed by Castlemere's manager Sean Pilling, was completed hours before the transfer deadline.",
    "role",
    "Harbury's chairman agreed the deal; Pilling signed nothing",
  ),
  unfaithful(
    TRANSFER,
    "The goalkeeper, who scored 19 goals last season, has agreed a four-year contract.",
    "reference",
    "Amadi is a striker",
  ),
  unfaithful(TRANSFER, "Castlemere accepted two earlier bids from Harbury.", "negation", "they rejected them"),
  unfaithful(
    TRANSFER,
    "Sean Pilling said he wanted to help Harbury win promotion.",
    "speaker",
    "Amadi said it, not Castlemere's manager",
  ),

  // A tram pay dispute.
  faithful(
    TRAMS,
    "Most of the unions representing CityLink's staff will hold strike ballots.",
    "number",
    "three of the four as 'most'",
  ),
  faithful(
    TRAMS,
    "Tram drivers in the city did not accept the operator's pay offer.",
    "negation",
    "'rejected' as 'did not accept', Brennock as 'the city'",
  ),
  faithful(
    TRAMS,
    "The offer, which drivers turned down, would have increased pay by 4% this year.",
    "synonym",
    "'raised' as 'increased', the rejection as a relative clause",
  ),
  faithful(
    TRAMS,
    "Nearly nine in ten TDU members who voted rejected the offer.",
    "number",
    "87% as 'nearly nine in ten'",
  ),
  faithful(
    TRAMS,
    "The network carries more than 100,000 passengers a day, CityLink said.",
    "number",
    "140,000 as 'more than 100,000'",
  ),
  faithful(
    TRAMS,
    "The mayor said she would stay out of the dispute.",
    "negation",
    "'would not intervene' as 'would stay out'",
  ),
  unfaithful(
    TRAMS,
    "All four unions representing CityLink's staff will hold strike ballots.",
    "number",
    "three of the four, not all",
  ),
  unfaithful(TRAMS, "The mayor said she would intervene in the dispute.", "negation", "she would not"),
  unfaithful(
    TRAMS,
    "CityLink said the network carries more than 200,000 passengers a day.",
    "number",
    "140,000 is not more than 200,000",
  ),

  // A cheese recall.
  faithful(
    CHEESE,
    "The 62-year-old owner said production had stopped until the firm was sure the cheese was safe.",
    "reference",
    "Martin Hollins by his told age; the quote in reported speech",
  ),
  faithful(
    CHEESE,
    "Sales of Ashcombe Blue doubled last year after it won a gold medal at the British Cheese Awards.",
    "number",
    "'from 10 tonnes to 20 tonnes' as 'doubled'",
  ),
  faithful(
    CHEESE,
    "An 81-year-old woman who was treated in hospital did not survive.",
    "negation",
    "'has died' as 'did not survive'",
  ),
  faithful(
    CHEESE,
    "The cheesemaker has recalled all batches of Ashcombe Blue after listeria was found in a sample.",
    "reference",
    "Hollins Dairy as 'the cheesemaker'",
  ),
  faithful(
    CHEESE,
    "The agency told anyone who had bought the cheese not to eat it.",
    "quote",
    "'said … should not eat it' as 'told … not to eat it'",
  ),
  faithful(
    CHEESE,
    "Martin Hollins said the firm would not resume production until it was certain the cheese was safe.",
    "quote",
    "'stopped production until we are completely sure' as 'would not resume until certain'",
  ),
  unfaithful(
    CHEESE,
    "The 81-year-old said the firm had stopped production until it was sure the cheese was safe.",
    "reference",
    "the owner is 62; the 81-year-old is the woman who died",
  ),
  unfaithful(CHEESE, "An 81-year-old woman who was treated in hospital survived.", "negation", "she died"),
  unfaithful(
    CHEESE,
    "The Food Standards Agency vowed not to resume production until the cheese was safe.",
    "speaker",
    "the dairy's owner stopped production, not the agency",
  ),

  // An observatory's dome repair.
  faithful(
    OBSERVATORY,
    "Visitor numbers at the observatory doubled between 2022 and last year.",
    "number",
    "'from 30,000 to 60,000' as 'doubled'",
  ),
  faithful(
    OBSERVATORY,
    "The repairs are expected to cost almost £2.5 million.",
    "number",
    "£2.45m as 'almost £2.5 million'",
  ),
  faithful(
    OBSERVATORY,
    "The National Heritage Fund will pay more than half of the cost of the repairs.",
    "number",
    "£1.5m of £2.45m as 'more than half'",
  ),
  faithful(
    OBSERVATORY,
    "The city council decided on Tuesday to close the observatory's public telescope for 18 months.",
    "date",
    "10 March 2026 was a Tuesday",
  ),
  faithful(
    OBSERVATORY,
    "The director promised that the public would not go without the night sky while the dome was repaired.",
    "quote",
    "'We are not going to let the public go without the night sky' as a promise in reported speech",
  ),
  faithful(
    OBSERVATORY,
    "The public telescope will be closed for a year and a half from June.",
    "number",
    "18 months as 'a year and a half'",
  ),
  faithful(
    OBSERVATORY,
    "A councillor who opposed the closure said the work should have been done in stages.",
    "antonym",
    "'voted against' as 'opposed'; Brian Tate as 'a councillor'",
  ),
  unfaithful(
    OBSERVATORY,
    "Visitor numbers at the observatory tripled between 2022 and last year.",
    "number",
    "30,000 to 60,000 is double",
  ),
  unfaithful(
    OBSERVATORY,
    "Councillor Brian Tate, who voted for the closure, said the work should have been done in stages.",
    "antonym",
    "he voted against it",
  ),
  unfaithful(
    OBSERVATORY,
    "Councillor Brian Tate promised that the public would not go without the night sky.",
    "speaker",
    "the promise is the director's",
  ),
  unfaithful(
    OBSERVATORY,
    "The city council decided on Wednesday to close the observatory's public telescope for 18 months.",
    "date",
    "10 March 2026 was a Tuesday",
  ),

  // A rowing race.
  faithful(
    REGATTA,
    "Ostermoor lost the Varne Cup for the first time in nine years.",
    "antonym",
    "'failed to win' as 'lost'",
  ),
  faithful(
    REGATTA,
    "Linnholm beat Ostermoor by two lengths on Sunday.",
    "antonym",
    "'finishing second behind Linnholm' as 'Linnholm beat Ostermoor'",
  ),
  faithful(
    REGATTA,
    "Ostermoor's captain admitted Linnholm had been the better crew and vowed to return next year.",
    "quote",
    "'we were beaten by the better crew … we will be back' in reported speech",
  ),
  faithful(
    REGATTA,
    "More than 40,000 spectators watched the race, which was held up by an hour because of strong winds.",
    "number",
    "45,000 as 'more than 40,000', 'delayed' as 'held up'",
  ),
  faithful(
    REGATTA,
    "Linnholm won the Varne Cup for the first time since 2015.",
    "antonym",
    "'their victory was their first since 2015' as 'won … for the first time since 2015'",
  ),
  faithful(
    REGATTA,
    "The Linnholm coach said his rowers had trained twice a day since January.",
    "reference",
    "Pieter Dahl as 'the Linnholm coach', 'crew' as 'rowers'",
  ),
  unfaithful(REGATTA, "Ostermoor won the Varne Cup on Sunday.", "negation", "they failed to win it"),
  unfaithful(
    REGATTA,
    "Linnholm's coach, Pieter Dahl, vowed that his crew would be back next year.",
    "speaker",
    "the vow is Ostermoor's captain's",
  ),
  unfaithful(REGATTA, "Linnholm lost to Ostermoor by two lengths.", "antonym", "Linnholm won"),

  // Library closures.
  faithful(
    LIBRARIES,
    "The city will close five of its 12 public libraries next April to save £1.8 million a year.",
    "reference",
    "Norbridge City Council as 'the city', '£1.8m' as '£1.8 million'",
  ),
  faithful(
    LIBRARIES,
    "The council leader said the authority had been left with no choice after its government grant was cut by a third.",
    "quote",
    "the quoted 'no choice' in reported speech",
  ),
  faithful(
    LIBRARIES,
    "More than 4,000 people signed a petition against the closures, campaigners said.",
    "number",
    "4,200 as 'more than 4,000'",
  ),
  faithful(
    LIBRARIES,
    "The 53-year-old council leader said library staff would keep their jobs and move to the remaining branches.",
    "negation",
    "'no library staff would lose their jobs' as 'would keep their jobs'; Desai by her age",
  ),
  faithful(
    LIBRARIES,
    "Seven of Norbridge's 12 public libraries will stay open.",
    "number",
    "12 less the five that close",
  ),
  faithful(
    LIBRARIES,
    "Desai said the authority's government grant had been cut by a third.",
    "compression",
    "the reason told without the quote",
  ),
  unfaithful(
    LIBRARIES,
    "More than 5,000 people signed a petition against the closures, campaigners said.",
    "number",
    "4,200 is not more than 5,000",
  ),
  unfaithful(LIBRARIES, "Desai said some library staff would lose their jobs.", "negation", "none would"),
  unfaithful(
    LIBRARIES,
    "Campaigners said the authority had no choice after its government grant was cut by a third.",
    "speaker",
    "the council leader said it, not the campaigners",
  ),
];
