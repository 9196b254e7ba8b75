import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts27 (2026-12-06, before running any code on it): five
 * articles from five outlets on a tenement that collapsed in Glenmuir in the early hours of Monday 6
 * November 2028. Real disagreements: the people pulled alive from the rubble on Monday (14 for the
 * fire service, "Eleven" for the council), the flats in the building (24 for its owner, 32 "according
 * to council records") and the complaints about its condition over two years (19 for the council, "at
 * least 27" for the tenants' association). Traps: the dead then a later toll, the missing then and
 * later, residents against those rescued, neighbours evacuated, children among the rescued, an offer
 * against a demand, a rent before and after, a demolition's cost against a housing fund and a national
 * fund, the owner's flats across the city, shares of the city's tenements, firefighters and dogs.
 * Test support only.
 */
const TENEMENT_COLLAPSE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tenement/1",
    externalId: "t1",
    source: "Northern Wire Service",
    url: "https://northernwire.example/scotland/glenmuir-tenement-collapse",
    publishedAt: "2028-11-06T09:00:00Z",
    title: "Four dead as Glenmuir tenement collapses",
    originalText: [
      "Four people were killed when a tenement collapsed on Calder Street in Glenmuir in the early hours of Monday, police said.",
      "The four-storey tenement contained 24 flats, the building's owner, Calder Properties, said.",
      "Three people are still missing.",
      "More than 100 firefighters and six search dogs were working through the rubble.",
      "“It sounded like a train coming through the house,” said neighbour Morag Keir.",
      "The building was completed in 1896.",
    ].join("\n"),
  },
  {
    input: "tenement/2",
    externalId: "t2",
    source: "Glenmuir Herald",
    url: "https://glenmuirherald.example/news/calder-street-rescues",
    publishedAt: "2028-11-06T20:00:00Z",
    title: "Survivors pulled from Calder Street rubble",
    originalText: [
      "Firefighters rescued 14 people from the rubble on Monday, the city's fire service said.",
      "About 48 people lived in the building, which had 32 flats according to council records.",
      "About 120 people were evacuated from three neighbouring buildings.",
      "Four of those rescued were children.",
      "The council said it had received 19 complaints about the building's condition over the past two years.",
      "“We will find out what went wrong here,” said council leader Fiona McBride.",
    ].join("\n"),
  },
  {
    input: "tenement/3",
    externalId: "t3",
    source: "Radio Glenmuir",
    url: "https://radioglenmuir.example/news/tenants-warned-council",
    publishedAt: "2028-11-07T08:00:00Z",
    title: "Tenants say warnings about Calder Street were ignored",
    originalText: [
      "Eleven people were pulled alive from the rubble on Monday, a council spokesman said.",
      "Residents lodged at least 27 complaints about the building's condition over the past two years, the tenants' association says.",
      "Rents in the building rose from £540 to £610 a month this year.",
      "The landlord has offered each household £1,500, but the tenants' association is demanding £10,000.",
      "“Nobody listened to us,” said Ewan Doyle, who chairs the Calder Street Tenants' Association.",
    ].join("\n"),
  },
  {
    input: "tenement/4",
    externalId: "t4",
    source: "Clydeside Daily",
    url: "https://clydesidedaily.example/news/glenmuir-toll-rises-six",
    publishedAt: "2028-11-08T07:00:00Z",
    title: "Glenmuir tenement death toll rises to six",
    originalText: [
      "Two more bodies were found overnight, bringing the death toll to six.",
      "One person is still missing.",
      "Demolishing what remains of the building will cost an estimated £2.4 million, the council said.",
      "The council has set aside £1.5 million for emergency housing.",
      "Calder Properties, which owns 310 flats across the city, said it had carried out all required inspections.",
      "“We are cooperating fully with the investigation,” said Calder Properties' managing director, Alan Finch.",
    ].join("\n"),
  },
  {
    input: "tenement/5",
    externalId: "t5",
    source: "Housing Today",
    url: "https://housingtoday.example/news/glenmuir-tenements-surveys",
    publishedAt: "2028-11-09T10:00:00Z",
    title: "Ministers fund surveys of older tenements after Glenmuir collapse",
    originalText: [
      "Ministers said on Wednesday they would spend £20 million on surveys of older tenements.",
      "Some 40% of Glenmuir's 9,000 tenements were built before 1900, and 12% of those inspected last year needed urgent repairs.",
      "The Calder Street building, which held 24 flats, had passed its last inspection.",
      "“Glenmuir's tenements are a ticking clock,” said surveyor Priya Nair.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function tenementCollapseArticles(): Article[] {
  return linkNearDuplicates(TENEMENT_COLLAPSE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts27 (2026-12-06), before running any code on them. "The early
 * hours of Monday" in a Monday paper is that day; "on Monday" in a Tuesday bulletin the day before;
 * "overnight" in a Wednesday morning paper the night into Wednesday; "on Wednesday" in a Thursday paper
 * the day before.
 */
export const TENEMENT_COLLAPSE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It sounded like a train coming through the house", speaker: "Morag Keir" },
    { text: "We will find out what went wrong here", speaker: "Fiona McBride" },
    { text: "Nobody listened to us", speaker: "Ewan Doyle" },
    { text: "We are cooperating fully with the investigation", speaker: "Alan Finch" },
    { text: "Glenmuir's tenements are a ticking clock", speaker: "Priya Nair" },
  ],
  timeline: [
    { text: "Four people were killed when a tenement collapsed on Calder Street", dates: ["2028-11-06"] },
    { text: "Firefighters rescued 14 people from the rubble on Monday", dates: ["2028-11-06"] },
    {
      text: "Two more bodies were found overnight, bringing the death toll to six",
      dates: ["2028-11-07", "2028-11-08"],
    },
    { text: "Ministers said on Wednesday they would spend £20 million", dates: ["2028-11-08"] },
  ],
  neverDated: [{ text: "The building was completed in 1896", date: "1896" }],
  disagreements: [
    // People pulled alive from the rubble on Monday: the fire service's count against the council's.
    { values: ["14", "Eleven"], outlets: ["Glenmuir Herald", "Radio Glenmuir"] },
    // The flats in the building: its owner's count against the council's records.
    { values: ["24", "32"], outlets: ["Northern Wire Service", "Glenmuir Herald"] },
    // Complaints about its condition over two years: the council's against the tenants' association's.
    { values: ["19", "27"], outlets: ["Glenmuir Herald", "Radio Glenmuir"] },
  ],
  notDisagreements: [
    // The dead, then a later toll; the missing, then later.
    ["Four", "six"],
    ["Three", "One"],
    // Residents against those rescued; neighbours evacuated; children among the rescued.
    ["48", "14"],
    ["48", "Eleven"],
    ["120", "48"],
    ["14", "Four"],
    ["Eleven", "Four"],
    // Flats against people; the owner's flats across the city.
    ["24", "48"],
    ["32", "48"],
    ["310", "24"],
    ["310", "32"],
    // An offer and a demand; a rent before and after.
    ["1,500", "10,000"],
    ["540", "610"],
    // A demolition's cost, a housing fund, a national fund.
    ["2.4 million", "1.5 million"],
    ["20 million", "2.4 million"],
    ["20 million", "1.5 million"],
    // Shares of the city's tenements.
    ["40%", "12%"],
    // Firefighters and dogs; dogs and the dead.
    ["100", "six"],
  ],
  corroboration: [
    { text: "Firefighters rescued 14 people from the rubble on Monday", outlets: 1 },
    { text: "Four people were killed when a tenement collapsed", outlets: 1 },
  ],
  order: [
    "Four people were killed when a tenement collapsed on Calder Street",
    "Two more bodies were found overnight, bringing the death toll to six",
  ],
};
