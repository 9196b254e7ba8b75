import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of quote code (quotes29, 2026-12-06, texts and expectations
 * written before any code ran on them): three outlets on a medieval psalter stolen from a town
 * library, Tuesday 10 to Friday 13 November 2026, in British single marks, US double marks and a
 * blog's straight marks. Traps: the manuscript's name after "known as"; a gang's nickname after
 * "known as" and opening a quote ("The Panthers do not steal …"); a book's title after "book" in a
 * sentence where someone speaks, then her own partial words; a former detective who mentions a
 * painter, then "he said"; a couple named together ("Arthur and Mary Beth Halden") and their
 * grandson quoting his grandmother; a spokeswoman for the council; an insurer quoted by its name;
 * staff "calling" something a name. Test support only.
 */
const MANUSCRIPT_THEFT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "manuscript-theft/1",
    externalId: "carrowby-echo-1",
    source: "Carrowby Echo",
    url: "https://carrowbyecho.example/news/psalter-stolen-halden-library",
    publishedAt: "2026-11-10T08:00:00Z",
    title: "Medieval psalter stolen from Halden Library",
    originalText: [
      "A fourteenth-century psalter worth an estimated £2 million was stolen from the Halden Library in Carrowby early on Monday, police said.",
      "The manuscript, known as the ‘Carrowby Psalter’, had been on display in a glass case in the reading room since 1998.",
      "Detective Inspector Fiona Marsh of Carrowby Police said: ‘This was a planned and targeted theft by people who knew exactly what they wanted.’",
      "‘It is the most important object we hold, and it was taken in under four minutes,’ said the library’s head of collections, Dr Owen Pritchard.",
      "Pritchard said the psalter had last been studied by the historian Margaret Ives, whose book ‘The Psalter and the Plague’ made it famous.",
    ].join("\n\n"),
  },
  {
    input: "manuscript-theft/2",
    externalId: "national-courier-1",
    source: "National Courier",
    url: "https://nationalcourier.example/2026/11/11/psalter-theft-gang",
    publishedAt: "2026-11-11T10:00:00Z",
    title: "Police examine gang links to psalter theft",
    originalText: [
      "Police investigating the theft of the Carrowby Psalter are examining links to the gang known as the “Pink Panthers,” which has stolen jewels across Europe.",
      "“We are keeping an open mind,” Detective Inspector Fiona Marsh told the Courier.",
      "“The Panthers do not steal things they cannot sell, and a psalter is very hard to sell,” said Julian Ashdown, a former Scotland Yard art crime detective.",
      "Ashdown, who helped recover a stolen Rembrandt from a Paris flat in 2005, said the thieves might hope to ransom the book back. “It happened with the Rembrandt, and it can happen here,” he said.",
      "The psalter was given to the library in 1952 by Arthur and Mary Beth Halden, whose family had owned it since the 1700s.",
      "“My grandmother used to say it was the only thing in the house worth stealing,” their grandson, Simon Halden, said.",
      "“We will be reviewing every aspect of security,” a spokeswoman for Carrowby Council said.",
    ].join("\n\n"),
  },
  {
    input: "manuscript-theft/3",
    externalId: "heritage-weekly-1",
    source: "Heritage Weekly",
    url: "https://heritageweekly.example/blog/psalter-thieves-weak-spot",
    publishedAt: "2026-11-13T14:00:00Z",
    title: "The psalter thieves knew the library's weak spot",
    originalText: [
      "Three days after the Carrowby Psalter vanished, the library remains closed.",
      'Pritchard told Heritage Weekly that the display case had been fitted with a new alarm in 2019. "The alarm went off. The response simply took too long," he said.',
      'Margaret Ives, whose 2011 book "The Psalter and the Plague" first traced the manuscript\'s history, said she was "sick at heart."',
      '"Every page of it is a record of people who lived through the Black Death," Ives said.',
      '"We would urge anyone offered the manuscript to contact the police," Aldgate Mutual, the library\'s insurer, said.',
      'Staff have taken to calling the empty case the "ghost shelf."',
    ].join("\n\n"),
  },
];

export function manuscriptTheftArticles(): Article[] {
  return linkNearDuplicates(MANUSCRIPT_THEFT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const MANUSCRIPT_THEFT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This was a planned and targeted theft", speaker: "Fiona Marsh" },
    { text: "It is the most important object we hold", speaker: "Owen Pritchard" },
    { text: "We are keeping an open mind", speaker: "Fiona Marsh" },
    { text: "The Panthers do not steal things they cannot sell", speaker: "Julian Ashdown" },
    { text: "It happened with the Rembrandt, and it can happen here", speaker: "Julian Ashdown" },
    { text: "My grandmother used to say it was the only thing in the house worth stealing", speaker: "Simon Halden" },
    { text: "We will be reviewing every aspect of security", speaker: "a spokeswoman for Carrowby Council" },
    { text: "The alarm went off. The response simply took too long", speaker: "Owen Pritchard" },
    { text: "sick at heart.", speaker: "Margaret Ives", partial: true },
    { text: "Every page of it is a record of people who lived through the Black Death", speaker: "Margaret Ives" },
    { text: "We would urge anyone offered the manuscript to contact the police", speaker: "Aldgate Mutual" },
  ],
  timeline: [{ text: "was stolen from the Halden Library in Carrowby early on Monday", dates: ["2026-11-09"] }],
  neverDated: [
    { text: "had been on display in a glass case in the reading room since 1998", date: "1998" },
    { text: "The psalter was given to the library in 1952", date: "1952" },
  ],
  disagreements: [],
  notDisagreements: [],
  corroboration: [],
};
