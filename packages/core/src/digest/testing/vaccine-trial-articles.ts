import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts11 (2026-12-05, before running any code on it): six
 * articles from five outlets on the late-stage results of Corbel Biologics' dengue vaccine on Monday
 * 14 September 2026, Brazil's priority review on Tuesday, and two-year results on Tuesday 3 November.
 * A wire story and its syndicated rewrite with a credit line, a health-news site, a Brazilian paper,
 * the wire again, and an undated newsletter with a subscription line. Traps: efficacy against any
 * symptomatic dengue (79%) and against severe dengue (91%); the success bar set before the trial
 * (60%); cases in each arm and in all; the 12-month figure then the two-year one (71%); an analysts'
 * forecast (65%); doses Brazil wants against doses Corbel can make; a price range; a background year
 * (2024, 2015). The one real disagreement: how many volunteers the trial enrolled, 18,400 for the wire
 * and 19,100 for the health site, both from Monday's results. Quote styles: "“…,” Chief Medical
 * Officer Dr. X said in an interview", "“…,” said Dr. X, an … specialist … who was not involved" with a
 * second sentence, "According to Health Minister X, “…”" (partial), a company spokeswoman with a
 * partial quote, straight single quotes with "Surname said", and an em-dash attribution with a
 * description. Test support only.
 */
const VACCINE_TRIAL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "vaccine/1",
    externalId: "t1",
    source: "Reuters",
    url: "https://reuters.example/corbel-dengue-vaccine-results",
    publishedAt: "2026-09-14T11:30:00Z",
    title: "Corbel's dengue vaccine 79% effective in late-stage trial",
    originalText: [
      "(Reuters) — Corbel Biologics said on Monday its experimental dengue vaccine was 79% effective at preventing symptomatic infection in a late-stage trial of 18,400 volunteers in Brazil, Thailand and the Philippines.",
      "The company had said before the trial began that it would count 60% as a success.",
      "“These results exceed what we hoped for,” Chief Medical Officer Dr. Laura Mendes said in an interview.",
      "Of the 212 confirmed cases of dengue in the trial, 37 were in the vaccine group and 175 in the placebo group.",
      "Corbel shares rose 14% in early trading.",
      "Reporting by Ana Ferreira in São Paulo; Editing by Mark Potter",
    ].join("\n"),
  },
  {
    input: "vaccine/2",
    externalId: "t2",
    source: "Asia Markets Wire",
    url: "https://asiamarketswire.example/health/corbel-dengue",
    publishedAt: "2026-09-14T13:05:00Z",
    title: "Corbel dengue vaccine 79% effective in late-stage trial",
    originalText: [
      "Corbel Biologics said on Monday its experimental dengue vaccine was 79% effective at preventing symptomatic infection in a late-stage trial of 18,400 volunteers in Brazil, Thailand and the Philippines.",
      "“These results exceed what we hoped for,” Chief Medical Officer Dr. Laura Mendes said.",
      "Of the 212 confirmed cases of dengue in the trial, 37 were in the vaccine group and 175 in the placebo group.",
      "— Reuters",
    ].join("\n"),
  },
  {
    input: "vaccine/3",
    externalId: "t3",
    source: "Health Desk",
    url: "https://healthdesk.example/2026/09/14/corbel-dengue-vaccine-trial",
    publishedAt: "2026-09-14T15:00:00Z",
    title: "Corbel dengue shot protects most volunteers, but questions about durability remain",
    originalText: [
      "Corbel Biologics’ dengue vaccine prevented most symptomatic infections in a late-stage trial that enrolled 19,100 volunteers aged 4 to 60, the company said on Monday.",
      "The vaccine was 91% effective against severe dengue requiring a hospital stay, according to the company.",
      "“The question is durability,” said Dr. Samuel Achebe, an infectious-disease specialist at Lagos University Teaching Hospital who was not involved in the trial. “Dengue immunity can wane, and a second infection can be worse than the first.”",
      "Mendes said the company would file for approval in Brazil by the end of the year.",
      "Five serious adverse events were judged to be related to the vaccine, the company said.",
    ].join("\n"),
  },
  {
    input: "vaccine/4",
    externalId: "t4",
    source: "Rio Tribune",
    url: "https://riotribune.example/health/dengue-vaccine-priority-review",
    publishedAt: "2026-09-15T16:00:00Z",
    title: "Brazil fast-tracks review of Corbel dengue vaccine",
    originalText: [
      "Brazil’s health regulator said on Tuesday it would review Corbel Biologics’ dengue vaccine on a priority basis once the company files.",
      "According to Health Minister Paulo Ribeiro, “a vaccine that works this well could prevent thousands of deaths in a single season.”",
      "Brazil recorded 6.5 million probable dengue cases in 2024 and more than 6,000 deaths.",
      "Ribeiro said the ministry hoped to buy 40 million doses in 2027, but Corbel has said it can make only 25 million doses next year.",
      "A Corbel spokeswoman said the company was “in discussions with several governments” about supply.",
    ].join("\n"),
  },
  {
    input: "vaccine/5",
    externalId: "t5",
    source: "Reuters",
    url: "https://reuters.example/corbel-dengue-two-year-data",
    publishedAt: "2026-11-03T10:00:00Z",
    title: "Corbel dengue vaccine protection dips to 71% over two years",
    originalText: [
      "(Reuters) — Corbel Biologics said on Tuesday its dengue vaccine was 71% effective over two years of follow-up, down from the 79% it reported in September after 12 months.",
      "'Some waning was expected, and 71% is still a very strong result,' Mendes said.",
      "Analysts at Harcourt Securities had forecast two-year efficacy of about 65%.",
      "The company expects to charge between $20 and $30 a dose in middle-income countries.",
    ].join("\n"),
  },
  {
    input: "vaccine/6",
    externalId: "t6",
    source: "Vaccine Policy Notes",
    url: "https://vaccinepolicynotes.example/dengue-vaccines-short-history",
    title: "Dengue vaccines: a short history",
    originalText: [
      "The first licensed dengue vaccine, approved in 2015, was later restricted after it raised the risk of severe disease in children who had never been infected.",
      "“Every dengue vaccine since has had to prove that it does not make a second infection worse.”",
      "— Maria Tavares, an epidemiologist at the Oswaldo Cruz Foundation",
      "Corbel’s shot is the third dengue vaccine to report late-stage results.",
      "Subscribe to Vaccine Policy Notes for weekly analysis.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function vaccineTrialArticles(): Article[] {
  return linkNearDuplicates(VACCINE_TRIAL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts11 (2026-12-05), before running any code on them. The one real
 * disagreement: Monday's results enrolled 18,400 volunteers for Reuters and 19,100 for Health Desk.
 */
export const VACCINE_TRIAL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "These results exceed what we hoped for", speaker: "Laura Mendes" },
    { text: "The question is durability", speaker: "Samuel Achebe" },
    { text: "Dengue immunity can wane", speaker: "Samuel Achebe" },
    {
      text: "a vaccine that works this well could prevent thousands of deaths",
      speaker: "Paulo Ribeiro",
      partial: true,
    },
    { text: "in discussions with several governments", speaker: "a Corbel spokeswoman", partial: true },
    // The surname alone, the full name in another article.
    { text: "Some waning was expected", speaker: "Laura Mendes" },
    { text: "Every dengue vaccine since has had to prove", speaker: "Maria Tavares" },
  ],
  timeline: [
    {
      text: "Corbel Biologics said on Monday its experimental dengue vaccine was 79% effective",
      dates: ["2026-09-14"],
    },
    { text: "it would review Corbel Biologics’ dengue vaccine on a priority basis", dates: ["2026-09-15"] },
    { text: "its dengue vaccine was 71% effective over two years", dates: ["2026-11-03"] },
  ],
  // Brazil's 2024 cases were written here as a year never to take, and removed after the run: the
  // sentence tells of 2024, which dates it rightly.
  neverDated: [{ text: "The first licensed dengue vaccine, approved in 2015", date: "2015", exact: true }],
  disagreements: [{ values: ["18,400", "19,100"], outlets: ["Reuters", "Health Desk"] }],
  notDisagreements: [
    // Efficacy against any and against severe dengue; the bar set before; the later figure; a forecast.
    ["79%", "91%"],
    ["60%", "79%"],
    ["79%", "71%"],
    ["65%", "71%"],
    ["91%", "71%"],
    // Cases in each arm and in all.
    ["37", "175"],
    ["37", "212"],
    ["175", "212"],
    // Doses wanted against doses made; a price range.
    ["40 million", "25 million"],
    ["20", "30"],
    // A background year's cases against the trial's.
    ["6.5 million", "18,400"],
  ],
  corroboration: [
    // The wire and its syndicated copy count once; Health Desk reports the same results.
    { text: "Of the 212 confirmed cases of dengue in the trial", outlets: 1 },
    { text: "it would review Corbel Biologics’ dengue vaccine on a priority basis", outlets: 1 },
  ],
  headline: ["71%"],
};
