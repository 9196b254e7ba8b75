import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts10 (2026-12-05, before reading the facts code): six
 * articles from five outlets about a week of EU–India trade talks in New Delhi, opened on Monday 8 March
 * 2027 (a wire story and its syndicated rewrite), a softened EU demand and an Indian counterproposal on
 * Wednesday, and an end without a deal on Friday with a deadline "by April 15" and a signing "on
 * April 28", both in the future; plus an undated explainer. Traps: the outlets' figures for last
 * year's goods trade truly disagree (124 against 137 billion euros), but a demand and an offer, a
 * demand then a softer one, an offer then better offers, chapters closed out of all chapters, a
 * month's wine against a year's, one side's tariff against the other's, are not disagreements.
 * Quote styles: "told reporters", "X said the talks would be “…”", "X said that “…”", a plural
 * family ("the Mehtas said" after "Sunil and Kavita Mehta", with a minister named Mehra in the same
 * story), a quote split by "Aaltonen said,", an em-dash attribution to an unnamed diplomat, "According
 * to a senior negotiator, “…”", an organisation named in full and then as "the Commission", a quote
 * over two paragraphs, a title alone ("the minister said"), straight single quotes, "X added: “…”".
 * Test support only.
 */
const TRADE_SUMMIT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "trade/1",
    externalId: "t1",
    source: "AFP",
    url: "https://afp.example/eu-india-talks-open",
    publishedAt: "2027-03-08T12:30:00Z",
    title: "EU and India open final push for trade deal",
    originalText: [
      "NEW DELHI (AFP) — The European Union and India opened what both sides called a final round of talks on a free trade agreement in New Delhi on Monday, with cars, wine and farm goods still dividing them after years of negotiation.",
      "Trade in goods between the EU and India was worth 124 billion euros last year.",
      "The EU wants India to cut its tariffs on imported cars, now as high as 110 percent, to 10 percent over five years.",
      "“We have come to New Delhi to close this deal, not to talk about closing it,” Trade Commissioner Katrin Aaltonen told reporters on arrival.",
      "India’s Commerce Minister Rajiv Mehra said the talks would be “tough but friendly.”",
      "Of the agreement’s 23 chapters, 19 have been closed, officials said.",
    ].join("\n"),
  },
  {
    input: "trade/2",
    externalId: "t2",
    source: "Gulf Herald",
    url: "https://gulfherald.example/business/eu-india-wire",
    publishedAt: "2027-03-08T15:00:00Z",
    title: "EU, India begin final round of trade talks",
    originalText: [
      "The European Union and India opened what both sides called a final round of talks on a free trade agreement in New Delhi on Monday, with cars, wine and farm goods still dividing them.",
      "The EU wants India to cut its tariffs on imported cars, currently as high as 110 percent, to 10 percent over five years.",
      "“We have come to New Delhi to close this deal, not to talk about closing it,” EU Trade Commissioner Katrin Aaltonen said.",
      "Of the 23 chapters of the agreement, 19 have already been closed.",
      "Follow Gulf Herald on WhatsApp for the latest business news.",
    ].join("\n"),
  },
  {
    input: "trade/3",
    externalId: "t3",
    source: "Delhi Courier",
    url: "https://delhicourier.example/economy/eu-talks-cars",
    publishedAt: "2027-03-09T04:00:00Z",
    title: "India holds firm on cars as EU talks begin",
    originalText: [
      "Negotiators from India and the European Union began what is expected to be the last round of talks on a trade agreement in New Delhi on Monday.",
      "Bilateral trade in goods stood at 137 billion euros last year, making the EU India’s largest trading partner.",
      "India has offered to lower its car tariffs to 30 percent over ten years, far short of the EU’s demand.",
      "In return, India wants the EU to admit 80,000 skilled workers a year under a new mobility visa; Brussels has offered 20,000.",
      "Mehra said that “no deal is better than a bad deal for our farmers.”",
      "Sunil and Kavita Mehta, who run a cotton mill in Tiruppur employing 450 people, said the deal would let them compete in Europe. “If this goes through, we can hire 200 more people next year,” the Mehtas said.",
    ].join("\n"),
  },
  {
    input: "trade/4",
    externalId: "t4",
    source: "EuroWatch Daily",
    url: "https://eurowatch.example/trade/eu-softens-car-demand",
    publishedAt: "2027-03-10T18:00:00Z",
    title: "EU softens car demand as India talks enter decisive phase",
    originalText: [
      "The EU on Wednesday softened its demand on car tariffs, proposing that India cut them to 15 percent over seven years rather than 10 percent over five, EU officials said.",
      "India responded with a counterproposal of 25 percent over eight years, two officials familiar with the talks said.",
      "“We have moved a long way,” Aaltonen said, “and now it is India’s turn.”",
      "“Nothing is agreed until everything is agreed.” — an EU diplomat involved in the talks",
      "According to a senior Indian negotiator, “the wine quota is now the harder problem.”",
      "The EU exported 380,000 bottles of wine to India in January alone and about 4.1 million over the whole of last year.",
      "The European Commission said in a statement that it was “cautiously optimistic.”",
      "'We are nearly there, but nearly is not a deal,' Aaltonen said late on Wednesday.",
    ].join("\n"),
  },
  {
    input: "trade/5",
    externalId: "t5",
    source: "Delhi Courier",
    url: "https://delhicourier.example/economy/eu-deadline",
    publishedAt: "2027-03-12T15:30:00Z",
    title: "EU, India set April 15 deadline after talks end without deal",
    originalText: [
      "India and the European Union ended a week of talks in New Delhi on Friday without a deal but agreed to conclude the agreement by April 15, Commerce Minister Rajiv Mehra said.",
      "“We are closer than we have ever been,” Mehra told a news conference. “The remaining gaps are small, and they are political, not technical.",
      "“I have told the commissioner that India will not be rushed, but it will not walk away either.”",
      "India improved its car offer to 20 percent over eight years on Friday, two negotiators said.",
      "“We have not moved on wine, and we will not,” the minister said.",
      "The Commission said the draft text was “within reach.”",
      "Leaders will meet in Brussels on April 28 to sign the agreement if negotiators finish by the deadline.",
    ].join("\n"),
  },
  {
    input: "trade/6",
    externalId: "t6",
    source: "Global Trade Review",
    url: "https://globaltradereview.example/explainer/eu-india",
    title: "What is at stake in the EU-India trade deal",
    originalText: [
      "The agreement would create a market of almost 2 billion people and remove tariffs on more than 90 percent of goods traded between the two, according to the European Commission.",
      "Talks were launched in 2007, suspended in 2013 and relaunched in 2022.",
      "India’s average applied tariff is about 17 percent, against 5 percent for the EU.",
      "‘A deal of this size comes along once in a generation,’ said Priya Raman, a trade economist at the Delhi School of Economics.",
      "Raman added: “The car tariff is the symbol. The real money is in services.”",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function tradeSummitArticles(): Article[] {
  return linkNearDuplicates(TRADE_SUMMIT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts10 (2026-12-05), before running any code on them. The one real
 * disagreement: last year's goods trade between the two, 124 billion euros by AFP against 137 billion
 * by the Delhi Courier. Every tariff figure is a position in a negotiation (a demand, an offer, a
 * counterproposal, each revised in turn), never a rival count.
 */
export const TRADE_SUMMIT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We have come to New Delhi to close this deal", speaker: "Katrin Aaltonen" },
    { text: "tough but friendly", speaker: "Rajiv Mehra", partial: true },
    { text: "no deal is better than a bad deal for our farmers", speaker: "Rajiv Mehra", partial: true },
    // "the Mehtas" are the couple, never the minister Mehra.
    { text: "If this goes through, we can hire 200 more people", speaker: "Sunil and Kavita Mehta" },
    { text: "We have moved a long way", speaker: "Katrin Aaltonen" },
    { text: "and now it is India’s turn", speaker: "Katrin Aaltonen" },
    // Unnamed sources keep their description, as in the stories before.
    { text: "Nothing is agreed until everything is agreed", speaker: "an EU diplomat" },
    { text: "the wine quota is now the harder problem", speaker: "a senior Indian negotiator", partial: true },
    { text: "cautiously optimistic", speaker: "European Commission", partial: true },
    { text: "We are nearly there, but nearly is not a deal", speaker: "Katrin Aaltonen" },
    { text: "We are closer than we have ever been", speaker: "Rajiv Mehra" },
    { text: "The remaining gaps are small", speaker: "Rajiv Mehra" },
    { text: "India will not be rushed", speaker: "Rajiv Mehra" },
    { text: "We have not moved on wine, and we will not", speaker: "Rajiv Mehra" },
    { text: "within reach", speaker: "European Commission", partial: true },
    { text: "A deal of this size comes along once in a generation", speaker: "Priya Raman" },
    { text: "The car tariff is the symbol", speaker: "Priya Raman" },
    { text: "The real money is in services", speaker: "Priya Raman" },
  ],
  timeline: [
    { text: "opened what both sides called a final round of talks", dates: ["2027-03-08"] },
    { text: "softened its demand on car tariffs", dates: ["2027-03-10"] },
    { text: "ended a week of talks in New Delhi on Friday without a deal", dates: ["2027-03-12"] },
    { text: "India improved its car offer to 20 percent", dates: ["2027-03-12"] },
  ],
  neverDated: [
    // Deadlines ahead said in March 2027 fall in 2027, not the year before.
    { text: "Leaders will meet in Brussels on April 28", date: "2026-04-28" },
    { text: "agreed to conclude the agreement by April 15", date: "2026-04-15" },
  ],
  disagreements: [{ values: ["124", "137"], outlets: ["AFP", "Delhi Courier"] }],
  notDisagreements: [
    // The EU's demand, India's offers and counterproposals, each revised.
    ["10", "30"],
    ["10", "15"],
    ["15", "25"],
    ["30", "25"],
    ["25", "20"],
    ["15", "20"],
    ["80,000", "20,000"],
    // Chapters closed out of all chapters; a month's wine and a year's.
    ["23", "19"],
    ["380,000", "4.1 million"],
    // One side's tariff and the other's; a mill's staff and its new hires.
    ["17", "5"],
    ["450", "200"],
  ],
  corroboration: [
    // AFP and its rewrite once; the Delhi Courier in its own words a second time.
    { text: "opened what both sides called a final round of talks", outlets: 2 },
    { text: "Of the agreement’s 23 chapters, 19 have been closed", outlets: 1 },
  ],
};
