/**
 * A sixth held-out table of summary sentences, each over the two passages of one invented article
 * (written for round verify13 on 2026-12-06; texts and labels written before the check ever ran on
 * them): seven articles (a chess final, a growers' cooperative leaving a supermarket, a hospital's
 * records system scrapped, a libel action lost, bus routes cut, two climbers rescued, a retailer's
 * annual results). Faithful sentences paraphrase heavily: synonyms, active for passive, clauses
 * reordered, a count in words, a title or age moved into apposition, two passages merged. Unfaithful
 * ones err intrinsically, in the article's own words, as abstractive models do: roles swapped
 * between two people or organisations it names, a number attached to another noun it names, a
 * negation or modality flipped ("denied" → "admitted", "could" → "would"), a claim made the court's
 * finding, a fact merged onto the wrong speaker, a time reference moved to another event. No corpus text.
 * First run, before any change of verify13 (bench/verify-editor-rewrites.ts): faithful 3 of 37
 * supported, unfaithful 32 of 37 flagged (passed: "more than 40 member farms", "2,100 staff", "a
 * 27-year-old climber" and the father and son swapped, all at 0.5, the abstractive reading; "would
 * appeal" for "was considering an appeal", at 0.569).
 * End of verify13: faithful 3 of 37, unfaithful 36 of 37 (still passed: "2,100 staff").
 */
import { type EditorRewrite, faithfulTo, unfaithfulTo } from "./editor-rewrites.js";

const CHESS = [
  "Irena Valk won the Northern Open chess championship in Haldor on Sunday, beating the defending champion, Dmitri Osei, " +
    "in a tie-break after their four classical games were drawn. " +
    "The 19-year-old, who is ranked 42nd in the world, takes home a prize of €60,000; Osei receives €35,000.",
  "Osei, 31, said afterwards that he had been outplayed in the rapid games and denied that a wrist injury had affected his play. " +
    "Valk said she would consider playing in the Candidates qualifier in May but had not yet decided. " +
    "Tournament director Paul Gresham said a record 3,200 spectators had watched the final day.",
];
const GROWERS = [
  "The fruit growers' cooperative Brightwell Growers has ended its supply contract with the supermarket chain Marlow's, " +
    "saying the retailer had cut the price it paid for apples by 12% without notice. " +
    "Brightwell, which has 85 member farms in the Tamsin valley, supplied about 9,000 tonnes of apples to Marlow's last year.",
  "Marlow's said it regretted the decision and denied changing the terms of the contract. " +
    "A spokeswoman said the chain sourced apples from more than 40 British growers and that customers would see no change on the shelves. " +
    "The cooperative's chair, Owen Pryce, said members were in talks with two other retailers and could sign a new deal before " +
    "the harvest in September.",
];
const RECORDS = [
  "Aldgrove Health Trust has scrapped a new patient records system supplied by Medisys Software after it failed twice in its " +
    "first month, forcing staff at three hospitals to return to paper notes. " +
    "The trust had paid £14 million for the system, which went live on 3 March.",
  "An internal review found that the failures were caused by a faulty software update installed by Medisys on 18 March, " +
    "the trust's chief executive, Laura Kimber, said. " +
    "Medisys said it did not accept the review's findings and might take legal action. " +
    "Kimber said no patient had come to harm, but 2,100 outpatient appointments had been postponed.",
];
const LIBEL = [
  "The former footballer Carl Benning has lost his libel action against the journalist Nadia Ferreira over a 2022 article " +
    "about his charity's finances. " +
    "Mr Justice Harwood ruled at the High Court in London on Friday that the article was substantially true and ordered " +
    "Benning to pay Ferreira's legal costs, estimated at £420,000.",
  "Benning had claimed the article falsely suggested he had taken money from the Benning Foundation, which funds youth " +
    "football clubs. " +
    "Ferreira, who writes for the Ledger, said the judgment was a victory for public-interest journalism. " +
    "Benning's lawyers said he was considering an appeal.",
];
const BUSES = [
  "Tarnwick Buses will cut 12 routes and reduce services on 30 others from 1 September, blaming falling passenger numbers " +
    "and a shortage of drivers. " +
    "The company, which runs 340 buses across the county, said fares would also rise by 8% in October.",
  "The county council, which pays for 15 of the routes, said it had not been consulted and would look for another operator. " +
    "Council leader Amira Shah said the cuts would leave some villages with no bus service at all. " +
    "Tarnwick's managing director, Ben Corley, said the company had tried to recruit 60 drivers this year but had hired only 22.",
];
const CLIMBERS = [
  "Two climbers were rescued from the Corran Ridge on Saturday night after one of them fell about 20 metres and broke his leg. " +
    "The Glenmarra mountain rescue team said a coastguard helicopter flew the injured man, who is 54, to hospital in " +
    "Fortwell, while his 27-year-old son was walked down by rescuers.",
  "Team leader Fiona Dunne said the pair had set out on Saturday morning and were caught by fog near the summit. " +
    "She said the men had been well equipped and that the son's call at 9pm had probably saved his father's life. " +
    "The rescue, which involved 18 volunteers, ended at about 2am on Sunday.",
];
const RESULTS = [
  "The online furniture retailer Homewood reported a 14% rise in revenue to £2.3 billion for the year to March, but its " +
    "pre-tax profit fell 6% to £410 million as delivery costs rose. " +
    "Chief executive Sanjay Mehta said the company would open 25 showrooms over the next two years.",
  "Homewood's shares fell 9% in early trading. " +
    "Analysts at the broker Carrow & Finch said the results were weaker than expected and cut their profit forecast for next year. " +
    "Mehta said he was confident that margins could recover in the second half but did not rule out further price cuts.",
];

export const INTRINSIC_REWRITES: EditorRewrite[] = [
  // A chess final.
  faithfulTo(
    CHESS,
    "Valk, 19, took the Northern Open title in Haldor on Sunday, defeating reigning champion Dmitri Osei on tie-breaks after four drawn classical games.",
    "synonym",
    "'won … championship' as 'took the title', 'beating the defending champion' as 'defeating reigning champion', age moved",
  ),
  faithfulTo(
    CHESS,
    "The defending champion, Osei, was beaten by Irena Valk in a tie-break.",
    "passive",
    "active made passive",
  ),
  faithfulTo(
    CHESS,
    "Osei rejected suggestions that an injury to his wrist had hurt his performance, saying he had been outplayed in the rapid games.",
    "synonym",
    "'denied that' as 'rejected suggestions that', 'affected his play' as 'hurt his performance'",
  ),
  faithfulTo(
    CHESS,
    "Valk, who won €60,000, said she had not yet decided whether to play in the Candidates qualifier in May.",
    "join",
    "the prize from the first passage, her indecision from the second",
  ),
  faithfulTo(
    CHESS,
    "A record crowd of 3,200 watched the final day, according to the tournament director.",
    "synonym",
    "'spectators' as 'crowd', attribution reworded",
  ),
  unfaithfulTo(
    CHESS,
    "Dmitri Osei won the Northern Open chess championship, beating Irena Valk in a tie-break.",
    "role",
    "winner and loser swapped",
  ),
  unfaithfulTo(
    CHESS,
    "Osei admitted that a wrist injury had affected his play.",
    "negation",
    "'denied' made 'admitted'",
  ),
  unfaithfulTo(
    CHESS,
    "Valk said she will play in the Candidates qualifier in May.",
    "modality",
    "'would consider playing … had not yet decided' made a decision",
  ),
  unfaithfulTo(CHESS, "The 31-year-old Valk takes home a prize of €60,000.", "number", "Osei's age given to Valk"),
  unfaithfulTo(
    CHESS,
    "Osei, who is ranked 42nd in the world, receives €35,000.",
    "swap",
    "Valk's ranking given to Osei",
  ),

  // A growers' cooperative leaves a supermarket.
  faithfulTo(
    GROWERS,
    "Brightwell Growers, a cooperative of 85 farms in the Tamsin valley, has stopped supplying apples to Marlow's after accusing the supermarket of cutting its price by 12% without warning.",
    "synonym",
    "'ended its supply contract' as 'stopped supplying', 'saying' as 'accusing', apposition",
  ),
  faithfulTo(
    GROWERS,
    "Marlow's, which buys apples from more than 40 British growers, said shoppers would notice no difference.",
    "synonym",
    "'sourced' as 'buys', 'customers would see no change on the shelves' as 'shoppers would notice no difference'",
  ),
  faithfulTo(
    GROWERS,
    "The supermarket chain rejected the cooperative's claim that it had altered the terms of the contract.",
    "synonym",
    "'denied changing' as 'rejected the claim that it had altered'",
  ),
  faithfulTo(
    GROWERS,
    "Owen Pryce, who chairs Brightwell, said its members were talking to two other retailers and might agree a new deal before September's harvest.",
    "synonym",
    "'in talks with' as 'talking to', 'could sign' as 'might agree', 'the harvest in September' as 'September's harvest'",
  ),
  faithfulTo(
    GROWERS,
    "Last year the cooperative sold Marlow's about 9,000 tonnes of apples.",
    "synonym",
    "'supplied … to Marlow's' as 'sold Marlow's', adverbial moved, 'the cooperative' for Brightwell",
  ),
  unfaithfulTo(
    GROWERS,
    "Marlow's has ended its supply contract with Brightwell Growers, saying the cooperative had cut its prices by 12%.",
    "role",
    "who ended the contract and who cut prices swapped",
  ),
  unfaithfulTo(
    GROWERS,
    "Marlow's admitted changing the terms of the contract.",
    "negation",
    "'denied' made 'admitted'",
  ),
  unfaithfulTo(
    GROWERS,
    "Owen Pryce said members would sign a new deal with two other retailers before the harvest in September.",
    "modality",
    "'were in talks … could sign' made a certainty",
  ),
  unfaithfulTo(
    GROWERS,
    "Brightwell Growers, which has more than 40 member farms, has ended its contract with Marlow's.",
    "number",
    "the count of Marlow's growers given as Brightwell's member farms",
  ),
  unfaithfulTo(
    GROWERS,
    "Marlow's cut the price it paid for apples by 12% in September, the cooperative said.",
    "date",
    "the harvest's month given to the price cut",
  ),

  // A hospital trust scraps a records system.
  faithfulTo(
    RECORDS,
    "Staff at three of Aldgrove Health Trust's hospitals had to go back to paper notes when the £14 million records system failed twice in its first month.",
    "synonym",
    "'forcing … to return' as 'had to go back', the price moved into the noun phrase",
  ),
  faithfulTo(
    RECORDS,
    "A review for the trust blamed the failures on a faulty update that Medisys installed on 18 March.",
    "synonym",
    "'found that the failures were caused by' as 'blamed the failures on', passive made active",
  ),
  faithfulTo(
    RECORDS,
    "Medisys rejected the review's conclusions and said it could go to court.",
    "synonym",
    "'did not accept the findings' as 'rejected the conclusions', 'might take legal action' as 'could go to court'",
  ),
  faithfulTo(
    RECORDS,
    "Some 2,100 outpatient appointments were put off, although no patient was harmed, according to Laura Kimber, the trust's chief executive.",
    "synonym",
    "'postponed' as 'put off', clauses reordered, attribution moved",
  ),
  faithfulTo(
    RECORDS,
    "The system, which the trust bought from Medisys Software for £14 million, went into use on 3 March.",
    "synonym",
    "'supplied by' as 'bought from', 'went live' as 'went into use'",
  ),
  faithfulTo(
    RECORDS,
    "Aldgrove Health Trust has abandoned the Medisys records system, which broke down twice within a month of going live.",
    "synonym",
    "'scrapped' as 'abandoned', 'failed twice in its first month' as 'broke down twice within a month'",
  ),
  unfaithfulTo(
    RECORDS,
    "Medisys Software has scrapped the patient records system it bought from Aldgrove Health Trust.",
    "role",
    "buyer and supplier swapped",
  ),
  unfaithfulTo(RECORDS, "Medisys accepted the review's findings.", "negation", "'did not accept' made 'accepted'"),
  unfaithfulTo(
    RECORDS,
    "Medisys said it would take legal action against the trust.",
    "modality",
    "'might take legal action' made 'would'",
  ),
  unfaithfulTo(
    RECORDS,
    "The faulty software update was installed on 3 March, the trust said.",
    "date",
    "the go-live date given to the update (18 March)",
  ),
  unfaithfulTo(
    RECORDS,
    "The system failed at three hospitals and forced 2,100 staff to return to paper notes.",
    "number",
    "the count of postponed appointments given to staff",
  ),
  unfaithfulTo(
    RECORDS,
    "An internal review found that no patient had come to harm.",
    "stitched",
    "Kimber's own statement made the review's finding",
  ),

  // A libel action lost.
  faithfulTo(
    LIBEL,
    "Carl Benning, the ex-footballer, failed in his libel claim against the Ledger journalist Nadia Ferreira, the High Court ruled on Friday.",
    "synonym",
    "'lost his libel action' as 'failed in his libel claim', the outlet from the second passage",
  ),
  faithfulTo(
    LIBEL,
    "The judge found Ferreira's 2022 article about the finances of Benning's charity to be substantially true.",
    "synonym",
    "'ruled that the article was' as 'found the article to be', possessives reworded",
  ),
  faithfulTo(
    LIBEL,
    "Benning was ordered to cover Ferreira's legal costs, which are put at £420,000.",
    "passive",
    "active made passive, 'pay' as 'cover', 'estimated at' as 'put at'",
  ),
  faithfulTo(
    LIBEL,
    "Benning had argued that the article wrongly implied he took money from his foundation, which funds youth football clubs.",
    "synonym",
    "'claimed … falsely suggested' as 'argued … wrongly implied'",
  ),
  faithfulTo(LIBEL, "Benning may appeal, his lawyers said.", "hedge", "'was considering an appeal' as 'may appeal'"),
  unfaithfulTo(
    LIBEL,
    "The journalist Nadia Ferreira has lost her libel action against the former footballer Carl Benning.",
    "role",
    "claimant and defendant swapped",
  ),
  unfaithfulTo(
    LIBEL,
    "Mr Justice Harwood ordered Ferreira to pay Benning's legal costs.",
    "role",
    "who pays whose costs swapped",
  ),
  unfaithfulTo(
    LIBEL,
    "Benning's lawyers said he would appeal.",
    "modality",
    "'considering an appeal' made 'would appeal'",
  ),
  unfaithfulTo(
    LIBEL,
    "The judge ruled that Ferreira's article falsely suggested Benning had taken money from the Benning Foundation.",
    "hedge",
    "Benning's claim made the judge's ruling, against what the judge found",
  ),
  unfaithfulTo(
    LIBEL,
    "The High Court ruled in 2022 that the article was substantially true.",
    "date",
    "the article's year given to the ruling",
  ),

  // Bus routes cut.
  faithfulTo(
    BUSES,
    "From 1 September Tarnwick Buses will withdraw 12 routes and run fewer buses on 30 more, citing fewer passengers and too few drivers.",
    "synonym",
    "'cut' as 'withdraw', 'reduce services' as 'run fewer buses', 'blaming' as 'citing', adverbial moved",
  ),
  faithfulTo(
    BUSES,
    "Tarnwick, which has a fleet of 340 buses in the county, also plans to raise fares by 8% in October.",
    "synonym",
    "'runs 340 buses' as 'has a fleet of', 'said fares would rise' as 'plans to raise fares'",
  ),
  faithfulTo(
    BUSES,
    "Amira Shah, who leads the county council, warned that some villages would be left without any buses.",
    "synonym",
    "title as a relative clause, 'said' as 'warned', 'leave … with no bus service' as 'be left without any buses'",
  ),
  faithfulTo(
    BUSES,
    "The council, which funds 15 routes, said it had not been consulted about the cuts and would seek a new operator.",
    "synonym",
    "'pays for' as 'funds', 'look for another' as 'seek a new'",
  ),
  faithfulTo(
    BUSES,
    "Ben Corley, Tarnwick's managing director, said the firm had managed to hire only 22 of the 60 drivers it wanted this year.",
    "synonym",
    "'tried to recruit 60 … hired only 22' as 'hire only 22 of the 60 it wanted'",
  ),
  unfaithfulTo(
    BUSES,
    "Tarnwick Buses will cut 30 routes and reduce services on 12 others.",
    "number",
    "the two counts swapped between their nouns",
  ),
  unfaithfulTo(
    BUSES,
    "Fares will rise by 8% from 1 September, Tarnwick said.",
    "date",
    "the cuts' date given to the fare rise",
  ),
  unfaithfulTo(
    BUSES,
    "The county council said it had been consulted about the cuts.",
    "negation",
    "'had not been consulted' made 'had been consulted'",
  ),
  unfaithfulTo(
    BUSES,
    "Ben Corley said the company had hired 60 drivers this year.",
    "number",
    "the drivers it tried to recruit given as hired",
  ),
  unfaithfulTo(
    BUSES,
    "Council leader Amira Shah said the company had tried to recruit 60 drivers this year.",
    "speaker",
    "Corley's words given to the council leader",
  ),

  // Two climbers rescued.
  faithfulTo(
    CLIMBERS,
    "A 54-year-old climber who broke his leg in a 20-metre fall on the Corran Ridge was airlifted to hospital in Fortwell by a coastguard helicopter on Saturday night.",
    "synonym",
    "'flew … to hospital' as 'airlifted', the two passages' facts in one clause",
  ),
  faithfulTo(
    CLIMBERS,
    "Rescuers walked the injured climber's son, 27, off the mountain.",
    "passive",
    "passive made active",
  ),
  faithfulTo(
    CLIMBERS,
    "The two men, who had started out on Saturday morning, were caught in fog close to the summit, Fiona Dunne, who leads the rescue team, said.",
    "synonym",
    "'set out' as 'started out', 'near' as 'close to', title as a relative clause",
  ),
  faithfulTo(
    CLIMBERS,
    "Eighteen volunteers took part in the rescue, which finished at around 2am on Sunday.",
    "number",
    "count in words, 'involved' as 'took part in', 'ended' as 'finished'",
  ),
  faithfulTo(
    CLIMBERS,
    "Dunne credited the son's 9pm call with probably saving his father's life.",
    "synonym",
    "'said … had probably saved' as 'credited … with probably saving'",
  ),
  unfaithfulTo(
    CLIMBERS,
    "A 27-year-old climber broke his leg in a 20-metre fall on the Corran Ridge.",
    "number",
    "the son's age given to the injured father",
  ),
  unfaithfulTo(
    CLIMBERS,
    "The son was flown to hospital in Fortwell while his father was walked down by rescuers.",
    "role",
    "father and son swapped",
  ),
  unfaithfulTo(
    CLIMBERS,
    "The pair set out on Saturday night and were caught by fog near the summit.",
    "date",
    "the rescue's time given to their setting out",
  ),
  unfaithfulTo(
    CLIMBERS,
    "Fiona Dunne said the men had been poorly equipped.",
    "antonym",
    "'well equipped' made 'poorly equipped'",
  ),
  unfaithfulTo(
    CLIMBERS,
    "The father's call at 9pm had saved his son's life, the team leader said.",
    "role",
    "caller and saved swapped, 'probably' dropped",
  ),

  // A retailer's annual results.
  faithfulTo(
    RESULTS,
    "Homewood's revenue grew by 14% to £2.3 billion in the year to March, though higher delivery costs pushed pre-tax profit down 6% to £410 million.",
    "synonym",
    "'reported a rise' as 'grew', 'fell … as costs rose' as 'higher costs pushed … down'",
  ),
  faithfulTo(
    RESULTS,
    "Shares in Homewood dropped 9% in early trading after results that analysts at Carrow & Finch said were below expectations.",
    "synonym",
    "'fell' as 'dropped', 'weaker than expected' as 'below expectations'",
  ),
  faithfulTo(
    RESULTS,
    "The online furniture seller plans to open 25 showrooms in the next two years, its chief executive said.",
    "synonym",
    "'retailer' as 'seller', 'would open' as 'plans to open'",
  ),
  faithfulTo(RESULTS, "Carrow & Finch lowered its profit forecast for next year.", "synonym", "'cut' as 'lowered'"),
  faithfulTo(
    RESULTS,
    "Sanjay Mehta said margins could recover in the second half and did not exclude further price cuts.",
    "synonym",
    "'did not rule out' as 'did not exclude', 'he was confident that' left out",
  ),
  faithfulTo(
    RESULTS,
    "Rising delivery costs cut Homewood's annual pre-tax profit by 6%, even as revenue climbed 14%.",
    "synonym",
    "'fell … as costs rose' as 'costs cut', 'rise' as 'climbed'",
  ),
  unfaithfulTo(
    RESULTS,
    "Homewood's pre-tax profit rose 14% to £410 million.",
    "number",
    "the revenue's rise given to the profit",
  ),
  unfaithfulTo(
    RESULTS,
    "Homewood's revenue fell 6% to £2.3 billion.",
    "number",
    "the profit's fall given to the revenue",
  ),
  unfaithfulTo(RESULTS, "Mehta ruled out further price cuts.", "negation", "'did not rule out' made 'ruled out'"),
  unfaithfulTo(
    RESULTS,
    "Mehta said margins would recover in the second half.",
    "modality",
    "'could recover' made 'would recover'",
  ),
  unfaithfulTo(
    RESULTS,
    "Carrow & Finch said Homewood would open 25 showrooms over the next two years.",
    "speaker",
    "the chief executive's plan given to the broker",
  ),
  unfaithfulTo(
    RESULTS,
    "Homewood's shares fell 9% in the year to March.",
    "date",
    "the results' period given to the shares' fall in early trading",
  ),
];
