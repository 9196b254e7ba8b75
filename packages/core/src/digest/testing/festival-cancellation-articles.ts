import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline21, 2026-12-06, before running any code on
 * it): five articles from four outlets on the Fenmoor Festival, cancelled on Tuesday 18 June 2030, ten
 * days before it was due to open, after rain flooded its site. A wire on the Tuesday and a local
 * paper's rewrite of it that evening, a national paper on the Wednesday ("on Sunday", "last month", a
 * plan told after "said" with a month and no year), a local broadcaster on the Friday (a pay-back "from
 * July" after a deal "reached … on Thursday", "said yesterday that they would decide by July 15"), the
 * national paper again on the Monday after the festival's weekend ("last weekend", a decision
 * postponed to a date, "Last year's festival", a survey "published on Saturday", a date next year).
 * Traps: background years inside sentences ("founded in 1994", "cancelled in 2012"), "June 28" in a
 * sentence told on June 18. The real disagreement: tickets sold, about 60,000 for the wire against
 * 75,000 for the national paper (the ticketing agency). Test support only.
 */
const FESTIVAL_CANCELLATION_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "festival/1",
    externalId: "fc1",
    source: "National News Service",
    url: "https://nationalnews.example/entertainment/fenmoor-festival-cancelled",
    publishedAt: "2030-06-18T15:00:00Z",
    title: "Fenmoor Festival cancelled after flooding",
    originalText: [
      "Organisers cancelled the Fenmoor Festival on Tuesday, ten days before it was due to open, after days of heavy rain left the site under water.",
      "About 60,000 tickets had been sold for the three-day event, which was due to start on June 28.",
      "Ticket holders will be refunded automatically within 14 days, the organisers said.",
      "“This is the hardest decision we have ever had to make,” said festival director Owen Pryce.",
      "The festival was founded in 1994 and was last cancelled in 2012, also because of flooding.",
    ].join("\n"),
  },
  {
    input: "festival/2",
    externalId: "fc2",
    source: "Fenmoor Gazette",
    url: "https://fenmoorgazette.example/news/festival-called-off",
    publishedAt: "2030-06-18T19:00:00Z",
    title: "Fenmoor Festival called off as site floods",
    originalText: [
      "Organisers cancelled the Fenmoor Festival on Tuesday, ten days before it was due to open, after days of heavy rain left the site under water.",
      "About 60,000 tickets had been sold for the three-day event, which was due to start on June 28.",
      "“This is the hardest decision we have ever had to make,” said festival director Owen Pryce.",
      "National News Service",
    ].join("\n"),
  },
  {
    input: "festival/3",
    externalId: "fc3",
    source: "The Morning Courier",
    url: "https://morningcourier.example/culture/fenmoor-festival-flood-warning",
    publishedAt: "2030-06-19T06:00:00Z",
    title: "Festival site was under flood warning since Sunday",
    originalText: [
      "The Environment Agency issued a flood warning for the Fen valley on Sunday after 90mm of rain fell in two days.",
      "Fenmoor council granted the festival a new licence last month despite objections from residents.",
      "The ticketing agency said 75,000 tickets had been sold.",
      "The headliners, the Vantage Lights, said they would play a free concert in Fenmoor in September instead.",
      "“The fields are a lake,” said Gwen Harker, the farmer who owns the site.",
    ].join("\n"),
  },
  {
    input: "festival/4",
    externalId: "fc4",
    source: "Fen Valley Radio",
    url: "https://fenvalleyradio.example/news/festival-stallholders-refund",
    publishedAt: "2030-06-21T11:00:00Z",
    title: "Festival stallholders to get their fees back",
    originalText: [
      "Stallholders will get their pitch fees back from July after the council reached an agreement with the organisers on Thursday.",
      "The organisers said yesterday that they would decide by July 15 whether to hold a smaller event in August.",
      "Local businesses lost an estimated £3 million when the festival was cancelled in 2012.",
      "“Nobody in this town should be out of pocket because of the weather,” said council leader Asha Bramley.",
    ].join("\n"),
  },
  {
    input: "festival/5",
    externalId: "fc5",
    source: "The Morning Courier",
    url: "https://morningcourier.example/culture/fenmoor-still-flooded",
    publishedAt: "2030-07-01T06:00:00Z",
    title: "Fenmoor site still under water on festival weekend",
    originalText: [
      "The Fenmoor site was still flooded last weekend, when the festival should have taken place.",
      "The organisers have postponed their decision on an August event to July 22, citing the state of the ground.",
      "A survey published on Saturday by the Fenmoor Traders' Association found that seven in ten stallholders expected to make a loss this summer.",
      "Last year's festival, held in blazing sunshine, drew a record 71,000 people.",
      "The festival is due to return on June 27 next year.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function festivalCancellationArticles(): Article[] {
  return linkNearDuplicates(FESTIVAL_CANCELLATION_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by timeline21 (2026-12-06), before running any code on them. A deal
 * "reached … on Thursday" after a plan "from July" is Thursday's; "said yesterday that they would
 * decide by July 15" is the saying's Thursday or the deadline; "in September" told in June is this
 * year's (or the saying's day); a postponement with no day of its own is the paper's Monday or the new
 * date; "last weekend" in a Monday paper is the two days before; "Last year's festival" is 2029's;
 * "June 27 next year" is 2031's.
 */
export const FESTIVAL_CANCELLATION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This is the hardest decision we have ever had to make", speaker: "Owen Pryce" },
    { text: "The fields are a lake", speaker: "Gwen Harker" },
    { text: "Nobody in this town should be out of pocket because of the weather", speaker: "Asha Bramley" },
  ],
  timeline: [
    { text: "Organisers cancelled the Fenmoor Festival on Tuesday", dates: ["2030-06-18"] },
    { text: "issued a flood warning for the Fen valley on Sunday", dates: ["2030-06-16"] },
    { text: "granted the festival a new licence last month", dates: ["2030-05"] },
    {
      text: "said they would play a free concert in Fenmoor in September",
      dates: ["2030-09", "2030-06-18", "2030-06-19"],
    },
    { text: "reached an agreement with the organisers on Thursday", dates: ["2030-06-20"] },
    { text: "The organisers said yesterday that they would decide by July 15", dates: ["2030-06-20", "2030-07-15"] },
    { text: "The Fenmoor site was still flooded last weekend", dates: ["2030-06-29", "2030-06-30"] },
    { text: "have postponed their decision on an August event to July 22", dates: ["2030-07-01", "2030-07-22"] },
    { text: "A survey published on Saturday by the Fenmoor Traders' Association", dates: ["2030-06-29"] },
    { text: "Last year's festival, held in blazing sunshine", dates: ["2029"] },
    { text: "The festival is due to return on June 27 next year", dates: ["2031-06-27"] },
  ],
  neverDated: [
    { text: "The festival was founded in 1994", date: "2030" },
    { text: "lost an estimated £3 million when the festival was cancelled in 2012", date: "2030" },
    { text: "Last year's festival, held in blazing sunshine", date: "2030" },
    // Written before the run as the sentence's never-date "2030", and narrowed after it: a plan's
    // sentence is true on the day it was said (here the paper's Monday, as in the budget vote); what
    // must never be is this year's June 27, the day just gone.
    { text: "The festival is due to return on June 27 next year", date: "2030-06-27", exact: true },
    // The day the festival was due to start is not the day it was cancelled, nor the day sold.
    { text: "About 60,000 tickets had been sold for the three-day event", date: "2030-06-28", exact: true },
    // A month to come with no year is not last year's.
    { text: "said they would play a free concert in Fenmoor in September", date: "2029" },
    // "last weekend" in a Monday paper is not the weekend before it.
    { text: "The Fenmoor site was still flooded last weekend", date: "2030-06-22", exact: true },
    { text: "The Fenmoor site was still flooded last weekend", date: "2030-06-23", exact: true },
  ],
  disagreements: [{ values: ["60,000", "75,000"], outlets: ["National News Service", "The Morning Courier"] }],
  notDisagreements: [
    // Tickets sold this year against last year's crowd; rain against anything; a loss in money.
    ["60,000", "71,000"],
    ["75,000", "71,000"],
    ["90", "14"],
  ],
  corroboration: [
    { text: "Organisers cancelled the Fenmoor Festival on Tuesday", outlets: 1 },
    { text: "The ticketing agency said 75,000 tickets had been sold", outlets: 1 },
  ],
  order: [
    "Last year's festival, held in blazing sunshine",
    "granted the festival a new licence last month",
    "issued a flood warning for the Fen valley on Sunday",
    "Organisers cancelled the Fenmoor Festival on Tuesday",
    "reached an agreement with the organisers on Thursday",
    "A survey published on Saturday by the Fenmoor Traders' Association",
    "The festival is due to return on June 27 next year",
  ],
};
