/**
 * A seventh held-out table of summary sentences, each over the two passages of one invented article
 * (written for round verify15 on 2026-12-06; texts and labels written before the check ever ran on
 * them): seven articles (a ferry aground, a conductor resigning, a broadband provider fined, a cricket
 * club's points deduction, a boil-water notice, a scientist's fabricated data, a canal lock failure).
 * Faithful sentences make the structural changes an abstractive engine makes: a generalisation for a
 * named organisation or person ("the company", "the regulator", "the club", "officials", "the
 * minister", "the 58-year-old"), a light verb with a nominalisation ("imposed a fine on" for "fined",
 * "will hold a ballot" for "would ballot", "made an apology" for "apologised"), attribution rephrased
 * ("according to", "told reporters" dropped or moved), and a change of voice or clause order that
 * moves a modifier. Unfaithful ones are built from the same words: a generalisation that names the
 * wrong party, a light verb with the wrong object, an attribution moved to another party the article
 * names. No corpus text.
 * First run, before any change of verify15 (bench/verify-editor-rewrites.ts): faithful 13 of 43 supported
 * (generalisations 11 of 22 right, light verbs 10 of 16, attribution 4 of 10, voice 0 of 8, all rows
 * counted), unfaithful 20 of 21 flagged (passed: "The agency hoped to resume sailings …", the
 * operator's hope given to the safety agency, at 0.527).
 * End of verify15: faithful 24 of 43, unfaithful 20 of 21 (the same one still passed). Still flagged:
 * voice changes that restructure the clause (7 of 8), paraphrased words beside the structure ("using"
 * as "with", "advertisements" as "adverts"), a passage's own generalisation where the sentence names
 * the party ("the regulator's chief executive" as "Ofcast's"), clauses reordered around "and".
 */
import { type EditorRewrite, faithfulTo, unfaithfulTo } from "./editor-rewrites.js";

const FERRY = [
  "The ferry operator Skarra Lines has suspended its crossing between Holmport and the island of Brae after its only " +
    "vessel, the MV Tern, ran aground on a sandbank on Tuesday morning. " +
    "The coastguard said all 46 passengers and six crew were taken off safely by lifeboat.",
  "The Maritime Safety Agency said it had opened an investigation into the grounding and would inspect the ship's " +
    "navigation equipment. " +
    "Skarra Lines' managing director, Ruth Okafor, told reporters the company hoped to resume sailings within a fortnight " +
    "using a chartered vessel. " +
    "Island councillor James Abney said businesses on Brae depended on the ferry for deliveries.",
];
const ORCHESTRA = [
  "The principal conductor of the Velden Philharmonic, Tomas Aurel, has resigned with immediate effect, two days before " +
    "the orchestra was due to open its autumn season. " +
    "In a statement on Thursday, the orchestra's board said it had accepted his resignation and thanked him for eight " +
    "years of service.",
  "Aurel, 58, said he was leaving because of a dispute with the board over plans to cut the number of full-time musicians " +
    "from 92 to 80. " +
    "The musicians' union said it would ballot its members on strike action. " +
    "The opening concert on Saturday will be conducted by the assistant conductor, Mei Lindqvist.",
];
const BROADBAND = [
  "The communications regulator Ofcast has fined the satellite broadband provider Lumora £3.2 million for overstating its " +
    "download speeds in advertisements. " +
    "Ofcast said Lumora's adverts had promised speeds of up to 200 megabits per second, while customers typically " +
    "received less than 60.",
  "Lumora said it would appeal against the decision and insisted its adverts complied with the rules. " +
    "The regulator's chief executive, Hannah Voigt, told reporters the fine should send a message to the whole industry. " +
    "Lumora, which has about 310,000 customers, must also offer refunds to those who signed up after January 2025.",
];
const CRICKET = [
  "Harrowfield County Cricket Club have been deducted 12 points by the National Cricket Board after fielding an " +
    "ineligible player in a championship match against Selby in June. " +
    "The board found that the club had failed to register the player, the South African batter Pieter Marais, before " +
    "the deadline.",
  "Harrowfield's chairman, Colin Brandt, said the club accepted the penalty and had apologised to Selby. " +
    "The deduction drops Harrowfield from second to fifth in the table. " +
    "Marais, who scored 140 in the match, will be eligible to play from next week.",
];
const WATER = [
  "About 48,000 households in Dunmere and Calby were told to boil their tap water on Wednesday after routine tests by " +
    "Cresswell Water found traces of a parasite at the Penn Hill treatment works. " +
    "The utility said the works had been shut down and supplies were being drawn from a reservoir at Elsby.",
  "Public health officials said seven people had been treated in hospital for stomach illness, but it was not yet known " +
    "whether the cases were linked to the water. " +
    "The environment minister, Grace Oduya, said she had ordered an inquiry into how the parasite entered the supply. " +
    "Cresswell Water said it expected the notice to stay in place for at least a week.",
];
const LABORATORY = [
  "Marston University has withdrawn four published papers by the biologist Dr Alan Petrov after an internal inquiry " +
    "concluded that he had fabricated data in experiments on crop disease. " +
    "The university said it had dismissed Petrov in October and informed the funding body, the Agricultural Research Council.",
  "Petrov, who denies wrongdoing, told the Marston Courier he intended to challenge his dismissal at an employment tribunal. " +
    "The council said it would seek to recover £1.1 million in grants it had awarded to his laboratory. " +
    "Two of Petrov's former students said they had raised concerns about the data in 2023.",
];
const CANAL = [
  "The Breck Canal was closed to shipping on Monday after a gate at the Tollen lock failed, stranding about 30 cargo barges. " +
    "The canal's operator, Northwater Canals, said engineers would replace the damaged gate, a job expected to take ten days.",
  "The Barge Owners' Association said its members were losing about £40,000 a day and called on the operator to pay " +
    "compensation. " +
    "Northwater's operations director, Kurt Lemaire, said the gate had passed an inspection in March. " +
    "The transport minister, Elaine Forde, said the government would review funding for the canal network.",
];

export const STRUCTURAL_PARAPHRASES: EditorRewrite[] = [
  // A ferry aground.
  faithfulTo(
    FERRY,
    "The company suspended its Holmport to Brae crossing after the MV Tern ran aground on a sandbank on Tuesday.",
    "reference",
    "'the company' for Skarra Lines",
  ),
  faithfulTo(
    FERRY,
    "The Maritime Safety Agency has opened an investigation into the grounding and will carry out an inspection of the ship's navigation equipment.",
    "nominalisation",
    "'would inspect' as 'will carry out an inspection of'",
  ),
  faithfulTo(
    FERRY,
    "According to the coastguard, all 46 passengers and six crew were taken off safely by lifeboat.",
    "attribution",
    "'the coastguard said' as 'according to the coastguard'",
  ),
  faithfulTo(
    FERRY,
    "The firm hopes to resume sailings within a fortnight with a chartered vessel, its managing director said.",
    "attribution",
    "'told reporters' as 'said', 'the firm' for Skarra Lines, 'its managing director' for Ruth Okafor",
  ),
  faithfulTo(
    FERRY,
    "A lifeboat took all 46 passengers and six crew off safely, the coastguard said.",
    "passive",
    "passive made active",
  ),
  faithfulTo(
    FERRY,
    "Officials have opened an investigation into the grounding of the MV Tern.",
    "reference",
    "'officials' for the Maritime Safety Agency",
  ),
  unfaithfulTo(
    FERRY,
    "The agency hoped to resume sailings within a fortnight using a chartered vessel.",
    "reference",
    "the operator's hope given to the safety agency",
  ),
  unfaithfulTo(
    FERRY,
    "The Maritime Safety Agency said it would carry out an inspection of the lifeboat.",
    "nominalisation",
    "the inspection is of the ship's navigation equipment",
  ),
  unfaithfulTo(
    FERRY,
    "According to the coastguard, the company hoped to resume sailings within a fortnight.",
    "speaker",
    "the managing director's words given to the coastguard",
  ),

  // A conductor resigns.
  faithfulTo(
    ORCHESTRA,
    "Tomas Aurel handed in his resignation as principal conductor of the Velden Philharmonic two days before the start of the orchestra's autumn season.",
    "nominalisation",
    "'has resigned' as 'handed in his resignation', 'was due to open its autumn season' as 'the start of the season'",
  ),
  faithfulTo(
    ORCHESTRA,
    "The orchestra's board accepted the conductor's resignation and thanked him for eight years of service.",
    "reference",
    "'the conductor' for Aurel",
  ),
  faithfulTo(
    ORCHESTRA,
    "According to Aurel, he left because of a dispute with the board over plans to cut full-time musicians from 92 to 80.",
    "attribution",
    "'Aurel said' as 'according to Aurel'",
  ),
  faithfulTo(
    ORCHESTRA,
    "The musicians' union will hold a ballot of its members on strike action.",
    "nominalisation",
    "'would ballot' as 'will hold a ballot of'",
  ),
  faithfulTo(
    ORCHESTRA,
    "Assistant conductor Mei Lindqvist will conduct Saturday's opening concert.",
    "passive",
    "passive made active, the title moved before the name",
  ),
  faithfulTo(
    ORCHESTRA,
    "The board had planned to reduce the number of full-time musicians to 80, the 58-year-old said.",
    "reference",
    "'the 58-year-old' for Aurel, 'plans to cut' as 'planned to reduce'",
  ),
  unfaithfulTo(
    ORCHESTRA,
    "According to the board, Aurel left because of a dispute over plans to cut the number of musicians.",
    "speaker",
    "Aurel's reason given to the board",
  ),
  unfaithfulTo(
    ORCHESTRA,
    "Aurel gave his approval to plans to cut the number of full-time musicians from 92 to 80.",
    "nominalisation",
    "he disputed the plans",
  ),
  unfaithfulTo(
    ORCHESTRA,
    "The orchestra said it would ballot its members on strike action.",
    "reference",
    "the union's ballot given to the orchestra",
  ),

  // A broadband provider fined.
  faithfulTo(
    BROADBAND,
    "Ofcast imposed a £3.2 million fine on Lumora for overstating its download speeds in adverts.",
    "nominalisation",
    "'has fined' as 'imposed a fine on'",
  ),
  faithfulTo(
    BROADBAND,
    "The regulator said the provider's adverts promised speeds of up to 200 megabits per second, though customers typically got under 60.",
    "reference",
    "'the regulator' for Ofcast, 'the provider' for Lumora",
  ),
  faithfulTo(
    BROADBAND,
    "Lumora will appeal against the decision, the company said, insisting its adverts complied with the rules.",
    "attribution",
    "attribution moved into the sentence, 'the company' for Lumora",
  ),
  faithfulTo(
    BROADBAND,
    "Lumora said it would lodge an appeal against the decision.",
    "nominalisation",
    "'would appeal' as 'would lodge an appeal'",
  ),
  faithfulTo(
    BROADBAND,
    "The fine should send a message to the whole industry, according to Ofcast's chief executive, Hannah Voigt.",
    "attribution",
    "'told reporters' as 'according to', 'the regulator's' as 'Ofcast's'",
  ),
  faithfulTo(
    BROADBAND,
    "Lumora, which has about 310,000 customers, was fined £3.2 million by Ofcast.",
    "passive",
    "active made passive, the customers moved into apposition",
  ),
  unfaithfulTo(
    BROADBAND,
    "The regulator said it would appeal against the decision.",
    "reference",
    "Lumora's appeal given to the regulator",
  ),
  unfaithfulTo(
    BROADBAND,
    "According to Lumora, the fine should send a message to the whole industry.",
    "speaker",
    "the regulator's chief executive's words given to Lumora",
  ),
  unfaithfulTo(
    BROADBAND,
    "Lumora made an offer of refunds to all of its 310,000 customers.",
    "nominalisation",
    "refunds are only for those who signed up after January 2025",
  ),

  // A cricket club's points deduction.
  faithfulTo(
    CRICKET,
    "The National Cricket Board deducted 12 points from Harrowfield for fielding an ineligible player against Selby in June.",
    "passive",
    "passive made active",
  ),
  faithfulTo(
    CRICKET,
    "The club failed to register the South African batter Pieter Marais before the deadline, the board found.",
    "reference",
    "'the club' for Harrowfield, attribution moved to the end",
  ),
  faithfulTo(
    CRICKET,
    "Harrowfield made an apology to Selby and accepted the penalty, its chairman said.",
    "nominalisation",
    "'had apologised to' as 'made an apology to', 'its chairman' for Colin Brandt",
  ),
  faithfulTo(
    CRICKET,
    "According to chairman Colin Brandt, Harrowfield accepted the penalty.",
    "attribution",
    "'said' as 'according to'",
  ),
  faithfulTo(
    CRICKET,
    "Pieter Marais, the South African batter who scored 140 in the match, will be eligible to play from next week.",
    "join",
    "the apposition from the first passage, the score and eligibility from the second",
  ),
  faithfulTo(
    CRICKET,
    "The deduction drops the side from second to fifth in the table.",
    "reference",
    "'the side' for Harrowfield",
  ),
  unfaithfulTo(CRICKET, "The board apologised to Selby.", "reference", "Harrowfield's apology given to the board"),
  unfaithfulTo(
    CRICKET,
    "Harrowfield made an apology to the National Cricket Board.",
    "nominalisation",
    "the apology was to Selby",
  ),
  unfaithfulTo(
    CRICKET,
    "According to Selby, Harrowfield had failed to register the player before the deadline.",
    "speaker",
    "the board's finding given to Selby",
  ),

  // A boil-water notice.
  faithfulTo(
    WATER,
    "The company shut down the Penn Hill treatment works after routine tests found traces of a parasite.",
    "reference",
    "'the company' for Cresswell Water, passive made active",
  ),
  faithfulTo(
    WATER,
    "Cresswell Water told about 48,000 households in Dunmere and Calby to boil their tap water on Wednesday.",
    "passive",
    "passive made active with the utility as the agent",
  ),
  faithfulTo(
    WATER,
    "The minister said she had ordered an inquiry into how the parasite entered the supply.",
    "reference",
    "'the minister' for the environment minister, Grace Oduya",
  ),
  faithfulTo(
    WATER,
    "According to public health officials, seven people were treated in hospital for stomach illness, though it was not yet known whether the cases were linked to the water.",
    "attribution",
    "'officials said' as 'according to officials'",
  ),
  faithfulTo(
    WATER,
    "The boil notice is expected to stay in place for at least a week, the utility said.",
    "attribution",
    "'Cresswell Water said it expected' as 'is expected …, the utility said'",
  ),
  faithfulTo(
    WATER,
    "Traces of a parasite were found at the Penn Hill treatment works in routine tests carried out by Cresswell Water.",
    "passive",
    "active made passive, 'tests by' as 'tests carried out by'",
  ),
  unfaithfulTo(
    WATER,
    "The minister said the notice would stay in place for at least a week.",
    "reference",
    "the utility's expectation given to the minister",
  ),
  unfaithfulTo(
    WATER,
    "According to Cresswell Water, seven people had been treated in hospital for stomach illness.",
    "speaker",
    "the health officials' figure given to the utility",
  ),
  unfaithfulTo(
    WATER,
    "Cresswell Water carried out routine tests at the Elsby reservoir and found traces of a parasite.",
    "nominalisation",
    "the parasite was found at Penn Hill; Elsby is the fallback supply",
  ),

  // A scientist's fabricated data.
  faithfulTo(
    LABORATORY,
    "The university withdrew four papers by Dr Alan Petrov after an inquiry found he had fabricated data in crop disease experiments.",
    "reference",
    "'the university' for Marston University, 'concluded that' as 'found'",
  ),
  faithfulTo(
    LABORATORY,
    "Petrov said he intended to mount a challenge to his dismissal at an employment tribunal.",
    "nominalisation",
    "'to challenge' as 'to mount a challenge to', 'told the Marston Courier' as 'said'",
  ),
  faithfulTo(
    LABORATORY,
    "According to the university, Petrov was dismissed in October and the Agricultural Research Council was informed.",
    "attribution",
    "'the university said it had dismissed' as 'according to the university, … was dismissed'",
  ),
  faithfulTo(
    LABORATORY,
    "The funding body will seek to recover £1.1 million in grants it awarded to Petrov's laboratory.",
    "reference",
    "'the funding body' for the council",
  ),
  faithfulTo(
    LABORATORY,
    "Two of the biologist's former students said they had raised concerns about the data in 2023.",
    "reference",
    "'the biologist' for Petrov",
  ),
  faithfulTo(
    LABORATORY,
    "Four papers by the biologist were withdrawn by Marston University after an internal inquiry concluded that he had fabricated data.",
    "passive",
    "active made passive, 'the biologist' for Petrov",
  ),
  unfaithfulTo(LABORATORY, "The council dismissed Petrov in October.", "reference", "the university dismissed him"),
  unfaithfulTo(
    LABORATORY,
    "According to the university, Petrov intends to challenge his dismissal at an employment tribunal.",
    "speaker",
    "Petrov told a newspaper; the university did not say it",
  ),
  unfaithfulTo(
    LABORATORY,
    "Two of Petrov's former students made a complaint about his grants in 2023.",
    "nominalisation",
    "their concerns were about the data",
  ),

  // A canal lock failure.
  faithfulTo(
    CANAL,
    "The operator said engineers would replace the damaged gate, which is expected to take ten days.",
    "reference",
    "'the operator' for Northwater Canals",
  ),
  faithfulTo(
    CANAL,
    "Engineers will carry out the replacement of the damaged gate, a job expected to take ten days, Northwater Canals said.",
    "nominalisation",
    "'would replace' as 'will carry out the replacement of'",
  ),
  faithfulTo(
    CANAL,
    "According to Northwater's operations director, Kurt Lemaire, the gate had passed an inspection in March.",
    "attribution",
    "'said' as 'according to'",
  ),
  faithfulTo(
    CANAL,
    "About 30 cargo barges were stranded when a gate at the Tollen lock failed on Monday, closing the Breck Canal to shipping.",
    "passive",
    "clauses reordered, the closure made the consequence, the day moved",
  ),
  faithfulTo(
    CANAL,
    "The minister said the government would review funding for the canal network.",
    "reference",
    "'the minister' for the transport minister, Elaine Forde",
  ),
  faithfulTo(
    CANAL,
    "The association, whose members are losing about £40,000 a day, called on the operator to pay compensation.",
    "reference",
    "'the association' for the Barge Owners' Association, 'the operator' kept, the loss moved into a clause",
  ),
  faithfulTo(
    CANAL,
    "The government will carry out a review of funding for the canal network, the transport minister said.",
    "nominalisation",
    "'would review' as 'will carry out a review of'",
  ),
  unfaithfulTo(
    CANAL,
    "The association said the gate had passed an inspection in March.",
    "reference",
    "the operator's director's claim given to the barge owners",
  ),
  unfaithfulTo(
    CANAL,
    "According to the transport minister, barge owners were losing about £40,000 a day.",
    "speaker",
    "the association's figure given to the minister",
  ),
  unfaithfulTo(
    CANAL,
    "The government will carry out a review of the Tollen lock's gate, the transport minister said.",
    "nominalisation",
    "the review is of funding for the canal network",
  ),
];
