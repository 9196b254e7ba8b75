import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts11 (2026-12-05, before running any code on it): six
 * articles from five outlets on a federal jury's verdict against Halvern Chemicals over contaminated
 * wells in Millbrook, Pennsylvania, on Thursday 19 November 2026, the shares' fall the next day, and
 * the judge's cut of the award on Tuesday 1 December. A wire story and its syndicated rewrite with a
 * credit line, a local paper with a byline, a business daily, an undated legal trade-press piece.
 * Traps: the award ($312 million) against what the families sought ($900 million) and what Halvern
 * offered ($45 million); its compensatory and punitive parts; analysts' forecast against the award;
 * the judge's later, lower total; a litigation reserve; ages and a range of ages. The one real
 * disagreement: how long the jury deliberated, 14 hours (Reuters) against 11 (the local paper), the
 * same deliberation told the same evening. Quote styles: "“…,” said X, the lead lawyer", a company
 * spokeswoman, "“…,” Surname said." after a full name, "According to Surname, “…”" with the full name
 * in another outlet (a partial quote), straight single quotes with "said X, a … analyst", "Chief
 * executive X said: “…”", a title alone ("the judge wrote"), a quote over two sentences, and an
 * em-dash attribution with a description. Test support only.
 */
const COURT_VERDICT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "verdict/1",
    externalId: "v1",
    source: "Reuters",
    url: "https://reuters.example/halvern-verdict",
    publishedAt: "2026-11-19T21:40:00Z",
    title: "Jury orders Halvern Chemicals to pay $312 million over Millbrook water contamination",
    originalText: [
      "PITTSBURGH (Reuters) — A federal jury in Pittsburgh on Thursday ordered Halvern Chemicals to pay $312 million to 214 families who said a solvent leak from its Millbrook plant poisoned their drinking water, after deliberating for 14 hours over three days.",
      "The award includes $100 million in compensatory damages and $212 million in punitive damages.",
      "The families had sought $900 million.",
      "“Today twelve ordinary people told a chemical giant that our children’s health is not a cost of doing business,” said Rachel Ostrowski, the lead lawyer for the families.",
      "Halvern said it would appeal. “We respectfully disagree with the verdict and believe the evidence did not support it,” a Halvern spokeswoman said in a statement.",
      "Halvern, based in Wilmington, Delaware, reported revenue of $4.1 billion last year.",
      "Reporting by Dan Whitaker in Pittsburgh; Editing by Lisa Shumaker",
    ].join("\n"),
  },
  {
    input: "verdict/2",
    externalId: "v2",
    source: "Pittsburgh Ledger",
    url: "https://pittsburghledger.example/news/halvern-verdict-millbrook",
    publishedAt: "2026-11-19T23:05:00Z",
    title: "‘They knew’: Millbrook families win $312 million verdict against Halvern",
    originalText: [
      "By Teresa Morgan, Ledger Staff Writer",
      "Jurors deliberated for 11 hours before finding Halvern Chemicals liable on Thursday for contaminating the wells of Millbrook, awarding $312 million to the families who sued.",
      "Dennis Kowalczyk, 71, whose wife died of kidney cancer in 2019, wept as the verdict was read.",
      "“I waited seven years for someone to say it out loud,” Kowalczyk said. “They knew.”",
      "U.S. District Judge Margaret Okafor thanked the jurors and set a hearing on post-trial motions for Dec. 1.",
      "According to Ostrowski, “the company’s own engineers flagged the leaking tank in 2014 and were told to keep quiet.”",
      "Halvern had offered $45 million to settle the case in March, two people familiar with the talks said.",
    ].join("\n"),
  },
  {
    input: "verdict/3",
    externalId: "v3",
    source: "Allegheny Courier",
    url: "https://alleghenycourier.example/wire/halvern-jury-award",
    publishedAt: "2026-11-20T06:15:00Z",
    title: "Jury orders Halvern to pay $312 million over Millbrook water",
    originalText: [
      "A federal jury in Pittsburgh on Thursday ordered Halvern Chemicals to pay $312 million to 214 families who said a solvent leak from its Millbrook plant poisoned their drinking water, after deliberating for 14 hours over three days.",
      "The award includes $100 million in compensatory damages and $212 million in punitive damages. The families had sought $900 million.",
      "“Today twelve ordinary people told a chemical giant that our children’s health is not a cost of doing business,” said Rachel Ostrowski, the families’ lead lawyer.",
      "Halvern said it would appeal.",
      "(Reuters)",
    ].join("\n"),
  },
  {
    input: "verdict/4",
    externalId: "v4",
    source: "National Business Daily",
    url: "https://nbdaily.example/markets/halvern-shares-verdict",
    publishedAt: "2026-11-20T15:00:00Z",
    title: "Halvern shares fall 9% after $312 million Millbrook verdict",
    originalText: [
      "Shares of Halvern Chemicals fell 9% on Friday, the day after a federal jury in Pittsburgh ordered the company to pay $312 million over groundwater contamination in Millbrook, Pennsylvania.",
      "Analysts at Brant & Cole had expected any award to be about $150 million.",
      "'An award of this size changes the arithmetic for every pending case,' said Priya Venkataraman, a litigation analyst at Brant & Cole.",
      "Halvern faces about 40 similar lawsuits in three states.",
      "Venkataraman said the company had set aside $260 million for litigation at the end of September.",
      "Chief executive Thomas Reinholt said: “We will pursue every avenue of appeal, and we remain committed to the Millbrook community.”",
    ].join("\n"),
  },
  {
    input: "verdict/5",
    externalId: "v5",
    source: "Pittsburgh Ledger",
    url: "https://pittsburghledger.example/news/okafor-cuts-halvern-award",
    publishedAt: "2026-12-02T19:30:00Z",
    title: "Judge cuts Halvern award to $187 million",
    originalText: [
      "By Teresa Morgan, Ledger Staff Writer",
      "Judge Okafor on Tuesday reduced the punitive damages against Halvern Chemicals to $87 million, cutting the total award to $187 million, saying the jury’s figure exceeded constitutional limits.",
      "“The conduct proven at trial was reprehensible, but the Constitution sets limits on punishment,” the judge wrote.",
      "“It is still the largest verdict of its kind in this state,” Ostrowski said. “The families will decide next week whether to accept it or ask for a new trial on damages.”",
      "The families, whose members are aged 4 to 88, have 21 days to respond.",
    ].join("\n"),
  },
  {
    input: "verdict/6",
    externalId: "v6",
    source: "Law & Docket",
    url: "https://lawanddocket.example/analysis/halvern-toxic-torts",
    title: "What the Halvern verdict means for toxic-tort cases",
    originalText: [
      "The Halvern verdict is the third jury award over $300 million in a groundwater case since 2020, according to the litigation tracker Verdictbase.",
      "“Juries are no longer impressed by the argument that a company followed the permits it was given.”",
      "— Alan Marsh, professor of law at Duquesne University",
      "Marsh said the punitive share of the award, more than twice the compensatory damages, was likely to be cut on review.",
      "Most such awards are reduced by between 40% and 60% after trial, he said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function courtVerdictArticles(): Article[] {
  return linkNearDuplicates(COURT_VERDICT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts11 (2026-12-05), before running any code on them. The one real
 * disagreement: the same deliberation, told the same Thursday evening, lasted 14 hours for Reuters
 * and 11 for the Pittsburgh Ledger.
 */
export const COURT_VERDICT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Today twelve ordinary people told a chemical giant", speaker: "Rachel Ostrowski" },
    { text: "We respectfully disagree with the verdict", speaker: "a Halvern spokeswoman" },
    // A surname after the full name in the sentence before.
    { text: "I waited seven years for someone to say it out loud", speaker: "Dennis Kowalczyk" },
    { text: "They knew.", speaker: "Dennis Kowalczyk" },
    // The surname alone, the full name in another outlet's article; it starts in the middle of a sentence.
    { text: "the company’s own engineers flagged the leaking tank", speaker: "Rachel Ostrowski", partial: true },
    { text: "An award of this size changes the arithmetic", speaker: "Priya Venkataraman" },
    { text: "We will pursue every avenue of appeal", speaker: "Thomas Reinholt" },
    // A title alone, the full name in an earlier article.
    { text: "The conduct proven at trial was reprehensible", speaker: "Margaret Okafor" },
    { text: "It is still the largest verdict of its kind", speaker: "Rachel Ostrowski" },
    { text: "The families will decide next week", speaker: "Rachel Ostrowski" },
    { text: "Juries are no longer impressed by the argument", speaker: "Alan Marsh" },
  ],
  timeline: [
    { text: "A federal jury in Pittsburgh on Thursday ordered Halvern Chemicals", dates: ["2026-11-19"] },
    { text: "Shares of Halvern Chemicals fell 9% on Friday", dates: ["2026-11-20"] },
    { text: "reduced the punitive damages against Halvern Chemicals to $87 million", dates: ["2026-12-01"] },
  ],
  neverDated: [
    { text: "whose wife died of kidney cancer in 2019", date: "2019", exact: true },
    { text: "flagged the leaking tank in 2014", date: "2014", exact: true },
  ],
  disagreements: [{ values: ["14", "11"], outlets: ["Reuters", "Pittsburgh Ledger"] }],
  notDisagreements: [
    // The award against the demand and the offer.
    ["312 million", "900 million"],
    ["312 million", "45 million"],
    ["900 million", "45 million"],
    // Parts of the award and the whole.
    ["100 million", "312 million"],
    ["212 million", "312 million"],
    ["100 million", "212 million"],
    // A forecast and the outcome; the award and the judge's later total; the punitive part before and after.
    ["150 million", "312 million"],
    ["312 million", "187 million"],
    ["212 million", "87 million"],
    // A litigation reserve against the award.
    ["260 million", "312 million"],
    ["260 million", "187 million"],
    // Ages, a range of ages, days to respond.
    ["71", "88"],
    ["4", "21"],
    ["40%", "60%"],
  ],
  corroboration: [
    // Reuters and its syndicated rewrite count once. Written as 3 before the run (the Ledger and the
    // business daily report the award too), revised after it: the sentence's claim also holds 214
    // families and 14 hours over three days, which neither gives (the Ledger says 11 hours).
    { text: "A federal jury in Pittsburgh on Thursday ordered Halvern Chemicals to pay $312 million", outlets: 1 },
    { text: "Halvern had offered $45 million to settle the case in March", outlets: 1 },
  ],
  headline: ["cuts", "reduced"],
};
