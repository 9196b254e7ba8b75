import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes22 (2026-12-06, before running any code on it): five
 * articles from four outlets on a strike by Northgate Opera's orchestra and chorus in Leeds, the first
 * walkout on Tuesday 17 November 2026, talks at Acas on Friday 20 November, a second walkout on
 * Saturday 21 November and a deal on Wednesday 25 November. Quote styles: "“…,” said X, the …", "she
 * said" after the surname, two partial quotes of one speaker in one sentence, "X said: “…”" over two
 * sentences, straight single quotes, "a spokeswoman for the council said" after the council named in
 * full, British single quotes broken by "he said", a quote holding another's words in single quotes,
 * "According to X's national organiser, Y, “…”" (a partial quote), a pull quote signed after a dash,
 * "Acas said in a statement: “…”", a quote over two paragraphs after "X said:", "‘…,’ he said" after
 * the music director named in the sentence before, a surname alone in a later article, "X said in a
 * statement that it “…”" for a body. Traps: a firm that reads like a person (Grant Thornton), places
 * (New Briggate, the Royal Albert Hall) beside a speaker called Hall, a headline in quotes, a scare
 * quote after "what the company calls", words quoted inside a quote. Test support only.
 */
const OPERA_STRIKE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "opera/1",
    externalId: "o1",
    source: "Yorkshire Wire",
    url: "https://yorkshirewire.example/northgate-opera-strike",
    publishedAt: "2026-11-17T22:15:00Z",
    title: "Northgate Opera cancels La Bohème as musicians and chorus strike",
    originalText: [
      "LEEDS — Northgate Opera cancelled a sold-out performance of La Bohème on Tuesday night after its orchestra and chorus walked out in a dispute over pay and rehearsal hours, the first strike in the company's 48-year history.",
      "About 1,400 ticket holders were turned away from the Grand Theatre on New Briggate, where the company performs.",
      "“Nobody in that pit wanted to be standing on a picket line tonight,” said Marian Okonedo, regional organiser for the Musicians' Union.",
      "Okonedo said players had been offered 2.5 percent after three years of frozen pay. “A principal cellist here earns less than a supply teacher,” she said.",
      "The company's chief executive, Laurence Peverell, said the walkout was “deeply disappointing for our audiences” and that the offer was “the most we can afford without cutting a production”.",
      "Audience member Gwen Hartley, who had travelled from Harrogate with her granddaughter, said: “We found out from a sign on the door. A sign.”",
    ].join("\n"),
  },
  {
    input: "opera/2",
    externalId: "o2",
    source: "Yorkshire Courier",
    url: "https://yorkshirecourier.example/arts/opera-picket-line",
    publishedAt: "2026-11-18T07:30:00Z",
    title: "‘We found out from a sign’: anger as opera strike leaves audience in the cold",
    originalText: [
      "By Priya Chaudhry, Arts Correspondent",
      "Players and singers from Northgate Opera formed a picket line outside the Grand Theatre last night as the curtain stayed down on La Bohème.",
      "'We have been patient for three years and patience has got us nowhere,' said Tom Rawdon, a viola player who has been with the orchestra since 2009.",
      "“When the management told us ‘there is no more money’, they had just hired two consultants,” Rawdon said.",
      "The Grand Theatre is owned by Leeds City Council. ‘We want to see both sides back round the table as soon as possible,’ a spokeswoman for the council said.",
      "Peverell, who took over as chief executive in 2022, told the Courier the company had lost £38,000 in refunds for Tuesday's performance alone.",
      "‘I understand the anger,’ he said, ‘but the money has to come from somewhere, and our Arts Council grant has been cut two years running.’",
    ].join("\n"),
  },
  {
    input: "opera/3",
    externalId: "o3",
    source: "The Stage Review",
    url: "https://stagereview.example/news/northgate-acas-talks",
    publishedAt: "2026-11-20T12:00:00Z",
    title: "Northgate Opera strike: talks at Acas as second walkout looms",
    originalText: [
      "Talks between Northgate Opera and the two unions began at the conciliation service Acas in Leeds on Friday, with a second walkout set for Saturday's opening night of The Magic Flute.",
      "According to Equity's national organiser, Hannah Breckon, “the chorus have been asked to rehearse unpaid on Sundays for the last two seasons.”",
      "Breckon said Equity would call off Saturday's strike “if, and only if, there is a written offer on the table by Friday night”.",
      "Acas said in a statement: “Both parties have agreed to meet and we will not comment while talks continue.”",
      "“Opera companies across the country are watching Leeds. If Northgate settles at five percent, everyone else will be asked to.”",
      "— Julian Cawthorne, former general director of Pennine Opera",
    ].join("\n"),
  },
  {
    input: "opera/4",
    externalId: "o4",
    source: "Yorkshire Wire",
    url: "https://yorkshirewire.example/northgate-second-strike",
    publishedAt: "2026-11-21T19:00:00Z",
    title: "Magic Flute opening cancelled as Northgate Opera talks collapse",
    originalText: [
      "LEEDS — Northgate Opera's second strike went ahead on Saturday after talks broke up without agreement, and the opening night of The Magic Flute was cancelled.",
      "Okonedo said: “We went into that room with a number we could live with. We came out with nothing in writing.",
      "“If management want the curtain up next week, they know where to find us.”",
      "Peverell, speaking outside the theatre, said the unions had “walked away from a fair offer”.",
      "The company's music director, Stefan Vrabec, who was due to conduct, spent the afternoon phoning soloists to send them home. ‘It breaks my heart,’ he said.",
    ].join("\n"),
  },
  {
    input: "opera/5",
    externalId: "o5",
    source: "Northern Business Journal",
    url: "https://northernbusinessjournal.example/arts/northgate-opera-deal",
    publishedAt: "2026-11-26T09:00:00Z",
    title: "Northgate Opera and unions agree pay deal to end strikes",
    originalText: [
      "Northgate Opera and the Musicians' Union and Equity reached a deal on Wednesday that gives players and singers 4 percent this year and 3 percent next, and pays Sunday rehearsals for the first time.",
      "“It is not everything we asked for, but it is a great deal more than we were offered,” Breckon said in a statement.",
      "Chief executive Laurence Peverell said: “Nobody wins a strike. But I think we have a settlement that keeps the orchestra and chorus together.”",
      "The company's accounts, audited by Grant Thornton, show a deficit of £1.2 million in the year to March, and the deal will cost about £310,000 a year.",
      "“We are not a company in crisis, but we are a company with no margin for error,” said finance director Ruth Hall, who joined from the Royal Albert Hall last year.",
      "The deal will be paid for partly by what the company calls its ‘resilience plan’, which drops one production a season.",
      "“Will the Arts Council help us? I hope so, but I am not counting on it,” Hall said.",
      "Arts Council England said in a statement that it “does not intervene in industrial disputes”.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function operaStrikeArticles(): Article[] {
  return linkNearDuplicates(OPERA_STRIKE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes22 (2026-12-06), before running any code on them. No
 * disagreement: 2.5 percent offered, then 4 and 3 agreed; refunds, a deficit and the deal's cost.
 */
export const OPERA_STRIKE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Nobody in that pit wanted to be standing on a picket line", speaker: "Marian Okonedo" },
    // "she said" after the surname in the sentence before.
    { text: "A principal cellist here earns less than a supply teacher", speaker: "Marian Okonedo" },
    // Two partial quotes of one speaker in one sentence.
    { text: "deeply disappointing for our audiences", speaker: "Laurence Peverell", partial: true },
    { text: "the most we can afford without cutting a production", speaker: "Laurence Peverell", partial: true },
    { text: "We found out from a sign on the door.", speaker: "Gwen Hartley" },
    { text: "A sign.", speaker: "Gwen Hartley" },
    // Straight single quotes.
    { text: "We have been patient for three years", speaker: "Tom Rawdon" },
    // The management's words inside his quote are part of it.
    { text: "When the management told us", speaker: "Tom Rawdon" },
    // "the council" is Leeds City Council, named in the sentence before.
    { text: "We want to see both sides back round the table", speaker: "a spokeswoman for Leeds City Council" },
    // Single quotes broken by "he said", after the surname in the sentence before.
    { text: "I understand the anger", speaker: "Laurence Peverell" },
    { text: "but the money has to come from somewhere", speaker: "Laurence Peverell" },
    { text: "the chorus have been asked to rehearse unpaid on Sundays", speaker: "Hannah Breckon", partial: true },
    { text: "if, and only if, there is a written offer on the table", speaker: "Hannah Breckon", partial: true },
    { text: "Both parties have agreed to meet", speaker: "Acas" },
    // A pull quote signed on the next line.
    { text: "Opera companies across the country are watching Leeds.", speaker: "Julian Cawthorne" },
    { text: "If Northgate settles at five percent", speaker: "Julian Cawthorne" },
    // A quote over two paragraphs after "X said:", the surname alone (full name in the first article).
    { text: "We went into that room with a number we could live with.", speaker: "Marian Okonedo" },
    { text: "We came out with nothing in writing.", speaker: "Marian Okonedo" },
    { text: "If management want the curtain up next week", speaker: "Marian Okonedo" },
    { text: "walked away from a fair offer", speaker: "Laurence Peverell", partial: true },
    // "he said" after the music director named in the sentence before.
    { text: "It breaks my heart", speaker: "Stefan Vrabec" },
    // The surname alone, the full name in another outlet's article.
    { text: "It is not everything we asked for", speaker: "Hannah Breckon" },
    { text: "Nobody wins a strike.", speaker: "Laurence Peverell" },
    { text: "But I think we have a settlement", speaker: "Laurence Peverell" },
    { text: "We are not a company in crisis", speaker: "Ruth Hall" },
    // Hall is Ruth Hall, not the Royal Albert Hall.
    { text: "Will the Arts Council help us?", speaker: "Ruth Hall" },
    { text: "does not intervene in industrial disputes", speaker: "Arts Council England", partial: true },
  ],
  timeline: [
    { text: "cancelled a sold-out performance of La Bohème on Tuesday night", dates: ["2026-11-17"] },
    { text: "began at the conciliation service Acas in Leeds on Friday", dates: ["2026-11-20"] },
    { text: "second strike went ahead on Saturday", dates: ["2026-11-21"] },
    { text: "reached a deal on Wednesday", dates: ["2026-11-25"] },
  ],
  neverDated: [
    { text: "has been with the orchestra since 2009", date: "2009", exact: true },
    { text: "took over as chief executive in 2022", date: "2022", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // The offer against the deal; this year against next.
    ["2.5", "4"],
    ["4", "3"],
    // Refunds, a deficit and the deal's yearly cost.
    ["38,000", "310,000"],
    ["1.2 million", "310,000"],
  ],
  corroboration: [{ text: "Talks between Northgate Opera and the two unions began", outlets: 1 }],
  headline: ["deal", "agree"],
};
