import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of disagreements (facts23, 2026-12-06, before running any code on
 * it): four articles from three outlets on Castlebridge's referendum on a congestion charge on Thursday
 * 3 June 2027. A wire in the small hours of the Friday, the city's evening paper that afternoon, a
 * national paper on the Saturday, the evening paper again on the Monday of the recount. Real
 * disagreements: the turnout, 38.4% as the returning officer confirmed it (the evening paper) against
 * 34.8% for the Yes campaign (the national paper); the voters on the register, about 265,000 (the
 * evening paper) against 248,000 (the national paper, from the Electoral Commission's figures) a day
 * later. Traps: a provisional turnout against the confirmed one; the turnout against the threshold for a
 * binding result, the last referendum's and young voters'; votes for against votes against, and the
 * count against the recount; rejected ballots against postal votes. Test support only.
 */
const TURNOUT_DISPUTE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "turnout/1",
    externalId: "t1",
    source: "Central News Agency",
    url: "https://centralnews.example/politics/castlebridge-rejects-congestion-charge",
    publishedAt: "2027-06-04T02:30:00Z",
    title: "Castlebridge rejects congestion charge",
    originalText: [
      "Castlebridge voters rejected a congestion charge in Thursday's referendum by 52,310 votes to 47,905, the returning officer announced early today.",
      "Provisional figures put turnout at 37.9%.",
      "“The people of this city have spoken, and the charge is dead,” said Gareth Pryce, who led the No campaign.",
      "The council had said the result would be binding only if turnout exceeded 40%.",
    ].join("\n"),
  },
  {
    input: "turnout/2",
    externalId: "t2",
    source: "Castlebridge Evening Post",
    url: "https://castlebridgepost.example/news/charge-rejected-turnout-row",
    publishedAt: "2027-06-04T16:00:00Z",
    title: "Charge rejected, but turnout row erupts",
    originalText: [
      "By Helen Marsh",
      "Turnout in the congestion charge referendum was confirmed at 38.4% on Friday, the returning officer, Alan Wyatt, said.",
      "There are about 265,000 voters on the city's electoral register, and 18,600 of them voted by post.",
      "A total of 1,412 ballot papers were rejected, most of them for marking both boxes.",
      "The Yes campaign said turnout among voters under 30 had been just 19%.",
      "“A result on this turnout settles nothing,” said Priya Lal, the Yes campaign's director.",
    ].join("\n"),
  },
  {
    input: "turnout/3",
    externalId: "t3",
    source: "The National Record",
    url: "https://nationalrecord.example/politics/castlebridge-yes-campaign-challenge",
    publishedAt: "2027-06-05T07:00:00Z",
    title: "Yes campaign challenges Castlebridge referendum result",
    originalText: [
      "The Yes campaign said on Friday night that turnout in Castlebridge's congestion charge referendum had been 34.8%, and that the council had counted some postal votes twice.",
      "Figures from the Electoral Commission show 248,000 people registered to vote in Castlebridge.",
      "Turnout at the city's last referendum, on a directly elected mayor in 2019, was 29%.",
      "“We have no evidence of any double counting,” a council spokesman said.",
    ].join("\n"),
  },
  {
    input: "turnout/4",
    externalId: "t4",
    source: "Castlebridge Evening Post",
    url: "https://castlebridgepost.example/news/recount-confirms-result",
    publishedAt: "2027-06-07T15:00:00Z",
    title: "Recount confirms congestion charge defeat",
    originalText: [
      "By Helen Marsh",
      "A recount on Monday confirmed the result, with the No side on 52,288 votes and Yes on 47,931.",
      "Wyatt said the recount had found no postal votes counted twice.",
      "“The count was accurate, and the recount proves it,” Wyatt said.",
      "The council will decide on July 14 whether to drop the charge.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function turnoutDisputeArticles(): Article[] {
  return linkNearDuplicates(TURNOUT_DISPUTE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts23 (2026-12-06), before running any code on them. "Thursday's
 * referendum" told early on the Friday is 3 June, announced that Friday; "Friday night" in a Saturday
 * paper is 4 June; the recount's Monday is 7 June.
 */
export const TURNOUT_DISPUTE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The people of this city have spoken", speaker: "Gareth Pryce" },
    { text: "A result on this turnout settles nothing", speaker: "Priya Lal" },
    { text: "We have no evidence of any double counting", speaker: "a council spokesman" },
    { text: "The count was accurate, and the recount proves it", speaker: "Alan Wyatt" },
  ],
  timeline: [
    { text: "Castlebridge voters rejected a congestion charge", dates: ["2027-06-03", "2027-06-04"] },
    { text: "was confirmed at 38.4% on Friday", dates: ["2027-06-04"] },
    { text: "The Yes campaign said on Friday night", dates: ["2027-06-04"] },
    { text: "A recount on Monday confirmed the result", dates: ["2027-06-07"] },
    { text: "The council will decide on July 14", dates: ["2027-07-14"] },
  ],
  neverDated: [{ text: "Turnout at the city's last referendum", date: "2027" }],
  disagreements: [
    { values: ["38.4%", "34.8%"], outlets: ["Castlebridge Evening Post", "The National Record"] },
    { values: ["265,000", "248,000"], outlets: ["Castlebridge Evening Post", "The National Record"] },
  ],
  notDisagreements: [
    // Votes against and for; the count against the recount.
    ["52,310", "47,905"],
    ["52,288", "47,931"],
    ["52,310", "52,288"],
    ["47,905", "47,931"],
    // A provisional turnout against the confirmed one.
    ["37.9%", "38.4%"],
    // The turnout against the threshold, the last referendum's and young voters'.
    ["38.4%", "40%"],
    ["37.9%", "40%"],
    ["34.8%", "40%"],
    ["38.4%", "29%"],
    ["34.8%", "29%"],
    ["38.4%", "19%"],
    ["34.8%", "19%"],
    // Rejected ballots against postal votes.
    ["1,412", "18,600"],
  ],
  corroboration: [
    { text: "Castlebridge voters rejected a congestion charge in Thursday's referendum", outlets: 1 },
    { text: "turnout in Castlebridge's congestion charge referendum had been 34.8%", outlets: 1 },
  ],
};
