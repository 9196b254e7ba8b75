/**
 * A fourth held-out table of summary sentences over cited passages (written for round verify11 on
 * 2026-12-06; texts and labels written before the check ever ran on them): seven invented stories of
 * two passages each (a warehouse fire, a water company chief's resignation, a house price index, a
 * football manager sacked, a stolen violin recovered, a coach operator in administration, a rail fare
 * rise). Faithful sentences are paraphrases as a news-desk editor writes them: one-word synonyms
 * ("blaze" for "fire", "told" as "said", "increased" for "rose"), nominalisations ("resigned" as "her
 * resignation"), active for passive and back, clauses reordered, a count in words, "the company" or
 * "the lender" for a name, two passages merged. Unfaithful ones err as language models do: a wrong
 * number, person or date, a negation or antonym ("fell" for "rose"), an invented or altered quote, a
 * cause the passages do not state, a hedge removed, a detail moved to another entity or passage.
 * No corpus text.
 * First run, before any change of verify11: faithful 5 of 35 supported, unfaithful 34 of 35 flagged
 * (passed: the violin's £1.2 million value given as the reward, at 0.5).
 * End of verify11: faithful 12 of 35, unfaithful 35 of 35 (bench/verify-editor-rewrites.ts).
 */
import { type EditorRewrite, faithfulTo, unfaithfulTo } from "./editor-rewrites.js";

const FIRE =
  "About 80 firefighters tackled a fire that destroyed a furniture warehouse on the Brackley industrial estate in Stenbury " +
  "overnight on Tuesday, the county fire service said. " +
  "No one was injured, but residents living nearby were told to keep their windows and doors closed because of the smoke.";
const FIRE_OWNER =
  "The warehouse's owner, Hallam Home Ltd, said about 40 staff worked at the site and that it was too early to say what had caused the fire. " +
  "Its managing director, Ruth Okafor, told the Stenbury Echo the company would pay the workers while it looked for new premises.";
const RESIGNATION =
  "Gillian Marr resigned as chief executive of Severnside Water on Monday, two weeks after the regulator fined the company " +
  "£18 million over sewage spills. " +
  "The company said she would stay on until a successor was appointed.";
const RESIGNATION_REACTION =
  'Environment minister Daniel Achebe said the resignation was "the right decision" and called on the company\'s board to set out ' +
  "how it would cut spills by 2030. " +
  "Severnside Water's shares rose 2% after the announcement.";
const PRICES =
  "House prices rose 0.6% in March, the third monthly increase in a row, according to the Halden Building Society. " +
  "The average home now costs £274,300, up 3.1% on a year earlier.";
const PRICES_REGIONS =
  "Prices fell in two regions, the North East and Wales, the lender said. " +
  "Its chief economist, Priya Nandra, said falling mortgage rates were likely to support demand, but warned that prices could " +
  "level off later in the year.";
const SACKING =
  "Castlebridge United sacked manager Owen Pryce on Sunday after a 4-0 home defeat by Ashworth left the club second from " +
  "bottom of the Championship. " +
  "Pryce, 51, had been in charge for 14 months.";
const SACKING_NEXT =
  "The club said first-team coach Marta Lindqvist would take charge for Saturday's match at Redford. " +
  'Captain Jamie Holt told BBC Radio Castlebridge the players "have to take responsibility" for the results.';
const VIOLIN =
  "A 300-year-old violin stolen from a musician's car in Kettleby last month has been recovered, police said on Friday. " +
  "A 36-year-old man from Arnfield was arrested on suspicion of handling stolen goods and has been released on bail.";
const VIOLIN_OWNER =
  "The instrument, made in Cremona in 1721 and valued at £1.2 million, belongs to the violinist Clara Benn, who had offered " +
  "a £10,000 reward for its return. " +
  'Benn said she was "overjoyed" and thanked the public for their help.';
const COACHES =
  "Redline Coaches, which runs 120 bus routes across the South West, has gone into administration, putting 650 jobs at risk. " +
  "Administrators from Pell & Garner said services would continue to run normally while they sought a buyer.";
const COACHES_CAUSE =
  "The company blamed rising fuel costs and a fall in passenger numbers since the pandemic. " +
  "Tamar County Council said it had drawn up contingency plans to protect school transport if routes were cut.";
const FARES =
  "Regulated rail fares in England will rise by 4.6% from 2 March, the Department for Transport announced on Wednesday, " +
  "the smallest increase in three years. " +
  "Season tickets between Sandmouth and London will go up by £212 to £4,820 a year.";
const FARES_REACTION =
  'Passenger group Travel Fair said the rise would "price people off the railway" at a time when services were often late. ' +
  "Transport Secretary Ellen Varga said the cap was set below inflation to help commuters.";

const faithful = faithfulTo;
const unfaithful = unfaithfulTo;

export const DESK_PARAPHRASES: EditorRewrite[] = [
  // A warehouse fire (the fire service's account and the owner's).
  faithful(
    [FIRE],
    "Around 80 firefighters fought a blaze that destroyed a furniture warehouse in Stenbury overnight on Tuesday.",
    "synonym",
    "'fire' as 'blaze', 'tackled' as 'fought', 'about' as 'around'",
  ),
  faithful(
    [FIRE],
    "Nobody was hurt in the blaze, the fire service said.",
    "synonym",
    "'no one was injured' as 'nobody was hurt'",
  ),
  faithful(
    [FIRE],
    "People living near the Brackley industrial estate were asked to keep their windows and doors shut because of the smoke.",
    "synonym",
    "'told' as 'asked', 'closed' as 'shut'",
  ),
  faithful(
    [FIRE, FIRE_OWNER],
    "Hallam Home, whose furniture warehouse in Stenbury was destroyed overnight on Tuesday, said the cause of the fire was not yet known.",
    "join",
    "two passages merged, 'too early to say what had caused' as 'the cause was not yet known'",
  ),
  faithful(
    [FIRE_OWNER],
    "Ruth Okafor, the company's managing director, said its forty or so workers would be paid while new premises were found.",
    "number",
    "count in words, 'told the Stenbury Echo' as 'said', two sentences merged, passive",
  ),
  unfaithful(
    [FIRE],
    "About 180 firefighters tackled the fire at the furniture warehouse in Stenbury.",
    "number",
    "wrong count",
  ),
  unfaithful(
    [FIRE],
    "Two firefighters were injured tackling the blaze, the county fire service said.",
    "negation",
    "'no one was injured' made two injured",
  ),
  unfaithful(
    [FIRE, FIRE_OWNER],
    "Hallam Home said the fire had been caused by an electrical fault.",
    "cause",
    "a cause the owner said it could not yet give",
  ),
  unfaithful(
    [FIRE, FIRE_OWNER],
    "Ruth Okafor said the company would lay off the 40 workers while it looked for new premises.",
    "antonym",
    "'pay the workers' made 'lay off the workers'",
  ),
  unfaithful(
    [FIRE],
    "The county fire service said the warehouse was destroyed overnight on Thursday.",
    "date",
    "wrong weekday",
  ),

  // A water company chief resigns (the company's announcement and the reactions).
  faithful(
    [RESIGNATION],
    "Severnside Water's chief executive, Gillian Marr, announced her resignation on Monday.",
    "nominalisation",
    "'resigned' as 'announced her resignation'",
  ),
  faithful(
    [RESIGNATION],
    "Marr's resignation came two weeks after Severnside Water was fined £18 million over sewage spills.",
    "nominalisation",
    "'resigned' as 'resignation', the fine made passive",
  ),
  faithful(
    [RESIGNATION],
    "Marr will remain in post until her successor is appointed, the company said.",
    "synonym",
    "'stay on' as 'remain in post', 'a successor' as 'her successor'",
  ),
  faithful(
    [RESIGNATION, RESIGNATION_REACTION],
    "Shares in Severnside Water increased 2% after the announcement.",
    "synonym",
    "'rose' as 'increased'",
  ),
  faithful(
    [RESIGNATION, RESIGNATION_REACTION],
    'Daniel Achebe, the environment minister, described Marr\'s resignation as "the right decision".',
    "join",
    "'said … was' as 'described … as', the name from the other passage",
  ),
  unfaithful(
    [RESIGNATION],
    "Gillian Marr resigned two weeks after the regulator fined Severnside Water £81 million over sewage spills.",
    "number",
    "digits swapped",
  ),
  unfaithful(
    [RESIGNATION, RESIGNATION_REACTION],
    "Severnside Water's shares fell 2% after the announcement.",
    "antonym",
    "'rose' made 'fell'",
  ),
  unfaithful(
    [RESIGNATION, RESIGNATION_REACTION],
    'Daniel Achebe said Marr\'s resignation was "long overdue".',
    "quote",
    "an invented quote",
  ),
  unfaithful(
    [RESIGNATION, RESIGNATION_REACTION],
    "Gillian Marr resigned because of the £18 million fine over sewage spills.",
    "cause",
    "'two weeks after' made 'because of'",
  ),
  unfaithful(
    [RESIGNATION, RESIGNATION_REACTION],
    "Gillian Marr called on the company's board to set out how it would cut spills by 2030.",
    "speaker",
    "the minister's call given to the chief executive",
  ),

  // A house price index (the headline figures and the regions and outlook).
  faithful(
    [PRICES],
    "House prices increased by 0.6% in March, the Halden Building Society said.",
    "synonym",
    "'rose' as 'increased by', 'according to' as 'said'",
  ),
  faithful(
    [PRICES],
    "March was the third consecutive month in which house prices rose.",
    "nominalisation",
    "'the third monthly increase in a row' as 'the third consecutive month in which prices rose'",
  ),
  faithful(
    [PRICES],
    "The average price of a home is now £274,300, 3.1% higher than a year earlier.",
    "synonym",
    "'costs' as 'the average price of', 'up' as 'higher than'",
  ),
  faithful(
    [PRICES, PRICES_REGIONS],
    "Prices dropped in the North East and Wales, the building society said.",
    "reference",
    "'fell' as 'dropped', 'the lender' as 'the building society'",
  ),
  faithful(
    [PRICES, PRICES_REGIONS],
    "Priya Nandra, Halden's chief economist, said lower mortgage rates were likely to support demand.",
    "join",
    "'its' resolved to the lender's name, 'falling' as 'lower'",
  ),
  unfaithful(
    [PRICES],
    "House prices fell 0.6% in March, the Halden Building Society said.",
    "antonym",
    "'rose' made 'fell'",
  ),
  unfaithful(
    [PRICES],
    "The average home now costs £247,300, according to the Halden Building Society.",
    "number",
    "digits swapped",
  ),
  unfaithful([PRICES, PRICES_REGIONS], "Prices rose in every region, the lender said.", "negation", "two regions fell"),
  unfaithful(
    [PRICES, PRICES_REGIONS],
    "Priya Nandra said prices would level off later in the year.",
    "hedge",
    "'could' made 'would'",
  ),
  unfaithful([PRICES], "House prices rose 0.6% in April, the third monthly increase in a row.", "date", "wrong month"),

  // A football manager sacked (the sacking and what comes next).
  faithful(
    [SACKING],
    "Owen Pryce was sacked as Castlebridge United manager on Sunday following a 4-0 home defeat by Ashworth.",
    "passive",
    "passive, 'after' as 'following'",
  ),
  faithful(
    [SACKING],
    "Castlebridge United dismissed Pryce, 51, after fourteen months in charge.",
    "number",
    "'sacked' as 'dismissed', count in words",
  ),
  faithful(
    [SACKING],
    "The defeat left Castlebridge United second from bottom of the Championship.",
    "compression",
    "the subordinate clause made a sentence",
  ),
  faithful(
    [SACKING, SACKING_NEXT],
    "First-team coach Marta Lindqvist will be in charge for Saturday's game at Redford, the club said.",
    "synonym",
    "'take charge' as 'be in charge', 'match' as 'game'",
  ),
  faithful(
    [SACKING, SACKING_NEXT],
    'Jamie Holt, the club captain, said the players "have to take responsibility" for the results.',
    "attribution",
    "'told BBC Radio Castlebridge' as 'said', the title after the name",
  ),
  unfaithful(
    [SACKING, SACKING_NEXT],
    "Castlebridge United sacked Owen Pryce after a 4-0 home defeat by Redford.",
    "swap",
    "the next opponent from the other passage made the team that won",
  ),
  unfaithful([SACKING], "Pryce, 51, had been in charge for 18 months.", "number", "wrong span"),
  unfaithful(
    [SACKING, SACKING_NEXT],
    "Marta Lindqvist has been appointed as Castlebridge United's permanent manager.",
    "invented",
    "a caretaker for one match made permanent",
  ),
  unfaithful(
    [SACKING, SACKING_NEXT],
    'Jamie Holt said the manager "has to take responsibility" for the results.',
    "quote",
    "the quote altered to blame the manager",
  ),
  unfaithful(
    [SACKING, SACKING_NEXT],
    "Owen Pryce resigned as Castlebridge United manager on Sunday.",
    "role",
    "sacked made resigned",
  ),

  // A stolen violin recovered (the police and the owner).
  faithful(
    [VIOLIN],
    "Police have recovered a 300-year-old violin that was stolen from a musician's car in Kettleby last month.",
    "passive",
    "active for passive",
  ),
  faithful(
    [VIOLIN],
    "A 36-year-old Arnfield man has been bailed following his arrest on suspicion of handling stolen goods.",
    "nominalisation",
    "'was arrested' as 'his arrest', 'released on bail' as 'bailed'",
  ),
  faithful(
    [VIOLIN_OWNER],
    "The violin, which was made in Cremona in 1721, is worth £1.2 million.",
    "synonym",
    "'the instrument' as 'the violin', 'valued at' as 'worth'",
  ),
  faithful(
    [VIOLIN, VIOLIN_OWNER],
    'Clara Benn, the owner of the 300-year-old violin, said she was "overjoyed".',
    "join",
    "'belongs to' as 'the owner of', the age from the other passage",
  ),
  faithful(
    [VIOLIN_OWNER],
    "Benn had offered a reward of £10,000 for the violin's return.",
    "synonym",
    "'a £10,000 reward' as 'a reward of £10,000', 'its' resolved",
  ),
  unfaithful(
    [VIOLIN, VIOLIN_OWNER],
    "A 36-year-old man from Arnfield has been charged with stealing the violin.",
    "invented",
    "arrested on suspicion of handling made charged with stealing",
  ),
  unfaithful(
    [VIOLIN_OWNER],
    "The violin was made in Cremona in 1712 and is valued at £1.2 million.",
    "date",
    "wrong year",
  ),
  unfaithful(
    [VIOLIN, VIOLIN_OWNER],
    "Clara Benn said she was overjoyed and thanked the police for their help.",
    "role",
    "the public made the police",
  ),
  unfaithful(
    [VIOLIN, VIOLIN_OWNER],
    "The violin was stolen from Clara Benn's home in Kettleby last month.",
    "invented",
    "a car made a home",
  ),
  unfaithful(
    [VIOLIN, VIOLIN_OWNER],
    "Clara Benn had offered a £1.2 million reward for the return of her violin.",
    "swap",
    "the violin's value made the reward",
  ),

  // A coach operator in administration (the administrators and the causes).
  faithful(
    [COACHES],
    "Redline Coaches' collapse into administration has put 650 jobs at risk.",
    "nominalisation",
    "'has gone into administration' as 'collapse into administration'",
  ),
  faithful(
    [COACHES],
    "Services will keep running as normal while a buyer is sought, the administrators said.",
    "passive",
    "'continue to run normally' as 'keep running as normal', passive",
  ),
  faithful(
    [COACHES, COACHES_CAUSE],
    "The company blamed higher fuel costs and fewer passengers since the pandemic.",
    "synonym",
    "'rising' as 'higher', 'a fall in passenger numbers' as 'fewer passengers'",
  ),
  faithful(
    [COACHES, COACHES_CAUSE],
    "Tamar County Council said it had prepared contingency plans to protect school transport if routes were cut.",
    "synonym",
    "'drawn up' as 'prepared'",
  ),
  faithful(
    [COACHES],
    "Pell & Garner, the administrators, are looking for a buyer for Redline Coaches, which runs 120 routes in the South West.",
    "join",
    "'sought' as 'are looking for', two sentences merged",
  ),
  unfaithful(
    [COACHES],
    "Redline Coaches has gone into administration, putting 560 jobs at risk.",
    "number",
    "digits swapped",
  ),
  unfaithful(
    [COACHES, COACHES_CAUSE],
    "The administrators said some services would be cut while they sought a buyer.",
    "negation",
    "'continue to run normally' made 'cut'",
  ),
  unfaithful(
    [COACHES, COACHES_CAUSE],
    "Redline Coaches blamed rising fuel costs and a rise in passenger numbers since the pandemic.",
    "antonym",
    "'a fall' made 'a rise'",
  ),
  unfaithful(
    [COACHES, COACHES_CAUSE],
    "Tamar County Council said school bus routes would be cut.",
    "hedge",
    "'if routes were cut' made a certainty",
  ),
  unfaithful(
    [COACHES, COACHES_CAUSE],
    "Pell & Garner said the company had collapsed because of rising fuel costs.",
    "speaker",
    "the company's blame given to the administrators",
  ),

  // A rail fare rise (the announcement and the reactions).
  faithful(
    [FARES],
    "Rail fares in England are to increase by 4.6% from 2 March, the Department for Transport said.",
    "synonym",
    "'will rise' as 'are to increase', 'announced' as 'said'",
  ),
  faithful(
    [FARES],
    "The 4.6% rise in regulated fares is the lowest in three years.",
    "synonym",
    "'the smallest increase' as 'the lowest', 'rise' for 'increase'",
  ),
  faithful(
    [FARES],
    "An annual season ticket between Sandmouth and London will cost £4,820, an increase of £212.",
    "nominalisation",
    "'go up by £212' as 'an increase of £212'",
  ),
  faithful(
    [FARES, FARES_REACTION],
    "Ellen Varga, the transport secretary, said the cap had been set below inflation to help commuters.",
    "attribution",
    "the title after the name",
  ),
  faithful(
    [FARES, FARES_REACTION],
    'Travel Fair warned that the increase would "price people off the railway".',
    "synonym",
    "'said' as 'warned', 'the rise' as 'the increase'",
  ),
  unfaithful([FARES], "Regulated rail fares in England will rise by 4.6% from 2 May.", "date", "wrong month"),
  unfaithful(
    [FARES],
    "The rise is the largest in three years, the Department for Transport said.",
    "antonym",
    "'smallest' made 'largest'",
  ),
  unfaithful(
    [FARES, FARES_REACTION],
    'Ellen Varga said the rise would "price people off the railway".',
    "speaker",
    "the passenger group's words given to the minister",
  ),
  unfaithful(
    [FARES],
    "Season tickets between Sandmouth and London will go up by £212 to £4,280 a year.",
    "number",
    "digits swapped",
  ),
  unfaithful(
    [FARES, FARES_REACTION],
    "Ellen Varga said fares were rising because services were often late.",
    "cause",
    "a cause stitched from the passenger group's complaint",
  ),
];
