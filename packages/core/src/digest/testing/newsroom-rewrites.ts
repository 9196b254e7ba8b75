/**
 * A second, held-out table of an LLM summarizer's sentences from cited passages (written for round
 * verify9, labels fixed before the check ever ran on them): faithful paraphrases (reordered clauses,
 * synonyms, active and passive, two passages merged, numbers written differently or rounded, a title
 * for a name) and subtle unfaithful ones (a swapped entity or role, a wrong number, date or weekday,
 * flipped negation, an invented or misattributed quote, an added cause or superlative, a claim from
 * another story, certainty for a possibility). Invented news in eight domains; no corpus text.
 */
import { type EditorRewrite, faithfulTo, type RewriteKind, unfaithfulTo } from "./editor-rewrites.js";

const BREACH =
  "Harlow Telecom said on Wednesday that hackers had accessed the personal details of 487,000 customers, " +
  "including names and home addresses. The company said no bank details were taken.";
const BREACH_APOLOGY =
  "Harlow's chief executive, Sofia Brandt, apologised to customers and said the company may offer those affected free credit monitoring.";
const HEAT =
  "Temperatures reached 41.2C in Seville on Tuesday, the highest reading in Spain so far this summer, the national weather agency said. " +
  "Hospitals in the region treated 63 people for heatstroke, health officials said.";
const SENTENCE =
  "Alan Finch, 58, a former treasurer of the Kelby Rowing Club, was jailed for four years on Friday for stealing £312,000 from the club over a decade. " +
  'Judge Ruth Akers told him he had "betrayed the trust of hundreds of members". ' +
  "Finch had pleaded guilty at an earlier hearing.";
const TRANSFER =
  "Portvale have signed midfielder Jonas Ekdahl from Sterling Athletic for £18 million, the club announced on Monday. " +
  "The 24-year-old has agreed a five-year contract. " +
  'Portvale manager Carla Dunn said Ekdahl was "exactly the player we needed".';
const STUDY =
  "People who walked at least 7,000 steps a day had a 47% lower risk of dying early than those who walked fewer than 4,000, " +
  "according to a study of 2,100 adults published on Thursday in the journal Heart Research. " +
  "The authors cautioned that the study showed an association and could not prove that walking caused the lower risk.";
const FARES =
  "Rail fares in England will rise by 4.6% in March, the transport secretary, Neil Parry, announced on Tuesday. " +
  "The increase is below July's inflation rate of 5.1%. " +
  "Passenger groups said it would still hit commuters hard.";
const DROUGHT =
  "Wheat yields in the region fell by about a third this year after the driest spring since 1976, the farmers' union said. " +
  "The union has asked the government for emergency support, but ministers have not yet responded.";
const FILM =
  "The Danish drama Low Tide, directed by Mette Holm, won the Golden Lion, the top prize at the Venice film festival, on Saturday. " +
  "The jury, led by actor Paul Grier, gave the best actress award to Ines Rocha for her role in the Brazilian film Salt.";

const faithful = faithfulTo;
const unfaithful = unfaithfulTo;

export const NEWSROOM_REWRITES: EditorRewrite[] = [
  // Data breach (two passages from two outlets).
  faithful(
    [BREACH],
    "Hackers accessed the personal details of nearly 500,000 Harlow Telecom customers, the company said on Wednesday.",
    "number",
    "487,000 rounded to 'nearly 500,000'",
  ),
  faithful(
    [BREACH],
    "The names and home addresses of 487,000 Harlow Telecom customers were accessed by hackers, but no bank details were taken.",
    "passive",
    "passive, two sentences joined",
  ),
  faithful(
    [BREACH, BREACH_APOLOGY],
    "Harlow Telecom's chief executive apologised after hackers accessed the details of 487,000 customers.",
    "join",
    "two passages merged, a title for the name",
  ),
  faithful(
    [BREACH_APOLOGY],
    "Sofia Brandt said those affected may be offered free credit monitoring.",
    "passive",
    "passive of 'may offer'",
  ),
  faithful([BREACH], "No bank details were taken, Harlow Telecom said.", "attribution", "attribution to the back"),
  unfaithful(
    [BREACH, BREACH_APOLOGY],
    "Harlow Telecom confirmed it will offer affected customers free credit monitoring.",
    "modality",
    "'confirmed … will' for 'said … may'",
  ),
  unfaithful(
    [BREACH],
    "Hackers accessed the bank details of 487,000 Harlow Telecom customers.",
    "negation",
    "bank details were not taken",
  ),
  unfaithful(
    [BREACH],
    "Hackers accessed the personal details of 847,000 Harlow Telecom customers.",
    "number",
    "digits transposed",
  ),
  unfaithful(
    [BREACH],
    "Harlow Telecom said on Tuesday that hackers had accessed the personal details of 487,000 customers.",
    "number",
    "wrong weekday",
  ),
  unfaithful(
    [BREACH, BREACH_APOLOGY],
    "Sofia Brandt said the breach was the largest in the company's history.",
    "invented",
    "an invented claim with a superlative",
  ),
  unfaithful(
    [BREACH, BREACH_APOLOGY],
    "Sofia Brandt resigned after hackers accessed the details of 487,000 customers.",
    "invented",
    "'apologised' made 'resigned'",
  ),

  // Heat.
  faithful(
    [HEAT],
    "Seville recorded 41.2C on Tuesday, Spain's highest temperature so far this summer.",
    "synonym",
    "place made the subject",
  ),
  faithful(
    [HEAT],
    "The national weather agency said temperatures in Seville hit 41.2C on Tuesday.",
    "attribution",
    "attribution to the front, 'reached' as 'hit'",
  ),
  faithful(
    [HEAT],
    "Sixty-three people were treated in hospital for heatstroke in the region, health officials said.",
    "number",
    "number in words, passive",
  ),
  faithful([HEAT], "Temperatures in Seville climbed above 41C on Tuesday.", "number", "41.2C as 'above 41C'"),
  unfaithful(
    [HEAT],
    "Temperatures reached 41.2C in Seville on Tuesday, the highest ever recorded in Spain.",
    "invented",
    "'so far this summer' made a record",
  ),
  unfaithful([HEAT], "Temperatures reached 41.2C in Seville on Thursday.", "number", "wrong weekday"),
  unfaithful(
    [HEAT],
    "Hospitals in the region treated 63 people for heatstroke, the national weather agency said.",
    "speaker",
    "health officials' figure given to the weather agency",
  ),
  unfaithful([HEAT], "Hospitals in the region treated 36 people for heatstroke.", "number", "digits swapped"),
  unfaithful(
    [HEAT],
    "Hospitals in Seville treated 63 people for heatstroke because of a shortage of air conditioning in care homes.",
    "invented",
    "an added cause",
  ),
  unfaithful([HEAT], "Two people died of heatstroke in Seville on Tuesday.", "invented", "deaths the passage lacks"),
  unfaithful(
    [HEAT],
    "Firefighters battled a wildfire near Seville on Tuesday.",
    "stitched",
    "a claim from another story",
  ),

  // Sentencing.
  faithful(
    [SENTENCE],
    "The rowing club's former treasurer was sentenced to four years in prison on Friday for stealing more than £300,000 from the club.",
    "number",
    "a title for the name, £312,000 rounded",
  ),
  faithful(
    [SENTENCE],
    "Alan Finch, who admitted stealing £312,000 from the Kelby Rowing Club, was jailed for four years.",
    "join",
    "the guilty plea as a relative clause",
  ),
  faithful(
    [SENTENCE],
    'The judge told Finch he had "betrayed the trust of hundreds of members".',
    "attribution",
    "a title for the judge's name",
  ),
  faithful(
    [SENTENCE],
    "Finch stole £312,000 from the Kelby Rowing Club over ten years.",
    "synonym",
    "'a decade' as 'ten years'",
  ),
  unfaithful([SENTENCE], "Alan Finch was jailed for five years on Friday.", "number", "wrong term"),
  unfaithful([SENTENCE], "Finch had pleaded not guilty at an earlier hearing.", "negation", "plea flipped"),
  unfaithful(
    [SENTENCE],
    'Finch told the court he had "betrayed the trust of hundreds of members".',
    "speaker",
    "the judge's words given to the defendant",
  ),
  unfaithful([SENTENCE], 'Judge Ruth Akers said Finch had shown "no remorse at all".', "invented", "an invented quote"),
  unfaithful(
    [SENTENCE],
    "Alan Finch was jailed for four years for stealing £312,000 from the club to pay gambling debts.",
    "invented",
    "an added motive",
  ),
  unfaithful(
    [SENTENCE],
    "Alan Finch, 58, a former chairman of the Kelby Rowing Club, was jailed for four years.",
    "role",
    "treasurer made chairman",
  ),

  // Football transfer.
  faithful(
    [TRANSFER],
    "Sterling Athletic midfielder Jonas Ekdahl has joined Portvale in an £18m deal.",
    "synonym",
    "the move told from the player's side, £18m",
  ),
  faithful(
    [TRANSFER],
    "Ekdahl, 24, has signed a five-year contract with Portvale.",
    "synonym",
    "'the 24-year-old' resolved, 'agreed' as 'signed'",
  ),
  faithful(
    [TRANSFER],
    'Jonas Ekdahl was "exactly the player we needed", said Portvale\'s manager.',
    "attribution",
    "a title for the manager's name, attribution inverted",
  ),
  faithful(
    [TRANSFER],
    "Portvale announced on Monday that they had signed Jonas Ekdahl for £18 million.",
    "attribution",
    "attribution to the front",
  ),
  unfaithful(
    [TRANSFER],
    "Sterling Athletic have signed midfielder Jonas Ekdahl from Portvale for £18 million.",
    "role",
    "buying and selling clubs swapped",
  ),
  unfaithful([TRANSFER], "The 24-year-old has agreed a four-year contract.", "number", "wrong length"),
  unfaithful([TRANSFER], "Portvale signed Jonas Ekdahl for a club record £18 million.", "invented", "an added record"),
  unfaithful(
    [TRANSFER],
    'Sterling Athletic manager Carla Dunn said Ekdahl was "exactly the player we needed".',
    "role",
    "the manager put at the other club",
  ),
  unfaithful(
    [TRANSFER],
    "Portvale have signed defender Jonas Ekdahl from Sterling Athletic.",
    "role",
    "midfielder made defender",
  ),
  unfaithful([TRANSFER], "Sterling Athletic sacked their manager on Monday.", "stitched", "a claim from another story"),

  // Health study.
  faithful(
    [STUDY],
    "A study of 2,100 adults found that those who walked at least 7,000 steps a day had a 47 per cent lower risk of dying early.",
    "number",
    "'per cent', the comparison group dropped",
  ),
  faithful(
    [STUDY],
    "The study, published in Heart Research, could not prove that walking caused the lower risk, its authors said.",
    "attribution",
    "the caution as an attribution",
  ),
  faithful(
    [STUDY],
    "Walking at least 7,000 steps a day was linked to a 47% lower risk of early death, according to a study of more than 2,000 adults.",
    "nominalisation",
    "'dying early' as 'early death', 2,100 rounded",
  ),
  unfaithful(
    [STUDY],
    "The study proved that walking at least 7,000 steps a day lowers the risk of dying early.",
    "modality",
    "'could not prove' made 'proved'",
  ),
  unfaithful(
    [STUDY],
    "People who walked at least 7,000 steps a day had a 74% lower risk of dying early.",
    "number",
    "digits swapped",
  ),
  unfaithful(
    [STUDY],
    "A study of 2,100 adults was published on Tuesday in the journal Heart Research.",
    "number",
    "wrong weekday",
  ),
  unfaithful(
    [STUDY],
    "People who walked at least 10,000 steps a day had a 47% lower risk of dying early.",
    "number",
    "wrong threshold",
  ),
  unfaithful(
    [STUDY],
    "The authors said walking was the best way to lower the risk of dying early.",
    "invented",
    "an invented superlative claim",
  ),

  // Rail fares.
  faithful(
    [FARES],
    "Neil Parry said on Tuesday that rail fares in England would go up by 4.6 per cent in March.",
    "synonym",
    "'announced' as 'said', 'rise' as 'go up'",
  ),
  faithful(
    [FARES],
    "The transport secretary announced a 4.6% rise in rail fares in England from March.",
    "nominalisation",
    "a title for the name, the rise as a noun",
  ),
  faithful(
    [FARES],
    "The 4.6% rise in rail fares is below the 5.1% inflation rate in July.",
    "nominalisation",
    "two sentences joined around the rise",
  ),
  faithful(
    [FARES],
    "Passenger groups warned the increase would still hit commuters hard.",
    "synonym",
    "'said' as 'warned'",
  ),
  unfaithful(
    [FARES],
    "Rail fares in England will rise by 4.6% in March, above July's inflation rate.",
    "negation",
    "below made above",
  ),
  unfaithful(
    [FARES],
    "Neil Parry said the increase would still hit commuters hard.",
    "speaker",
    "passenger groups' words given to the minister",
  ),
  unfaithful([FARES], "Passenger groups welcomed the 4.6% rise in rail fares.", "invented", "a stance reversed"),
  unfaithful([FARES], "Rail fares in England will rise by 5.1% in March.", "number", "inflation given as the rise"),
  unfaithful(
    [FARES],
    "Rail fares in England will rise by 4.6% in March because of higher energy costs.",
    "invented",
    "an added cause",
  ),
  unfaithful([FARES], "Rail fares in England will rise by 4.6% in May.", "number", "wrong month"),
  unfaithful([FARES], "Bus fares in England will be frozen until March.", "stitched", "a claim from another story"),

  // Drought.
  faithful(
    [DROUGHT],
    "The farmers' union said the region's wheat yields dropped by roughly a third after the driest spring since 1976.",
    "synonym",
    "attribution to the front, 'fell' as 'dropped', 'about' as 'roughly'",
  ),
  faithful(
    [DROUGHT],
    "The farmers' union has asked the government for emergency support.",
    "compression",
    "'the union' resolved",
  ),
  faithful(
    [DROUGHT],
    "Ministers have yet to respond to the union's request for emergency support.",
    "nominalisation",
    "'have not yet responded' as 'have yet to respond'",
  ),
  unfaithful(
    [DROUGHT],
    "Ministers have rejected the farmers' union's request for emergency support.",
    "invented",
    "an outcome the passage says has not come",
  ),
  unfaithful(
    [DROUGHT],
    "The government has agreed to give farmers emergency support.",
    "invented",
    "an outcome the passage says has not come",
  ),
  unfaithful(
    [DROUGHT],
    "Wheat yields in the region fell by about a third after the driest spring on record.",
    "invented",
    "'since 1976' made a record",
  ),
  unfaithful([DROUGHT], "Wheat yields in the region fell by about a half this year.", "number", "wrong share"),
  unfaithful(
    [DROUGHT],
    "Wheat yields fell by about a third after the driest spring since 1967.",
    "number",
    "wrong year",
  ),

  // Film festival.
  faithful(
    [FILM],
    "Mette Holm's Danish drama Low Tide took the top prize at the Venice film festival.",
    "synonym",
    "possessive for 'directed by', 'won' as 'took'",
  ),
  faithful([FILM], "Ines Rocha was named best actress for her role in Salt.", "synonym", "award as 'named'"),
  faithful([FILM], "On Saturday, Low Tide won the Golden Lion at Venice.", "moved adverbial", "time to the front"),
  faithful(
    [FILM],
    "A jury led by the actor Paul Grier gave the best actress award to Ines Rocha.",
    "compression",
    "'the jury' as 'a jury', the film dropped",
  ),
  unfaithful([FILM], "Ines Rocha won the Golden Lion for her role in Salt.", "role", "the actress given the top prize"),
  unfaithful([FILM], "Paul Grier directed the Danish drama Low Tide.", "role", "the jury head made the director"),
  unfaithful([FILM], "The Brazilian drama Low Tide won the Golden Lion.", "role", "the other film's country"),
  unfaithful([FILM], "Low Tide won the Golden Lion on Sunday.", "number", "wrong weekday"),
  unfaithful([FILM], "Mette Holm dedicated the Golden Lion to her late mother.", "invented", "an invented detail"),
  unfaithful(
    [FILM],
    "Low Tide, directed by Mette Holm, won the best actress award at Venice.",
    "role",
    "the film given the other award",
  ),
];
