/**
 * Written by helper quotes5 (session 30, 2026-12-07) before any run, to test quote attributions the code had not
 * seen: a question's asker named before the answer ("Asked by Mr Fenwick …, Pugh replied:"), "came the answer",
 * "she said" after a paragraph about another woman than the last speaker, a wife named by first name, a message
 * read to a court, a quote inside a quote, "the judge" named in another article, an unnamed manager.
 * Bus drivers in a lottery syndicate sue the colleague who bought the winning ticket, 7 to 24 June 2044.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ls/1",
    externalId: "ls1",
    source: "Midlands Press Agency",
    url: "https://midlandspress.example/news/bus-drivers-lottery-syndicate-court",
    publishedAt: "2044-06-07T16:00:00Z",
    title: "Bus drivers take colleague to court over £1.8m lottery win",
    originalText: [
      "WOLVERHAMPTON (MPA) — Five bus drivers who say they were cheated out of a share of a £1.8m lottery jackpot took their former colleague to court on Tuesday.",
      "Denise Arkwright, 58, and four other drivers at the Fernside depot claim Leonard Pugh, 61, bought the winning ticket for their syndicate in January and kept the prize.",
      "Mr Pugh denies there was a syndicate that week.",
      "“He put his hand on his heart and said ‘we're all in this together’, and I believed him,” Ms Arkwright told Wolverhampton County Court.",
      "In a WhatsApp message read to the court, Pugh wrote: “Numbers are in, fingers crossed lads.”",
      "Asked by Colin Fenwick, for the drivers, whether he had kept the money to himself, Pugh replied: “I kept what was mine.”",
      "Mr Fenwick then asked whether he had shared any of the winnings. “Not one penny,” came the answer.",
      "The hearing continues.",
    ].join("\n"),
  },
  {
    input: "ls/2",
    externalId: "ls2",
    source: "Express & Star Online",
    url: "https://expressandstar.example/news/lottery-syndicate-row-day-two",
    publishedAt: "2044-06-08T18:30:00Z",
    title: "Lottery row: syndicate 'had lapsed', court told",
    originalText: [
      "A lottery syndicate at a Wolverhampton bus depot had lapsed months before its members' numbers came up, a court heard on Wednesday.",
      "“I paid every single week for nine years,” Denise Arkwright said, wiping away tears.",
      "Rachel Oduya, for Mr Pugh, argued that the syndicate ended in March last year when Ms Arkwright stopped collecting the £2 stakes.",
      "“There is no document, no rota and no payment after that date,” she said.",
      "A manager at the depot, who declined to be named, said the syndicate had run “for as long as anyone can remember”.",
      "Pugh's wife, Brenda, told reporters outside court: “Len has done nothing wrong and he will be proved right.”",
      "A spokeswoman for Fortuna Lotteries, which runs the draw, said: “Syndicate disputes are a matter for the members.”",
    ].join("\n"),
  },
  {
    input: "ls/3",
    externalId: "ls3",
    source: "Midlands Press Agency",
    url: "https://midlandspress.example/news/lottery-syndicate-judgment",
    publishedAt: "2044-06-24T13:00:00Z",
    title: "Judge rules bus drivers must share £1.8m lottery prize",
    originalText: [
      "WOLVERHAMPTON (MPA) — A bus driver who kept a £1.8m lottery prize must share it with four colleagues, a judge ruled on Friday.",
      "District Judge Meera Saund said the messages between the drivers showed “a clear common intention” to share any win.",
      "Each of the five claimants is entitled to £300,000, with Mr Pugh keeping an equal share.",
      "“It was never about the money,” insisted the driver who brought the case, Denise Arkwright.",
      "Mr Pugh's solicitor said he would consider an appeal.",
    ].join("\n"),
  },
  {
    input: "ls/4",
    externalId: "ls4",
    source: "Black Country Bugle",
    url: "https://blackcountrybugle.example/news/fernside-drivers-win-share",
    publishedAt: "2044-06-24T20:00:00Z",
    title: "Fernside drivers win their share of jackpot",
    originalText: [
      "Drivers at the Fernside depot celebrated on Friday after a judge ordered their former colleague to share his £1.8m lottery win.",
      "“Honesty matters more than any jackpot,” the judge said in her ruling, which ran to 40 pages.",
      "Among those outside court was Gary Mellor, 44, one of the five claimants. “We'll have a drink tonight, but we'd rather have had our mate,” he said.",
      "Leonard Pugh left without speaking to reporters.",
      "His lawyer, Rachel Oduya, said her client was “deeply disappointed” and would take advice.",
    ].join("\n"),
  },
];

export function lotterySyndicateDisputeArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any run. */
export const LOTTERY_SYNDICATE_DISPUTE_EXPECTED: ExpectedFacts = {
  quotes: [
    // The quote inside is Pugh's words as she tells them; the quote is hers.
    { text: "He put his hand on his heart and said", speaker: "Denise Arkwright" },
    { text: "Numbers are in, fingers crossed lads.", speaker: "Leonard Pugh" },
    // Fenwick asks, Pugh answers: never Fenwick.
    { text: "I kept what was mine.", speaker: "Leonard Pugh" },
    { text: "Not one penny", speaker: "Leonard Pugh" },
    { text: "I paid every single week for nine years", speaker: "Denise Arkwright" },
    // "she said" after a paragraph about the other side's lawyer, not the last speaker.
    { text: "There is no document, no rota and no payment after that date", speaker: "Rachel Oduya" },
    { text: "for as long as anyone can remember", speaker: "a manager at the depot", partial: true },
    { text: "Len has done nothing wrong and he will be proved right.", speaker: "Brenda Pugh" },
    {
      text: "Syndicate disputes are a matter for the members.",
      speaker: "a spokeswoman for Fortuna Lotteries",
    },
    { text: "a clear common intention", speaker: "Meera Saund", partial: true },
    { text: "It was never about the money", speaker: "Denise Arkwright" },
    // "the judge": District Judge Meera Saund, named in the agency's article of the same day.
    { text: "Honesty matters more than any jackpot", speaker: "Meera Saund" },
    { text: "We'll have a drink tonight, but we'd rather have had our mate", speaker: "Gary Mellor" },
    { text: "deeply disappointed", speaker: "Rachel Oduya", partial: true },
  ],
  timeline: [
    { text: "took their former colleague to court on Tuesday", dates: ["2044-06-07"] },
    { text: "a court heard on Wednesday", dates: ["2044-06-08"] },
    { text: "a judge ruled on Friday", dates: ["2044-06-24"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    ["1.8", "300,000"],
    ["58", "61"],
    ["nine", "40"],
  ],
  corroboration: [],
};
