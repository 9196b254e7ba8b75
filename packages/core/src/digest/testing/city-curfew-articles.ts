import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts18 (2026-12-05, before running any code on it): five
 * articles from four outlets on rioting in Westmere on the night of Friday 16 October 2026, the
 * curfew the mayor imposed from Saturday 17 October and the quiet night of Monday 19 October. A wire
 * on Saturday morning, the city paper on Saturday evening and again on Tuesday, a national paper and
 * a local radio station on Monday. The real disagreements: the people arrested on Friday night, 46
 * "overnight" for the wire (the police) against at least 58 for the city paper (the magistrates'
 * court list), a bound the other figure breaks; the crowd at Friday's march, about 3,000 for the wire
 * (the police) against more than 10,000 for the city paper (the organisers). Traps: arrests counted
 * "overnight" (a night's count, no nightly rate); a further 31 arrests on the curfew's first two
 * nights and the 77 since Friday (a later figure, a part and the whole); 14 of those arrested under
 * 18 and 29 charged (parts); 12 officers injured on Friday night, 17 by Monday; a council's offer of
 * £2 million against a demand of £5 million; damage estimated at £4.5 million against 2011's £12
 * million; the curfew's hours. Test support only.
 */
const CITY_CURFEW_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "curfew/1",
    externalId: "w1",
    source: "Continental Press",
    url: "https://continentalpress.example/world/westmere-curfew-rioting",
    publishedAt: "2026-10-17T10:00:00Z",
    title: "Curfew imposed in Westmere after night of rioting",
    originalText: [
      "Police arrested 46 people overnight as rioting spread through the centre of Westmere, and the city's mayor imposed a curfew from 9pm to 6am starting on Saturday.",
      "Twelve officers were injured, three of them seriously, police said.",
      "The unrest began after a march of about 3,000 people against rent rises on Friday evening, police said.",
      "“What we saw last night was not protest, it was destruction,” said the mayor, Ana Ferreira.",
      "The city last imposed a curfew in 2011, when it lasted five nights.",
    ].join("\n"),
  },
  {
    input: "curfew/2",
    externalId: "w2",
    source: "Westmere Chronicle",
    url: "https://westmerechronicle.example/news/58-arrested-friday-rioting",
    publishedAt: "2026-10-17T19:00:00Z",
    title: "At least 58 arrested in Friday night's rioting, court list shows",
    originalText: [
      "At least 58 people were arrested during Friday night's rioting, according to a list of those held released by Westmere Magistrates' Court on Saturday.",
      "Fourteen of those arrested were under 18, the list showed.",
      "Shops on Castle Street were looted and 23 cars were set alight.",
      "The Westmere Tenants' Alliance, which organised Friday's march, said more than 10,000 people had taken part.",
      "“We marched peacefully and went home,” said the alliance's spokeswoman, Leila Haddou. “The people who burned cars were not with us.”",
    ].join("\n"),
  },
  {
    input: "curfew/3",
    externalId: "w3",
    source: "The Morning Post",
    url: "https://morningpost.example/news/westmere-curfew-extended",
    publishedAt: "2026-10-19T07:00:00Z",
    title: "Westmere curfew extended to Thursday after 31 more arrests",
    originalText: [
      "Police made a further 31 arrests for breaching the curfew on Saturday and Sunday nights, bringing the number of people arrested in Westmere since Friday to 77, the city's police said.",
      "The mayor, Ana Ferreira, mayor since 2019, said on Sunday that the curfew would stay in place until Thursday.",
      "“The curfew is working and it will stay until the streets are safe,” Ms Ferreira said.",
      "The city council has offered £2 million for youth services in the east of the city; the tenants' alliance has demanded £5 million.",
    ].join("\n"),
  },
  {
    input: "curfew/4",
    externalId: "w4",
    source: "Radio Westmere",
    url: "https://radiowestmere.example/news/officers-injured-rise-to-17",
    publishedAt: "2026-10-19T13:00:00Z",
    title: "Seventeen officers injured since Friday, police say",
    originalText: [
      "Seventeen officers have now been injured since Friday, police said on Monday.",
      "Police arrested 46 people during the rioting on Friday night, the chief constable, Martin Greaves, said.",
      "Police estimated the crowd at Friday's march at 3,000.",
      "Of the 77 people arrested since Friday, 29 have been charged, most of them with violent disorder.",
      "“Officers faced bricks, bottles and fireworks,” Mr Greaves said.",
    ].join("\n"),
  },
  {
    input: "curfew/5",
    externalId: "w5",
    source: "Westmere Chronicle",
    url: "https://westmerechronicle.example/news/first-quiet-night",
    publishedAt: "2026-10-20T09:00:00Z",
    title: "First quiet night in Westmere as curfew holds",
    originalText: [
      "No arrests were made overnight on Monday, the first quiet night since the curfew began, police said.",
      "Damage to shops and council property is estimated at £4.5 million, the council said.",
      "Rioting in the city in 2011 caused £12 million of damage.",
      "Leila Haddou of the tenants' alliance said the group would hold a vigil outside the town hall on Saturday.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function cityCurfewArticles(): Article[] {
  return linkNearDuplicates(CITY_CURFEW_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts18 (2026-12-05), before running any code on them. Two real
 * disagreements: the arrests on Friday night (46 against at least 58) and the crowd at Friday's march
 * (about 3,000 against more than 10,000).
 */
export const CITY_CURFEW_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "What we saw last night was not protest", speaker: "Ana Ferreira" },
    { text: "We marched peacefully and went home", speaker: "Leila Haddou" },
    { text: "The people who burned cars were not with us", speaker: "Leila Haddou" },
    { text: "The curfew is working and it will stay", speaker: "Ana Ferreira" },
    { text: "Officers faced bricks, bottles and fireworks", speaker: "Martin Greaves" },
  ],
  timeline: [
    { text: "Police arrested 46 people overnight", dates: ["2026-10-16", "2026-10-17"] },
    { text: "said on Sunday that the curfew would stay in place until Thursday", dates: ["2026-10-18"] },
    { text: "No arrests were made overnight on Monday", dates: ["2026-10-19", "2026-10-20"] },
  ],
  neverDated: [{ text: "mayor since 2019", date: "2019" }],
  disagreements: [
    { values: ["46", "58"], outlets: ["Continental Press", "Westmere Chronicle"] },
    { values: ["3,000", "10,000"], outlets: ["Continental Press", "Westmere Chronicle"] },
  ],
  notDisagreements: [
    // Friday night's arrests, the curfew's first nights', all since Friday.
    ["46", "31"],
    ["58", "31"],
    ["46", "77"],
    ["58", "77"],
    ["31", "77"],
    // Parts of the arrested.
    ["14", "58"],
    ["14", "46"],
    ["29", "77"],
    ["29", "46"],
    // Officers injured on Friday night, then by Monday.
    ["12", "17"],
    // An offer and a demand; this week's damage and 2011's.
    ["2", "5"],
    ["4.5", "12"],
    // The curfew's hours; cars burned.
    ["9", "6"],
    ["23", "46"],
  ],
  corroboration: [
    // Friday night's arrests: the wire ("overnight") and the radio ("on Friday night"), both the police's.
    { text: "Police arrested 46 people overnight", outlets: 2 },
    { text: "At least 58 people were arrested during Friday night's rioting", outlets: 1 },
    { text: "Twelve officers were injured", outlets: 1 },
    { text: "The city last imposed a curfew in 2011", outlets: 1 },
    { text: "Seventeen officers have now been injured since Friday", outlets: 1 },
    { text: "No arrests were made overnight on Monday", outlets: 1 },
  ],
};
