/**
 * A fifth held-out table of summary sentences, one whole article each as the cited passage (written for
 * round verify12 on 2026-12-06; texts and labels written before the check ever ran on them): six
 * invented articles (a study of bees and a weedkiller, a rugby coach leaving for a national team, a
 * housing scheme approved, a hospice treasurer jailed, a singer's tour cancelled, a family brewery
 * sold). Every sentence is a one-sentence abstractive summary as XSum's summaries are written.
 * Faithful ones paraphrase heavily, generalise ("a drinks group", "a Premiership club" only where the
 * article says so, "next year" for "next spring"), count in words ("hundreds of homes") and merge two
 * of the article's facts. Unfaithful ones err extrinsically, as abstractive models do: a detail the
 * article never states (an age, a nationality, a county, a year, a price, a title, a cause, a trial
 * where the accused pleaded guilty), a person swapped for another the article names, or two of its
 * facts merged onto the wrong entity. No corpus text.
 * First run, before any change of verify12 (bench/verify-editor-rewrites.ts): faithful 1 of 30
 * supported, unfaithful 28 of 30 flagged (passed: "French singer Aleksa Moreau …" at 0.509, the
 * sentence's first word being no name to the old check; Moira Kent, the chief executive, made the
 * jailed treasurer, at 0.5).
 * End of verify12: faithful 1 of 30, unfaithful 30 of 30. The faithful ones still flagged reword
 * verbs and nouns ("struggled to navigate", "given the go-ahead") that no word list here follows.
 */
import { type EditorRewrite, faithfulTo, unfaithfulTo } from "./editor-rewrites.js";

const BEES =
  "Honeybees exposed to a common garden weedkiller were less able to find their way back to their hives, a study by " +
  "researchers at the University of Calder has found. " +
  "The team fitted tiny radio tags to 600 bees from 12 colonies and released them about a kilometre from home. " +
  "Of the bees that had been fed sugar water containing traces of the chemical, 38% failed to return, compared with 11% " +
  "of those given clean sugar water. " +
  "Lead author Dr Hannah Yoder said the doses were similar to those bees might meet on farmland in spring. " +
  "The weedkiller's maker, Verdane Chemicals, said the study used conditions that did not reflect real-world use. " +
  "The findings are published in the journal Insect Ecology.";
const COACH =
  "Harlow Vale head coach Tomas Brenner will leave the club at the end of the season to take charge of the Welsh national " +
  "team, the Premiership side confirmed on Thursday. " +
  "Brenner, who joined Harlow Vale from Pontcarrick in 2019, led the club to the league title two seasons ago. " +
  'Chairman Graham Ashdown said the board had accepted the decision "with regret" and that the search for a successor had begun. ' +
  "Assistant coach Lewis Okoro will lead the team for their final four matches.";
const HOUSING =
  "Councillors in Ferrisford have approved plans for 450 homes on former railway land near the town centre, despite " +
  "objections from residents. " +
  "The development by Stonebeck Homes will include a primary school, a health centre and a park, and 30% of the homes " +
  "will be offered at below-market rents. " +
  "More than 200 people had written to the council opposing the scheme, many citing traffic on Mill Road. " +
  "The planning committee voted six to three in favour on Tuesday evening. " +
  "Building work is expected to start next spring and take about five years.";
const HOSPICE =
  "A former charity treasurer who stole more than £85,000 from a children's hospice to pay for holidays and gambling has " +
  "been jailed for three years. " +
  "Denise Harcourt admitted fraud by abuse of position at Brannock Crown Court. " +
  "The court heard she made 214 transfers from the Little Lanterns Hospice account into her own over four years. " +
  "Judge Simon Ferris said she had betrayed the trust of volunteers and families. " +
  "The hospice's chief executive, Moira Kent, said the theft had forced it to close its day service for six months.";
const TOUR =
  "The singer Aleksa Moreau has cancelled the rest of her European tour after being told by doctors to rest her voice. " +
  "The 29-year-old was due to play 14 more concerts, including two nights at the Halvard Arena in March. " +
  "In a statement on social media, she apologised to fans and said tickets would be refunded at the point of purchase. " +
  "Moreau, whose second album Glass Rivers reached number one in six countries, had already postponed three shows last week. " +
  "Her record label, Northlight, said she expected to make a full recovery.";
const BREWERY =
  "Kestrel Ales, the brewery founded in Dunmere in 1872, is to be bought by the drinks group Harbison for an undisclosed sum. " +
  "The family-owned firm employs 180 people and makes the best-selling Red Kite bitter. " +
  "Managing director Fiona Kestrel, the founder's great-great-granddaughter, said the deal would secure the brewery's " +
  "future and that no jobs would be lost. " +
  "Harbison, which owns 40 pubs in the north of England, said it would keep brewing on the Dunmere site. " +
  "The sale is expected to be completed in June.";

const faithful = (article: string, statement: string, kind: EditorRewrite["kind"], why: string) =>
  faithfulTo([article], statement, kind, why);
const unfaithful = (article: string, statement: string, kind: EditorRewrite["kind"], why: string) =>
  unfaithfulTo([article], statement, kind, why);

export const EXTRINSIC_PARAPHRASES: EditorRewrite[] = [
  // A study of bees and a weedkiller.
  faithful(
    BEES,
    "Bees that took in traces of a widely used weedkiller were more than three times as likely to get lost on the way home, scientists say.",
    "synonym",
    "38% against 11% as 'more than three times as likely', the researchers as 'scientists'",
  ),
  faithful(
    BEES,
    "Honeybees fed a common herbicide struggled to navigate back to their colonies, according to research from the University of Calder.",
    "synonym",
    "'weedkiller' as 'herbicide', 'less able to find their way back' as 'struggled to navigate back'",
  ),
  faithful(
    BEES,
    "A university study suggests a garden weedkiller impairs the homing ability of honeybees, though its manufacturer disputes the findings.",
    "join",
    "the finding and the maker's objection merged",
  ),
  faithful(
    BEES,
    "Almost four in ten bees given sugar water laced with a common weedkiller failed to find their hives, a study has found.",
    "synonym",
    "38% as 'almost four in ten'",
  ),
  faithful(
    BEES,
    "Researchers who tagged hundreds of honeybees say exposure to a garden weedkiller at levels found on farmland in spring left many unable to get home.",
    "join",
    "600 as 'hundreds', the doses and the finding merged",
  ),
  unfaithful(
    BEES,
    "Honeybees exposed to a common weedkiller were less able to find their way back to their hives, a study by Scottish researchers has found.",
    "invented",
    "the article never says where the university is",
  ),
  unfaithful(
    BEES,
    "A weedkiller banned in France left honeybees unable to find their hives, a study has found.",
    "invented",
    "no ban anywhere is mentioned",
  ),
  unfaithful(
    BEES,
    "Bees that took in traces of a garden weedkiller were less likely to return home, according to a study led by Professor Hannah Yoder.",
    "role",
    "she is Dr Hannah Yoder, the lead author; 'Professor' is not in the article",
  ),
  unfaithful(
    BEES,
    "A three-year study has found that honeybees fed traces of a common weedkiller struggled to return to their hives.",
    "invented",
    "the study's length is never given",
  ),
  unfaithful(
    BEES,
    "Verdane Chemicals researcher Hannah Yoder found that bees exposed to the firm's weedkiller often failed to return to their hives.",
    "stitched",
    "Yoder is the university study's author, not the maker's researcher",
  ),
  // A rugby coach leaving for a national team.
  faithful(
    COACH,
    "Harlow Vale's head coach is to step down at the end of the season to become Wales coach.",
    "synonym",
    "'take charge of the Welsh national team' as 'become Wales coach'",
  ),
  faithful(
    COACH,
    "Tomas Brenner, who guided Harlow Vale to the league title, will leave the Premiership club at the end of the season to take over Wales.",
    "join",
    "the title two seasons ago and the move merged; 'Premiership side' as 'Premiership club'",
  ),
  faithful(
    COACH,
    "Premiership side Harlow Vale have begun looking for a new head coach after Tomas Brenner accepted the Wales job.",
    "synonym",
    "'the search for a successor had begun'",
  ),
  faithful(
    COACH,
    "Lewis Okoro will take charge of Harlow Vale for the rest of the season after head coach Tomas Brenner was appointed to lead Wales.",
    "join",
    "'final four matches' as 'the rest of the season'",
  ),
  faithful(
    COACH,
    "Harlow Vale chairman Graham Ashdown says the club has reluctantly accepted head coach Tomas Brenner's decision to leave for the Wales job.",
    "synonym",
    "'with regret' as 'reluctantly'",
  ),
  unfaithful(
    COACH,
    "Harlow Vale head coach Tomas Brenner, 47, will leave the club at the end of the season to take charge of Wales.",
    "invented",
    "his age is never given",
  ),
  unfaithful(
    COACH,
    "Former Pontcarrick coach Tomas Brenner has been named Wales head coach on a four-year contract.",
    "invented",
    "no contract length is given",
  ),
  unfaithful(
    COACH,
    "New Zealander Tomas Brenner will leave Harlow Vale at the end of the season to coach Wales.",
    "invented",
    "his nationality is never given",
  ),
  unfaithful(
    COACH,
    "Harlow Vale head coach Lewis Okoro will leave the club at the end of the season to take charge of Wales.",
    "swap",
    "Okoro is the assistant who stays; Brenner leaves",
  ),
  unfaithful(
    COACH,
    "Tomas Brenner, who led Harlow Vale to the European Cup two seasons ago, will leave to take charge of Wales.",
    "invented",
    "it was the league title; no European Cup is mentioned",
  ),
  // A housing scheme approved.
  faithful(
    HOUSING,
    "Hundreds of homes are to be built on disused railway land in Ferrisford after councillors backed the scheme despite local opposition.",
    "synonym",
    "450 as 'hundreds', 'approved' as 'backed'",
  ),
  faithful(
    HOUSING,
    "A plan to build 450 houses, along with a school and a health centre, on old railway land in Ferrisford has been given the go-ahead.",
    "synonym",
    "'approved' as 'given the go-ahead', 'former' as 'old'",
  ),
  faithful(
    HOUSING,
    "Nearly a third of 450 new homes planned near Ferrisford town centre will be let below market rates after the scheme won council approval.",
    "synonym",
    "30% as 'nearly a third'",
  ),
  faithful(
    HOUSING,
    "A developer's plans for a 450-home estate on a former railway site have been approved by Ferrisford councillors, despite more than 200 objections.",
    "nominalisation",
    "'people had written … opposing' as 'objections'",
  ),
  faithful(
    HOUSING,
    "Construction of 450 homes, a school and a park on former railway land in Ferrisford is set to begin next year after the plans were approved.",
    "compression",
    "'next spring' generalised to 'next year'",
  ),
  unfaithful(
    HOUSING,
    "Councillors in Ferrisford have approved plans for 450 homes on former railway land, despite objections from residents and the local MP.",
    "invented",
    "no MP is mentioned",
  ),
  unfaithful(
    HOUSING,
    "Plans for 450 homes on a former railway site in Ferrisford, Lancashire, have been approved despite local objections.",
    "invented",
    "the county is never named",
  ),
  unfaithful(
    HOUSING,
    "Stonebeck Homes' £90m plans for 450 homes in Ferrisford have been approved by councillors.",
    "number",
    "no cost is given",
  ),
  unfaithful(
    HOUSING,
    "Councillors have approved plans for 450 homes on railway land in Ferrisford which closed in 1968.",
    "date",
    "no year of closure is given",
  ),
  unfaithful(
    HOUSING,
    "Plans for 450 homes in Ferrisford have been approved, with the developer agreeing to widen Mill Road to ease traffic.",
    "invented",
    "residents cited Mill Road's traffic; no widening is promised",
  ),
  // A hospice treasurer jailed.
  faithful(
    HOSPICE,
    "A woman who took more than £85,000 from a hospice for children while she was its treasurer has been sent to prison.",
    "synonym",
    "'jailed' as 'sent to prison', 'stole' as 'took'",
  ),
  faithful(
    HOSPICE,
    "A hospice treasurer who spent stolen money on holidays and gambling has been given a three-year prison sentence.",
    "nominalisation",
    "'jailed for three years' as 'a three-year prison sentence'",
  ),
  faithful(
    HOSPICE,
    "Denise Harcourt, who siphoned off more than £85,000 from Little Lanterns Hospice through more than 200 transfers, has been jailed.",
    "synonym",
    "214 as 'more than 200', 'stole' as 'siphoned off'",
  ),
  faithful(
    HOSPICE,
    "A children's hospice was forced to shut its day service for six months after its treasurer stole more than £85,000, its chief executive has said.",
    "join",
    "the theft and its consequence merged, 'close' as 'shut'",
  ),
  faithful(
    HOSPICE,
    "A judge has told a former hospice treasurer who stole from the charity for four years that she betrayed volunteers and families, as he jailed her.",
    "join",
    "the judge's words, the four years and the sentence merged",
  ),
  unfaithful(
    HOSPICE,
    "A former charity treasurer who stole more than £85,000 from a children's hospice has been jailed for three years after a two-week trial.",
    "invented",
    "she admitted the fraud; no trial is mentioned",
  ),
  unfaithful(
    HOSPICE,
    "A 52-year-old former treasurer who stole more than £85,000 from a children's hospice has been jailed.",
    "invented",
    "her age is never given",
  ),
  unfaithful(
    HOSPICE,
    "Moira Kent, a former hospice treasurer, has been jailed for three years for stealing more than £85,000.",
    "swap",
    "Kent is the hospice's chief executive; Harcourt was jailed",
  ),
  unfaithful(
    HOSPICE,
    "A former charity treasurer who stole more than £85,000 from a hospice to fund a gambling habit and a new car has been jailed.",
    "invented",
    "holidays and gambling; no car",
  ),
  unfaithful(
    HOSPICE,
    "A former treasurer who stole more than £85,000 from a children's hospice in Cornwall has been jailed for three years.",
    "invented",
    "the place is never named",
  ),
  // A singer's tour cancelled.
  faithful(
    TOUR,
    "Aleksa Moreau has called off her remaining European concerts on medical advice, saying fans will get their money back.",
    "synonym",
    "'cancelled the rest of' as 'called off her remaining', 'refunded' as 'get their money back'",
  ),
  faithful(
    TOUR,
    "The chart-topping singer Aleksa Moreau has scrapped 14 tour dates after doctors ordered her to rest her voice.",
    "synonym",
    "'reached number one' as 'chart-topping', 'cancelled' as 'scrapped'",
  ),
  faithful(
    TOUR,
    "A singer whose album topped the charts in six countries has cancelled the rest of her tour of Europe because of problems with her voice.",
    "join",
    "the album's success and the cancellation merged",
  ),
  faithful(
    TOUR,
    "Aleksa Moreau, 29, has pulled out of the remaining dates of her European tour, a week after postponing three shows.",
    "synonym",
    "'last week' as 'a week after'",
  ),
  faithful(
    TOUR,
    "The singer Aleksa Moreau has apologised to fans after cancelling the rest of her European tour on doctors' orders.",
    "join",
    "the apology and the cancellation merged",
  ),
  unfaithful(
    TOUR,
    "French singer Aleksa Moreau has cancelled the rest of her European tour after being told to rest her voice.",
    "invented",
    "her nationality is never given",
  ),
  unfaithful(
    TOUR,
    "Aleksa Moreau has cancelled the rest of her European tour after undergoing surgery on her vocal cords.",
    "cause",
    "she was told to rest her voice; no surgery",
  ),
  unfaithful(
    TOUR,
    "Aleksa Moreau has cancelled 14 concerts, including two sold-out nights at London's Halvard Arena.",
    "invented",
    "neither the city nor a sell-out is mentioned",
  ),
  unfaithful(
    TOUR,
    "Aleksa Moreau, whose album Glass Rivers won a Grammy last year, has cancelled the rest of her European tour.",
    "invented",
    "the album reached number one; no award is mentioned",
  ),
  unfaithful(
    TOUR,
    "Aleksa Moreau has cancelled her European tour and said she will take a year-long break from music.",
    "invented",
    "no break is announced; her label expects a full recovery",
  ),
  // A family brewery sold.
  faithful(
    BREWERY,
    "A family brewery that has made beer in Dunmere for more than 150 years is being sold to a drinks group, with its boss promising no job losses.",
    "synonym",
    "1872 as 'more than 150 years', 'no jobs would be lost' as 'no job losses'",
  ),
  faithful(
    BREWERY,
    "Harbison, a pub owner in the north of England, has agreed to buy Kestrel Ales, the maker of Red Kite bitter.",
    "join",
    "'owns 40 pubs' as 'a pub owner', 'is to be bought by' as 'has agreed to buy'",
  ),
  faithful(
    BREWERY,
    "The 180 staff at Kestrel Ales will keep their jobs after the Dunmere brewery is sold to Harbison, its managing director has said.",
    "synonym",
    "'no jobs would be lost' as 'will keep their jobs'",
  ),
  faithful(
    BREWERY,
    "Family-owned Kestrel Ales, which was founded in Dunmere in 1872, is being taken over by drinks group Harbison for an undisclosed sum.",
    "synonym",
    "'bought' as 'taken over'",
  ),
  faithful(
    BREWERY,
    "Drinks group Harbison has said it will keep brewing in Dunmere after buying Kestrel Ales, in a deal due to be completed in June.",
    "join",
    "the site's future and the completion merged",
  ),
  unfaithful(
    BREWERY,
    "Kestrel Ales, the brewery founded in Dunmere in 1872, is to be bought by drinks group Harbison for £24m.",
    "number",
    "the sum is undisclosed",
  ),
  unfaithful(
    BREWERY,
    "Scottish brewery Kestrel Ales is to be bought by the drinks group Harbison.",
    "invented",
    "the country is never named",
  ),
  unfaithful(
    BREWERY,
    "Managing director Fiona Kestrel, the founder's great-great-granddaughter, will step down when the brewery is sold to Harbison.",
    "invented",
    "she is not said to be leaving",
  ),
  unfaithful(
    BREWERY,
    "Harbison, which owns 40 pubs and the Red Kite bitter brand, is buying the Dunmere brewery Kestrel Ales.",
    "stitched",
    "Kestrel Ales makes Red Kite; Harbison does not own it",
  ),
  unfaithful(
    BREWERY,
    "Kestrel Ales, which employs 180 people, is to be bought by Harbison after a fall in sales during the pandemic.",
    "cause",
    "no cause of the sale is given",
  ),
];
