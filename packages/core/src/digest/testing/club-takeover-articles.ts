import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes24 (2026-12-06, before running any code on it): four
 * articles from four outlets (a US wire, a British broadsheet, a US sports site, a British broadcaster)
 * on the American businessman Brandon Keller's takeover of Ravensworth Athletic, an English League One
 * club, agreed on Friday 16 April 2027 and approved by the English Football League on Thursday 22
 * April. Quote styles: "“…,” Keller said in a statement. “…”", a father and son who share a surname
 * ("Tyler Keller told The Associated Press", "the elder Keller said"), a US partial quote with its
 * full stop inside, British single quotes, "X, speaking to reporters at the ground, said: ‘…’", an
 * Instagram post after "wrote on Instagram:", a split quote ("“…,” he said. “…”") after the son is
 * named, a court filing quoted in part, "According to Breck, “…”" with the full name in another
 * article, a quote holding the speaker's wife's words in single quotes, "the EFL said" after the body
 * is named in full, a title alone ("said the outgoing chairman"), straight double quotes, a dash inside
 * a quote. Traps: a scare-quoted ‘rescue’, paraphrases. Test support only.
 */
const CLUB_TAKEOVER_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "takeover/1",
    externalId: "ct1",
    source: "Associated Press",
    url: "https://apnews.example/article/ravensworth-athletic-keller-takeover",
    publishedAt: "2027-04-16T18:20:00Z",
    title: "US investor Brandon Keller buys English soccer club Ravensworth Athletic",
    originalText: [
      "LONDON (AP) — American businessman Brandon Keller has agreed to buy Ravensworth Athletic, the English third-tier soccer club, for a reported $62 million, the club said Friday.",
      "“This is a club with 140 years of history and a fan base that deserves better than it has had,” Keller said in a statement. “We are here for the long haul.”",
      "Keller, 58, made his fortune in trucking and logistics and owns a minority stake in a Major League Soccer team.",
      "His son, Tyler Keller, will become vice chairman.",
      "“My dad has wanted to do this since he watched his first game at Ravensworth in 1989,” Tyler Keller told The Associated Press.",
      "The deal still needs approval from the English Football League.",
      "Outgoing owner Colin Ashdown said the sale was “the right thing for the club at the right time.”",
    ].join("\n"),
  },
  {
    input: "takeover/2",
    externalId: "ct2",
    source: "The Daily Telegraph",
    url: "https://telegraph.example/football/2027/04/16/ravensworth-fans-cautious-american-takeover",
    publishedAt: "2027-04-16T21:00:00Z",
    title: "Ravensworth fans cautious as American takeover agreed",
    originalText: [
      "Ravensworth Athletic’s supporters’ trust has called for guarantees on the club’s ground after the League One side agreed a £49 million takeover by the American businessman Brandon Keller.",
      "‘We have heard promises before,’ said Joanne Breck, who chairs the Ravensworth Athletic Supporters’ Trust. ‘We want the ground in a covenant, not a press release.’",
      "A spokesman for the trust later said it had asked for a meeting with Mr Keller before the end of the month.",
      "Keller, speaking to reporters at the ground, said: ‘Nobody is moving this club anywhere. I’ve read the stories and they are wrong.’",
      "Manager Dean Farrow wrote on Instagram: ‘Exciting times. Let’s finish the season strong.’",
      "Ashdown’s ‘rescue’ of the club from administration in 2011 left it owing him £8 million in loans.",
    ].join("\n"),
  },
  {
    input: "takeover/3",
    externalId: "ct3",
    source: "Keystone Sports Wire",
    url: "https://keystonesports.example/soccer/kellers-ravensworth-plans",
    publishedAt: "2027-04-17T14:00:00Z",
    title: "Inside the Kellers’ plan for Ravensworth",
    originalText: [
      "Brandon Keller bought an English soccer club. His son will be the one running it.",
      "Tyler Keller will run Ravensworth Athletic day to day, according to two people briefed on the deal.",
      "Tyler Keller, 31, spent two seasons on the business staff of his father’s MLS club before the deal.",
      "“We’re not going to spend money we don’t have,” he said in an interview Saturday. “But we’re not going to sit still either.”",
      "“It’s his project,” the elder Keller said. “I just sign the checks.”",
      "In a filing with the Delaware Court of Chancery on Friday, Keller Sports Holdings said the purchase was “not contingent on any outside financing.”",
      "According to Breck, “the club has had four owners in 15 years and not one of them lived here.”",
      "“When I told my wife, she said, ‘You’ve bought a what?’” Brandon Keller said, laughing.",
    ].join("\n"),
  },
  {
    input: "takeover/4",
    externalId: "ct4",
    source: "BBC Sport",
    url: "https://bbc.example/sport/football/ravensworth-takeover-approved",
    publishedAt: "2027-04-22T15:45:00Z",
    title: "Ravensworth Athletic: EFL approves Brandon Keller takeover",
    originalText: [
      "The English Football League has approved Brandon Keller's takeover of League One club Ravensworth Athletic.",
      "The EFL said in a statement on Thursday that the American had passed its owners' and directors' test.",
      '"The board has completed its checks and is satisfied," the EFL said.',
      "Colin Ashdown, who has owned the club since 2011, steps down as chairman with immediate effect.",
      '"I leave with a heavy heart and a clear conscience," said the outgoing chairman.',
      "Breck said the supporters' trust had been promised a seat on the board.",
      '"It\'s a start - a real one," she said.',
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function clubTakeoverArticles(): Article[] {
  return linkNearDuplicates(CLUB_TAKEOVER_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes24 (2026-12-06), before running any code on them. No real
 * disagreement: $62 million and £49 million are one price in two currencies.
 */
export const CLUB_TAKEOVER_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This is a club with 140 years of history", speaker: "Brandon Keller" },
    { text: "We are here for the long haul.", speaker: "Brandon Keller" },
    // The son, named in full in the attribution, not his father.
    { text: "My dad has wanted to do this since he watched his first game", speaker: "Tyler Keller" },
    { text: "the right thing for the club at the right time.", speaker: "Colin Ashdown", partial: true },
    { text: "We have heard promises before", speaker: "Joanne Breck" },
    { text: "We want the ground in a covenant, not a press release.", speaker: "Joanne Breck" },
    { text: "Nobody is moving this club anywhere.", speaker: "Brandon Keller" },
    { text: "I’ve read the stories and they are wrong.", speaker: "Brandon Keller" },
    // An Instagram post read out.
    { text: "Exciting times.", speaker: "Dean Farrow" },
    { text: "Let’s finish the season strong.", speaker: "Dean Farrow" },
    // "he said" after a sentence about the son; the father named earlier.
    { text: "We’re not going to spend money we don’t have", speaker: "Tyler Keller" },
    { text: "But we’re not going to sit still either.", speaker: "Tyler Keller" },
    // "the elder Keller": the father.
    { text: "It’s his project", speaker: "Brandon Keller" },
    { text: "I just sign the checks.", speaker: "Brandon Keller" },
    // A court filing quoted in part.
    { text: "not contingent on any outside financing.", speaker: "Keller Sports Holdings", partial: true },
    {
      text: "the club has had four owners in 15 years and not one of them lived here.",
      speaker: "Joanne Breck",
      partial: true,
    },
    // His wife's words inside his own quote: the whole quote is his.
    { text: "When I told my wife, she said, ‘You’ve bought a what?’", speaker: "Brandon Keller" },
    // "the EFL said" after the body is named in full.
    { text: "The board has completed its checks and is satisfied", speaker: "English Football League" },
    // A title alone, the full name in the sentence before.
    { text: "I leave with a heavy heart and a clear conscience", speaker: "Colin Ashdown" },
    { text: "It's a start - a real one", speaker: "Joanne Breck" },
  ],
  timeline: [
    { text: "has agreed to buy Ravensworth Athletic, the English third-tier soccer club", dates: ["2027-04-16"] },
    { text: "The EFL said in a statement on Thursday that the American had passed", dates: ["2027-04-22"] },
  ],
  neverDated: [
    { text: "since he watched his first game at Ravensworth in 1989", date: "1989", exact: true },
    { text: "from administration in 2011 left it owing him", date: "2011", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // One price in two currencies.
    ["62 million", "49 million"],
    ["49 million", "8 million"],
    ["58", "31"],
  ],
  corroboration: [{ text: "Keller, 58, made his fortune in trucking and logistics", outlets: 1 }],
};
