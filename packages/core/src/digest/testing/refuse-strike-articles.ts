import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of what later news supersedes by supersede2 (2026-12-06, texts
 * and expectations written before running any code on them): five articles from three outlets on a
 * strike of Easthaven's refuse collectors, from Monday 9 to Friday 13 September 2030. Talks that
 * continue end in a signed agreement; collections that remain suspended resume; a cabinet asked to
 * approve an offer approves it; a ballot to be held on Thursday is held; 2,500 tonnes of rubbish
 * become 3,100. What stays: the first offer the workers rejected, the streets with pest control
 * called, recycling centres open throughout (a status that did not change), the strike's cost, the
 * backlog's clearing. Test support only.
 */
const REFUSE_STRIKE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "refuse/1",
    externalId: "r1",
    source: "Easthaven Gazette",
    url: "https://easthavengazette.example/news/bin-strike-second-week",
    publishedAt: "2030-09-09T18:00:00Z",
    title: "Bin strike enters second week as talks continue",
    originalText: [
      "Talks between Easthaven City Council and the GMB union over refuse collectors' pay continue, with both sides meeting again on Tuesday.",
      "About 2,500 tonnes of rubbish have built up on the city's streets since the strike began on 1 September, the council said.",
      "The 340 refuse collectors walked out after rejecting a pay offer of 3.5 percent.",
      "Collections of household waste remain suspended across the city.",
      "The council will ask its cabinet on Wednesday to approve an improved offer.",
      "“Our members cannot live on what they are paid,” said Dean Parkes, the GMB's regional organiser.",
    ].join("\n"),
  },
  {
    input: "refuse/2",
    externalId: "r2",
    source: "Radio Easthaven",
    url: "https://radioeasthaven.example/news/rats-bin-strike",
    publishedAt: "2030-09-10T17:00:00Z",
    title: "Rats reported as bin strike rubbish piles up",
    originalText: [
      "Pest control officers have been called to 46 streets where rubbish has piled up, the council said on Tuesday.",
      "Talks resumed on Tuesday morning at the offices of the conciliation service Acas.",
      "The council's leader, Margaret Osei, said an improved offer would go to the cabinet on Wednesday.",
      "Household recycling centres remain open as normal.",
      "“The smell on our street is unbearable,” said Paula Green, a resident of Ferry Road.",
    ].join("\n"),
  },
  {
    input: "refuse/3",
    externalId: "r3",
    source: "Northern Wire",
    url: "https://northernwire.example/news/easthaven-cabinet-backs-offer",
    publishedAt: "2030-09-11T19:00:00Z",
    title: "Easthaven cabinet backs new offer to striking bin workers",
    originalText: [
      "Easthaven City Council's cabinet approved an improved pay offer of 5 percent on Wednesday, which the GMB said it would put to its members.",
      "The union will ballot its 340 members on the offer on Thursday, with the result expected that evening.",
      "About 3,100 tonnes of rubbish are now waiting to be collected, the council said.",
      "“This is the best offer we can afford,” said Ms Osei.",
    ].join("\n"),
  },
  {
    input: "refuse/4",
    externalId: "r4",
    source: "Easthaven Gazette",
    url: "https://easthavengazette.example/news/bin-workers-accept-deal",
    publishedAt: "2030-09-12T21:00:00Z",
    title: "Bin workers accept deal, ending strike",
    originalText: [
      "Refuse collectors in Easthaven voted on Thursday to accept the 5 percent pay offer, ending the strike after 12 days.",
      "The council and the GMB signed the agreement on Thursday evening.",
      "Collections will resume on Friday, starting with the streets worst affected, the council said.",
      "The strike cost the council about £1.2 million in agency staff and extra skips, Ms Osei said.",
      "“Our members stood together and it has paid off,” said Mr Parkes.",
    ].join("\n"),
  },
  {
    input: "refuse/5",
    externalId: "r5",
    source: "Northern Wire",
    url: "https://northernwire.example/news/easthaven-bin-collections-resume",
    publishedAt: "2030-09-13T16:00:00Z",
    title: "Bin collections resume in Easthaven",
    originalText: [
      "Bin collections resumed across Easthaven on Friday morning, and the council said it expected to clear the backlog within ten days.",
      "Household recycling centres, which stayed open throughout the strike, will open for longer this weekend.",
      "Crews began with the 46 streets where pest control officers had been called.",
      "“It will take a while, but we will get there,” said Ms Osei.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function refuseStrikeArticles(): Article[] {
  return linkNearDuplicates(REFUSE_STRIKE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by supersede2 (2026-12-06), before running any code on them. No real
 * disagreement: 3.5 percent was the first offer and 5 percent the improved one; 2,500 tonnes then
 * 3,100.
 */
export const REFUSE_STRIKE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Our members cannot live on what they are paid", speaker: "Dean Parkes" },
    { text: "The smell on our street is unbearable", speaker: "Paula Green" },
    { text: "This is the best offer we can afford", speaker: "Margaret Osei" },
    { text: "Our members stood together and it has paid off", speaker: "Dean Parkes" },
    { text: "It will take a while, but we will get there", speaker: "Margaret Osei" },
  ],
  timeline: [
    { text: "Talks resumed on Tuesday morning", dates: ["2030-09-10"] },
    { text: "approved an improved pay offer of 5 percent on Wednesday", dates: ["2030-09-11"] },
    { text: "voted on Thursday to accept the 5 percent pay offer", dates: ["2030-09-12"] },
    { text: "signed the agreement on Thursday evening", dates: ["2030-09-12"] },
    { text: "Bin collections resumed across Easthaven on Friday morning", dates: ["2030-09-13"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    // The first offer and the improved one; the rubbish then and later.
    ["3.5 percent", "5 percent"],
    ["2,500", "3,100"],
    // The collectors against the streets.
    ["340", "46"],
  ],
  corroboration: [{ text: "Pest control officers have been called to 46 streets", outlets: 1 }],
  headline: ["resumed", "resume"],
  summary: {
    holds: ["voted on Thursday to accept"],
    never: ["Collections of household waste remain suspended", "will ask its cabinet on Wednesday"],
  },
  supersession: {
    apart: [
      // Talks that continue, then an agreement signed.
      ["Talks between Easthaven City Council and the GMB union", "signed the agreement on Thursday evening"],
      ["Talks between Easthaven City Council and the GMB union", "voted on Thursday to accept"],
      // Collections suspended, then resumed.
      ["Collections of household waste remain suspended", "Bin collections resumed across Easthaven"],
      // A cabinet to be asked, then its approval.
      ["will ask its cabinet on Wednesday to approve", "approved an improved pay offer of 5 percent"],
      ["an improved offer would go to the cabinet on Wednesday", "approved an improved pay offer of 5 percent"],
      // A ballot to be held, then its result.
      ["will ballot its 340 members on the offer on Thursday", "voted on Thursday to accept"],
      // Collections to resume, then resumed; the rubbish counted again.
      ["Collections will resume on Friday", "Bin collections resumed across Easthaven"],
      ["About 2,500 tonnes of rubbish have built up", "About 3,100 tonnes of rubbish are now waiting"],
    ],
    current: [
      "walked out after rejecting a pay offer of 3.5 percent",
      "Pest control officers have been called to 46 streets",
      "Household recycling centres remain open as normal",
      "voted on Thursday to accept the 5 percent pay offer",
      "The strike cost the council about £1.2 million",
      "expected to clear the backlog within ten days",
    ],
  },
};
