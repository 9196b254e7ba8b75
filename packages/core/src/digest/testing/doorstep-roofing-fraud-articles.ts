import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts33 (2026-12-06, before running any code on it): five
 * articles from five outlets on a roofer jailed at Maidstone Crown Court on Friday 14 March 2031 for
 * conning elderly homeowners. Real disagreements: his sentence at that one hearing ("jailed for four
 * years" against "sentenced to three years and six months"), the age of an unnamed victim ("an
 * 86-year-old woman from Rochester" against "The woman, 83,"), and the firm's workers (12 in an
 * apposition, eight in a possessive). Traps: an accomplice's sentence, how long the fraud ran, the
 * maximum sentence, victims charged against those police believe exist and a round figure, the sum
 * taken against one victim's loss and what has been repaid, a future repair bill against a team's
 * yearly running cost, the defendants' ages against the victim's. Test support only.
 */
const DOORSTEP_ROOFING_FRAUD_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "roofing/1",
    externalId: "r1",
    source: "Court News Wire",
    url: "https://courtnewswire.example/crown-court/roofer-jailed-pensioner-fraud",
    publishedAt: "2031-03-14T15:00:00Z",
    title: "Roofer jailed for conning pensioners",
    originalText: [
      "A roofer who conned elderly homeowners across Kent out of £312,000 was jailed for four years at Maidstone Crown Court on Friday.",
      "Dean Hollis, 47, of Gillingham, had pleaded guilty to defrauding 37 pensioners.",
      "His accomplice, Lee Barton, 29, was jailed for 18 months.",
      "“You preyed on the trust of the old and the lonely,” Judge Margaret Ainsworth told him.",
    ].join("\n"),
  },
  {
    input: "roofing/2",
    externalId: "r2",
    source: "Medway Gazette",
    url: "https://medwaygazette.example/news/hollis-sentenced",
    publishedAt: "2031-03-14T19:00:00Z",
    title: "Gillingham roofer sentenced over £312,000 fraud",
    originalText: [
      "Hollis was sentenced to three years and six months for the fraud, which ran for two years.",
      "Premier Roofing, with its 12 workers, advertised in parish magazines across the county.",
      "One victim, an 86-year-old woman from Rochester, paid £41,000 for work on a roof that needed no repair.",
      "The maximum sentence for fraud by false representation is 10 years.",
    ].join("\n"),
  },
  {
    input: "roofing/3",
    externalId: "r3",
    source: "The Daily Record",
    url: "https://dailyrecord.example/news/widow-roofing-fraud",
    publishedAt: "2031-03-15T06:00:00Z",
    title: "The widow who paid £41,000 for a roof that was fine",
    originalText: [
      "The woman, 83, had been widowed a month before Hollis knocked on her door.",
      "Hollis took £312,000 from elderly homeowners between 2027 and 2029, prosecutors said.",
      "Police believe there may be more than 60 victims who have not come forward.",
      "“Many are too ashamed to tell their own families,” said Detective Sergeant Ruth Okafor.",
    ].join("\n"),
  },
  {
    input: "roofing/4",
    externalId: "r4",
    source: "Consumer Watch",
    url: "https://consumerwatch.example/scams/premier-roofing-victims",
    publishedAt: "2031-03-17T09:00:00Z",
    title: "Premier Roofing victims face £90,000 repair bill",
    originalText: [
      "About 40 pensioners lost money to Hollis, trading standards said.",
      "Repairing the damage to victims' roofs will cost about £90,000, trading standards said.",
      "Kent's doorstep crime team costs £350,000 a year to run.",
      "A hearing to decide how much Hollis must repay will be held on June 9.",
    ].join("\n"),
  },
  {
    input: "roofing/5",
    externalId: "r5",
    source: "Kent Radio News",
    url: "https://kentradionews.example/news/premier-roofing-workers-cleared",
    publishedAt: "2031-03-18T12:00:00Z",
    title: "Premier Roofing workers will not face charges",
    originalText: [
      "Premier Roofing's eight workers were told on Monday that they would not face charges.",
      "Victims have so far been repaid £22,000 by the firm's insurer.",
      "“They were following orders from the top,” said the workers' solicitor, Amrit Gill.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function doorstepRoofingFraudArticles(): Article[] {
  return linkNearDuplicates(DOORSTEP_ROOFING_FRAUD_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts33 (2026-12-06), before running any code on them. "On Friday" in
 * a Friday paper is that day; "on Monday" in a Tuesday paper is the day before; "June 9" in March is
 * this year's; "between 2027 and 2029" is background.
 */
export const DOORSTEP_ROOFING_FRAUD_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "You preyed on the trust of the old and the lonely", speaker: "Margaret Ainsworth" },
    { text: "Many are too ashamed to tell their own families", speaker: "Ruth Okafor" },
    { text: "They were following orders from the top", speaker: "Amrit Gill" },
  ],
  timeline: [
    { text: "was jailed for four years at Maidstone Crown Court on Friday", dates: ["2031-03-14"] },
    { text: "were told on Monday that they would not face charges", dates: ["2031-03-17"] },
    { text: "will be held on June 9", dates: ["2031-06-09"] },
  ],
  neverDated: [
    { text: "will be held on June 9", date: "2030-06-09", exact: true },
    { text: "between 2027 and 2029", date: "2031-03-15", exact: true },
  ],
  disagreements: [
    // One sentence at one hearing, in years and in years and months.
    { values: ["four", "three years and six months"], outlets: ["Court News Wire", "Medway Gazette"] },
    // The unnamed victim's age.
    { values: ["86", "83"], outlets: ["Medway Gazette", "The Daily Record"] },
    // The firm's workers, in an apposition and in a possessive.
    { values: ["12", "eight"], outlets: ["Medway Gazette", "Kent Radio News"] },
  ],
  notDisagreements: [
    // The accomplice's sentence, how long the fraud ran, the maximum.
    ["four", "18 months"],
    ["three years and six months", "18 months"],
    ["four", "two years"],
    ["three years and six months", "two years"],
    ["four", "10 years"],
    ["three years and six months", "10 years"],
    // Victims charged, those police believe exist, a round figure.
    ["37", "60"],
    ["37", "40"],
    ["40", "60"],
    // The sum taken against one victim's loss and what has been repaid.
    ["312,000", "41,000"],
    ["312,000", "22,000"],
    ["41,000", "22,000"],
    // A future repair bill against a team's yearly running cost.
    ["90,000", "350,000"],
    // The defendants' ages against each other and the victim's.
    ["47", "29"],
    ["47", "86"],
    ["47", "83"],
    // Workers against victims.
    ["12", "37"],
  ],
  corroboration: [{ text: "Hollis took £312,000 from elderly homeowners", outlets: 2 }],
};
