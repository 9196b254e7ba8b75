import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes23 (2026-12-06, before running any code on it): five
 * articles from five outlets on an employment tribunal's ruling, published on Wednesday 25 November
 * 2026, that a nurse sacked by an NHS trust after warning about staffing on a children's ward was
 * unfairly dismissed as a whistleblower. Quote styles: a judge's finding quoted in part after "found
 * that", "“…,” Ms Farouk said … “…”", an organisation's statement after "the trust said:", a husband
 * and wife who share a surname ("Mr Farouk", "Mrs Farouk"), British single quotes after "said:", a
 * quote split around "she said" after a woman and a man were named, the judge's words quoted after
 * "wrote that" with another person named in between, an email quoted in the judgment (the sender's
 * words), "Asked about the case, X said:", a quote split around "said Dr X, the chief executive of
 * …", a nurse reading out her own letter, "had argued … that Mrs Farouk was dismissed for “…”", a
 * union posting on X, a lawyer at a firm that reads like a person (Hallam Reid), "she added".
 * Traps: scare quotes ("gagging clauses") and a policy's title in quotes. Test support only.
 */
const TRIBUNAL_RULING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tribunal/1",
    externalId: "t1",
    source: "UK News Agency",
    url: "https://uknewsagency.example/health/nurse-whistleblower-tribunal",
    publishedAt: "2026-11-25T13:00:00Z",
    title: "Nurse sacked after staffing warnings was unfairly dismissed, tribunal rules",
    originalText: [
      "A nurse who was sacked after warning managers about unsafe staffing on a children’s ward was unfairly dismissed, an employment tribunal ruled on Wednesday.",
      "Employment Judge Simon Hartley found that Severn Valley NHS Trust dismissed Amina Farouk in 2025 “principally, if not solely, because she had made protected disclosures”.",
      "“I raised the alarm because children were at risk,” Ms Farouk said outside the tribunal in Bristol. “I would do it again tomorrow.”",
      "In a statement, the trust said: “We accept the tribunal’s findings and apologise to Ms Farouk. We have already changed how concerns are handled.”",
      "The tribunal heard that the trust’s “Speak Up, Stay Safe” policy had not been followed.",
      "Campaigners have called for a ban on so-called “gagging clauses” in settlement agreements with NHS staff.",
    ].join("\n"),
  },
  {
    input: "tribunal/2",
    externalId: "t2",
    source: "Bristol Post-Herald",
    url: "https://bristolpostherald.example/news/amina-farouk-wins-tribunal",
    publishedAt: "2026-11-25T19:00:00Z",
    title: "‘Today they finally had to listen’: nurse Amina Farouk wins her case",
    originalText: [
      "By Jack Ellison",
      "Amina Farouk hugged her husband, Omar Farouk, on the steps of the tribunal after the ruling was read out.",
      "“She has been through hell for two years,” Mr Farouk said. “Today they finally had to listen.”",
      "Mrs Farouk, 46, said she had been “treated like a criminal for doing my job”.",
      "Her union representative, Gail Summers of the Royal College of Nursing, said: ‘This judgment sends a message to every trust board: whistleblowers are not troublemakers.’",
      "Ms Summers said the college would write to the health secretary, Victor Adeyemi. “He has promised a culture change before,” she said. “Nurses are still waiting for it.”",
    ].join("\n"),
  },
  {
    input: "tribunal/3",
    externalId: "t3",
    source: "Health Policy Review",
    url: "https://healthpolicyreview.example/workforce/severn-valley-judgment",
    publishedAt: "2026-11-26T09:00:00Z",
    title: "Severn Valley judgment: director’s evidence ‘evasive’, judge finds",
    originalText: [
      "The judgment in Farouk v Severn Valley NHS Trust, published on Wednesday, runs to 94 pages.",
      "In it, Judge Hartley wrote that the trust’s then director of nursing, Karen Blythe, had given evidence that was “evasive and, at times, simply untrue”.",
      "The judge quoted an email Ms Blythe sent to a colleague days before the dismissal: “We need to manage her out before she goes to the press.”",
      "Ms Blythe, who left the trust in 2025, did not respond to a request for comment.",
      "Asked about the case, Health Secretary Victor Adeyemi said: “No nurse should lose their job for telling the truth.”",
      "“The secretary of state is right,” said Dr Rachel Osei, the chief executive of the trust. “And we got this badly wrong.”",
      "The chief executive added that two managers had been suspended.",
    ].join("\n"),
  },
  {
    input: "tribunal/4",
    externalId: "t4",
    source: "The Morning Standard",
    url: "https://morningstandard.example/uk/nurse-letter-board",
    publishedAt: "2026-11-26T06:00:00Z",
    title: "The letter that cost a nurse her job",
    originalText: [
      "Amina Farouk was dismissed in June 2025 after she wrote to the trust board warning that the children’s ward had been left with one qualified nurse for 14 patients on several nights.",
      "At a press conference on Wednesday she read from the letter: “I am writing because I am frightened that a child will die on my shift.”",
      "“I wrote those words in March 2025,” she said. “Nobody from the board replied.”",
      "The trust’s lawyer, Nigel Ashworth, had argued during the hearing that Mrs Farouk was dismissed for “repeated failures to follow procedure”.",
      "The Royal College of Nursing posted on X: “Justice for Amina. Justice for every nurse who speaks up.”",
      "Compensation will be decided at a hearing in February.",
    ].join("\n"),
  },
  {
    input: "tribunal/5",
    externalId: "t5",
    source: "Employment Law Weekly",
    url: "https://employmentlawweekly.example/whistleblowing/farouk-analysis",
    publishedAt: "2026-11-27T08:00:00Z",
    title: "Farouk: what the ruling means for whistleblowing claims",
    originalText: [
      "‘Tribunals have become far more willing to look behind the label an employer puts on a dismissal,’ said Priya Natarajan, an employment partner at Hallam Reid LLP.",
      "Natarajan said the ruling would be cited “in every whistleblowing case for the next five years”.",
      "“Compensation in whistleblowing cases is uncapped,” she added, “so the February hearing matters as much as this one.”",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function tribunalRulingArticles(): Article[] {
  return linkNearDuplicates(TRIBUNAL_RULING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes23 (2026-12-06), before running any code on them. No
 * disagreement: a nurse's age, the judgment's pages, one nurse for 14 patients.
 */
export const TRIBUNAL_RULING_EXPECTED: ExpectedFacts = {
  quotes: [
    // The judge's finding, quoted in part.
    { text: "principally, if not solely", speaker: "Simon Hartley", partial: true },
    { text: "I raised the alarm because children were at risk", speaker: "Amina Farouk" },
    { text: "I would do it again tomorrow.", speaker: "Amina Farouk" },
    { text: "We accept the tribunal’s findings", speaker: "Severn Valley NHS Trust" },
    // Mr Farouk is her husband; Mrs Farouk is she.
    { text: "She has been through hell for two years", speaker: "Omar Farouk" },
    { text: "Today they finally had to listen.", speaker: "Omar Farouk" },
    { text: "treated like a criminal for doing my job", speaker: "Amina Farouk", partial: true },
    { text: "This judgment sends a message to every trust board", speaker: "Gail Summers" },
    // "she" after a woman and a man were named.
    { text: "He has promised a culture change before", speaker: "Gail Summers" },
    { text: "Nurses are still waiting for it.", speaker: "Gail Summers" },
    { text: "evasive and, at times, simply untrue", speaker: "Simon Hartley", partial: true },
    // The email's words are its sender's, quoted by the judge.
    { text: "We need to manage her out before she goes to the press.", speaker: "Karen Blythe" },
    { text: "No nurse should lose their job for telling the truth.", speaker: "Victor Adeyemi" },
    { text: "The secretary of state is right", speaker: "Rachel Osei" },
    { text: "And we got this badly wrong.", speaker: "Rachel Osei" },
    // She reads out her own letter.
    { text: "I am writing because I am frightened", speaker: "Amina Farouk" },
    { text: "I wrote those words in March 2025", speaker: "Amina Farouk" },
    { text: "Nobody from the board replied.", speaker: "Amina Farouk" },
    { text: "repeated failures to follow procedure", speaker: "Nigel Ashworth", partial: true },
    { text: "Justice for Amina.", speaker: "Royal College of Nursing" },
    { text: "Tribunals have become far more willing", speaker: "Priya Natarajan" },
    { text: "in every whistleblowing case for the next five years", speaker: "Priya Natarajan", partial: true },
    { text: "Compensation in whistleblowing cases is uncapped", speaker: "Priya Natarajan" },
    { text: "so the February hearing matters as much as this one", speaker: "Priya Natarajan" },
  ],
  timeline: [
    { text: "was unfairly dismissed, an employment tribunal ruled on Wednesday", dates: ["2026-11-25"] },
    { text: "Amina Farouk was dismissed in June 2025", dates: ["2025-06"] },
  ],
  neverDated: [{ text: "I wrote those words in March 2025", date: "2026" }],
  disagreements: [],
  notDisagreements: [
    ["46", "94"],
    ["14", "46"],
  ],
  corroboration: [{ text: "runs to 94 pages", outlets: 1 }],
};
