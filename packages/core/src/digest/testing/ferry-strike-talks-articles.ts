import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes25 (2026-12-06, before running any code on it): six
 * articles from six outlets on a strike by crews of the ferry operator Hebridean Link that began on
 * Monday 20 September 2027, talks at Acas in Glasgow on Thursday 23 September that broke up without a
 * deal, and a deal reached on Saturday 25 September. Quote styles: "X, general secretary of …, said: “…
 * …”", "“…,” said X, chief executive of …", an unnamed passenger and "she said", "she said" and "he
 * said" after a woman and a man are named in one sentence, "Transport minister X said: “…”", two men
 * who share a surname (the union's leader and his nephew), "the general secretary said", "Capt."
 * before a name, "According to Mayhew, the union's demand “would …”", British single quotes, a quote
 * running over two sentences, "Dr X, of the University of …, said: ‘…’", an em-dash line, an islander
 * unnamed, "Mr Doran" in an article that names only the nephew, "Mr Rennie … “…,” he said", "Mr
 * Doran" after the uncle is named. Traps:
 * a slogan on a banner, a ship's name, paraphrases. Test support only.
 */
const FERRY_STRIKE_TALKS_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ferry/1",
    externalId: "fs1",
    source: "The Herald",
    url: "https://heraldscotland.example/news/hebridean-link-ferry-strike-begins",
    publishedAt: "2027-09-20T19:00:00Z",
    title: "Island ferries stop as crews walk out over pay",
    originalText: [
      "Ferry services to Arran, Mull and Islay stopped on Monday as crews employed by Hebridean Link began an indefinite strike over pay.",
      "Mick Doran, general secretary of the Seafarers’ Union, said: “Our members have not had a real-terms pay rise in four years. Enough is enough.”",
      "“We have made a fair offer, and the door remains open,” said Caroline Mayhew, chief executive of Hebridean Link.",
      "Pickets at Ardrossan held a banner reading “Fair Pay for Island Crews”.",
      "A passenger stranded at Oban said she had slept in her car.",
      "“Nobody from the company has come to speak to us,” she said.",
    ].join("\n"),
  },
  {
    input: "ferry/2",
    externalId: "fs2",
    source: "BBC News",
    url: "https://bbc.example/news/uk-scotland-ferry-strike-talks-acas",
    publishedAt: "2027-09-21T16:30:00Z",
    title: "Ferry strike: Union and operator agree to talks at Acas",
    originalText: [
      "The Seafarers’ Union and Hebridean Link have agreed to hold talks at Acas in Glasgow on Thursday, the conciliation service said.",
      "Caroline Mayhew and Mick Doran spoke to reporters separately outside the Scottish Parliament on Tuesday.",
      "“Passengers have been let down, and I am sorry for that,” she said.",
      "“The company can end this tomorrow if it wants to,” he said.",
      "Transport minister Angus Rennie said: “I urge both sides to get round the table and to stay there until this is resolved.”",
    ].join("\n"),
  },
  {
    input: "ferry/3",
    externalId: "fs3",
    source: "The Scotsman",
    url: "https://scotsman.example/news/transport/ferry-strike-talks-day",
    publishedAt: "2027-09-23T07:30:00Z",
    title: "Ferry talks open as strike enters fourth day",
    originalText: [
      "Talks to end the ferry strike begin at Acas in Glasgow this morning.",
      "Sean Doran, the union’s Clyde organiser and Mick Doran’s nephew, said crews on the Arran route had voted 94% for action.",
      "“These are people who work 14-hour shifts in winter seas,” Sean Doran said.",
      "The union’s general secretary is expected to lead its side at the talks.",
      "“We will not be bullied back to work,” the general secretary said on Wednesday.",
      "Capt. Ewan MacInnes, master of the MV Isle of Sanda, said: “Every crew I know wants to be back at sea. But they want to be paid properly for it.”",
      "According to Mayhew, the union’s demand “would add £9 million a year to a budget that is already stretched”.",
    ].join("\n"),
  },
  {
    input: "ferry/4",
    externalId: "fs4",
    source: "The Guardian",
    url: "https://guardian.example/uk-news/2027/sep/24/scottish-ferry-strike-talks-no-deal",
    publishedAt: "2027-09-24T09:00:00Z",
    title: "Scottish ferry strike talks break up without a deal",
    originalText: [
      "Talks to end a strike that has cut ferry links to three Scottish islands broke up without a deal late on Thursday.",
      "‘We were close, closer than we have been,’ Doran said as he left Acas shortly before midnight.",
      "‘There is a deal to be done. It will not be done by shouting,’ said Ms Mayhew.",
      "Dr Helen Strachan, of the University of Stirling, who studies island economies, said: ‘Every day without ferries costs Arran’s economy about £400,000.’",
      "Both sides will meet again on Saturday.",
    ].join("\n"),
  },
  {
    input: "ferry/5",
    externalId: "fs5",
    source: "Arran Banner",
    url: "https://arranbanner.example/news/ferry-strike-islanders",
    publishedAt: "2027-09-24T14:00:00Z",
    title: "Islanders count the cost of ferry strike",
    originalText: [
      "Shops in Brodick have run short of milk and bread after four days without a ferry.",
      "“I had to cancel my mother’s hospital appointment in Glasgow twice,” said an islander who asked not to be named.",
      "Sean Doran, who lives in Lamlash, said he understood the anger on the island.",
      "“I have neighbours who can’t get to work. I don’t take that lightly,” Mr Doran said.",
      "“Keep the ferries running, keep the island alive.” — the island’s community council, in a letter to both sides",
    ].join("\n"),
  },
  {
    input: "ferry/6",
    externalId: "fs6",
    source: "STV News",
    url: "https://stv.example/news/west-central/ferry-strike-deal-reached",
    publishedAt: "2027-09-25T20:10:00Z",
    title: "Deal reached to end island ferry strike",
    originalText: [
      "Hebridean Link and the Seafarers’ Union reached a deal on Saturday evening to end the ferry strike, and services will resume on Monday.",
      "Crews will get a 6.5% pay rise this year and 4% next year.",
      "Mr Rennie welcomed the agreement in a statement.",
      "“This has been a hard week for island communities, and I thank them for their patience,” he said.",
      "The union’s general secretary, Mick Doran, called it “a fair deal, won fairly”.",
      "“Nobody wins a strike, but today the islands do,” Mr Doran said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function ferryStrikeTalksArticles(): Article[] {
  return linkNearDuplicates(FERRY_STRIKE_TALKS_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes25 (2026-12-06), before running any code on them. No real
 * disagreement: the pay rise, the vote and the cost are each told once.
 */
export const FERRY_STRIKE_TALKS_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Our members have not had a real-terms pay rise in four years.", speaker: "Mick Doran" },
    { text: "Enough is enough.", speaker: "Mick Doran" },
    { text: "We have made a fair offer, and the door remains open", speaker: "Caroline Mayhew" },
    // A banner's words: nobody's quotation.
    { text: "Fair Pay for Island Crews", speaker: null },
    // "she said" after an unnamed passenger: the description.
    { text: "Nobody from the company has come to speak to us", speaker: "a passenger" },
    // "she said" and "he said" after "Caroline Mayhew and Mick Doran …": the woman, then the man.
    { text: "Passengers have been let down, and I am sorry for that", speaker: "Caroline Mayhew" },
    { text: "The company can end this tomorrow if it wants to", speaker: "Mick Doran" },
    { text: "I urge both sides to get round the table", speaker: "Angus Rennie" },
    { text: "These are people who work 14-hour shifts in winter seas", speaker: "Sean Doran" },
    // "the general secretary": the uncle, introduced by that office in other articles.
    { text: "We will not be bullied back to work", speaker: "Mick Doran" },
    { text: "Every crew I know wants to be back at sea.", speaker: "Ewan MacInnes" },
    { text: "But they want to be paid properly for it.", speaker: "Ewan MacInnes" },
    {
      text: "would add £9 million a year to a budget that is already stretched",
      speaker: "Caroline Mayhew",
      partial: true,
    },
    // "Doran said as he left Acas": the man who led the union's side, the only Doran who was at the talks
    // and the only one the Guardian's readers met in the story's earlier articles as the union's leader.
    { text: "We were close, closer than we have been", speaker: "Mick Doran" },
    { text: "There is a deal to be done.", speaker: "Caroline Mayhew" },
    { text: "It will not be done by shouting", speaker: "Caroline Mayhew" },
    { text: "Every day without ferries costs Arran’s economy about £400,000.", speaker: "Helen Strachan" },
    { text: "I had to cancel my mother’s hospital appointment in Glasgow twice", speaker: "an islander" },
    // "Mr Doran" in an article that names Sean Doran alone: the nephew.
    { text: "I have neighbours who can’t get to work.", speaker: "Sean Doran" },
    { text: "I don’t take that lightly", speaker: "Sean Doran" },
    // A community council's letter, signed on the em-dash line: the body (no person named).
    { text: "Keep the ferries running, keep the island alive.", speaker: "the island’s community council" },
    { text: "This has been a hard week for island communities", speaker: "Angus Rennie" },
    { text: "a fair deal, won fairly", speaker: "Mick Doran", partial: true },
    // "Mr Doran" after Mick Doran is named in the sentence before (the nephew only in other articles).
    { text: "Nobody wins a strike, but today the islands do", speaker: "Mick Doran" },
  ],
  timeline: [
    {
      text: "Ferry services to Arran, Mull and Islay stopped on Monday as crews employed by Hebridean Link began an indefinite strike over pay.",
      dates: ["2027-09-20"],
    },
    {
      text: "Talks to end a strike that has cut ferry links to three Scottish islands broke up without a deal late on Thursday.",
      dates: ["2027-09-23"],
    },
    {
      text: "Hebridean Link and the Seafarers’ Union reached a deal on Saturday evening to end the ferry strike",
      dates: ["2027-09-25"],
    },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    ["6.5%", "4%"],
    ["94%", "6.5%"],
  ],
  corroboration: [],
};
