import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by dates14 (2026-12-07, before running any code on it): six
 * articles from five US outlets on 34 anglers stranded on an ice sheet that broke away from the shore
 * of Lake Winnemac, Minnesota, on Saturday 12 January 2030, and on one of them, who went through the
 * ice and died on the Monday. Traps for date code: the rescue told by two outlets on Saturday in other
 * words, fish houses left "during Saturday's rescue" in a Sunday bulletin, a death "Monday" after
 * "Saturday's rescue" in one sentence and "yesterday" in another paper the same Tuesday, a vote "last
 * night" in a Tuesday paper, a warning "on Tuesday" in a Wednesday paper; the sheriff's, a resort's and
 * the dead man's own history with years (2027, 1994, 2021) and other lakes' accidents with theirs
 * (2013, 2025). One real disagreement: the dead man's age (61 for one paper, 58 for the other).
 * Test support only.
 *
 * First run (dcc4040, before any fix): timeline 8/8 expected entries, background dates taken 3/6, one
 * event one entry 0/2, digest timeline entries with a wrong date 3 of 12, disagreements 1/1, quotes
 * 2/2.
 */
const ICE_FLOE_ANGLERS_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ice-floe/1",
    externalId: "i1",
    source: "Northwoods Tribune",
    url: "https://northwoodstribune.example/news/lake-winnemac-ice-rescue",
    publishedAt: "2030-01-12T23:00:00Z",
    title: "34 anglers rescued after ice breaks away on Lake Winnemac",
    originalText: [
      "Thirty-four anglers were rescued Saturday after a slab of ice broke away from the shore of Lake Winnemac and drifted about a quarter mile out, the Beltrami County Sheriff's Office said.",
      "One man fell through the ice while trying to jump back to shore and was taken to a hospital in Bemidji.",
      "“We could see the gap getting wider by the minute,” said angler Dale Kowalski of Grand Forks.",
      "The sheriff's office bought its second airboat in 2027 for $180,000 after a string of ice rescues.",
      "In 2013, 48 anglers were rescued from a drifting floe on Mille Lacs Lake.",
    ].join("\n"),
  },
  {
    input: "ice-floe/2",
    externalId: "i2",
    source: "Associated Wire",
    url: "https://associatedwire.example/us/minnesota-ice-floe-anglers",
    publishedAt: "2030-01-12T23:40:00Z",
    title: "Deputies pluck anglers off drifting Minnesota ice",
    originalText: [
      "Sheriff's deputies used two airboats to ferry 34 people off a drifting ice sheet on a northern Minnesota lake on Saturday afternoon.",
      "Winds gusting to 35 mph pushed the ice away from shore, the National Weather Service said.",
    ].join("\n"),
  },
  {
    input: "ice-floe/3",
    externalId: "i3",
    source: "North Star Radio",
    url: "https://northstarradio.example/news/winnemac-access-closed",
    publishedAt: "2030-01-13T15:00:00Z",
    title: "Lake Winnemac access roads closed after ice rescue",
    originalText: [
      "Sheriff Ann Berglund said Sunday that resorts on the lake would close their access roads to vehicles until further notice.",
      "Anglers left about 60 fish houses on the ice during Saturday's rescue, the sheriff said.",
      "“The ice is not safe, period,” Berglund said.",
      "Hansen's Resort, which runs the main access road, has plowed ice roads on the lake since 1994.",
    ].join("\n"),
  },
  {
    input: "ice-floe/4",
    externalId: "i4",
    source: "Twin Cities Star",
    url: "https://twincitiesstar.example/news/angler-dies-winnemac",
    publishedAt: "2030-01-15T12:00:00Z",
    title: "Angler who fell through Lake Winnemac ice dies",
    originalText: [
      "Gary Lindqvist, 61, of Grand Forks, who fell through the ice during Saturday's rescue on Lake Winnemac, died Monday at a Bemidji hospital, his family said.",
      "Last night, the Beltrami County Board voted to buy a third airboat.",
      "Lindqvist retired from the Grand Forks Fire Department in 2021.",
    ].join("\n"),
  },
  {
    input: "ice-floe/5",
    externalId: "i5",
    source: "Red River Herald",
    url: "https://redriverherald.example/news/lindqvist-dies",
    publishedAt: "2030-01-15T09:00:00Z",
    title: "Grand Forks angler dies after Minnesota ice accident",
    originalText: [
      "Dale Kowalski's fishing partner, Gary Lindqvist, 58, died in hospital yesterday, two days after he went through the ice on Lake Winnemac.",
      "A snowmobiler drowned after breaking through the ice on the same lake in 2025.",
    ].join("\n"),
  },
  {
    input: "ice-floe/6",
    externalId: "i6",
    source: "North Star Radio",
    url: "https://northstarradio.example/news/dnr-ice-warning",
    publishedAt: "2030-01-16T14:00:00Z",
    title: "DNR urges anglers to stay off thin ice",
    originalText: [
      "The Department of Natural Resources on Tuesday urged anglers to stay off ice thinner than four inches.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function iceFloeAnglersArticles(): Article[] {
  return linkNearDuplicates(ICE_FLOE_ANGLERS_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by dates14 (2026-12-07), before running any code on them. Saturday is
 * 12 January 2030; "yesterday" and "last night" in Tuesday papers are the Monday; "on Tuesday" in a
 * Wednesday bulletin the day before. The death is the Monday's, not the Saturday's of its relative
 * clause. Background years are never these sentences' dates.
 */
export const ICE_FLOE_ANGLERS_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We could see the gap getting wider by the minute", speaker: "Dale Kowalski" },
    { text: "The ice is not safe, period", speaker: "Ann Berglund" },
  ],
  timeline: [
    { text: "Thirty-four anglers were rescued Saturday", dates: ["2030-01-12"] },
    { text: "used two airboats to ferry 34 people off a drifting ice sheet", dates: ["2030-01-12"] },
    { text: "Sheriff Ann Berglund said Sunday that resorts", dates: ["2030-01-13"] },
    { text: "Anglers left about 60 fish houses on the ice during Saturday's rescue", dates: ["2030-01-12"] },
    { text: "died Monday at a Bemidji hospital", dates: ["2030-01-14"] },
    { text: "died in hospital yesterday", dates: ["2030-01-14"] },
    { text: "Last night, the Beltrami County Board voted to buy a third airboat", dates: ["2030-01-14"] },
    { text: "The Department of Natural Resources on Tuesday urged anglers", dates: ["2030-01-15"] },
  ],
  neverDated: [
    { text: "The sheriff's office bought its second airboat in 2027", date: "2027" },
    { text: "In 2013, 48 anglers were rescued", date: "2013" },
    { text: "has plowed ice roads on the lake since 1994", date: "1994" },
    { text: "Lindqvist retired from the Grand Forks Fire Department in 2021", date: "2021" },
    { text: "A snowmobiler drowned after breaking through the ice on the same lake in 2025", date: "2025" },
    // The death is Monday's, not the Saturday of the rescue in its relative clause.
    { text: "died Monday at a Bemidji hospital", date: "2030-01-12" },
  ],
  disagreements: [
    // The dead man's age: 61 for one paper, 58 for the other.
    { values: ["61", "58"], outlets: ["Twin Cities Star", "Red River Herald"] },
  ],
  notDisagreements: [
    // Anglers rescued against a past rescue's; fish houses left; airboats; a price; winds; ice thickness.
    ["34", "48"],
    ["Thirty-four", "48"],
    ["34", "60"],
    ["Thirty-four", "60"],
    ["180,000", "34"],
    ["35", "34"],
  ],
  corroboration: [{ text: "Thirty-four anglers were rescued Saturday", outlets: 2 }],
  sameEntry: [
    ["Thirty-four anglers were rescued Saturday", "used two airboats to ferry 34 people off a drifting ice sheet"],
    ["died Monday at a Bemidji hospital", "died in hospital yesterday"],
  ],
  order: [
    "Thirty-four anglers were rescued Saturday",
    "Sheriff Ann Berglund said Sunday that resorts",
    "died Monday at a Bemidji hospital",
    "The Department of Natural Resources on Tuesday urged anglers",
  ],
};
