/**
 * Held-out batch X (lead session 34, 2026-12-08), written by heldout26 before any run; scored unfitted, then added to the bench at the session's end.
 * A Singapore crypto exchange freezes withdrawals, loses a rescue and files for bankruptcy, Monday 5 to Friday 9 June 2045.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cx/1",
    externalId: "cx1",
    source: "Global Finance Wire",
    url: "https://globalfinancewire.example/markets/vaultra-freezes-withdrawals",
    publishedAt: "2045-06-05T14:00:00Z",
    title: "Crypto exchange Vaultra freezes withdrawals after $1.9bn outflow",
    originalText: [
      "SINGAPORE (GFW) — Crypto exchange Vaultra froze all customer withdrawals on Monday after users pulled $1.9 billion from the platform in 72 hours, the company said.",
      "Vaultra, founded in 2037, says it has 2.3 million customers in more than 90 countries.",
      "“We are taking this step to protect all of our customers,” chief executive Darius Quell said in a video posted to the company's website.",
      "The 34-year-old chief executive said he expected withdrawals to resume within 48 hours.",
      "VLT, the exchange's own token, traded at about $14 last week.",
      "In 2039, the collapse of the exchange Nimbus wiped out $8 billion of customer money.",
    ].join("\n"),
  },
  {
    input: "cx/2",
    externalId: "cx2",
    source: "Asia Markets Daily",
    url: "https://asiamarketsdaily.example/crypto/vaultra-halts-withdrawals",
    publishedAt: "2045-06-06T02:00:00Z",
    title: "Vaultra halts withdrawals as customers rush for the exits",
    originalText: [
      "Crypto exchange Vaultra halted all customer withdrawals on Monday after users took $1.9 billion off the platform in 72 hours, the company said.",
      "Founded in 2037, Vaultra says it serves 2.3 million customers in more than 90 countries.",
      "“We are taking this step to protect all of our customers,” said chief executive Darius Quell in a video posted to the company's website.",
      "The 34-year-old chief executive said he expected withdrawals to start again within 48 hours.",
    ].join("\n"),
  },
  {
    input: "cx/3",
    externalId: "cx3",
    source: "The Ledger",
    url: "https://theledger.example/news/vaultra-token-plunges-finstone-talks",
    publishedAt: "2045-06-06T20:00:00Z",
    title: "VLT plunges as Vaultra rescue talks drag on",
    originalText: [
      "Vaultra's VLT token plunged 78% on Tuesday as rescue talks with rival exchange FinStone dragged on.",
      "Blockchain data show customers withdrew 2.4 billion dollars from the exchange in the three days before Monday's freeze.",
      "FinStone has offered $500 million for a stake; Vaultra is seeking $2 billion, people familiar with the talks said.",
      "“There is no money missing, there is only money that is not liquid,” Quell wrote on Tuesday.",
      "'It's a bank run, plain and simple,' said Priya Raman, an analyst at Kestrel Research.",
    ].join("\n"),
  },
  {
    input: "cx/4",
    externalId: "cx4",
    source: "Straits Evening Post",
    url: "https://straitseveningpost.example/business/vaultra-bankruptcy-singapore-customers",
    publishedAt: "2045-06-08T00:30:00Z",
    title: "Vaultra files for bankruptcy; Singapore customers locked out",
    originalText: [
      "Vaultra filed for bankruptcy protection in Delaware last night after FinStone walked away from rescue talks, leaving customers locked out of their accounts.",
      "The filing lists liabilities of between $4 billion and $5 billion.",
      "The exchange has some 1.8 million users, according to its last annual report, about 60,000 of them in Singapore.",
      "The Monetary Authority of Singapore said it had received more than 3,000 complaints by Wednesday.",
      "The exchange's token lost 64 per cent of its value on Tuesday, according to price tracker CoinGauge.",
      "Retiree Tan Boon Huat, 67, said he had S$85,000 (about US$63,000) in the exchange.",
      "“I trusted them because they sponsored the football,” he said.",
    ].join("\n"),
  },
  {
    input: "cx/5",
    externalId: "cx5",
    source: "The Daily Rattle",
    url: "https://dailyrattle.example/money/crypto-whizz-exchange-bust",
    title: "Crypto whizz's exchange goes bust owing billions",
    originalText: [
      "Crypto whizz Darius Quell, 36, is facing ruin after his exchange went bust owing customers billions.",
      "Some 400,000 Britons had money on Vaultra, which splashed £30 million on a Premier League shirt deal in 2043.",
      "The hole in the exchange's accounts is put at $4.6 billion (about £3.6 billion).",
      "“He partied on his yacht while we lost everything” — one furious customer.",
    ].join("\n"),
  },
  {
    input: "cx/6",
    externalId: "cx6",
    source: "Global Finance Wire",
    url: "https://globalfinancewire.example/markets/vaultra-ceo-quell-resigns",
    publishedAt: "2045-06-09T15:00:00Z",
    title: "Vaultra chief Quell resigns as regulators open investigations",
    originalText: [
      "SINGAPORE (GFW) — Darius Quell resigned as chief executive of Vaultra on Friday as regulators in Singapore and Britain opened investigations into the collapsed crypto exchange.",
      "The exchange sought court protection in Delaware on Wednesday, listing about $1.6 billion in assets.",
      "Complaints to the Monetary Authority of Singapore have passed 11,000, the regulator said.",
      "Quell said: “I built this company and I broke it, and I am sorry.”",
      "A first hearing is set for June 21.",
    ].join("\n"),
  },
];

export function cryptoExchangeFreezeArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Singapore is UTC+8). "On Monday" in Monday's wire and
 * Tuesday's rewrite is 5 June; "on Tuesday" in The Ledger (Wednesday morning in Singapore, Tuesday in
 * its writer's day) and in Thursday's Post is the 6th; "last night" in Thursday morning's Post is the
 * 7th, as is "on Wednesday" in Friday's wire; "by Wednesday" is the 7th; "on Friday" the 9th; "June 21"
 * is this year's. Asia Markets Daily runs the wire story reworded: it counts once.
 */
export const CRYPTO_EXCHANGE_FREEZE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are taking this step to protect all of our customers", speaker: "Darius Quell" },
    { text: "There is no money missing, there is only money that is not liquid", speaker: "Darius Quell" },
    { text: "It's a bank run, plain and simple", speaker: "Priya Raman" },
    { text: "I trusted them because they sponsored the football", speaker: "Tan Boon Huat" },
    { text: "He partied on his yacht while we lost everything", speaker: "one furious customer" },
    { text: "I built this company and I broke it, and I am sorry", speaker: "Darius Quell" },
  ],
  timeline: [
    { text: "froze all customer withdrawals on Monday", dates: ["2045-06-05"] },
    { text: "halted all customer withdrawals on Monday", dates: ["2045-06-05"] },
    { text: "plunged 78% on Tuesday", dates: ["2045-06-06"] },
    { text: "Quell wrote on Tuesday", dates: ["2045-06-06"] },
    { text: "filed for bankruptcy protection in Delaware last night", dates: ["2045-06-07"] },
    { text: "received more than 3,000 complaints by Wednesday", dates: ["2045-06-07"] },
    { text: "lost 64 per cent of its value on Tuesday", dates: ["2045-06-06"] },
    { text: "sought court protection in Delaware on Wednesday", dates: ["2045-06-07"] },
    { text: "resigned as chief executive of Vaultra on Friday", dates: ["2045-06-09"] },
    { text: "A first hearing is set for June 21", dates: ["2045-06-21"] },
  ],
  neverDated: [
    { text: "Vaultra, founded in 2037, says", date: "2037" },
    { text: "Founded in 2037, Vaultra says", date: "2037" },
    { text: "In 2039, the collapse of the exchange Nimbus", date: "2039" },
    { text: "on a Premier League shirt deal in 2043", date: "2043" },
    // "Last night" in a Thursday morning paper is Wednesday night, not Thursday's.
    { text: "filed for bankruptcy protection in Delaware last night", date: "2045-06-08", exact: true },
    { text: "A first hearing is set for June 21", date: "2046-06-21", exact: true },
  ],
  disagreements: [
    // What customers pulled in the three days before the freeze: "$1.9 billion" against "2.4 billion dollars".
    { values: ["1.9", "2.4"], outlets: ["Global Finance Wire", "The Ledger"] },
    // How many customers the exchange has: the company's word against its last annual report.
    { values: ["2.3", "1.8"], outlets: ["Global Finance Wire", "Straits Evening Post"] },
    // Quell's age: "The 34-year-old chief executive" against ", 36,".
    { values: ["34", "36"], outlets: ["Global Finance Wire", "The Daily Rattle"] },
    // The token's fall on Tuesday: "plunged 78%" against "lost 64 per cent of its value".
    { values: ["78", "64"], outlets: ["The Ledger", "Straits Evening Post"] },
  ],
  notDisagreements: [
    // An offer against a demand.
    ["500", "2"],
    // Complaints as they grew.
    ["3,000", "11,000"],
    // The filing's range against the point inside it.
    ["4", "4.6"],
    ["5", "4.6"],
    // Conversions.
    ["4.6", "3.6"],
    ["85,000", "63,000"],
    // Parts against wholes.
    ["400,000", "2.3"],
    ["60,000", "1.8"],
    // A 2039 precedent against this hole.
    ["8", "4.6"],
    // Assets against the hole.
    ["1.6", "4.6"],
    // A forecast's hours against the outflow's.
    ["48", "72"],
    // A customer's age against the founder's.
    ["67", "34"],
    ["67", "36"],
    // A sponsorship against the outflow.
    ["30", "1.9"],
  ],
  corroboration: [
    // The wire and its rewrite count once; The Ledger gives 2.4 billion.
    { text: "froze all customer withdrawals on Monday after users pulled $1.9 billion", outlets: 1 },
    // The Post and Friday's wire ("sought court protection in Delaware on Wednesday").
    { text: "Vaultra filed for bankruptcy protection in Delaware last night", outlets: 2 },
    // The Ledger only.
    { text: "FinStone has offered $500 million for a stake", outlets: 1 },
  ],
  headline: ["resigned", "resigns", "Quell"],
  summary: {
    holds: ["bankruptcy", "resigned"],
    never: ["expected withdrawals to resume within 48 hours"],
  },
  sameEntry: [
    ["filed for bankruptcy protection in Delaware last night", "sought court protection in Delaware on Wednesday"],
  ],
  order: [
    "froze all customer withdrawals on Monday",
    "plunged 78% on Tuesday",
    "filed for bankruptcy protection in Delaware last night",
    "resigned as chief executive of Vaultra on Friday",
    "A first hearing is set for June 21",
  ],
  supersession: {
    apart: [
      ["expected withdrawals to resume within 48 hours", "filed for bankruptcy protection"],
      ["more than 3,000 complaints", "have passed 11,000"],
      ["rescue talks with rival exchange FinStone dragged on", "FinStone walked away from rescue talks"],
    ],
    current: ["A first hearing is set for June 21", "opened investigations into the collapsed crypto exchange"],
  },
};
