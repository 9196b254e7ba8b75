import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes23 (2026-12-06, before running any code on it): five
 * articles from four outlets on the collapse of Brightwater, a children's charity running after-school
 * clubs in 40 towns, into administration on Thursday 3 December 2026 with 310 jobs lost, and a rival
 * charity's rescue of 12 clubs on Saturday 5 December. Quote styles: administrators' statement quoted
 * in part after "said in a statement that", "“…,” said X, a partner at Kestrel. “…”", a chief
 * executive's letter to staff after "she wrote:", "The Charity Commission said:", a parent's quote
 * holding a message in single quotes, "Club leader X, who had worked …, said:", "“…,” she said" after
 * a woman and a man were named, a founder called "Dame Josephine" after her full name, "she told the
 * National Post", "a spokeswoman for the trustees", "“…,” he said" after an MP is named, a LinkedIn
 * post, "told Third Sector Today that the regulator had “…”", an em-dash signature with a description
 * inline, a quote split around "Menon said, pointing to …,", "Quayle said" two days later, "the
 * Department for Education said" after the quote. Traps: a memoir's title and a scare-quoted "hub and
 * spoke" model. Test support only.
 */
const CHARITY_COLLAPSE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "charity/1",
    externalId: "c1",
    source: "National Wire",
    url: "https://nationalwire.example/uk/brightwater-administration",
    publishedAt: "2026-12-03T11:00:00Z",
    title: "Children’s charity Brightwater collapses with loss of 310 jobs",
    originalText: [
      "Brightwater, a children’s charity that ran after-school clubs in 40 towns, collapsed into administration on Thursday with the loss of 310 jobs.",
      "The administrators, Kestrel Partners, said in a statement that the charity had “run out of cash and run out of time”.",
      "“Every club will close at the end of today,” said Martin Quayle, a partner at Kestrel. “We know how hard that is for families.”",
      "The charity’s chief executive, Olivia Brandt, resigned on Wednesday night.",
      "In a letter to staff, she wrote: “I take full responsibility for the decisions that brought us here.”",
      "The Charity Commission said: “We opened a regulatory compliance case into Brightwater in September and it remains open.”",
    ].join("\n"),
  },
  {
    input: "charity/2",
    externalId: "c2",
    source: "Teesside Gazette",
    url: "https://teessidegazette.example/news/brightwater-st-hildas-club-closes",
    publishedAt: "2026-12-03T17:00:00Z",
    title: "Parents left stranded as Brightwater club shuts its doors",
    originalText: [
      "By Hannah Marsh",
      "Parents in Middlesbrough found out on Facebook that the Brightwater club at St Hilda’s school would not open on Thursday afternoon.",
      "“I got a notification at lunchtime saying ‘thank you for ten wonderful years’ and that was it,” said Leanne Corrigan, whose two sons went to the club. “Who is going to pick my boys up tomorrow?”",
      "Club leader Sam Whitlock, who had worked for the charity for eight years, said: “We weren’t told anything until this morning. Not a word.”",
      "Whitlock said staff had been told they would not be paid for November.",
      "Mrs Corrigan said she had asked Whitlock whether the club would reopen. “He just looked at the floor,” she said.",
    ].join("\n"),
  },
  {
    input: "charity/3",
    externalId: "c3",
    source: "The National Post",
    url: "https://nationalpost.example/society/brightwater-founder-heartbroken",
    publishedAt: "2026-12-04T06:00:00Z",
    title: "Brightwater founder: ‘I want to know where the money went’",
    originalText: [
      "Brightwater’s collapse follows months of warnings about its finances. Its accounts for 2025, filed late in October, showed a deficit of £4.2 million.",
      "The charity’s much-praised “hub and spoke” model relied on councils paying for places months in advance.",
      "Its founder, Dame Josephine Akers, wrote a memoir, “Every Child a Chance”, about setting up the first club in her kitchen in Stockton in 1998.",
      "Dame Josephine, who stepped down as chair in 2023, said she was “heartbroken and, frankly, angry”.",
      "“I handed over a charity with £3 million in the bank,” she told the National Post. “I want to know where it went.”",
      "A spokeswoman for the trustees said: “The trustees will cooperate fully with the administrators and the Charity Commission.”",
      "Andy McBride, the MP for Stockton North, said he would ask the National Audit Office to look at £6 million of public grants the charity had received. “Taxpayers are entitled to know,” he said.",
    ].join("\n"),
  },
  {
    input: "charity/4",
    externalId: "c4",
    source: "Third Sector Today",
    url: "https://thirdsectortoday.example/news/brightwater-regulator",
    publishedAt: "2026-12-04T10:00:00Z",
    title: "Regulator ‘cannot stop a charity running out of money’, says commission chief",
    originalText: [
      "Brightwater’s former chief executive Olivia Brandt posted on LinkedIn on Thursday evening: “To the 310 colleagues who lost their jobs today: I am so sorry.”",
      "The Charity Commission’s chief executive, Helen Stroud, told Third Sector Today that the regulator had “no power to stop a charity running out of money”.",
      "“What we can do is find out whether the trustees did their job,” Stroud said.",
      "“Brightwater grew too fast on money that was never guaranteed.” — Ravi Menon, a charity finance consultant",
      "“The sector has been here before,” Menon said, pointing to the collapse of a youth charity in 2015, “and it did not learn.”",
    ].join("\n"),
  },
  {
    input: "charity/5",
    externalId: "c5",
    source: "National Wire",
    url: "https://nationalwire.example/uk/little-acorns-brightwater-clubs",
    publishedAt: "2026-12-05T15:00:00Z",
    title: "Rival charity takes over 12 Brightwater clubs, saving 90 jobs",
    originalText: [
      "Kestrel Partners said on Saturday that a rival charity, Little Acorns, had agreed to take over 12 of Brightwater’s 40 clubs, saving about 90 jobs.",
      "“It is not everything, but it is a start,” Quayle said.",
      "Little Acorns’ chief executive, Femi Oduya, said: “We will open the doors on Monday with the same staff the children know.”",
      "The chief executive said the charity had borrowed £500,000 to fund the takeover.",
      "“Families should contact their local council about other childcare,” the Department for Education said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function charityCollapseArticles(): Article[] {
  return linkNearDuplicates(CHARITY_COLLAPSE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes23 (2026-12-06), before running any code on them. No
 * disagreement: jobs lost against jobs saved, clubs in all against clubs taken over, money left in the
 * bank against a deficit and grants.
 */
export const CHARITY_COLLAPSE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "run out of cash and run out of time", speaker: "Kestrel Partners", partial: true },
    { text: "Every club will close at the end of today", speaker: "Martin Quayle" },
    { text: "We know how hard that is for families.", speaker: "Martin Quayle" },
    { text: "I take full responsibility for the decisions", speaker: "Olivia Brandt" },
    { text: "We opened a regulatory compliance case into Brightwater", speaker: "Charity Commission" },
    // A message she was sent, inside her own quote.
    { text: "I got a notification at lunchtime", speaker: "Leanne Corrigan" },
    { text: "Who is going to pick my boys up tomorrow?", speaker: "Leanne Corrigan" },
    { text: "We weren’t told anything until this morning.", speaker: "Sam Whitlock" },
    // "she" after a woman and a man were named.
    { text: "He just looked at the floor", speaker: "Leanne Corrigan" },
    { text: "heartbroken and, frankly, angry", speaker: "Josephine Akers", partial: true },
    { text: "I handed over a charity with £3 million in the bank", speaker: "Josephine Akers" },
    { text: "I want to know where it went.", speaker: "Josephine Akers" },
    { text: "The trustees will cooperate fully", speaker: "a spokeswoman for the trustees" },
    { text: "Taxpayers are entitled to know", speaker: "Andy McBride" },
    { text: "To the 310 colleagues who lost their jobs today", speaker: "Olivia Brandt" },
    { text: "no power to stop a charity running out of money", speaker: "Helen Stroud", partial: true },
    { text: "What we can do is find out whether the trustees did their job", speaker: "Helen Stroud" },
    { text: "Brightwater grew too fast on money that was never guaranteed.", speaker: "Ravi Menon" },
    { text: "The sector has been here before", speaker: "Ravi Menon" },
    { text: "and it did not learn", speaker: "Ravi Menon" },
    { text: "It is not everything, but it is a start", speaker: "Martin Quayle" },
    { text: "We will open the doors on Monday", speaker: "Femi Oduya" },
    { text: "Families should contact their local council", speaker: "Department for Education" },
  ],
  timeline: [
    { text: "collapsed into administration on Thursday with the loss of 310 jobs", dates: ["2026-12-03"] },
    { text: "Kestrel Partners said on Saturday that a rival charity", dates: ["2026-12-05"] },
  ],
  neverDated: [{ text: "about setting up the first club in her kitchen", date: "2026" }],
  disagreements: [],
  notDisagreements: [
    ["310", "90"],
    ["40", "12"],
    ["3 million", "4.2 million"],
    ["3 million", "6 million"],
  ],
  corroboration: [{ text: "collapsed into administration on Thursday with the loss of 310 jobs", outlets: 1 }],
};
