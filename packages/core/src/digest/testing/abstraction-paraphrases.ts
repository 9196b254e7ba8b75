/**
 * A tenth held-out table of summary sentences, each over the two passages of one invented article
 * (written for round verify18 on 2026-12-07; texts and labels written before the check ever ran on
 * them): seven articles (a trawler crew winched to safety, a wildlife park's aquarium closing, an ice
 * hockey defenceman's new contract, a stabbing at a folk festival, an airliner diverted, a bridge closed
 * to lorries, a hoard of Roman coins). Faithful sentences make the changes an abstractive engine makes
 * and no earlier table holds: a sentence that fuses two passages (the person and role told in one, the
 * event in the other: "The 34-year-old, who joined from HC Zlin in 2019, has signed a new deal");
 * nominalisation and its reverse ("said it would close the aquarium" as "the aquarium's closure was
 * announced", "a full repair" as "repairing the bridge"); a general word for a specific one ("a Boeing
 * 737" as "a passenger jet", "a 4-2 win" as "a victory", "stabbed" as "attacked", "cracks" as
 * "damage"); a headline's compression ("Council to close bridge", present tense for a past event); and
 * a count restated from a list ("Crossley, Orwin and Patten were arrested" as "three men were
 * arrested"). Unfaithful ones are built from the same words: a fused sentence that gives the role or
 * the event to the wrong person, a general or sister word that changes the claim (a "helicopter" that
 * was a Boeing 737, "all vehicles" for lorries, "gold" for silver), a count that does not match the
 * list, and a nominalisation or headline that turns a plan into a done deed. No corpus text.
 * First run, before any change of verify18 (bench/verify-editor-rewrites.ts): faithful 5 of 49 supported,
 * unfaithful 25 of 27 flagged (all rows by kind: count 5 of 10, hypernym 6 of 23, fusion 11 of 19,
 * nominalisation 6 of 15, headline 2 of 9); passed: "Jiri Navrat, who joined from Sparta Prague in
 * 2023, has signed a new two-year contract …", Holub's contract given to Navrat, at 0.5, and "All
 * vehicles will have to use a 12-mile diversion …" at 0.687. Flagged faithful: every count of a list
 * ("number Three is not in the cited passage"), every general word the passages do not use ("aircraft",
 * "damage", "victory", "injury", "the Canary Islands"), nominalisations ("the closure of … was
 * announced", "the diversion"), headlines, and most fusions.
 * End of verify18: faithful 10 of 49 (fusion 5 of 12, nominalisation 3 of 9, hypernym 2 of 16, count 0
 * of 5, headline 0 of 7), unfaithful 27 of 27 (Navrat's signing now fails the abstractive check's doer
 * test across the relative clause, "All vehicles" the restriction the passage gives). Passed now:
 * "damage" for corrosion, "attacked" for stabbed, "the closure of … was announced" (twice), "the
 * discovery of … was announced". Still flagged: every count of a list (the number no longer faults,
 * but the sentences reword around it: "crew members", "three arrests", "pieces of jewellery"), most
 * general words beside other rewording ("aircraft rescued", "brought the vessel"), every headline
 * (dropped words and "to close" against "said it would close"), and fusions whose event another
 * passage words otherwise ("has agreed" for "signed", "the diversion" for "was diverted").
 */
import { type EditorRewrite, faithfulTo, unfaithfulTo } from "./editor-rewrites.js";

const TRAWLER = [
  "The coastguard's Sikorsky S-92 helicopter winched Tomas Kerrin, Ewan Blyth and Callum Reid from the trawler Morning " +
    "Star after it began taking on water 20 miles off Kilnaish on Tuesday night, HM Coastguard said. " +
    "All were taken to Kilnaish General Hospital with mild hypothermia.",
  "The Morning Star's skipper, Ewan Blyth, 51, has fished out of Kilnaish harbour for 30 years. " +
    "He said the engine room had flooded within minutes while the crew were hauling nets. " +
    "The Port Arrin lifeboat towed the abandoned trawler back to harbour on Wednesday, and the Marine Accident " +
    "Investigation Branch said it would investigate the flooding.",
];
const AQUARIUM = [
  "Marrowby Wildlife Park announced on Monday that it would close its aquarium at the end of September because the " +
    "building's roof is unsafe. " +
    "Its sea lions, Pebble and Skerry, and a loggerhead turtle, Marlin, will be moved to a marine centre in Esbjerg, " +
    "Denmark, in August.",
  "The aquarium opened in 1987 and drew 85,000 visitors last year. " +
    'The park\'s director, Helen Orme, who has run Marrowby since 2011, said the decision had been "heartbreaking". ' +
    "A survey in March found corrosion in 14 of the roof's steel beams. " +
    "The park said its 40 aquarium staff would be offered jobs elsewhere in the park.",
];
const HOCKEY = [
  "The Rossbury Stags have signed defenceman Marek Holub to a new two-year contract, the Elite League club said on " +
    "Thursday. " +
    "The Stags beat the Kelso Kestrels 4-2 on Saturday to go top of the table, with Ryan Pask scoring twice and Holub " +
    "and Connor Lyle once each.",
  "Holub, 34, joined the Stags from HC Zlin in 2019 and was named captain last season. " +
    "The club's other Czech player, forward Jiri Navrat, 26, who joined from Sparta Prague in 2023, is out for six " +
    "weeks with a broken wrist. " +
    'Coach Alan McVey said Holub was "the heart of the dressing room".',
];
const FESTIVAL = [
  "A 19-year-old man was stabbed in the leg at the Harrowgate Folk Festival on Saturday night, Wendlow Police said. " +
    "He was treated at the scene by paramedics and taken to hospital, where his condition is described as stable.",
  "Officers arrested Liam Crossley, 22, Dean Orwin, 20, and Kyle Patten, 23, on suspicion of wounding on Sunday " +
    "morning. " +
    "A fourth man, aged 18, was questioned and released without charge. " +
    "The festival's organisers, who said 12,000 people attended over the weekend, said Sunday's events had gone ahead " +
    "with extra security.",
];
const DIVERSION = [
  "A Skylark Airways Boeing 737 flying from Calder to Tenerife was diverted to Porto on Friday after a passenger " +
    "became seriously ill, the airline said. " +
    "The plane, carrying 176 passengers and six crew, landed safely at 2.15pm.",
  "The passenger, a 68-year-old woman from Ashby, was taken to hospital in Porto by ambulance. " +
    "The flight continued to Tenerife three hours later. " +
    "The captain, Ruth Lennox, who has flown for Skylark for 22 years, was praised by passengers for keeping them " +
    "informed.",
];
const BRIDGE = [
  "Tolland County Council said on Tuesday that it would close the 140-year-old Harker Bridge to lorries from 1 March " +
    "after engineers found cracks in two of its stone arches. " +
    "Vehicles over 7.5 tonnes will have to use a 12-mile diversion through Brisley.",
  "The council's highways chief, Graham Pike, said a full repair could cost £3.4m and take two years. " +
    "Local haulier Janet Muir, whose firm runs 40 lorries, said the diversion would add £900 a week to her fuel bill. " +
    "The council will decide in April whether to rebuild the arches or replace the bridge.",
];
const HOARD = [
  "A hoard of 347 Roman silver coins buried in a pottery jar has been found on farmland near Tarrock, the county " +
    "museum said on Wednesday. " +
    "The coins, the latest of them minted in AD 260, were discovered by the metal detectorist Owen Faraday in October. " +
    "The jar also held two gold rings and a bronze brooch.",
  "Faraday, 58, a retired postman who has been detecting for 25 years, reported the find to the county's finds " +
    "liaison officer, Dr Anika Rahm. " +
    'Dr Rahm said the hoard was "of national importance". ' +
    "A coroner will hold an inquest next month to decide whether it is treasure, and the Tarrock Museum has said it " +
    "hopes to acquire it.",
];

const faithful = faithfulTo;
const unfaithful = unfaithfulTo;

export const ABSTRACTION_PARAPHRASES: EditorRewrite[] = [
  // A trawler crew winched to safety.
  faithful(
    TRAWLER,
    "Three crew members were winched from the trawler Morning Star off Kilnaish on Tuesday night.",
    "count",
    "Kerrin, Blyth and Reid as 'three crew members'",
  ),
  faithful(
    TRAWLER,
    "A coastguard aircraft rescued the crew of a trawler that was taking on water off Kilnaish.",
    "hypernym",
    "'helicopter' as 'aircraft', 'winched' as 'rescued'",
  ),
  faithful(
    TRAWLER,
    "Skipper Ewan Blyth, 51, who has fished out of Kilnaish harbour for 30 years, was winched from the Morning Star by the coastguard helicopter.",
    "fusion",
    "the skipper's age and years from the second passage, the winching from the first",
  ),
  faithful(
    TRAWLER,
    "The Marine Accident Investigation Branch said it would investigate the flooding of the trawler's engine room.",
    "nominalisation",
    "'the engine room had flooded' as 'the flooding of the engine room'",
  ),
  faithful(
    TRAWLER,
    "Coastguard helicopter winches trawler crew to safety off Kilnaish.",
    "headline",
    "a headline's present tense for Tuesday's rescue",
  ),
  faithful(
    TRAWLER,
    "The lifeboat brought the vessel back to harbour on Wednesday.",
    "hypernym",
    "'towed' as 'brought', 'trawler' as 'vessel'",
  ),
  faithful(
    TRAWLER,
    "After their rescue, all three were taken to Kilnaish General Hospital with mild hypothermia.",
    "nominalisation",
    "'winched' as 'their rescue', the three named men as 'all three'",
  ),
  unfaithful(
    TRAWLER,
    "A coastguard plane rescued three crew members from a trawler off Kilnaish.",
    "hypernym",
    "the aircraft was a helicopter, not a plane",
  ),
  unfaithful(
    TRAWLER,
    "Four crew members were winched from the trawler Morning Star off Kilnaish on Tuesday night.",
    "count",
    "the passage names three men",
  ),
  unfaithful(
    TRAWLER,
    "Tomas Kerrin, 51, the trawler's skipper, said the engine room had flooded within minutes.",
    "fusion",
    "the skipper, aged 51, is Ewan Blyth, not Tomas Kerrin",
  ),
  unfaithful(
    TRAWLER,
    "The Marine Accident Investigation Branch's investigation found that the engine room had flooded within minutes.",
    "nominalisation",
    "the branch only said it would investigate; the skipper said the room flooded",
  ),

  // A wildlife park's aquarium closing.
  faithful(
    AQUARIUM,
    "The closure of the aquarium at Marrowby Wildlife Park was announced on Monday.",
    "nominalisation",
    "'announced that it would close its aquarium' as 'the closure … was announced'",
  ),
  faithful(
    AQUARIUM,
    "Marrowby Wildlife Park to close aquarium over unsafe roof.",
    "headline",
    "'to' for the future, 'over' for 'because'",
  ),
  faithful(
    AQUARIUM,
    "The sea lions' move to a marine centre in Denmark will take place in August.",
    "nominalisation",
    "'will be moved' as 'their move will take place'",
  ),
  faithful(
    AQUARIUM,
    "Some of the park's animals will be moved to Denmark in August.",
    "hypernym",
    "the sea lions and the turtle as 'some of the park's animals'",
  ),
  faithful(
    AQUARIUM,
    "Helen Orme, who has run the park since 2011, said the decision to close the aquarium had been heartbreaking.",
    "fusion",
    "the director's quote from the second passage, the decision from the first",
  ),
  faithful(
    AQUARIUM,
    "Three animals from the aquarium will be moved to a marine centre in Denmark in August.",
    "count",
    "Pebble, Skerry and Marlin as 'three animals'",
  ),
  faithful(
    AQUARIUM,
    "A survey in March found damage to 14 of the roof's beams.",
    "hypernym",
    "'corrosion' as 'damage'",
  ),
  unfaithful(
    AQUARIUM,
    "Following the closure of its aquarium, Marrowby Wildlife Park has moved its sea lions to Denmark.",
    "nominalisation",
    "the closure and the move are plans for September and August, told as done",
  ),
  unfaithful(
    AQUARIUM,
    "Four animals from the aquarium will be moved to a marine centre in Denmark in August.",
    "count",
    "the passage names three animals",
  ),
  unfaithful(
    AQUARIUM,
    "The park's sea lions and a dolphin, Marlin, will be moved to Denmark in August.",
    "hypernym",
    "Marlin is a loggerhead turtle",
  ),
  unfaithful(
    AQUARIUM,
    "Helen Orme, who opened the aquarium in 1987, said the decision had been heartbreaking.",
    "fusion",
    "the aquarium opened in 1987; Orme has run the park since 2011",
  ),

  // An ice hockey defenceman's new contract.
  faithful(
    HOCKEY,
    "The 34-year-old, who joined from HC Zlin in 2019, has signed a new two-year contract with the Stags.",
    "fusion",
    "age and former club from the second passage, the signing from the first",
  ),
  faithful(
    HOCKEY,
    "The Stags went top of the table with a victory over the Kelso Kestrels on Saturday.",
    "hypernym",
    "'beat … 4-2' as 'a victory over'",
  ),
  faithful(
    HOCKEY,
    "Stags captain Holub signs new two-year deal.",
    "headline",
    "the captaincy from the second passage, present tense for the signing",
  ),
  faithful(
    HOCKEY,
    "Three different players scored in the Stags' 4-2 win over Kelso.",
    "count",
    "Pask, Holub and Lyle as 'three different players'",
  ),
  faithful(
    HOCKEY,
    "Forward Jiri Navrat will miss six weeks with a wrist injury.",
    "hypernym",
    "'a broken wrist' as 'a wrist injury', 'is out for' as 'will miss'",
  ),
  faithful(
    HOCKEY,
    "Captain Marek Holub scored in the 4-2 win over the Kelso Kestrels.",
    "fusion",
    "the captaincy from the second passage, the goal from the first",
  ),
  faithful(
    HOCKEY,
    "Holub, who was named captain last season, has agreed a new two-year contract with the Elite League club.",
    "fusion",
    "the captaincy from the second passage, the contract from the first; 'signed' as 'agreed'",
  ),
  unfaithful(
    HOCKEY,
    "Jiri Navrat, who joined from Sparta Prague in 2023, has signed a new two-year contract with the Stags.",
    "fusion",
    "Holub signed the contract, not Navrat",
  ),
  unfaithful(
    HOCKEY,
    "Four different players scored in the Stags' 4-2 win over Kelso.",
    "count",
    "three players scored the four goals",
  ),
  unfaithful(
    HOCKEY,
    "Forward Marek Holub has signed a new two-year contract with the Stags.",
    "hypernym",
    "Holub is a defenceman; Navrat is the forward",
  ),
  unfaithful(HOCKEY, "Navrat signs new two-year deal with Stags.", "headline", "the new deal is Holub's"),

  // A stabbing at a folk festival.
  faithful(
    FESTIVAL,
    "Three men were arrested on suspicion of wounding after a stabbing at the Harrowgate Folk Festival.",
    "count",
    "Crossley, Orwin and Patten as 'three men'",
  ),
  faithful(
    FESTIVAL,
    "A 19-year-old man was attacked at the Harrowgate Folk Festival on Saturday night.",
    "hypernym",
    "'stabbed' as 'attacked'",
  ),
  faithful(
    FESTIVAL,
    "Police have made three arrests following the stabbing of a 19-year-old man at the Harrowgate Folk Festival.",
    "nominalisation",
    "'arrested' as 'made arrests', 'was stabbed' as 'the stabbing of'",
  ),
  faithful(
    FESTIVAL,
    "Three arrested after man stabbed at folk festival.",
    "headline",
    "a headline's dropped articles and auxiliaries",
  ),
  faithful(
    FESTIVAL,
    "The injured man's condition in hospital is described as stable.",
    "hypernym",
    "the stabbed man as 'the injured man'",
  ),
  faithful(
    FESTIVAL,
    "Kyle Patten, 23, was one of three men arrested on suspicion of wounding after the stabbing on Saturday night.",
    "fusion",
    "the arrest from the second passage, the stabbing from the first",
  ),
  faithful(
    FESTIVAL,
    "The festival went ahead on Sunday with extra security, its organisers said.",
    "hypernym",
    "'Sunday's events' as 'the festival'",
  ),
  unfaithful(
    FESTIVAL,
    "Four men were arrested on suspicion of wounding after the stabbing at the Harrowgate Folk Festival.",
    "count",
    "three were arrested; the fourth man was questioned and released",
  ),
  unfaithful(
    FESTIVAL,
    "A 19-year-old man was shot at the Harrowgate Folk Festival on Saturday night.",
    "hypernym",
    "he was stabbed, not shot",
  ),
  unfaithful(
    FESTIVAL,
    "Three men have been charged with wounding after the stabbing at the Harrowgate Folk Festival.",
    "nominalisation",
    "they were arrested on suspicion, not charged",
  ),
  unfaithful(
    FESTIVAL,
    "Dean Orwin, 18, was questioned and released without charge.",
    "fusion",
    "Orwin, 20, was arrested; the man released was an unnamed 18-year-old",
  ),

  // An airliner diverted.
  faithful(
    DIVERSION,
    "A passenger jet flying from Calder to Tenerife was diverted to Porto after a passenger became seriously ill.",
    "hypernym",
    "'a Skylark Airways Boeing 737' as 'a passenger jet'",
  ),
  faithful(DIVERSION, "The aircraft landed safely in Porto at 2.15pm.", "hypernym", "'plane' as 'aircraft'"),
  faithful(
    DIVERSION,
    "Tenerife flight diverted to Porto as passenger falls ill.",
    "headline",
    "a headline's present tense and dropped articles",
  ),
  faithful(
    DIVERSION,
    "Captain Ruth Lennox, who has flown for Skylark for 22 years, was praised by passengers after the diversion to Porto.",
    "fusion",
    "the captain from the second passage, the diversion from the first",
  ),
  faithful(
    DIVERSION,
    "The Boeing 737's diversion to Porto came after a passenger became seriously ill, the airline said.",
    "nominalisation",
    "'was diverted' as 'the diversion'",
  ),
  faithful(
    DIVERSION,
    "The flight later continued to the Canary Islands.",
    "hypernym",
    "'Tenerife' as 'the Canary Islands'",
  ),
  faithful(
    DIVERSION,
    "The woman, who had become seriously ill on the Skylark Airways flight, was taken to hospital in Porto by ambulance.",
    "fusion",
    "the illness from the first passage, the hospital from the second",
  ),
  unfaithful(
    DIVERSION,
    "A Skylark Airways helicopter flying from Calder to Tenerife was diverted to Porto after a passenger became seriously ill.",
    "hypernym",
    "the aircraft was a Boeing 737",
  ),
  unfaithful(
    DIVERSION,
    "The Boeing 737's diversion to Porto led to the cancellation of the flight to Tenerife.",
    "nominalisation",
    "the flight continued to Tenerife three hours later",
  ),
  unfaithful(
    DIVERSION,
    "The 68-year-old, who has flown for Skylark for 22 years, became seriously ill on the flight.",
    "fusion",
    "the 22 years are the captain's, not the sick passenger's",
  ),

  // A bridge closed to lorries.
  faithful(
    BRIDGE,
    "The closure of Harker Bridge to lorries from 1 March was announced by the council on Tuesday.",
    "nominalisation",
    "'said it would close' as 'the closure … was announced'",
  ),
  faithful(
    BRIDGE,
    "Council to close Harker Bridge to lorries after cracks found.",
    "headline",
    "'to' for the future, dropped articles and auxiliary",
  ),
  faithful(
    BRIDGE,
    "Engineers found damage to the 140-year-old bridge.",
    "hypernym",
    "'cracks in two of its stone arches' as 'damage'",
  ),
  faithful(
    BRIDGE,
    "Heavy vehicles will face a 12-mile diversion through Brisley.",
    "hypernym",
    "'vehicles over 7.5 tonnes' as 'heavy vehicles'",
  ),
  faithful(
    BRIDGE,
    "Repairing the bridge fully could cost £3.4m and take two years, the council's highways chief said.",
    "nominalisation",
    "'a full repair' as 'repairing the bridge fully'",
  ),
  faithful(
    BRIDGE,
    "Haulier Janet Muir said the 12-mile diversion through Brisley would add £900 a week to her fuel bill.",
    "fusion",
    "the diversion's length and route from the first passage, her words from the second",
  ),
  faithful(
    BRIDGE,
    "The council will decide in April whether to rebuild the damaged arches or replace the 140-year-old bridge.",
    "fusion",
    "the decision from the second passage, the bridge's age and cracked arches from the first",
  ),
  unfaithful(
    BRIDGE,
    "The council's decision to replace Harker Bridge was announced on Tuesday.",
    "nominalisation",
    "the council will only decide in April whether to rebuild or replace",
  ),
  unfaithful(
    BRIDGE,
    "Council closes Harker Bridge after cracks found.",
    "headline",
    "a headline's present tense tells as done a closure planned from 1 March",
  ),
  unfaithful(
    BRIDGE,
    "Graham Pike, whose firm runs 40 lorries, said the diversion would add £900 a week to his fuel bill.",
    "fusion",
    "the haulier is Janet Muir; Pike is the highways chief",
  ),
  unfaithful(
    BRIDGE,
    "All vehicles will have to use a 12-mile diversion through Brisley.",
    "hypernym",
    "only vehicles over 7.5 tonnes are diverted",
  ),

  // A hoard of Roman coins.
  faithful(
    HOARD,
    "A pot of Roman coins has been unearthed on farmland near Tarrock.",
    "hypernym",
    "'a pottery jar' as 'a pot', 'found' as 'unearthed'",
  ),
  faithful(
    HOARD,
    "The retired postman, who has been detecting for 25 years, discovered the coins in October.",
    "fusion",
    "the finder's job and years from the second passage, the discovery from the first",
  ),
  faithful(
    HOARD,
    "The discovery of 347 Roman silver coins near Tarrock was announced by the county museum on Wednesday.",
    "nominalisation",
    "'has been found, the museum said' as 'the discovery … was announced'",
  ),
  faithful(
    HOARD,
    "Metal detectorist finds hoard of Roman silver coins near Tarrock.",
    "headline",
    "a headline's present tense for October's find",
  ),
  faithful(
    HOARD,
    "An expert said the hoard was of national importance.",
    "hypernym",
    "the finds liaison officer as 'an expert'",
  ),
  faithful(
    HOARD,
    "The jar also held three pieces of jewellery.",
    "count",
    "two gold rings and a bronze brooch as 'three pieces of jewellery'",
  ),
  faithful(
    HOARD,
    "Owen Faraday, 58, reported the hoard of 347 Roman silver coins to the finds liaison officer.",
    "fusion",
    "the finder's age from the second passage, the hoard's size from the first",
  ),
  unfaithful(
    HOARD,
    "Dr Anika Rahm, who has been detecting for 25 years, discovered the coins in October.",
    "fusion",
    "Faraday found the coins; Rahm is the liaison officer",
  ),
  unfaithful(
    HOARD,
    "The hoard's declaration as treasure by a coroner will allow the Tarrock Museum to acquire it.",
    "nominalisation",
    "the inquest is next month and may not find it treasure",
  ),
  unfaithful(HOARD, "The jar also held four pieces of jewellery.", "count", "two rings and a brooch are three"),
  unfaithful(
    HOARD,
    "A hoard of 347 Roman gold coins buried in a pottery jar has been found near Tarrock.",
    "hypernym",
    "the coins are silver",
  ),
];
