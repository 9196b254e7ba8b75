import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes24 (2026-12-06, before running any code on it): four
 * articles from four outlets on Carsford Borough Council's vote on Wednesday 10 March 2027 to close
 * four of its 11 libraries, and campaigners' threat of a judicial review on Friday 12 March. Quote
 * styles: a headline quote, "“…,” said X, the council's leader. “…”", "X, who leads …, said: “…”",
 * two people who share a surname ("Graham Pike" and "Sarah Pike", then "Ms Pike said"), "Mrs Okafor"
 * after the full name in other articles, a post on X read out after "wrote:", a union's spokesperson
 * ("A spokesperson for Unison …", then "the spokesperson said"), a minister's statement quoted in part,
 * British single quotes, "she said" after a sentence about the leader, a surname alone in an article
 * that names one Pike, a quote holding a grandfather's saying in double quotes, an em-dash signature
 * line, "According to Nair, the council “…”", a solicitors' letter quoted in part. Traps: a shouted
 * word ("shame"), a scare-quoted "transformation", paraphrases with no quotation marks. Test support only.
 */
const COUNCIL_MEETING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "council/1",
    externalId: "cm1",
    source: "Carsford Echo",
    url: "https://carsfordecho.example/news/council-votes-close-four-libraries",
    publishedAt: "2027-03-10T22:40:00Z",
    title: "‘A sad day for Carsford’: council votes to close four libraries",
    originalText: [
      "By Helen Marsh, Local Democracy Reporter",
      "Carsford Borough Council voted on Wednesday night to close four of its 11 libraries, after a four-hour meeting in which protesters repeatedly interrupted councillors.",
      "Councillors backed the plan by 31 votes to 22.",
      "“Nobody came into politics to close libraries,” said Adaeze Okafor, the council’s Labour leader. “But we have been handed a budget that does not add up, and I will not pretend otherwise.”",
      "Mrs Okafor said the council had no choice but to find £3.2 million of savings before April.",
      "Graham Pike, who leads the Conservative opposition group, said: “This is the wrong decision taken in the wrong way, and the people of Carsford will remember it.”",
      "Sarah Pike, a volunteer at Eastgate library and no relation, said the closures would hit hardest the children who use its homework club.",
      "“Half of those kids don’t have a desk at home,” Ms Pike said. “Where are they supposed to go?”",
      "Several people in the public gallery shouted “shame” as the result was read out.",
      "The council’s “transformation” plan also moves its two mobile library vans to a booking-only service.",
      "“It is a sad day for Carsford, and I am ashamed of the part this council played in it,” said Cllr Pike, who voted against.",
    ].join("\n"),
  },
  {
    input: "council/2",
    externalId: "cm2",
    source: "BBC News",
    url: "https://bbc.example/news/uk-england-carsford-libraries",
    publishedAt: "2027-03-11T07:10:00Z",
    title: "Carsford: Four libraries to close after heated council meeting",
    originalText: [
      "Four libraries in Carsford are to close after councillors approved the plan at a heated meeting on Wednesday.",
      "The libraries at Eastgate, Holm Lane, Fenwick and Brook Park will shut on 30 April.",
      "Council leader Adaeze Okafor said the authority had been left with “nothing but impossible choices” after years of cuts to its grant from central government.",
      "In a post on X, the town’s MP, Nadia Qureshi, wrote: “Carsford’s libraries are lifelines, not luxuries. I will be writing to the minister today.”",
      "A spokesperson for Unison, which represents library staff, said 38 jobs were at risk.",
      "“Our members found out from a press release,” the spokesperson said.",
      "The local government minister, Tom Ellery, said in a statement that councils “must set balanced budgets, as every household does”.",
    ].join("\n"),
  },
  {
    input: "council/3",
    externalId: "cm3",
    source: "The Guardian",
    url: "https://guardian.example/society/2027/mar/11/carsford-library-closures",
    publishedAt: "2027-03-11T12:00:00Z",
    title: "‘The only quiet place I know’: Carsford’s teenagers count the cost of library closures",
    originalText: [
      "When the vote came, shortly before 11pm on Wednesday, the public gallery at Carsford town hall fell silent.",
      "‘I’ve been coming to Holm Lane since I was four,’ said Bethany Cole, 17, who revises for her A-levels there. ‘It’s the only quiet place I know.’",
      "‘My grandad always told me “a library card is the only passport you need”, and he was right,’ Cole added.",
      "Okafor, who became leader of the council in 2023, told the meeting that its reserves would run out within two years without cuts.",
      "‘I would rather be honest with people now than be bankrupt in 2029,’ she said.",
      "The Conservative group leader, Graham Pike, accused her of ‘hiding behind Whitehall’ when the council had chosen to spend £11 million on a new civic centre.",
      "‘The money was there. They spent it on themselves,’ Pike said.",
      "A council spokesman said the buildings would be offered to community groups before any sale.",
    ].join("\n"),
  },
  {
    input: "council/4",
    externalId: "cm4",
    source: "Carsford Live",
    url: "https://carsfordlive.example/campaigners-judicial-review-libraries",
    publishedAt: "2027-03-12T16:30:00Z",
    title: "Library campaigners threaten council with judicial review",
    originalText: [
      "Campaigners said on Friday they would seek a judicial review of Carsford Borough Council’s decision to close four libraries.",
      "“We have instructed solicitors and we will see the council in court,” said Priya Nair, who chairs Save Carsford Libraries.",
      "According to Nair, the council “ignored more than 4,000 responses to its own consultation”.",
      "In a letter to the council’s chief executive, the group’s solicitors, Hale & Brook, wrote that the decision “failed to assess the impact on disabled residents and on children”.",
      "“The consultation was a box-ticking exercise. Nobody’s answers changed anything.”",
      "— Priya Nair, Save Carsford Libraries",
      "Mrs Okafor said on Friday: “We will defend the decision. It was taken lawfully and in the open.”",
      "A council spokeswoman added that no library would close before the legal challenge was heard.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function councilMeetingArticles(): Article[] {
  return linkNearDuplicates(COUNCIL_MEETING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes24 (2026-12-06), before running any code on them. No real
 * disagreement: the vote is told once, its figures each by one outlet.
 */
export const COUNCIL_MEETING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Nobody came into politics to close libraries", speaker: "Adaeze Okafor" },
    { text: "But we have been handed a budget that does not add up", speaker: "Adaeze Okafor" },
    { text: "This is the wrong decision taken in the wrong way", speaker: "Graham Pike" },
    // "Ms Pike" after Graham Pike and Sarah Pike are both named: the woman.
    { text: "Half of those kids don’t have a desk at home", speaker: "Sarah Pike" },
    { text: "Where are they supposed to go?", speaker: "Sarah Pike" },
    // "Cllr Pike, who voted against": the councillor, not the volunteer.
    { text: "It is a sad day for Carsford", speaker: "Graham Pike" },
    { text: "nothing but impossible choices", speaker: "Adaeze Okafor", partial: true },
    // A post on X read out.
    { text: "Carsford’s libraries are lifelines, not luxuries.", speaker: "Nadia Qureshi" },
    { text: "I will be writing to the minister today.", speaker: "Nadia Qureshi" },
    { text: "Our members found out from a press release", speaker: "a spokesperson for Unison" },
    { text: "must set balanced budgets, as every household does", speaker: "Tom Ellery", partial: true },
    { text: "I’ve been coming to Holm Lane since I was four", speaker: "Bethany Cole" },
    { text: "It’s the only quiet place I know.", speaker: "Bethany Cole" },
    // Her grandfather's saying inside her own quote: the whole quote is hers.
    {
      text: "My grandad always told me “a library card is the only passport you need”, and he was right",
      speaker: "Bethany Cole",
    },
    // "she said" after a sentence about the leader.
    { text: "I would rather be honest with people now than be bankrupt in 2029", speaker: "Adaeze Okafor" },
    { text: "hiding behind Whitehall", speaker: "Graham Pike", partial: true },
    // The surname alone in an article that names one Pike.
    { text: "The money was there. They spent it on themselves", speaker: "Graham Pike" },
    { text: "We have instructed solicitors and we will see the council in court", speaker: "Priya Nair" },
    { text: "ignored more than 4,000 responses to its own consultation", speaker: "Priya Nair", partial: true },
    { text: "failed to assess the impact on disabled residents", speaker: "Hale & Brook", partial: true },
    // An em-dash signature on the next line.
    { text: "The consultation was a box-ticking exercise.", speaker: "Priya Nair" },
    { text: "Nobody’s answers changed anything.", speaker: "Priya Nair" },
    // "Mrs Okafor", the full name in other articles.
    { text: "We will defend the decision.", speaker: "Adaeze Okafor" },
    { text: "It was taken lawfully and in the open.", speaker: "Adaeze Okafor" },
  ],
  timeline: [
    {
      text: "Carsford Borough Council voted on Wednesday night to close four of its 11 libraries",
      dates: ["2027-03-10"],
    },
    { text: "Campaigners said on Friday they would seek a judicial review", dates: ["2027-03-12"] },
  ],
  neverDated: [{ text: "who became leader of the council in 2023", date: "2023", exact: true }],
  disagreements: [],
  notDisagreements: [
    ["31", "22"],
    ["3.2 million", "11 million"],
    ["38", "4,000"],
  ],
  corroboration: [{ text: "Councillors backed the plan by 31 votes to 22.", outlets: 1 }],
};
