import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts10 (2026-12-05, before reading the facts code): seven
 * articles from five outlets about a pre-dawn raid on an Antwerp museum on Sunday 8 November 2026,
 * two arrests on Tuesday (a wire story and its syndicated rewrite), a third arrest and a revised value
 * of the haul later in the week, and an undated trade-press piece. Traps: the outlets' counts of the
 * pieces taken truly disagree (14 by the police, 11 by the museum, the same Sunday), but the value
 * estimate then the museum's revised estimate, euros then dollars, a ransom demand and a reward
 * offer, the tiaras as part of the haul, a year's visitors and a month's, are not disagreements.
 * Quote styles: "said Commissioner X of …" with the quote split around it, a particle surname
 * ("Van Damme said"), "told reporters", a pronoun after a named person, "According to X, “…”", a
 * quote over two paragraphs, a title alone ("the museum's director said"), a plural family ("the
 * Verbruggens said" after "the Verbruggen family"), an em-dash attribution with a description, straight
 * single quotes with "said Surname", "X said: “…”", and a nickname in quotation marks nobody said.
 * Test support only.
 */
const MUSEUM_HEIST_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "heist/1",
    externalId: "h1",
    source: "Reuters",
    url: "https://reuters.example/antwerp-museum-heist",
    publishedAt: "2026-11-08T13:20:00Z",
    title: "Thieves steal jewels worth millions from Antwerp museum in seven-minute raid",
    originalText: [
      "ANTWERP, Belgium (Reuters) — Thieves broke into the Kessler Museum of Decorative Arts in Antwerp early on Sunday and escaped with 14 pieces of 19th-century jewellery, among them three diamond tiaras, in a raid that lasted less than seven minutes, police said.",
      "Four masked men climbed scaffolding to a first-floor window at about 4:10 a.m., cut open two display cases with an angle grinder and fled in a grey van, according to the Antwerp public prosecutor's office.",
      "The museum put the value of the stolen pieces at about 40 million euros.",
      "“This is a wound to the city’s memory, not only to our collection,” museum director Hélène Marchand told reporters outside the building. “Some of these pieces cannot be replaced at any price.”",
      "“We have strong leads,” said Commissioner Pieter Van Damme of the federal judicial police, “and we are asking anyone who saw a grey van near the museum between 3:30 and 5 a.m. to come forward.”",
      "The Kessler Museum, which draws about 310,000 visitors a year, will stay closed until further notice.",
    ].join("\n"),
  },
  {
    input: "heist/2",
    externalId: "h2",
    source: "Antwerp Gazette",
    url: "https://antwerpgazette.example/kessler-raid",
    publishedAt: "2026-11-08T18:45:00Z",
    title: "Kessler Museum raid: thieves knew where the cameras were",
    originalText: [
      "Thieves who raided the Kessler Museum before dawn on Sunday took 11 pieces from its jewellery gallery, the museum told the Gazette, in what investigators believe was a carefully rehearsed operation.",
      "Three of the pieces are diamond tiaras given to the city by the Verbruggen family in 1931.",
      "Marieke Claes, 62, who lives across the street, said she was woken by the sound of grinding metal. “I thought it was roadworks, at four in the morning,” she said. “Then I saw the van.”",
      "“They knew exactly where the cameras were and which cases to open,” Van Damme said. “This was not their first visit.”",
      "In a statement, the Verbruggens said they were “heartbroken.” “Our great-grandmother gave these tiaras to Antwerp so that everyone could see them,” the family said.",
      "The museum welcomed 26,000 visitors in October alone, a record for the month.",
    ].join("\n"),
  },
  {
    input: "heist/3",
    externalId: "h3",
    source: "The Continental",
    url: "https://continental.example/europe/antwerp-jewels",
    publishedAt: "2026-11-09T02:10:00Z",
    title: "Masked gang grabs royal-era tiaras from Belgian museum",
    originalText: [
      "A gang of masked thieves stole jewelry worth about $46 million from a museum in Antwerp, Belgium, early Sunday, using an angle grinder to open the display cases.",
      "Interpol said it had added the pieces to its database of stolen works of art.",
      "Marchand said: “We are sending photographs of every piece to dealers and auction houses across Europe.”",
      "Some in the trade have already dubbed the gang the “Scaffold Crew.”",
    ].join("\n"),
  },
  {
    input: "heist/4",
    externalId: "h4",
    source: "Reuters",
    url: "https://reuters.example/antwerp-heist-arrests",
    publishedAt: "2026-11-10T16:05:00Z",
    title: "Belgian police arrest two over Antwerp museum jewel heist",
    originalText: [
      "ANTWERP, Belgium (Reuters) — Belgian police arrested two men on Tuesday over the theft of jewellery from Antwerp’s Kessler Museum, prosecutors said, two days after the pre-dawn raid.",
      "The men, aged 34 and 41, were detained in raids on 17 addresses in Antwerp and Mechelen. Officers found an angle grinder and a grey van but none of the stolen pieces, according to Els Janssens, a spokeswoman for the Antwerp prosecutor’s office.",
      "According to Janssens, “the two men had visited the museum at least four times in the weeks before the theft, each time as paying visitors.”",
      "“My client denies any involvement and will say so to the investigating judge,” said Sofie Lambrecht, the lawyer for the younger man.",
      "Museum director Hélène Marchand said the museum would review its security.",
      "“It is a first step, but the tiaras are still out there,” she said.",
    ].join("\n"),
  },
  {
    input: "heist/5",
    externalId: "h5",
    source: "Flanders Herald",
    url: "https://flandersherald.example/wire/kessler-arrests",
    publishedAt: "2026-11-10T18:30:00Z",
    title: "Two arrested after jewel raid at Kessler Museum",
    originalText: [
      "Belgian police arrested two men on Tuesday over the theft of jewellery from the Kessler Museum in Antwerp, two days after the pre-dawn raid, prosecutors said.",
      "The men, aged 34 and 41, were held in raids on 17 addresses in Antwerp and Mechelen, where officers found an angle grinder and a grey van but none of the stolen jewels, prosecutors said.",
      "“My client denies any involvement,” said lawyer Sofie Lambrecht, who represents the younger man.",
      "Read more: Antwerp’s great museum thefts, from 1994 to today.",
      "© Flanders Herald 2026. All rights reserved.",
    ].join("\n"),
  },
  {
    input: "heist/6",
    externalId: "h6",
    source: "Antwerp Gazette",
    url: "https://antwerpgazette.example/kessler-third-arrest",
    publishedAt: "2026-11-12T20:10:00Z",
    title: "Third arrest in Kessler jewel case as museum raises value of haul",
    originalText: [
      "A third suspect, a 29-year-old woman, was arrested in Rotterdam on Thursday in connection with Sunday’s raid on the Kessler Museum, bringing the number of people held to three, Dutch and Belgian prosecutors said.",
      "Police on Tuesday arrested two men, aged 34 and 41, at addresses in Antwerp and Mechelen.",
      "The museum on Wednesday raised its estimate of the haul’s value to 52 million euros after a full inventory and a review by outside appraisers.",
      "Investigators are also examining an anonymous email, received by the museum on Wednesday, that demanded 5 million euros in cryptocurrency for the return of the tiaras, Janssens said.",
      "The museum’s insurer has offered a reward of up to 500,000 euros for information that leads to the recovery of the jewels.",
      "“We will not pay a cent to the people who did this,” the museum’s director said. “Not one.”",
      "“We now believe a fourth person drove the van and is still at large,” Van Damme said at a news conference on Thursday. “We know who this person is.",
      "“We would strongly advise them to hand themselves in before we find them.”",
    ].join("\n"),
  },
  {
    input: "heist/7",
    externalId: "h7",
    source: "ArtWatch",
    url: "https://artwatch.example/kessler-tiaras",
    title: "How the Kessler tiaras went missing, and why they may never be seen again",
    originalText: [
      "The three diamond tiaras stolen from Antwerp’s Kessler Museum are among the best-documented pieces of Belgian jewellery of the 19th century, which experts say makes them almost impossible to sell intact.",
      "“No serious buyer will touch them. The danger is that the stones are cut out and the settings melted down.”",
      "— Jan Peeters, a retired art-crime detective",
      "The museum cut its security staff from 12 guards to eight in 2024 to save money, according to its annual report.",
      "'Museums are insured for the value of what they lose, but not for what the public loses,' said Peeters.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function museumHeistArticles(): Article[] {
  return linkNearDuplicates(MUSEUM_HEIST_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts10 (2026-12-05), before running any code on them. The one real
 * disagreement: on Sunday Reuters (citing the police) says 14 pieces were taken, the Antwerp Gazette
 * (citing the museum) 11: one count of one haul at one moment.
 */
export const MUSEUM_HEIST_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This is a wound to the city’s memory", speaker: "Hélène Marchand" },
    { text: "Some of these pieces cannot be replaced at any price", speaker: "Hélène Marchand" },
    // One quote split by its attribution: the second half continues the sentence, it is no fragment.
    { text: "We have strong leads", speaker: "Pieter Van Damme" },
    { text: "we are asking anyone who saw a grey van", speaker: "Pieter Van Damme" },
    { text: "I thought it was roadworks", speaker: "Marieke Claes" },
    { text: "Then I saw the van", speaker: "Marieke Claes" },
    // A particle surname alone, the full name in another outlet's article.
    { text: "They knew exactly where the cameras were", speaker: "Pieter Van Damme" },
    { text: "This was not their first visit", speaker: "Pieter Van Damme" },
    // A family speaks: "the Verbruggens", "the family", after "the Verbruggen family".
    { text: "heartbroken", speaker: "the Verbruggen family", partial: true },
    { text: "Our great-grandmother gave these tiaras to Antwerp", speaker: "the Verbruggen family" },
    { text: "We are sending photographs of every piece", speaker: "Hélène Marchand" },
    { text: "the two men had visited the museum at least four times", speaker: "Els Janssens", partial: true },
    { text: "My client denies any involvement", speaker: "Sofie Lambrecht" },
    // "she said" right after a sentence naming the director.
    { text: "It is a first step, but the tiaras are still out there", speaker: "Hélène Marchand" },
    // A title alone.
    { text: "We will not pay a cent to the people who did this", speaker: "Hélène Marchand" },
    { text: "Not one", speaker: "Hélène Marchand" },
    // Over two paragraphs: the first is left open, the second continues it.
    { text: "We now believe a fourth person drove the van", speaker: "Pieter Van Damme" },
    { text: "We know who this person is", speaker: "Pieter Van Damme" },
    { text: "We would strongly advise them to hand themselves in", speaker: "Pieter Van Damme" },
    // An em-dash attribution on the line after the quote.
    { text: "No serious buyer will touch them", speaker: "Jan Peeters" },
    { text: "Museums are insured for the value of what they lose", speaker: "Jan Peeters" },
  ],
  timeline: [
    { text: "escaped with 14 pieces of 19th-century jewellery", dates: ["2026-11-08"] },
    { text: "took 11 pieces from its jewellery gallery", dates: ["2026-11-08"] },
    { text: "Belgian police arrested two men on Tuesday over the theft", dates: ["2026-11-10"] },
    { text: "A third suspect, a 29-year-old woman, was arrested in Rotterdam", dates: ["2026-11-12"] },
    { text: "raised its estimate of the haul’s value to 52 million euros", dates: ["2026-11-11"] },
  ],
  neverDated: [
    // The tiaras' gift is background to Sunday's theft.
    { text: "given to the city by the Verbruggen family in 1931", date: "1931", exact: true },
  ],
  disagreements: [{ values: ["14", "11"], outlets: ["Reuters", "Antwerp Gazette"] }],
  notDisagreements: [
    // The museum's first estimate, then its revised one; the first in dollars by an American outlet.
    ["40 million", "52 million"],
    ["40 million", "46 million"],
    ["46 million", "52 million"],
    // A ransom demand and a reward offer.
    ["5 million", "500,000"],
    // A year's visitors and one month's.
    ["310,000", "26,000"],
    // Two suspects' ages; addresses searched and the suspects' ages.
    ["34", "41"],
    ["17", "34"],
  ],
  corroboration: [
    // Reuters and its syndicated rewrite count once; the Gazette's own report of the arrests is a second outlet.
    { text: "Belgian police arrested two men on Tuesday over the theft", outlets: 2 },
    { text: "The museum put the value of the stolen pieces at about 40 million euros", outlets: 1 },
  ],
};
