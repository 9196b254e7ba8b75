/**
 * An eighth held-out table of summary sentences, each over the two passages of one invented article
 * (written for round verify16 on 2026-12-06; texts and labels written before the check ever ran on
 * them): seven articles (a honey cooperative fined, a chess grandmaster suspended, a glacier cable car
 * stopped, a cathedral organ contract, a herring quota blockade, a museum's meteorite, a bus contract
 * taken away). Faithful sentences make the changes an abstractive engine makes: the other voice ("X was
 * fined by Y" for "Y fined X", "the quota imposed by Y" for "Y's quota"), facts from two passages of the
 * same article joined in one sentence, and a clause compressed ("who was 34" as "34-year-old", "the
 * tournament's winner" as "who won the tournament"). Unfaithful ones are built from the same words:
 * roles swapped in the voice change (who fined or paid whom), facts of two different people or dates
 * merged, and an attribution to a party that says nothing in the article, or that the article never
 * names ("police said"). No corpus text.
 * First run, before any change of verify16 (bench/verify-editor-rewrites.ts): faithful 22 of 42 supported
 * (voice 13 of 19, joined 6 of 14, compressed 2 of 8, attribution 1 of 1), unfaithful 17 of 21 flagged
 * (passed: "Harland & Sons … had been offered £1.1 million", the bidder's offer turned round, at 0.5;
 * "Simon Carrow, Van Asten's managing director, said …" at 0.66; "Harland & Sons said the organ had
 * been silent …", a party that says nothing, at 0.665; "About 40 boats were prevented from docking by a
 * ferry", at 0.527). The three "police said" / "the coastguard said" / "the drivers' union said"
 * sentences, naming a party the article never names, were already flagged.
 * End of verify16: faithful 28 of 42 (voice 15 of 19, joined 7 of 14, compressed 5 of 8), unfaithful
 * 21 of 21. Still flagged: "the cooperative" that the tagger reads as an adjective, a passage's
 * "imposed by X" as "X's cut", an owner's noun ("Greenline's owner, Vanterra") as "owned by",
 * "the tournament's winner" as "who won the tournament", a clause whose verb another passage words
 * otherwise ("won the contract" for "awarded the contract to").
 */
import { type EditorRewrite, faithfulTo, unfaithfulTo } from "./editor-rewrites.js";

const HONEY = [
  "The Food Standards Authority has fined the Lowmoor Honey Cooperative £85,000 for selling blended imported honey " +
    "labelled as local wildflower honey. " +
    "The authority said tests on 14 jars bought in shops in Kelbridge had found sugar syrup and honey from outside the country.",
  "The cooperative's chairman, Derek Hallam, who was elected in March, said the mislabelled jars came from a single " +
    "supplier that had since been dropped. " +
    "Trading standards officer Nadia Perrin said shoppers who bought the jars could claim a refund. " +
    "The cooperative, which has 230 member beekeepers, was founded in 1974.",
];
const CHESS = [
  "The International Chess Federation has suspended the Estonian grandmaster Viktor Saar, 34, for two years after an " +
    "investigation found he had used a computer engine during a tournament in Riga in May. " +
    "The federation also stripped Saar of his third place and the prize money of €6,000.",
  "Saar, who was ranked 41st in the world, said he would appeal to the Court of Arbitration for Sport. " +
    "The tournament's winner, the Polish grandmaster Anna Wrobel, said the case had damaged the game's reputation.",
];
const CABLE_CAR = [
  "A cable car on the Hallstein glacier stopped for three hours on Sunday, leaving 62 skiers suspended above the ice, " +
    "after a power cable was cut by a snow plough. " +
    "Mountain rescue teams lowered 18 of the passengers to the ground by rope; the rest were brought down when power " +
    "was restored.",
  "The operator, Alpbahn, said the plough was being driven by a contractor, Hofer Bau, clearing a service road. " +
    "Alpbahn's technical director, Lena Moser, 47, said the line would reopen on Tuesday after checks. " +
    "Hofer Bau declined to comment. " +
    "The cable car, which opened in 2009, carries about 4,000 people a day in winter.",
];
const ORGAN = [
  "Worcombe Cathedral has awarded the contract to restore its 1880 pipe organ to the Dutch firm Van Asten Orgelbouw, " +
    "ending a two-year search. " +
    "The work, which will cost £1.4 million, is being paid for by a bequest from a former chorister, Margaret Lyle, " +
    "who died in 2023 aged 91.",
  "The cathedral's director of music, Simon Carrow, said the organ had been silent since a leak damaged its bellows in 2022. " +
    "Van Asten's managing director, Pieter de Wit, said the restoration would take about 18 months. " +
    "A rival bidder, Harland & Sons of Bristol, had offered to do the work for £1.1 million.",
];
const HERRING = [
  "Fishermen in Kessock blockaded the harbour on Thursday in protest at a 30% cut in the herring quota imposed by the " +
    "Marine Directorate. " +
    "About 40 boats took part, preventing a ferry from docking for six hours.",
  "The directorate said the cut was needed because herring stocks had fallen to their lowest level since 1998. " +
    "The Kessock Fishermen's Association, whose chairman, Rory Bain, 58, has fished from the port for 40 years, said " +
    "the cut would cost each boat about £20,000 a year. " +
    "The ferry's operator, Isles Link, said 220 passengers had been delayed.",
];
const METEORITE = [
  "The Natural History Museum in Ardel has bought a 12-kilogram meteorite that fell on a farm near Tarrow in March, " +
    "paying the farmer, Owen Price, £95,000. " +
    "The meteorite, which scientists say is about 4.5 billion years old, was found by Price's daughter, Sian, 11, in a " +
    "field of barley.",
  "The museum's curator of minerals, Dr Helen Achebe, said it was the largest meteorite recovered in the country for a century. " +
    "A private collector from Geneva had offered Price £120,000, but he chose the museum so that the rock would stay on " +
    "public display. " +
    "The meteorite will go on show in the museum's main hall in June.",
];
const BUSES = [
  "Transport for Wrexley has stripped Greenline Buses of its contract to run 14 routes in the city after months of " +
    "cancelled services, handing them to its rival, Coastal Travel, from 1 September. " +
    "The authority said Greenline had cancelled one in eight scheduled journeys since January.",
  "Greenline's owner, the Dutch group Vanterra, said it was disappointed and blamed a shortage of drivers. " +
    "Coastal Travel's chief executive, Paul Mensah, said the company would hire 60 drivers and take on Greenline staff " +
    "who wanted to transfer. " +
    "The city's mayor, Ruth Adeyemi, who had called for the contract to be ended, welcomed the decision.",
];

export const VOICE_AND_MERGE_PARAPHRASES: EditorRewrite[] = [
  // A honey cooperative fined.
  faithfulTo(
    HONEY,
    "The Lowmoor Honey Cooperative has been fined £85,000 by the Food Standards Authority for selling blended imported honey labelled as local wildflower honey.",
    "passive",
    "'the authority fined the cooperative' in the passive",
  ),
  faithfulTo(
    HONEY,
    "Sugar syrup and honey from outside the country were found by tests on 14 jars bought in shops in Kelbridge, the authority said.",
    "passive",
    "'tests had found' in the passive",
  ),
  faithfulTo(
    HONEY,
    "The cooperative, which has 230 member beekeepers, has been fined £85,000 by the Food Standards Authority.",
    "join",
    "the membership from the second passage, the fine from the first, in the passive",
  ),
  faithfulTo(
    HONEY,
    "Derek Hallam, chairman of the 230-member cooperative, said the mislabelled jars came from a single supplier that had since been dropped.",
    "compression",
    "'which has 230 member beekeepers' as '230-member'",
  ),
  faithfulTo(
    HONEY,
    "The mislabelled jars came from a single supplier, which the cooperative has since dropped, its chairman said.",
    "passive",
    "'had since been dropped' made active with the cooperative as its subject",
  ),
  faithfulTo(
    HONEY,
    "Shoppers who bought the jars can claim a refund, according to trading standards officer Nadia Perrin.",
    "attribution",
    "'Perrin said' as 'according to'",
  ),
  unfaithfulTo(
    HONEY,
    "The Food Standards Authority has been fined £85,000 by the Lowmoor Honey Cooperative.",
    "role",
    "who fined whom swapped in the passive",
  ),
  unfaithfulTo(
    HONEY,
    "Trading standards officer Derek Hallam said shoppers who bought the jars could claim a refund.",
    "stitched",
    "Perrin's office and words given to the cooperative's chairman",
  ),
  unfaithfulTo(
    HONEY,
    "Police said tests on 14 jars bought in shops in Kelbridge had found sugar syrup.",
    "speaker",
    "the article names no police; the authority said it",
  ),

  // A chess grandmaster suspended.
  faithfulTo(
    CHESS,
    "Viktor Saar, 34, has been suspended for two years by the International Chess Federation after an investigation found he had used a computer engine during a tournament in Riga.",
    "passive",
    "'the federation suspended Saar' in the passive",
  ),
  faithfulTo(
    CHESS,
    "The 34-year-old Estonian grandmaster Viktor Saar was suspended for two years after an investigation found he had used a computer engine.",
    "compression",
    "'Saar, 34' as 'the 34-year-old'",
  ),
  faithfulTo(
    CHESS,
    "Saar was stripped of his third place and the prize money of €6,000 by the federation.",
    "passive",
    "'the federation stripped Saar' in the passive",
  ),
  faithfulTo(
    CHESS,
    "Saar, who was ranked 41st in the world, was stripped of his third place in the tournament in Riga.",
    "join",
    "the ranking from the second passage, the lost place from the first",
  ),
  faithfulTo(
    CHESS,
    "Anna Wrobel, who won the tournament, said the case had damaged the game's reputation.",
    "compression",
    "'the tournament's winner' as 'who won the tournament'",
  ),
  faithfulTo(
    CHESS,
    "The Estonian grandmaster, who was suspended for two years, said he would appeal to the Court of Arbitration for Sport.",
    "join",
    "the appeal from the second passage, the suspension from the first",
  ),
  unfaithfulTo(
    CHESS,
    "Anna Wrobel, who was ranked 41st in the world, said the case had damaged the game's reputation.",
    "stitched",
    "Saar's ranking given to Wrobel",
  ),
  unfaithfulTo(
    CHESS,
    "The Court of Arbitration for Sport said Saar had used a computer engine during the tournament in Riga.",
    "speaker",
    "the court says nothing in the article; the federation's investigation found it",
  ),
  unfaithfulTo(
    CHESS,
    "The Polish grandmaster Viktor Saar was suspended for two years by the International Chess Federation.",
    "stitched",
    "Wrobel's nationality given to Saar",
  ),

  // A glacier cable car stopped.
  faithfulTo(
    CABLE_CAR,
    "A snow plough cut a power cable on the Hallstein glacier on Sunday, stopping a cable car for three hours and leaving 62 skiers suspended above the ice.",
    "passive",
    "'a power cable was cut by a snow plough' made active",
  ),
  faithfulTo(
    CABLE_CAR,
    "18 of the passengers were lowered to the ground by rope by mountain rescue teams.",
    "passive",
    "'rescue teams lowered 18' in the passive",
  ),
  faithfulTo(
    CABLE_CAR,
    "A contractor, Hofer Bau, was driving the plough while clearing a service road, the operator Alpbahn said.",
    "passive",
    "'the plough was being driven by a contractor' made active",
  ),
  faithfulTo(
    CABLE_CAR,
    "The cable car, which carries about 4,000 people a day in winter, stopped for three hours on Sunday after a power cable was cut by a snow plough.",
    "join",
    "the daily passengers from the second passage, the stop from the first",
  ),
  faithfulTo(
    CABLE_CAR,
    "Alpbahn's 47-year-old technical director, Lena Moser, said the line would reopen on Tuesday after checks.",
    "compression",
    "'Lena Moser, 47' as '47-year-old'",
  ),
  faithfulTo(
    CABLE_CAR,
    "Hofer Bau, the contractor whose snow plough cut the power cable, declined to comment.",
    "join",
    "the refusal from the second passage, the cut cable from the first",
  ),
  unfaithfulTo(
    CABLE_CAR,
    "The plough was being driven by Alpbahn, clearing a service road, the contractor Hofer Bau said.",
    "role",
    "the operator and the contractor swapped",
  ),
  unfaithfulTo(
    CABLE_CAR,
    "Hofer Bau's technical director, Lena Moser, said the line would reopen on Tuesday after checks.",
    "stitched",
    "Moser works for Alpbahn",
  ),
  unfaithfulTo(
    CABLE_CAR,
    "Police said 18 of the passengers were lowered to the ground by rope.",
    "speaker",
    "the article names no police",
  ),

  // A cathedral organ contract.
  faithfulTo(
    ORGAN,
    "The contract to restore Worcombe Cathedral's 1880 pipe organ has been awarded to the Dutch firm Van Asten Orgelbouw.",
    "passive",
    "'the cathedral has awarded the contract' in the passive",
  ),
  faithfulTo(
    ORGAN,
    "A bequest from a former chorister, Margaret Lyle, is paying for the work, which will cost £1.4 million.",
    "passive",
    "'is being paid for by a bequest' made active",
  ),
  faithfulTo(
    ORGAN,
    "The organ, which has been silent since a leak damaged its bellows in 2022, will be restored by Van Asten Orgelbouw.",
    "join",
    "the silence from the second passage, the contract from the first, in the passive",
  ),
  faithfulTo(
    ORGAN,
    "Its bellows were damaged by a leak in 2022, and the organ has been silent since, the cathedral's director of music said.",
    "passive",
    "'a leak damaged its bellows' in the passive",
  ),
  faithfulTo(
    ORGAN,
    "Pieter de Wit, managing director of Van Asten, said the restoration would take about 18 months.",
    "compression",
    "'Van Asten's managing director' as 'managing director of Van Asten'",
  ),
  faithfulTo(
    ORGAN,
    "Van Asten Orgelbouw won the contract, although a rival bidder, Harland & Sons of Bristol, had offered to do the work for £1.1 million.",
    "join",
    "the rival bid from the second passage, the award from the first",
  ),
  unfaithfulTo(
    ORGAN,
    "Harland & Sons of Bristol had been offered £1.1 million to do the work.",
    "role",
    "the bidder made the offer; it was not offered money",
  ),
  unfaithfulTo(
    ORGAN,
    "Simon Carrow, Van Asten's managing director, said the restoration would take about 18 months.",
    "stitched",
    "de Wit's office and words given to the cathedral's director of music",
  ),
  unfaithfulTo(
    ORGAN,
    "Harland & Sons said the organ had been silent since a leak damaged its bellows in 2022.",
    "speaker",
    "the rival bidder says nothing in the article; the director of music said it",
  ),

  // A herring quota blockade.
  faithfulTo(
    HERRING,
    "Fishermen in Kessock blockaded the harbour on Thursday in protest at the Marine Directorate's 30% cut in the herring quota.",
    "passive",
    "'a cut imposed by the directorate' as 'the directorate's cut'",
  ),
  faithfulTo(
    HERRING,
    "The Marine Directorate imposed a 30% cut in the herring quota, and fishermen in Kessock blockaded the harbour in protest on Thursday.",
    "passive",
    "'imposed by the directorate' made active",
  ),
  faithfulTo(
    HERRING,
    "A ferry was prevented from docking for six hours by about 40 boats.",
    "passive",
    "'40 boats prevented a ferry' in the passive",
  ),
  faithfulTo(
    HERRING,
    "The directorate said the 30% cut was needed because herring stocks had fallen to their lowest level since 1998.",
    "join",
    "the size of the cut from the first passage, the reason from the second",
  ),
  faithfulTo(
    HERRING,
    "The association's 58-year-old chairman, Rory Bain, has fished from the port for 40 years.",
    "compression",
    "'Rory Bain, 58' as '58-year-old'",
  ),
  faithfulTo(
    HERRING,
    "About 40 boats took part in the blockade, and 220 ferry passengers were delayed, the operator Isles Link said.",
    "join",
    "the boats from the first passage, the delayed passengers from the second",
  ),
  unfaithfulTo(
    HERRING,
    "About 40 boats were prevented from docking by a ferry for six hours.",
    "role",
    "the boats blocked the ferry, not the other way round",
  ),
  unfaithfulTo(
    HERRING,
    "The directorate said herring stocks had fallen to their lowest level in 40 years.",
    "stitched",
    "Bain's 40 years as a fisherman given to the herring stocks (the passage says since 1998)",
  ),
  unfaithfulTo(
    HERRING,
    "The coastguard said about 40 boats took part, preventing a ferry from docking for six hours.",
    "speaker",
    "the article names no coastguard",
  ),

  // A museum's meteorite.
  faithfulTo(
    METEORITE,
    "Owen Price's 11-year-old daughter, Sian, found the meteorite in a field of barley.",
    "passive",
    "'was found by Price's daughter, Sian, 11' made active and compressed",
  ),
  faithfulTo(
    METEORITE,
    "Owen Price was paid £95,000 by the Natural History Museum in Ardel for a 12-kilogram meteorite that fell on a farm near Tarrow in March.",
    "passive",
    "'paying the farmer £95,000' in the passive",
  ),
  faithfulTo(
    METEORITE,
    "The 12-kilogram meteorite is the largest recovered in the country for a century, according to the museum's curator of minerals.",
    "join",
    "the weight from the first passage, the curator's words from the second",
  ),
  faithfulTo(
    METEORITE,
    "A private collector from Geneva had offered Price £120,000, but he sold the meteorite to the museum for £95,000 so that it would stay on public display.",
    "join",
    "the price from the first passage, the rival offer from the second",
  ),
  faithfulTo(
    METEORITE,
    "The meteorite, which the museum bought for £95,000, will go on show in its main hall in June.",
    "join",
    "the price from the first passage, the display from the second",
  ),
  faithfulTo(
    METEORITE,
    "Curator Dr Helen Achebe said it was the largest meteorite recovered in the country for a century.",
    "compression",
    "'the museum's curator of minerals, Dr Helen Achebe' as 'Curator Dr Helen Achebe'",
  ),
  unfaithfulTo(
    METEORITE,
    "The Natural History Museum in Ardel was paid £95,000 by Owen Price for the meteorite.",
    "role",
    "who paid whom swapped in the passive",
  ),
  unfaithfulTo(
    METEORITE,
    "Dr Helen Achebe's daughter, Sian, found the meteorite in a field of barley.",
    "stitched",
    "Sian is the farmer's daughter, not the curator's",
  ),
  unfaithfulTo(
    METEORITE,
    "Police said the meteorite fell on a farm near Tarrow in March.",
    "speaker",
    "the article names no police",
  ),

  // A bus contract taken away.
  faithfulTo(
    BUSES,
    "Greenline Buses has been stripped of its contract to run 14 routes in the city by Transport for Wrexley.",
    "passive",
    "'the authority stripped Greenline' in the passive",
  ),
  faithfulTo(
    BUSES,
    "The 14 routes will be handed to Coastal Travel from 1 September.",
    "passive",
    "'handing them to Coastal Travel' in the passive",
  ),
  faithfulTo(
    BUSES,
    "Greenline, which is owned by the Dutch group Vanterra, had cancelled one in eight scheduled journeys since January, the authority said.",
    "join",
    "the owner from the second passage, the cancellations from the first",
  ),
  faithfulTo(
    BUSES,
    "Greenline's owner Vanterra, which blamed a shortage of drivers, said it was disappointed to lose the contract to run 14 routes.",
    "join",
    "the owner's reaction from the second passage, the lost routes from the first",
  ),
  faithfulTo(
    BUSES,
    "Mayor Ruth Adeyemi, who had called for the contract to be ended, welcomed the decision.",
    "compression",
    "'the city's mayor, Ruth Adeyemi' as 'Mayor Ruth Adeyemi'",
  ),
  faithfulTo(
    BUSES,
    "60 drivers will be hired by Coastal Travel, its chief executive Paul Mensah said.",
    "passive",
    "'the company would hire 60 drivers' in the passive",
  ),
  unfaithfulTo(
    BUSES,
    "Coastal Travel has been stripped of its contract to run 14 routes, which will be handed to Greenline Buses from 1 September.",
    "role",
    "the operator that lost the routes and the one that gained them swapped",
  ),
  unfaithfulTo(
    BUSES,
    "Greenline's chief executive, Paul Mensah, blamed a shortage of drivers.",
    "stitched",
    "Mensah runs Coastal Travel; Greenline's owner blamed the drivers",
  ),
  unfaithfulTo(
    BUSES,
    "The drivers' union said Greenline had cancelled one in eight scheduled journeys since January.",
    "speaker",
    "the article names no union; the authority said it",
  ),
];
