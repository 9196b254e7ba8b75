import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts9, 2026-12-05, before its author read the
 * facts code): six articles from five outlets about an airline's worldwide IT outage and the week
 * after it (Monday 20 to Friday 24 September 2027). Traps: one real disagreement (Monday's cancelled
 * flights: 410 by the airline's count in a trade paper, 460 by flight-tracking data in a travel
 * paper); a count by midday and the day's total (340, then 410); two people with one surname (the
 * chief executive Lars Eklund and the analyst Tom Eklund, then "he said" of the analyst); the airline
 * and a regulator as speakers ("Norvia said in a statement", "The authority said in a statement that
 * it “…”"); "“…,” said X, a spokeswoman for Y"; "Eklund told Reuters"; "said passenger Ben Castillo"
 * after a quote that quotes the pilot; a quote over two paragraphs attributed at the end of the
 * second ("Eklund said in a video message"); "“…” — X, a passenger from Y"; partial fragments; a
 * paraphrase without quote marks ("was not the result of a cyberattack, the company said"); a reader
 * named in the paragraph before his quote; a background year (chief executive since 2022); a wire
 * report syndicated by a second paper and an undated, untitled forum post. Test support only.
 */
const AIRLINE_OUTAGE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "outage/1",
    externalId: "global-news-wire-1",
    source: "Global News Wire",
    url: "https://globalnewswire.example/business/2027/09/20/norvia-grounds-flights",
    publishedAt: "2027-09-20T10:00:00Z",
    title: "Norvia Airlines grounds flights worldwide after IT failure",
    originalText: [
      "Norvia Airlines grounded all its flights worldwide on Monday morning after a failure in its check-in and booking systems, stranding tens of thousands of passengers.",
      "The airline cancelled 340 flights by midday, it said.",
      "“We are deeply sorry for the disruption and are working to restore our systems as quickly as possible,” Norvia said in a statement.",
      "The outage began at about 04:30 GMT and was not the result of a cyberattack, the company said.",
      "Passenger Aisha Rahman, stuck at Lindholm Airport with two children, said: “Nobody has told us anything for five hours.”",
    ].join("\n\n"),
  },
  {
    input: "outage/2",
    externalId: "daily-meridian-1",
    source: "Daily Meridian",
    url: "https://dailymeridian.example/travel/norvia-flights-grounded",
    publishedAt: "2027-09-20T13:00:00Z",
    title: "All Norvia flights grounded by computer failure",
    originalText: [
      "All Norvia Airlines flights worldwide were grounded on Monday morning after a failure in the carrier's check-in and booking systems, Global News Wire reported.",
      "The airline had cancelled 340 flights by midday.",
      "“We are deeply sorry for the disruption and are working to restore our systems as quickly as possible,” Norvia said in a statement.",
      "Passenger Aisha Rahman, stuck at Lindholm Airport with two children, said: “Nobody has told us anything for five hours.”",
    ].join("\n\n"),
  },
  {
    input: "outage/3",
    externalId: "aviation-desk-1",
    source: "The Aviation Desk",
    url: "https://aviationdesk.example/news/norvia-software-update-outage",
    publishedAt: "2027-09-21T08:00:00Z",
    title: "Norvia blames faulty software update for global outage",
    originalText: [
      "Norvia Airlines said on Tuesday that a faulty software update to its reservation system had caused Monday's outage, which led to the cancellation of 410 flights.",
      "Chief executive Lars Eklund said the update had been pushed to all servers at once, “in breach of our own procedures”.",
      "“Someone skipped a step. We will find out who, and we will make sure it never happens again,” Eklund told Reuters.",
      "Full service was restored at 21:00 on Monday, the airline said.",
      "Tom Eklund, an analyst at Fjord Securities who is not related to the chief executive, estimated the cost to the airline at €45 million.",
      "“The damage to its reputation will cost more than the refunds,” he said.",
      "Shares in Norvia fell 6% on Monday.",
    ].join("\n\n"),
  },
  {
    input: "outage/4",
    externalId: "travellers-post-1",
    source: "Traveller's Post",
    url: "https://travellerspost.example/news/regulator-investigates-norvia",
    publishedAt: "2027-09-22T12:00:00Z",
    title: "Regulator opens investigation into Norvia outage",
    originalText: [
      "The Civil Aviation Authority opened an investigation into Norvia Airlines on Wednesday after Monday's outage left about 52,000 passengers stranded.",
      "Norvia cancelled 460 flights on Monday, according to flight-tracking data.",
      "Norvia has blamed a faulty software update for the outage.",
      "“We will look at whether passengers were given the care they are entitled to,” said Maria Santos, a spokeswoman for the Civil Aviation Authority.",
      "“The pilot came on and said, ‘I have no idea when we will leave, and neither does anyone else,’ and then the lights went off,” said passenger Ben Castillo.",
      "The authority said in a statement that it “will not hesitate to take enforcement action”.",
    ].join("\n\n"),
  },
  {
    input: "outage/5",
    externalId: "frequent-flyer-forum-1",
    source: "Frequent Flyer Forum",
    url: "https://frequentflyerforum.example/posts/norvia-what-you-are-owed",
    title: null,
    originalText: [
      "If you were booked on Norvia this week, here is what you are owed.",
      "Under European rules, a cancellation with less than 14 days' notice entitles you to between €250 and €600, depending on distance.",
      "Reader Dan Whitely wrote in to tell us his story.",
      "“I was rebooked for Thursday, then cancelled again on Wednesday night,” he said.",
    ].join("\n\n"),
  },
  {
    input: "outage/6",
    externalId: "aviation-desk-2",
    source: "The Aviation Desk",
    url: "https://aviationdesk.example/news/norvia-refunds-eklund-apology",
    publishedAt: "2027-09-24T15:00:00Z",
    title: "Norvia to pay €30 million in refunds as Eklund apologises to passengers",
    originalText: [
      "Norvia Airlines said on Friday it would pay about €30 million in refunds and compensation to passengers affected by Monday's outage.",
      "“I want to apologise personally to every passenger we let down this week.",
      "“We have made changes so that no single update can ever take down the whole system again,” Eklund said in a video message.",
      "The outage affected about 52,000 passengers.",
      "Eklund, who became chief executive in 2022, said he had no plans to resign.",
      "“We lost a day of our holiday and nobody has offered us a thing.” — Karin Lund, a passenger from Malmö",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function airlineOutageArticles(): Article[] {
  return linkNearDuplicates(AIRLINE_OUTAGE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const AIRLINE_OUTAGE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are deeply sorry for the disruption", speaker: "Norvia Airlines" },
    { text: "Nobody has told us anything for five hours", speaker: "Aisha Rahman" },
    { text: "in breach of our own procedures", speaker: "Lars Eklund", partial: true },
    { text: "Someone skipped a step", speaker: "Lars Eklund" },
    // "he said" after the analyst's sentence: the analyst, not the chief executive of the same surname.
    { text: "The damage to its reputation will cost more than the refunds", speaker: "Tom Eklund" },
    { text: "We will look at whether passengers were given the care", speaker: "Maria Santos" },
    // The pilot's words inside the passenger's quote: the passenger's quotation.
    { text: "The pilot came on and said", speaker: "Ben Castillo" },
    { text: "will not hesitate to take enforcement action", speaker: "Civil Aviation Authority", partial: true },
    { text: "I was rebooked for Thursday", speaker: "Dan Whitely" },
    // Two paragraphs, one attribution at the end of the second.
    { text: "I want to apologise personally to every passenger", speaker: "Lars Eklund" },
    { text: "We have made changes so that no single update", speaker: "Lars Eklund" },
    { text: "We lost a day of our holiday", speaker: "Karin Lund" },
  ],
  timeline: [
    { text: "Norvia Airlines grounded all its flights worldwide on Monday morning", dates: ["2027-09-20"] },
    {
      text: "a faulty software update to its reservation system had caused Monday's outage",
      dates: ["2027-09-21", "2027-09-20"],
    },
    { text: "Full service was restored at 21:00 on Monday", dates: ["2027-09-20"] },
    { text: "opened an investigation into Norvia Airlines on Wednesday", dates: ["2027-09-22"] },
    { text: "would pay about €30 million in refunds", dates: ["2027-09-24"] },
    { text: "If you were booked on Norvia this week", dates: [null] },
  ],
  neverDated: [{ text: "who became chief executive in 2022", date: "2022" }],
  disagreements: [{ values: ["410", "460"], outlets: ["The Aviation Desk", "Traveller's Post"] }],
  notDisagreements: [
    ["340", "410"],
    ["340", "460"],
    ["250", "600"],
    ["45", "30"],
    ["6", "14"],
  ],
  corroboration: [
    // The wire and its syndicated copy count once.
    { text: "The airline cancelled 340 flights by midday", outlets: 1 },
    // Written first as 2 outlets; but this sentence also says the regulator opened an investigation,
    // which only the travel paper reports: its claim has one outlet (facts9, before any fix to it).
    { text: "left about 52,000 passengers stranded", outlets: 1 },
    // The short claim alone: the trade paper on Friday, and the travel paper's longer sentence.
    { text: "The outage affected about 52,000 passengers", outlets: 2 },
    { text: "Norvia has blamed a faulty software update for the outage", outlets: 2 },
  ],
  headline: ["pay €30 million in refunds", "would pay about €30 million"],
};
