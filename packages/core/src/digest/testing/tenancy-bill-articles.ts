import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts7, 2026-12-04, before its author read the
 * facts code): five articles from four outlets about a tenancy bill passing a parliament (Monday 23
 * to Wednesday 25 November 2026). Traps: one real disagreement (how many rented households the bill
 * covers: 1.2 million by the ministry in one outlet, 1.6 million by the tenants' union in another,
 * the same week), ayes against noes (212 to 187) and an amendment's vote (176 to 223), a cap against
 * a demand (3% against 2%), the 399 who voted against the 450 seats, "about 400 members" against
 * 399, a rise last year (9%) against the cap, a vote postponed from Tuesday to Wednesday; a minister
 * then "the minister", a "Mr Okafor" among two Okafors, a spokeswoman for a party, "X said that “…”",
 * an em-dash quote, a quote inside a quote, a quote over two paragraphs, a live-blog entry, a wire
 * story syndicated by a second outlet and an undated union press release. Test support only.
 */
const TENANCY_BILL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tenancy/1",
    externalId: "continental-wire-1",
    source: "Continental Wire",
    url: "https://continentalwire.example/2026/11/23/tenancy-bill-vote-delayed",
    publishedAt: "2026-11-23T16:00:00Z",
    title: "Tenancy bill vote pushed back a day after row over rent cap",
    originalText: [
      "The government postponed Tuesday's final vote on its Renters' Protection Bill to Wednesday, after coalition partners demanded changes to the cap on annual rent rises, officials said on Monday.",
      "The bill would limit rent increases to 3% a year for existing tenancies and ban evictions without cause.",
      "Housing Minister Grace Okafor said that the delay was “a matter of hours, not weeks.”",
      "“We have the votes, and we will have them on Wednesday too,” Okafor told reporters outside the chamber.",
      "Rents rose 9% on average last year, according to the national statistics office.",
      "The Green Left party, whose 31 members the government needs for a majority, wants the cap set at 2%.",
    ].join("\n\n"),
  },
  {
    input: "tenancy/2",
    externalId: "evening-standard-post-1",
    source: "The Capital Post",
    url: "https://capitalpost.example/politics/tenancy-bill-green-left-cap",
    publishedAt: "2026-11-24T07:00:00Z",
    title: "Inside the rent-cap standoff that nearly sank the tenancy bill",
    originalText: [
      "For a government that has promised renters relief since it took office in 2024, the last 48 hours have been uncomfortable.",
      "The housing ministry says the bill will cover about 1.2 million rented households.",
      "Its critics on the left say that is not enough. ‘Three per cent is still a rise every single year,’ said Amara Nwosu, a spokeswoman for the Green Left.",
      "According to Nwosu, her party “will not be taken for granted.”",
      "The minister was more conciliatory in private, two people present at Monday's meeting said.",
      "Daniel Okafor, the opposition's housing spokesman and no relation of the minister, called the bill “a tax on landlords dressed up as reform.”",
      "“Every landlord I meet tells me the same thing: ‘I will sell before this passes,’” Mr Okafor said.",
    ].join("\n\n"),
  },
  {
    input: "tenancy/3",
    externalId: "nbc-live-1",
    source: "National Broadcasting Live",
    url: "https://nbl.example/live/parliament-tenancy-vote",
    publishedAt: "2026-11-25T14:30:00Z",
    title: "Tenancy bill vote: live",
    originalText: [
      "14:25 — The amendment tabled by the Green Left to set the cap at 2% has been defeated by 223 votes to 176.",
      "The Speaker has called the final vote. About 400 members are in the chamber.",
      "14:28 — Grace Okafor is on her feet. She said: “This is the biggest change for renters in a generation.",
      "“To every family that has opened a letter and dreaded it, this is for you.”",
      "“It is not over until it is over” — Green Left leader Tomás Ibarra, speaking to our reporter in the lobby.",
    ].join("\n\n"),
  },
  {
    input: "tenancy/4",
    externalId: "continental-wire-2",
    source: "Continental Wire",
    url: "https://continentalwire.example/2026/11/25/tenancy-bill-passes",
    publishedAt: "2026-11-25T17:00:00Z",
    title: "Parliament passes tenancy bill capping rent rises at 3%",
    originalText: [
      "Parliament passed the Renters' Protection Bill by 212 votes to 187 on Wednesday, after the Green Left dropped its threat to vote against it.",
      "Of the 450 members, 399 voted; the rest abstained or were absent.",
      "The law will take effect on March 1, Housing Minister Grace Okafor said.",
      "“Tonight renters can sleep a little easier,” said Okafor.",
      "Landlords' groups said they would challenge the eviction rules in court.",
    ].join("\n\n"),
  },
  {
    input: "tenancy/5",
    externalId: "daily-ledger-1",
    source: "The Daily Ledger",
    url: "https://dailyledger.example/news/tenancy-bill-passes-212-187",
    publishedAt: "2026-11-25T19:00:00Z",
    title: "Tenancy bill passes 212-187",
    originalText: [
      "Parliament passed the Renters' Protection Bill by 212 votes to 187 on Wednesday, after the Green Left dropped its threat to vote against it, Continental Wire reported.",
      "Of the 450 members, 399 voted; the rest abstained or were absent.",
      "The law will take effect on March 1, Housing Minister Grace Okafor said.",
      "Landlords' groups said they would challenge the eviction rules in court.",
    ].join("\n\n"),
  },
  {
    input: "tenancy/6",
    externalId: "tenants-union-1",
    source: "National Tenants' Union",
    url: "https://tenantsunion.example/press/renters-protection-bill",
    title: "Press release: Tenants' Union welcomes Renters' Protection Bill",
    originalText: [
      "The National Tenants' Union welcomes the passage of the Renters' Protection Bill, which will protect some 1.6 million rented households, by the union's count.",
      "“This law exists because tenants organised,” said Ruth Adeyemi, the union's general secretary.",
      "Adeyemi added that the union would now campaign for a cap of 2% and for the law to cover lodgers.",
      "The union has 48,000 members in 120 branches.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function tenancyBillArticles(): Article[] {
  return linkNearDuplicates(TENANCY_BILL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const TENANCY_BILL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "a matter of hours, not weeks.", speaker: "Grace Okafor", partial: true },
    { text: "We have the votes, and we will have them on Wednesday too", speaker: "Grace Okafor" },
    { text: "Three per cent is still a rise every single year", speaker: "Amara Nwosu" },
    { text: "will not be taken for granted", speaker: "Amara Nwosu", partial: true },
    { text: "a tax on landlords dressed up as reform", speaker: "Daniel Okafor", partial: true },
    { text: "Every landlord I meet tells me the same thing", speaker: "Daniel Okafor" },
    { text: "This is the biggest change for renters in a generation", speaker: "Grace Okafor" },
    { text: "To every family that has opened a letter and dreaded it", speaker: "Grace Okafor" },
    { text: "It is not over until it is over", speaker: "Tomás Ibarra" },
    { text: "Tonight renters can sleep a little easier", speaker: "Grace Okafor" },
    { text: "This law exists because tenants organised", speaker: "Ruth Adeyemi" },
  ],
  timeline: [
    { text: "The government postponed Tuesday's final vote", dates: ["2026-11-23"] },
    { text: "has been defeated by 223 votes to 176", dates: ["2026-11-25"] },
    { text: "Parliament passed the Renters' Protection Bill by 212 votes to 187 on Wednesday", dates: ["2026-11-25"] },
    { text: "The law will take effect on March 1", dates: ["2027-03-01", "2026-11-25"] },
  ],
  neverDated: [
    { text: "since it took office in 2024", date: "2024" },
    { text: "The law will take effect on March 1", date: "2026-03-01", exact: true },
  ],
  disagreements: [{ values: ["1.2 million", "1.6 million"], outlets: ["The Capital Post", "National Tenants' Union"] }],
  notDisagreements: [
    ["212", "187"],
    ["223", "176"],
    ["3%", "2%"],
    ["9%", "3%"],
    ["399", "450"],
    ["400", "399"],
    ["212", "399"],
    ["31", "212"],
    ["48,000", "120"],
  ],
  corroboration: [
    // The wire story and its syndicated copy are one outlet.
    { text: "passed the Renters' Protection Bill by 212 votes to 187", outlets: 1 },
    { text: "The law will take effect on March 1", outlets: 1 },
  ],
};
