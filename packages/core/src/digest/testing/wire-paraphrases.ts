/**
 * A third held-out table of summary sentences over cited passages (written for round verify10 on
 * 2026-12-06; texts and labels written before the check ever ran on them): eight invented stories,
 * most with two passages from two outlets. Faithful sentences are paraphrases as a summarizer or
 * editor writes them (clauses reordered, synonyms, nominalisations, active for passive and back, a
 * count in words for digits, "the company" or "the bank" for a name, two passages merged);
 * unfaithful ones err as language models do (a wrong number, person, weekday, month or year, a
 * flipped negation, an invented or altered quote, a cause or intent the passages do not state, a
 * hedge removed, a detail moved from one passage's subject to another's). No corpus text.
 * First run, before any change of verify10: faithful 8 of 44 supported, unfaithful 44 of 46 flagged
 * (passed: "up 9%" for "down 9%", and "would" for the passage's "could" before a quotation).
 * End of verify10: faithful 10 of 44, unfaithful 46 of 46 (bench/verify-editor-rewrites.ts).
 */
import { type EditorRewrite, faithfulTo, type RewriteKind, unfaithfulTo } from "./editor-rewrites.js";

const FINE =
  "The Financial Conduct Authority fined Morrow Bank £42.5 million on Thursday for failing to carry out proper checks " +
  "on customers it had flagged as high risk between 2019 and 2023. " +
  "The bank qualified for a 30% discount by agreeing to settle early, the regulator said.";
const FINE_RESPONSE =
  "Morrow Bank said it accepted the findings and had spent £90 million improving its systems since 2023. " +
  'Its chief executive, Alison Greer, said the failings "should never have happened".';
const RESULTS =
  "Pellow's, the UK's fifth-largest supermarket chain, reported a pre-tax profit of £612 million for the year to February, " +
  "down 9% on the year before. " +
  "Chief executive Dominic Aske said food price inflation had slowed and that prices could fall further in the autumn.";
const RESULTS_PLANS =
  "The company said it would open 25 new stores this year, creating about 3,000 jobs, " +
  "and would raise pay for shop-floor staff to £12.60 an hour from June.";
const AVALANCHE =
  "Four skiers were killed and two others injured when an avalanche swept down an off-piste slope near the resort of " +
  "Val Creuse on Sunday afternoon, the regional prefecture said. " +
  "Rescuers using dogs and a helicopter pulled all six from the snow within an hour.";
const AVALANCHE_RISK =
  "The avalanche risk in the area had been rated four on a scale of five since Friday, forecasters said. " +
  "The resort's mayor, Luc Bastien, said the slope was outside the marked runs and had been closed to skiers.";
const WRECK =
  "Divers have found the wreck of the Margaretha, a Dutch merchant ship that sank off the Cornish coast in 1684, " +
  "the Penwith Maritime Trust said on Monday. " +
  "The ship was carrying silk, pepper and porcelain from the East Indies when it went down in a storm with the loss of 112 lives.";
const WRECK_PLANS =
  'The trust\'s director, Helen Osei, said the find could "transform what we know about the spice trade". ' +
  "The wreck will not be raised, and its exact location is being kept secret to protect it from looters.";
const FINAL =
  "Lena Marsh beat the top seed, Katya Volkova, 6-4, 3-6, 7-5 to win the Dubai Open on Saturday, her first title in two years. " +
  "Marsh, 27, saved three break points in the final game.";
const FINAL_INJURY =
  "Volkova, who needed treatment on her right shoulder during the second set, said she would decide this week whether to play in Madrid.";
const FROG =
  "Scientists have identified a new species of tree frog in the cloud forests of northern Peru, according to a paper " +
  "published in the journal Zootaxa on Wednesday. " +
  "The frog, which measures just 18 millimetres, was found at altitudes above 2,500 metres.";
const FROG_THREAT =
  "The researchers, led by biologist Ana Quispe of the University of Cusco, said the species may already be endangered " +
  "because the forest where it lives is being cleared for cattle farming.";
const GRANT =
  "The Northbridge Symphony Orchestra will lose its entire £1.3 million annual grant from the Arts Council from April, " +
  "the council announced on Tuesday. " +
  "It was one of 31 organisations in the region to have their funding withdrawn.";
const GRANT_RESPONSE =
  "The orchestra's managing director, Tomás Reyes, said the decision put the jobs of 64 musicians at risk and that the orchestra would appeal. " +
  "Arts Council chair Fiona Lake said the cuts were forced on it by a 12% reduction in its own budget.";
const RUNWAY =
  "Planning inspectors approved a second runway at Eastmere Airport on Friday, ending a seven-year battle over the scheme. " +
  "The airport said the £2.4 billion project would create 8,000 jobs and could be finished by 2031.";
const RUNWAY_REACTION =
  'The Eastmere Residents\' Association said it was "deeply disappointed" and would consider seeking a judicial review. ' +
  "Environmental groups said the runway would add 1.2 million tonnes of carbon dioxide a year.";

const faithful = faithfulTo;
const unfaithful = unfaithfulTo;

export const WIRE_PARAPHRASES: EditorRewrite[] = [
  // A regulator's fine (the regulator's notice and the bank's reply).
  faithful(
    [FINE],
    "The Financial Conduct Authority has fined Morrow Bank £42.5m for failing to properly check high-risk customers.",
    "compression",
    "£42.5m, 'customers it had flagged as high risk' as 'high-risk customers'",
  ),
  faithful(
    [FINE],
    "Morrow Bank was fined £42.5 million by the Financial Conduct Authority on Thursday over failures in its checks on high-risk customers from 2019 to 2023.",
    "passive",
    "passive, 'failing to carry out checks' as 'failures in its checks'",
  ),
  faithful(
    [FINE, FINE_RESPONSE],
    "The bank, which received a 30% discount for settling early, said it accepted the regulator's findings.",
    "join",
    "two passages merged, 'the bank' for its name",
  ),
  faithful(
    [FINE_RESPONSE],
    'Alison Greer, the chief executive, said the failings "should never have happened".',
    "attribution",
    "apposition moved after the name",
  ),
  faithful(
    [FINE_RESPONSE],
    "Morrow Bank said it had spent £90 million on improving its systems since 2023.",
    "compression",
    "the acceptance dropped",
  ),
  unfaithful(
    [FINE],
    "The Financial Conduct Authority fined Morrow Bank £45.2 million on Thursday.",
    "number",
    "digits swapped",
  ),
  unfaithful(
    [FINE, FINE_RESPONSE],
    "Morrow Bank said it rejected the regulator's findings.",
    "negation",
    "accepted made rejected",
  ),
  unfaithful(
    [FINE, FINE_RESPONSE],
    'The Financial Conduct Authority said the failings "should never have happened".',
    "speaker",
    "the chief executive's words given to the regulator",
  ),
  unfaithful(
    [FINE],
    "Morrow Bank was fined £42.5 million on Tuesday for failing to check high-risk customers.",
    "number",
    "wrong weekday",
  ),
  unfaithful(
    [FINE, FINE_RESPONSE],
    'Alison Greer said the bank would "fully cooperate with any criminal investigation".',
    "invented",
    "an invented quote",
  ),
  unfaithful(
    [FINE],
    "Morrow Bank failed to check high-risk customers because it had cut its compliance staff to save money.",
    "invented",
    "a cause the passage does not state",
  ),

  // A supermarket's results (the results and the company's plans).
  faithful(
    [RESULTS],
    "Pellow's said its pre-tax profit fell 9% to £612 million in the year to February.",
    "synonym",
    "'down 9%' as 'fell 9%', 'reported' as 'said'",
  ),
  faithful(
    [RESULTS_PLANS],
    "The supermarket chain plans to open 25 stores this year, creating around 3,000 jobs.",
    "synonym",
    "'said it would' as 'plans to', 'about' as 'around'",
  ),
  faithful(
    [RESULTS, RESULTS_PLANS],
    "Shop-floor staff at Pellow's will be paid £12.60 an hour from June, the company said.",
    "passive",
    "passive of 'raise pay', the name from the other passage",
  ),
  faithful(
    [RESULTS],
    "Dominic Aske, the chief executive, said food price inflation had slowed and prices could fall further in the autumn.",
    "attribution",
    "apposition after the name",
  ),
  faithful(
    [RESULTS, RESULTS_PLANS],
    "Twenty-five new Pellow's stores will open this year, the company said.",
    "number",
    "count in words, the stores made the subject",
  ),
  faithful(
    [RESULTS, RESULTS_PLANS],
    "Pellow's, whose profit fell 9% to £612 million, will create about 3,000 jobs by opening 25 new stores this year.",
    "join",
    "two passages merged, the means and the result swapped",
  ),
  unfaithful(
    [RESULTS],
    "Pellow's reported a pre-tax profit of £612 million, up 9% on the year before.",
    "negation",
    "down made up",
  ),
  unfaithful(
    [RESULTS],
    "Dominic Aske said prices would fall further in the autumn.",
    "modality",
    "'could' made 'would'",
  ),
  unfaithful(
    [RESULTS, RESULTS_PLANS],
    "Pellow's will raise pay for shop-floor staff to £12.60 an hour from July.",
    "number",
    "wrong month",
  ),
  unfaithful(
    [RESULTS, RESULTS_PLANS],
    "Pellow's will open 25 new stores this year, creating about 5,000 jobs.",
    "number",
    "wrong count",
  ),
  unfaithful(
    [RESULTS],
    "Pellow's, the UK's largest supermarket chain, reported a pre-tax profit of £612 million.",
    "invented",
    "'fifth-largest' made 'largest'",
  ),

  // An avalanche (the prefecture's account and the forecasters' and mayor's).
  faithful(
    [AVALANCHE],
    "An avalanche near Val Creuse killed four skiers and injured two on Sunday afternoon, the prefecture said.",
    "passive",
    "active for passive",
  ),
  faithful(
    [AVALANCHE],
    "All six skiers were pulled from the snow within an hour by rescuers using dogs and a helicopter.",
    "passive",
    "passive, 'all six' given its noun",
  ),
  faithful(
    [AVALANCHE_RISK],
    "Forecasters had rated the avalanche risk at four out of five since Friday.",
    "number",
    "'four on a scale of five' as 'four out of five', attribution made the subject",
  ),
  faithful(
    [AVALANCHE_RISK],
    "Mayor Luc Bastien said the slope, which lay outside the marked runs, had been closed.",
    "synonym",
    "a clause made a relative clause, a title for the apposition",
  ),
  faithful(
    [AVALANCHE],
    "The avalanche, which struck an off-piste slope on Sunday, killed 4 skiers.",
    "number",
    "digits for the word, 'swept down' as 'struck'",
  ),
  faithful(
    [AVALANCHE, AVALANCHE_RISK],
    "Four skiers died in an avalanche on Sunday on a slope where the risk had been rated four out of five.",
    "join",
    "two passages merged, 'were killed' as 'died'",
  ),
  unfaithful(
    [AVALANCHE],
    "Five skiers were killed when an avalanche swept down an off-piste slope near Val Creuse.",
    "number",
    "wrong death toll",
  ),
  unfaithful(
    [AVALANCHE, AVALANCHE_RISK],
    "The slope where the avalanche struck had been open to skiers, the mayor said.",
    "negation",
    "closed made open",
  ),
  unfaithful(
    [AVALANCHE_RISK],
    "The avalanche risk had been rated four on a scale of five since Saturday.",
    "number",
    "wrong weekday",
  ),
  unfaithful(
    [AVALANCHE, AVALANCHE_RISK],
    "Luc Bastien said the skiers had ignored warning signs before entering the slope.",
    "invented",
    "a cause and blame the passages do not state",
  ),
  unfaithful(
    [AVALANCHE],
    "Rescuers took more than three hours to pull the six skiers from the snow.",
    "number",
    "'within an hour' made 'more than three hours'",
  ),
  unfaithful(
    [AVALANCHE, AVALANCHE_RISK],
    "The regional prefecture said the slope was outside the marked runs and had been closed to skiers.",
    "speaker",
    "the mayor's words given to the prefecture from the other passage",
  ),

  // A shipwreck found (the trust's announcement and its director's comments).
  faithful(
    [WRECK],
    "The wreck of the Margaretha, a Dutch merchant ship that went down off Cornwall in 1684, has been found by divers.",
    "passive",
    "passive, 'sank' as 'went down', 'the Cornish coast' as 'Cornwall'",
  ),
  faithful(
    [WRECK],
    "The Margaretha sank in a storm in 1684 with the loss of 112 lives while carrying silk, pepper and porcelain from the East Indies.",
    "join",
    "two sentences merged, clauses reordered",
  ),
  faithful(
    [WRECK, WRECK_PLANS],
    'Helen Osei, who directs the Penwith Maritime Trust, said the discovery could "transform what we know about the spice trade".',
    "nominalisation",
    "'director' as 'who directs', 'the find' as 'the discovery'",
  ),
  faithful(
    [WRECK_PLANS],
    "To protect it from looters, the wreck's exact location is being kept secret and it will not be raised.",
    "moved adverbial",
    "purpose moved to the front, clauses reordered",
  ),
  faithful(
    [WRECK],
    "The Penwith Maritime Trust announced the discovery on Monday.",
    "nominalisation",
    "'said divers have found' as 'announced the discovery'",
  ),
  unfaithful([WRECK], "The Margaretha sank off the Cornish coast in 1648.", "number", "wrong year"),
  unfaithful([WRECK], "The Margaretha went down in a storm with the loss of 121 lives.", "number", "digits swapped"),
  unfaithful(
    [WRECK, WRECK_PLANS],
    "The wreck will be raised and put on display, the trust said.",
    "negation",
    "'will not be raised' made 'will be raised', a display invented",
  ),
  unfaithful(
    [WRECK, WRECK_PLANS],
    'Helen Osei said the find would "transform what we know about the spice trade".',
    "modality",
    "'could' made 'would'",
  ),
  unfaithful(
    [WRECK],
    "The Margaretha, an English merchant ship, sank off the Cornish coast in 1684.",
    "role",
    "Dutch made English",
  ),
  unfaithful(
    [WRECK, WRECK_PLANS],
    "The wreck's location is being kept secret because the Dutch government has claimed ownership of it.",
    "invented",
    "a cause the passages do not state (looters)",
  ),

  // A tennis final (the match report and the loser's injury).
  faithful(
    [FINAL],
    "Lena Marsh won the Dubai Open on Saturday, defeating top seed Katya Volkova 6-4, 3-6, 7-5.",
    "synonym",
    "main clause and purpose clause swapped",
  ),
  faithful([FINAL], "The title was Marsh's first in two years.", "nominalisation", "the apposition made a sentence"),
  faithful(
    [FINAL],
    "Marsh, 27, saved three break points in the last game of the match.",
    "synonym",
    "'the final game' as 'the last game of the match'",
  ),
  faithful(
    [FINAL_INJURY],
    "Volkova, who was treated for a right shoulder problem in the second set, will decide this week whether to play in Madrid.",
    "passive",
    "'needed treatment' as 'was treated', the attribution dropped",
  ),
  faithful(
    [FINAL],
    "Katya Volkova, the top seed, lost the final in three sets.",
    "synonym",
    "the match told from the loser's side",
  ),
  faithful(
    [FINAL],
    "Marsh, 27, beat Volkova in three sets to take her first title in two years.",
    "compression",
    "the score as 'in three sets', 'win' as 'take'",
  ),
  unfaithful(
    [FINAL],
    "Katya Volkova beat Lena Marsh 6-4, 3-6, 7-5 to win the Dubai Open.",
    "role",
    "winner and loser swapped",
  ),
  unfaithful(
    [FINAL],
    "Lena Marsh won the Dubai Open on Saturday, her first title in three years.",
    "number",
    "wrong span",
  ),
  unfaithful(
    [FINAL, FINAL_INJURY],
    "Volkova said she would withdraw from the tournament in Madrid because of her shoulder injury.",
    "modality",
    "an undecided choice made a decision",
  ),
  unfaithful(
    [FINAL],
    "Marsh, 27, saved three match points in the final game.",
    "invented",
    "break points made match points",
  ),
  unfaithful(
    [FINAL, FINAL_INJURY],
    "Marsh needed treatment on her right shoulder during the second set.",
    "role",
    "the loser's injury given to the winner",
  ),

  // A new frog species (the paper and its authors' warning).
  faithful(
    [FROG],
    "A new species of tree frog has been discovered in northern Peru's cloud forests, a paper in the journal Zootaxa reported on Wednesday.",
    "synonym",
    "'identified' as 'discovered', passive, a possessive for 'of'",
  ),
  faithful(
    [FROG],
    "The frog, only 18 millimetres long, was found at altitudes of more than 2,500 metres.",
    "synonym",
    "'which measures just' as 'only … long', 'above' as 'more than'",
  ),
  faithful(
    [FROG, FROG_THREAT],
    "Biologist Ana Quispe, of the University of Cusco, led the team that identified the species.",
    "join",
    "two passages merged, 'the researchers, led by' made active",
  ),
  faithful(
    [FROG_THREAT],
    "The researchers warned that the species may already be endangered as its forest is being cleared for cattle farming.",
    "synonym",
    "'said' as 'warned', 'because' as 'as'",
  ),
  faithful(
    [FROG, FROG_THREAT],
    "According to the researchers, the new frog may already be endangered.",
    "attribution",
    "attribution to the front, 'the species' as 'the new frog'",
  ),
  unfaithful(
    [FROG_THREAT],
    "The researchers said the species is already endangered because its forest is being cleared for cattle farming.",
    "modality",
    "'may already be' made 'is already'",
  ),
  unfaithful(
    [FROG],
    "The frog, which measures 18 centimetres, was found at altitudes above 2,500 metres.",
    "number",
    "millimetres made centimetres",
  ),
  unfaithful(
    [FROG],
    "Scientists have identified a new species of tree frog in the cloud forests of southern Peru.",
    "role",
    "northern made southern",
  ),
  unfaithful(
    [FROG, FROG_THREAT],
    'Ana Quispe said the frog was "the smallest ever found in the Andes".',
    "invented",
    "an invented quote with a superlative",
  ),
  unfaithful(
    [FROG, FROG_THREAT],
    "The research was led by biologist Ana Quispe of the University of Lima.",
    "role",
    "the wrong university",
  ),

  // An orchestra's grant withdrawn (the council's announcement and the two sides' comments).
  faithful(
    [GRANT],
    "The Arts Council said on Tuesday it would withdraw the Northbridge Symphony Orchestra's £1.3m annual grant from April.",
    "synonym",
    "the council made the subject, 'lose' as 'withdraw'",
  ),
  faithful(
    [GRANT],
    "Thirty-one organisations in the region, including the Northbridge Symphony Orchestra, have had their Arts Council funding withdrawn.",
    "number",
    "count in words, 'one of 31' turned round",
  ),
  faithful(
    [GRANT_RESPONSE],
    "The orchestra will appeal against the decision, which puts 64 musicians' jobs at risk, its managing director said.",
    "join",
    "two reported clauses joined as a relative clause, attribution to the back",
  ),
  faithful(
    [GRANT_RESPONSE],
    "Fiona Lake, who chairs the Arts Council, blamed the cuts on a 12% reduction in the council's own budget.",
    "synonym",
    "'said the cuts were forced on it by' as 'blamed the cuts on'",
  ),
  faithful(
    [GRANT, GRANT_RESPONSE],
    "Tomás Reyes said the loss of the grant put the jobs of 64 musicians at risk.",
    "nominalisation",
    "'the decision' as 'the loss of the grant'",
  ),
  faithful(
    [GRANT],
    "The cut will take effect in April, when the orchestra loses all of its £1.3 million grant.",
    "synonym",
    "'entire' as 'all of its', the date made the subject",
  ),
  unfaithful(
    [GRANT],
    "The Northbridge Symphony Orchestra will lose half of its £1.3 million grant from April.",
    "number",
    "entire made half",
  ),
  unfaithful(
    [GRANT_RESPONSE],
    "Tomás Reyes said the decision put the jobs of 46 musicians at risk.",
    "number",
    "digits swapped",
  ),
  unfaithful(
    [GRANT, GRANT_RESPONSE],
    "The orchestra said it would not appeal against the decision.",
    "negation",
    "would appeal negated",
  ),
  unfaithful(
    [GRANT_RESPONSE],
    "Fiona Lake said the decision put the jobs of 64 musicians at risk.",
    "speaker",
    "the managing director's words given to the council chair",
  ),
  unfaithful(
    [GRANT_RESPONSE],
    "Tomás Reyes said the cuts were forced on the Arts Council by a 12% reduction in its own budget.",
    "speaker",
    "the council chair's words given to the managing director",
  ),
  unfaithful(
    [GRANT, GRANT_RESPONSE],
    "The Arts Council withdrew the orchestra's grant because of falling audience numbers.",
    "invented",
    "a cause the passages do not state",
  ),
  unfaithful(
    [GRANT],
    "The Arts Council announced on Thursday that the orchestra would lose its grant.",
    "number",
    "wrong weekday",
  ),

  // A runway approved (the decision and the reactions).
  faithful(
    [RUNWAY],
    "A second runway at Eastmere Airport was approved by planning inspectors on Friday after a seven-year fight.",
    "passive",
    "passive, 'ending a battle' as 'after a fight'",
  ),
  faithful(
    [RUNWAY],
    "The airport says the £2.4bn runway will create 8,000 jobs.",
    "synonym",
    "present tense, 'project' as 'runway', £2.4bn",
  ),
  faithful(
    [RUNWAY],
    "Eastmere Airport said the project could be completed by 2031.",
    "synonym",
    "'finished' as 'completed'",
  ),
  faithful(
    [RUNWAY, RUNWAY_REACTION],
    'The residents\' association said it was "deeply disappointed" by the decision and would consider a judicial review.',
    "compression",
    "'seeking' dropped, 'by the decision' added from the other passage",
  ),
  faithful(
    [RUNWAY_REACTION],
    "According to environmental groups, the new runway would add 1.2 million tonnes of carbon dioxide a year.",
    "attribution",
    "attribution to the front",
  ),
  unfaithful([RUNWAY], "The airport said the runway would be finished by 2031.", "modality", "'could' made 'would'"),
  unfaithful(
    [RUNWAY, RUNWAY_REACTION],
    "The Eastmere Residents' Association said it would seek a judicial review.",
    "modality",
    "'would consider seeking' made 'would seek'",
  ),
  unfaithful(
    [RUNWAY],
    "Planning inspectors approved a second runway at Eastmere Airport on Friday, ending a five-year battle.",
    "number",
    "wrong span",
  ),
  unfaithful(
    [RUNWAY, RUNWAY_REACTION],
    "The airport said the runway would add 1.2 million tonnes of carbon dioxide a year.",
    "speaker",
    "environmental groups' figure given to the airport",
  ),
  unfaithful(
    [RUNWAY],
    "Planning inspectors rejected plans for a second runway at Eastmere Airport.",
    "negation",
    "approved made rejected",
  ),
  unfaithful([RUNWAY], "The airport said the £2.4 billion project would create 18,000 jobs.", "number", "wrong count"),
];
