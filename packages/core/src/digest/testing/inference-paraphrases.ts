/**
 * An eleventh held-out table of summary sentences, each over the two passages of one invented article
 * (written for round verify19 on 2026-12-07; texts and labels written before the check ever ran on
 * them): seven articles (a ferry deckhand charged with theft, a docks takeover, a netball World Cup
 * quarter-final, a winter storm, a cathedral organ's restoration, a chess player expelled, a lorry
 * driver jailed). Faithful sentences draw what the article implies but no one passage words as the
 * sentence does, the inferences an abstractive engine makes and no earlier table holds: a pronoun or
 * description resolved to the person it stands for ("He will appear …" after "Gareth Lowe, 41, … was
 * arrested" as "Gareth Lowe will appear …"); a relative day restated as the weekday or date it is
 * from the article's dateline or its own day ("yesterday" in a Monday article as "on Sunday", "on
 * Monday" in an article of Wednesday 14 October as "on 12 October"); an aggregate of several
 * passages ("two rival bidders pulled out" from one bidder in each, "£1.3m" from £900,000 and
 * £400,000); a role derived from the article ("the Scotland coach" for "Kirsty Dunmore's Scotland
 * side"); and cause and effect restated ("gales brought down power lines … and 23,000 homes were left
 * without electricity" as "the storm cut power to 23,000 homes"). Unfaithful ones are built from the
 * same words: the wrong antecedent, the wrong weekday or date, an aggregate with the wrong count or
 * sum, a role the article does not give, a reversed or misattributed cause. No corpus text.
 * First run, before any change of verify19 (bench/verify-editor-rewrites.ts): faithful 13 of 48 supported,
 * unfaithful 20 of 28 flagged (all rows by kind: pronoun 12 of 21, weekday 4 of 10, aggregate 5 of 13,
 * role 5 of 15, cause 7 of 17). Passed unfaithful: four wrong antecedents ("Nina Fraser will appear …",
 * "Kirsty Dunmore announced … she would retire", "Ann Marlow will give a farewell recital", "Joris Kamp
 * denies cheating", at 0.5–0.61 by the abstractive rule), two roles the article does not give
 * ("Velsen Maritime's chief executive, Ruth Amesbury", "The Scotland captain, Kirsty Dunmore"),
 * "Scotland will play England" (Jamaica will) and a reversed cause ("Flooding … caused a burst
 * riverbank", 0.966). Flagged faithful: every relative day restated, every aggregate of two passages,
 * "the Scotland coach" for "Dunmore's Scotland side", "Jamaica's shooter" for "Their shooter", most
 * causes restated ("led … to withdraw", "the storm cut power", "because … was expelled").
 * End of verify19: faithful 19 of 48, unfaithful 27 of 28 (pronoun 18 of 21, weekday 5 of 10, aggregate
 * 6 of 13, role 9 of 15, cause 8 of 17). Newly passed: "Scotland coach Kirsty Dunmore …" (twice), "Lena
 * Voss beat Joris Kamp …" (a "She" after the one person brought in with an age), "… on 12 October" (a
 * bare Monday dated from "Wednesday 14 October"), "Jamaica's shooter …", "… sung without the organ
 * because …"; newly flagged: the four wrong antecedents, "Velsen Maritime's chief executive", "The
 * Scotland captain, Kirsty Dunmore", "Scotland will play England". Still passed unfaithful: "Flooding …
 * caused a burst riverbank" (the tagger reads "works" as a verb, so the reversed participle rule does
 * not see its subject). Still flagged faithful: aggregates across passages ("Two rival bidders", "£1.3m" from
 * £900,000 and £400,000, "two rest centres" from a list with "the"), causes in other words, relative
 * days whose dateline is in another passage, and sentences restructured around a weekday.
 */
import { type EditorRewrite, faithfulTo, unfaithfulTo } from "./editor-rewrites.js";

const FERRY = [
  "Police in Strathmoor have charged a deckhand with stealing £48,000 from the ticket office of the Isle of Carra " +
    "ferry, Strathmoor Police said on Wednesday 14 October. " +
    "Gareth Lowe, 41, of Port Ellin, was arrested at his home on Monday evening. " +
    "He will appear at Strathmoor Sheriff Court on Friday.",
  "The ferry's operator, Carra Sound Shipping, said it had suspended Lowe and another deckhand, Nina Fraser, 29, on " +
    "full pay. " +
    "She has not been charged. " +
    "The company's managing director, Ian Tulloch, said the missing money had been discovered by auditors in August. " +
    "He said the firm had since changed how cash is counted.",
];
const DOCKS = [
  "Pellworth Ports, the owner of Harwick docks, has agreed to be bought by the Dutch group Velsen Maritime for £610m, " +
    "the companies said on Thursday. " +
    "Earlier this month the Norwegian firm Skagen Havn withdrew its offer, citing the cost of dredging the harbour.",
  "The American investment fund Larchmont Capital also pulled out of the auction last week after failing to agree " +
    "terms with the docks' pension trustees. " +
    "Pellworth's chief executive, Ruth Amesbury, said Velsen's offer was \"the best outcome for the port\". " +
    "She will stay in her job for a year after the deal. " +
    "Unions said they had been given no guarantees on jobs.",
];
const NETBALL = [
  "Kirsty Dunmore's Scotland side lost 58-41 to Jamaica in the Netball World Cup quarter-final in Cape Town on " +
    "Sunday. " +
    'Dunmore, who took charge in 2022, said her players had been "outmuscled in the second half".',
  "Scotland's captain, Eilidh Rankin, 31, scored 29 goals. " +
    "She announced after the match that she would retire from international netball. " +
    "Jamaica, coached by Marva Thompson, will play England in the semi-final on Tuesday. " +
    "Their shooter Tanesha Grant was named player of the match.",
];
const STORM = [
  "KELSBY, Monday 2 February — Gales of up to 90mph brought down power lines across north Kelsby yesterday, and " +
    "23,000 homes were left without electricity, Northgrid said. " +
    "The storm also forced the closure of the Kelsby Bridge for six hours.",
  "Engineers had restored supplies to 15,000 homes by this morning, and the rest should be reconnected by Wednesday. " +
    "Flooding at the Ardle treatment works, caused by a burst riverbank, meant that 4,000 homes in Tarnside had no " +
    "running water. " +
    "Kelsby Council opened rest centres at Tarnside Academy and the Mill Street church hall.",
];
const ORGAN = [
  "The organ of St Aldhelm's Cathedral in Wexcombe will be silent for 18 months while it is restored, the cathedral " +
    "said on Friday. " +
    "Its organist, Dr Simon Hale, 56, has played it for 24 years. " +
    "He will give a farewell recital on 28 June.",
  "The £2.1m restoration will be carried out by Harrison Bell of Durham. " +
    "The Heritage Lottery Fund gave £900,000, and the Wexcombe Trust gave £400,000. " +
    "The cathedral's dean, the Very Rev Ann Marlow, said the rest would come from an appeal. " +
    "She said the organ's bellows had split last winter, forcing several services to be sung without it.",
];
const CHESS = [
  "Grandmaster Pavel Orlik, 38, has been expelled from the Varna Open after officials found a mobile phone in a " +
    "toilet cubicle he had used, the organisers said on Saturday. " +
    "He denies cheating and said he would appeal to the European Chess Union.",
  "Orlik's expulsion means Lena Voss, 24, of Germany, leads the tournament with one round to play. " +
    "She beat the Dutch player Joris Kamp in Friday's sixth round. " +
    'Kamp, who had won his first five games, said he was "shocked" by the news. ' +
    "The tournament's arbiter, Milan Sedlak, said the phone had been handed to police.",
];
const LORRY = [
  "HOLBECK, Thursday — A 47-year-old lorry driver who fell asleep at the wheel and killed two cyclists was jailed " +
    "for six years yesterday. " +
    "Darren Pike, of Holbeck, had admitted two counts of causing death by dangerous driving at Leeds Crown Court in May.",
  "The cyclists, Amy Doyle, 33, and her brother Sean Doyle, 30, were hit on the A61 near Holbeck in January. " +
    "Judge Helen Ward said Pike had driven for 14 hours without a break. " +
    "He was also banned from driving for ten years. " +
    "The Doyles' mother, Carol, said the family would campaign for limits on lorry drivers' hours.",
];

const faithful = faithfulTo;
const unfaithful = unfaithfulTo;

export const INFERENCE_PARAPHRASES: EditorRewrite[] = [
  // A ferry deckhand charged with theft.
  faithful(
    FERRY,
    "Gareth Lowe will appear at Strathmoor Sheriff Court on Friday.",
    "pronoun",
    "'He' is Lowe, the sentence before's subject",
  ),
  faithful(FERRY, "Nina Fraser has not been charged.", "pronoun", "'She' is Fraser, the one woman named before"),
  faithful(
    FERRY,
    "Ian Tulloch said the firm had since changed how cash is counted.",
    "pronoun",
    "'He' is Tulloch, the sentence before's subject",
  ),
  faithful(
    FERRY,
    "Gareth Lowe was arrested at his home on 12 October.",
    "weekday",
    "Monday before Wednesday 14 October",
  ),
  faithful(
    FERRY,
    "Carra Sound Shipping has suspended two deckhands, one of whom has been charged with theft.",
    "aggregate",
    "Lowe and 'another deckhand' are two; Lowe is the one charged",
  ),
  faithful(
    FERRY,
    "The deckhand charged with the theft, Gareth Lowe, was arrested on Monday evening.",
    "role",
    "the charged deckhand of the first sentence is the Lowe of the second",
  ),
  faithful(
    FERRY,
    "The managing director of the ferry's operator said auditors had discovered the missing money in August.",
    "role",
    "Tulloch is the managing director of Carra Sound Shipping, the operator",
  ),
  faithful(
    FERRY,
    "Gareth Lowe, a deckhand on the Isle of Carra ferry, was arrested on Monday evening.",
    "role",
    "the charged deckhand of the ferry is the Lowe arrested",
  ),
  unfaithful(
    FERRY,
    "Nina Fraser will appear at Strathmoor Sheriff Court on Friday.",
    "pronoun",
    "'He' is Lowe, not Fraser",
  ),
  unfaithful(FERRY, "Ian Tulloch has not been charged.", "pronoun", "'She has not been charged' is Fraser"),
  unfaithful(FERRY, "Gareth Lowe was arrested at his home on 13 October.", "weekday", "Monday was 12 October"),
  unfaithful(
    FERRY,
    "Carra Sound Shipping has suspended three deckhands.",
    "aggregate",
    "it suspended Lowe and one other",
  ),

  // A docks takeover.
  faithful(
    DOCKS,
    "Two rival bidders pulled out before Pellworth Ports agreed to be bought by Velsen Maritime.",
    "aggregate",
    "Skagen Havn in one passage, Larchmont Capital in the other",
  ),
  faithful(
    DOCKS,
    "Skagen Havn and Larchmont Capital both pulled out of the auction for Pellworth Ports.",
    "aggregate",
    "one withdrew its offer, the other 'also pulled out'",
  ),
  faithful(DOCKS, "Ruth Amesbury will stay in her job for a year after the deal.", "pronoun", "'She' is Amesbury"),
  faithful(
    DOCKS,
    "The cost of dredging the harbour led Skagen Havn to withdraw its offer.",
    "cause",
    "'withdrew its offer, citing the cost' as the cause",
  ),
  faithful(
    DOCKS,
    "Larchmont Capital pulled out because it failed to agree terms with the docks' pension trustees.",
    "cause",
    "'after failing to agree terms' as the reason",
  ),
  faithful(
    DOCKS,
    "The owner of Harwick docks has agreed to a £610m takeover by Velsen Maritime.",
    "role",
    "Pellworth Ports by the description the article gives it",
  ),
  faithful(
    DOCKS,
    "Pellworth Ports' chief executive will stay in her job for a year after the takeover.",
    "pronoun",
    "'She' is Pellworth's chief executive; 'the deal' is the takeover",
  ),
  unfaithful(
    DOCKS,
    "Three rival bidders pulled out before Pellworth Ports agreed to be bought by Velsen Maritime.",
    "aggregate",
    "two bidders pulled out",
  ),
  unfaithful(
    DOCKS,
    "Larchmont Capital withdrew its offer because of the cost of dredging the harbour.",
    "cause",
    "the dredging cost was Skagen Havn's reason",
  ),
  unfaithful(
    DOCKS,
    "Velsen Maritime's chief executive, Ruth Amesbury, said the offer was the best outcome for the port.",
    "role",
    "Amesbury runs Pellworth, the company being bought",
  ),
  unfaithful(
    DOCKS,
    "Ruth Amesbury said unions had been given no guarantees on jobs.",
    "pronoun",
    "the unions said it, not Amesbury",
  ),

  // A netball World Cup quarter-final.
  faithful(
    NETBALL,
    "The Scotland coach, Kirsty Dunmore, said her players had been outmuscled in the second half.",
    "role",
    "'Dunmore's Scotland side' and 'took charge' make her the coach",
  ),
  faithful(
    NETBALL,
    "Scotland coach Kirsty Dunmore took charge in 2022.",
    "role",
    "the role from 'Dunmore's Scotland side'",
  ),
  faithful(
    NETBALL,
    "Eilidh Rankin announced after the match that she would retire from international netball.",
    "pronoun",
    "'She' is the captain of the sentence before",
  ),
  faithful(
    NETBALL,
    "Jamaica's shooter Tanesha Grant was named player of the match.",
    "pronoun",
    "'Their' is Jamaica, the sentence before's subject",
  ),
  faithful(
    NETBALL,
    "Scotland captain Eilidh Rankin scored 29 goals in the 58-41 defeat by Jamaica.",
    "aggregate",
    "the goals from one passage, the score from the other",
  ),
  faithful(
    NETBALL,
    "Jamaica coach Marva Thompson's side will play England in the semi-final on Tuesday.",
    "role",
    "'coached by Marva Thompson' as the coach's side",
  ),
  unfaithful(
    NETBALL,
    "The Scotland captain, Kirsty Dunmore, said her players had been outmuscled in the second half.",
    "role",
    "Dunmore is the coach; Rankin is the captain",
  ),
  unfaithful(
    NETBALL,
    "Kirsty Dunmore announced after the match that she would retire from international netball.",
    "pronoun",
    "'She' is Rankin, not Dunmore",
  ),
  unfaithful(
    NETBALL,
    "Scotland's shooter Tanesha Grant was named player of the match.",
    "pronoun",
    "'Their' is Jamaica's",
  ),
  unfaithful(
    NETBALL,
    "Scotland will play England in the semi-final on Tuesday.",
    "aggregate",
    "Scotland lost the quarter-final; Jamaica play England",
  ),

  // A winter storm.
  faithful(
    STORM,
    "The storm cut power to 23,000 homes across north Kelsby.",
    "cause",
    "gales brought down lines, and homes were left without electricity",
  ),
  faithful(
    STORM,
    "Gales left 23,000 homes in north Kelsby without electricity on Sunday.",
    "weekday",
    "'yesterday' in a Monday article",
  ),
  faithful(
    STORM,
    "Power lines across north Kelsby were brought down by gales of up to 90mph on 1 February.",
    "weekday",
    "'yesterday' in an article of Monday 2 February",
  ),
  faithful(
    STORM,
    "Engineers had restored supplies to 15,000 homes by Monday morning.",
    "weekday",
    "'this morning' in a Monday article",
  ),
  faithful(
    STORM,
    "A burst riverbank flooded the Ardle treatment works, leaving 4,000 homes in Tarnside without running water.",
    "cause",
    "'flooding … caused by a burst riverbank' in the active, its effect as a participle",
  ),
  faithful(STORM, "Kelsby Council opened two rest centres.", "aggregate", "the academy and the church hall"),
  faithful(
    STORM,
    "Power was cut to 23,000 homes after gales brought down lines across north Kelsby.",
    "cause",
    "the effect first, the cause after 'after'",
  ),
  faithful(STORM, "The gales forced the Kelsby Bridge to close for six hours.", "cause", "'the storm' as its gales"),
  unfaithful(
    STORM,
    "Gales left 23,000 homes in north Kelsby without electricity on Saturday.",
    "weekday",
    "'yesterday' in a Monday article is Sunday",
  ),
  unfaithful(
    STORM,
    "Flooding at the Ardle treatment works caused a burst riverbank.",
    "cause",
    "the riverbank burst and caused the flooding",
  ),
  unfaithful(
    STORM,
    "The storm cut power to 4,000 homes in Tarnside.",
    "cause",
    "Tarnside's 4,000 homes lost water, not power",
  ),
  unfaithful(STORM, "Kelsby Council opened three rest centres.", "aggregate", "two are named"),

  // A cathedral organ's restoration.
  faithful(ORGAN, "Dr Simon Hale will give a farewell recital on 28 June.", "pronoun", "'He' is Hale"),
  faithful(
    ORGAN,
    "Ann Marlow said the organ's bellows had split last winter.",
    "pronoun",
    "'She' is the dean of the sentence before",
  ),
  faithful(
    ORGAN,
    "Two funders have given £1.3m towards the organ's restoration.",
    "aggregate",
    "£900,000 and £400,000",
  ),
  faithful(
    ORGAN,
    "Several services were sung without the organ because its bellows had split last winter.",
    "cause",
    "'forcing' as 'because'",
  ),
  faithful(
    ORGAN,
    "St Aldhelm's organist Simon Hale will give a farewell recital on 28 June.",
    "pronoun",
    "'He' is the organist named before",
  ),
  faithful(
    ORGAN,
    "The organ will be silent for 18 months while Harrison Bell of Durham restores it.",
    "aggregate",
    "the silence from one passage, the restorer from the other",
  ),
  faithful(
    ORGAN,
    "The cathedral's dean said an appeal would raise the rest of the £2.1m.",
    "aggregate",
    "'the rest' of the £2.1m restoration's cost",
  ),
  unfaithful(ORGAN, "Ann Marlow will give a farewell recital on 28 June.", "pronoun", "the recital is Hale's"),
  unfaithful(
    ORGAN,
    "Two funders have given £1.4m towards the organ's restoration.",
    "aggregate",
    "£900,000 and £400,000 make £1.3m",
  ),
  unfaithful(
    ORGAN,
    "Singing several services without the organ split its bellows.",
    "cause",
    "the split bellows forced the services without it",
  ),
  unfaithful(
    ORGAN,
    "The cathedral's dean, Simon Hale, has played the organ for 24 years.",
    "role",
    "Hale is the organist; Marlow is the dean",
  ),

  // A chess player expelled.
  faithful(
    CHESS,
    "Pavel Orlik denies cheating and said he would appeal to the European Chess Union.",
    "pronoun",
    "'He' is Orlik",
  ),
  faithful(CHESS, "Lena Voss beat Joris Kamp in Friday's sixth round.", "pronoun", "'She' is Voss"),
  faithful(
    CHESS,
    "Lena Voss leads the Varna Open because Pavel Orlik was expelled.",
    "cause",
    "'Orlik's expulsion means' as 'because'",
  ),
  faithful(
    CHESS,
    "Pavel Orlik was expelled from the Varna Open after a mobile phone was found in a toilet cubicle he had used.",
    "cause",
    "the officials' find in the passive",
  ),
  faithful(
    CHESS,
    "The Varna Open's arbiter, Milan Sedlak, said the phone had been handed to police.",
    "role",
    "'the tournament's arbiter' with the tournament named",
  ),
  faithful(
    CHESS,
    "Lena Voss beat Joris Kamp on the day before Pavel Orlik's expulsion was announced.",
    "weekday",
    "Friday's round, Saturday's announcement",
  ),
  faithful(
    CHESS,
    "Orlik's expulsion put Lena Voss in the lead of the Varna Open with one round to play.",
    "cause",
    "'means … leads' as 'put … in the lead'",
  ),
  unfaithful(
    CHESS,
    "Joris Kamp denies cheating and said he would appeal to the European Chess Union.",
    "pronoun",
    "'He' is Orlik",
  ),
  unfaithful(
    CHESS,
    "Pavel Orlik was expelled because Lena Voss leads the tournament.",
    "cause",
    "the expulsion made Voss the leader, not the other way round",
  ),
  unfaithful(CHESS, "Lena Voss beat Joris Kamp in Saturday's sixth round.", "weekday", "the sixth round was on Friday"),
  unfaithful(
    CHESS,
    "The European Chess Union's arbiter, Milan Sedlak, said the phone had been handed to police.",
    "role",
    "Sedlak is the tournament's arbiter",
  ),

  // A lorry driver jailed.
  faithful(LORRY, "Darren Pike was jailed for six years on Wednesday.", "weekday", "'yesterday' in a Thursday article"),
  faithful(
    LORRY,
    "Darren Pike was also banned from driving for ten years.",
    "pronoun",
    "'He' is Pike, not the judge who spoke",
  ),
  faithful(
    LORRY,
    "Two cyclists were killed because Darren Pike fell asleep at the wheel.",
    "cause",
    "'fell asleep at the wheel and killed two cyclists' as a cause",
  ),
  faithful(
    LORRY,
    "The siblings' mother, Carol, said the family would campaign for limits on lorry drivers' hours.",
    "role",
    "Amy and her brother Sean are siblings",
  ),
  faithful(
    LORRY,
    "Lorry driver Darren Pike, 47, was jailed for six years for killing two cyclists.",
    "role",
    "the 47-year-old lorry driver is the Pike of the next sentence",
  ),
  unfaithful(
    LORRY,
    "Darren Pike was jailed for six years on Thursday.",
    "weekday",
    "'yesterday' in a Thursday article",
  ),
  unfaithful(
    LORRY,
    "Judge Helen Ward was also banned from driving for ten years.",
    "pronoun",
    "'He' is Pike, not the judge",
  ),
  unfaithful(
    LORRY,
    "The cyclists' mother, Amy Doyle, said the family would campaign for limits on lorry drivers' hours.",
    "role",
    "Amy Doyle was one of the cyclists; their mother is Carol",
  ),
  unfaithful(
    LORRY,
    "Darren Pike fell asleep at the wheel because he had killed two cyclists.",
    "cause",
    "a reversed cause",
  ),
];
