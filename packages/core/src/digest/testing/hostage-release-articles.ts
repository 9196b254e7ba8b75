import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes24 (2026-12-06, before running any code on it): five
 * articles from five US outlets on the release of Daniel Whitcombe, an American aid worker kidnapped
 * in northern Burkina Faso, on Thursday 4 February 2027, his arrival at Ramstein Air Base in Germany
 * on Friday 5 February and his return home to Duluth, Minnesota, on Saturday 6 February. Quote
 * styles: "“…,” Brennan said. “…”" after "Secretary of State Laura Brennan told reporters", an unnamed
 * department spokesperson, a mother and a sister who share the freed man's surname ("said his mother,
 * Ellen Whitcombe, 71", "Kate Whitcombe said", "said his sister, Kate"), a charity's statement quoted
 * in part, a senator's post on X ("Sen. Amy Larkin, D-Minn., posted on X:"), "the secretary of state
 * said", "According to Brennan, he was “…”", a lawsuit quoted in part, "said X, a former FBI hostage
 * negotiator" then "she said" with a split quote, a military rank ("Lt. Col. Andrea Voss"), an
 * em-dash signature line, a headline quote, "Whitcombe said" with his mother named by her first name
 * alone. Traps: a scare-quoted “tax”, officials who spoke on condition of anonymity, paraphrases.
 * Test support only.
 */
const HOSTAGE_RELEASE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "hostage/1",
    externalId: "hr1",
    source: "Reuters",
    url: "https://reuters.example/world/africa/american-aid-worker-freed-burkina-faso",
    publishedAt: "2027-02-04T19:30:00Z",
    title: "American aid worker freed after five months in captivity in Burkina Faso",
    originalText: [
      "WASHINGTON (Reuters) — An American aid worker kidnapped in northern Burkina Faso last September was released on Thursday after talks mediated by Qatar, the State Department said.",
      "Daniel Whitcombe, 44, of Duluth, Minnesota, was in good health and in U.S. custody, Secretary of State Laura Brennan told reporters.",
      "“Daniel is safe, and he is on his way home,” Brennan said. “We are grateful to our Qatari partners.”",
      "She declined to say whether any ransom had been paid.",
      "“The United States does not make concessions to hostage-takers,” a State Department spokesperson said when asked about reports of a payment.",
      "Whitcombe worked for Harvest Bridge International, a Minneapolis-based charity that runs water projects in the Sahel.",
      "Officials have not said whether the group that held him, which has demanded a “tax” from aid agencies working in the region, received anything.",
    ].join("\n"),
  },
  {
    input: "hostage/2",
    externalId: "hr2",
    source: "Lake Superior Courier",
    url: "https://lakesuperiorcourier.example/news/whitcombe-family-duluth",
    publishedAt: "2027-02-05T03:00:00Z",
    title: "‘This morning I heard it’: Duluth family’s long wait ends",
    originalText: [
      "The family of Daniel Whitcombe gathered Thursday evening at his parents’ home in Duluth, where yellow ribbons have hung from the porch since September.",
      "“I’ve been waiting 150 days to hear his voice,” said his mother, Ellen Whitcombe, 71. “This morning I heard it.”",
      "His sister, Kate Whitcombe, said the family had spoken to him by phone for about five minutes.",
      "“He sounded tired. He sounded like Danny,” Kate Whitcombe said.",
      "Whitcombe’s employer, Harvest Bridge International, said in a statement that it was “overjoyed and deeply relieved.”",
      "Sen. Amy Larkin, D-Minn., posted on X: “Daniel Whitcombe is FREE. Thank you to everyone who never let Minnesota forget him.”",
    ].join("\n"),
  },
  {
    input: "hostage/3",
    externalId: "hr3",
    source: "Capitol Dispatch",
    url: "https://capitoldispatch.example/2027/02/05/whitcombe-release-talks",
    publishedAt: "2027-02-05T16:00:00Z",
    title: "Behind the release of Daniel Whitcombe, weeks of quiet talks",
    originalText: [
      "The release of Daniel Whitcombe followed weeks of indirect talks, according to two U.S. officials who spoke on condition of anonymity because they were not authorized to discuss them.",
      "One of the officials said no money had changed hands with U.S. government approval.",
      "The secretary of state said on Thursday that the United States had “made no concessions of any kind.”",
      "According to Brennan, he was “tired, thinner, and in remarkably good spirits.”",
      "In a lawsuit filed in federal court in Minneapolis in November, Ellen Whitcombe accused Harvest Bridge of sending her son into a region it knew to be “unsafe for foreign staff.”",
      "“Every one of these cases is different, and every one is slow,” said Marisa Quint, a former FBI hostage negotiator.",
      "“The first days home are the hardest to predict,” she said. “Some people want to talk about everything. Some want to talk about nothing.”",
    ].join("\n"),
  },
  {
    input: "hostage/4",
    externalId: "hr4",
    source: "Stars and Stripes",
    url: "https://stripes.example/theaters/europe/2027-02-05/whitcombe-ramstein",
    publishedAt: "2027-02-05T11:00:00Z",
    title: "‘He walked off the plane on his own’: freed aid worker lands in Germany",
    originalText: [
      "RAMSTEIN AIR BASE, Germany — The freed American aid worker Daniel Whitcombe landed at Ramstein Air Base on Friday morning and was taken to Landstuhl Regional Medical Center for evaluation, U.S. officials said.",
      "“He walked off the plane on his own,” said Lt. Col. Andrea Voss, a base spokeswoman.",
      "Voss said Whitcombe would stay at Landstuhl for “as long as the doctors think he needs.”",
      "“We do this more often than people think, and it never gets old.”",
      "— Lt. Col. Andrea Voss, Ramstein Air Base",
    ].join("\n"),
  },
  {
    input: "hostage/5",
    externalId: "hr5",
    source: "Associated Press",
    url: "https://apnews.example/article/whitcombe-home-duluth",
    publishedAt: "2027-02-06T23:00:00Z",
    title: "Freed aid worker Daniel Whitcombe returns home to Minnesota",
    originalText: [
      "DULUTH, Minn. (AP) — Daniel Whitcombe returned home Saturday, five months after he was kidnapped in Burkina Faso, and stood on his parents’ porch with his mother, Ellen, at his side.",
      "“I want to thank the people who got me out, and the people who kept my name alive,” Whitcombe said, reading from a statement. “I am not ready to talk about the rest.”",
      "He said his captors had “treated me as a bargaining chip, not a person,” but did not describe his captivity.",
      "His sister told reporters the family would ask for privacy.",
      "“We asked the whole state to pray, and it did,” said his sister, Kate.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function hostageReleaseArticles(): Article[] {
  return linkNearDuplicates(HOSTAGE_RELEASE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes24 (2026-12-06), before running any code on them. No real
 * disagreement.
 */
export const HOSTAGE_RELEASE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Daniel is safe, and he is on his way home", speaker: "Laura Brennan" },
    { text: "We are grateful to our Qatari partners.", speaker: "Laura Brennan" },
    { text: "The United States does not make concessions", speaker: "a State Department spokesperson" },
    // The mother, who shares his surname.
    { text: "I’ve been waiting 150 days to hear his voice", speaker: "Ellen Whitcombe" },
    { text: "This morning I heard it.", speaker: "Ellen Whitcombe" },
    { text: "He sounded tired. He sounded like Danny", speaker: "Kate Whitcombe" },
    { text: "overjoyed and deeply relieved.", speaker: "Harvest Bridge International", partial: true },
    // A post on X read out.
    { text: "Daniel Whitcombe is FREE.", speaker: "Amy Larkin" },
    { text: "Thank you to everyone who never let Minnesota forget him.", speaker: "Amy Larkin" },
    // A title alone, the full name in another article.
    { text: "made no concessions of any kind.", speaker: "Laura Brennan", partial: true },
    { text: "tired, thinner, and in remarkably good spirits.", speaker: "Laura Brennan", partial: true },
    // A lawsuit quoted in part: her words.
    { text: "unsafe for foreign staff.", speaker: "Ellen Whitcombe", partial: true },
    { text: "Every one of these cases is different", speaker: "Marisa Quint" },
    { text: "The first days home are the hardest to predict", speaker: "Marisa Quint" },
    { text: "Some people want to talk about everything.", speaker: "Marisa Quint" },
    { text: "He walked off the plane on his own", speaker: "Andrea Voss" },
    { text: "as long as the doctors think he needs.", speaker: "Andrea Voss", partial: true },
    // An em-dash signature on the next line.
    { text: "We do this more often than people think", speaker: "Andrea Voss" },
    // "Whitcombe said" with his mother named by her first name alone: the freed man.
    { text: "I want to thank the people who got me out", speaker: "Daniel Whitcombe" },
    { text: "I am not ready to talk about the rest.", speaker: "Daniel Whitcombe" },
    { text: "treated me as a bargaining chip, not a person", speaker: "Daniel Whitcombe", partial: true },
    // "his sister, Kate": Kate Whitcombe, named in full in another article.
    { text: "We asked the whole state to pray, and it did", speaker: "Kate Whitcombe" },
  ],
  timeline: [
    { text: "kidnapped in northern Burkina Faso last September was released on Thursday", dates: ["2027-02-04"] },
    { text: "landed at Ramstein Air Base on Friday morning", dates: ["2027-02-05"] },
    { text: "Daniel Whitcombe returned home Saturday", dates: ["2027-02-06"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    ["44", "71"],
    ["150", "44"],
  ],
  corroboration: [{ text: "Whitcombe worked for Harvest Bridge International", outlets: 1 }],
};
