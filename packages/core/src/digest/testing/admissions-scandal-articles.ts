import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts13 (2026-12-05, before running any code on it): six
 * articles from five outlets on an outside review of admissions at Ashcombe University, in New Haven,
 * released on Wednesday 4 November 2026, two more staff put on leave on Friday, and the state attorney
 * general's investigation opened on Monday 9 November. A wire story and its syndicated rewrite under a
 * "By The Associated Press" credit, a local paper with a byline (twice), a national paper, an undated
 * higher-education newsletter. Traps: applicants admitted after donors intervened against the files
 * the review examined; a class admitted against those who applied; staff on leave, two then four (a
 * figure that later rises); the faculty's demand of a ten-year review against the trustees' offer of
 * five; gifts pledged against gifts paid; a share of colleges. The one real disagreement: how many
 * applicants the review found admitted after donors or trustees intervened, 63 for the wire against 48
 * for the local paper, both from Wednesday's report. Quote styles: "“…,” university President X said
 * in a statement", "“…,” said X, the student body president. “…”" (a quotation split by its
 * attribution), "According to Surname, the university “…”" with the full name in the wire (partial),
 * "“…,” X, the chairman …, told reporters", straight single quotes with "said Attorney General X",
 * "“…,” Surname said. “…”" after the full name, a title alone ("the university’s president said") and
 * an em-dash signature with a title. Test support only.
 */
const ADMISSIONS_SCANDAL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "admissions/1",
    externalId: "a1",
    source: "Associated Press",
    url: "https://apnews.example/ashcombe-admissions-review",
    publishedAt: "2026-11-04T20:15:00Z",
    title: "Review finds donors swayed admissions at Ashcombe University",
    originalText: [
      "NEW HAVEN, Conn. (AP) — An outside review released Wednesday found that Ashcombe University admitted 63 applicants between 2021 and 2025 after wealthy donors or trustees intervened on their behalf.",
      "Dean of Admissions Philip Carraway was placed on leave, the university said.",
      "The review, by the law firm Whitford Lane, examined about 2,400 applications flagged in internal emails.",
      "Ashcombe admitted 3,100 students this fall from more than 41,000 applicants.",
      "“These findings are a betrayal of every student who earned a place here on merit,” university President Helen Marchetti said in a statement.",
      "The donors gave the university a combined $38 million in the years the applicants were admitted, the review found.",
    ].join("\n"),
  },
  {
    input: "admissions/2",
    externalId: "a2",
    source: "Hartford Evening Star",
    url: "https://hartfordeveningstar.example/wire/ashcombe-donors-admissions",
    publishedAt: "2026-11-04T23:30:00Z",
    title: "Review: donors swayed Ashcombe admissions",
    originalText: [
      "By The Associated Press",
      "An outside review released Wednesday found that Ashcombe University admitted 63 applicants between 2021 and 2025 after wealthy donors or trustees intervened on their behalf.",
      "Dean of Admissions Philip Carraway was placed on leave, the university said.",
      "“These findings are a betrayal of every student who earned a place here on merit,” university President Helen Marchetti said in a statement.",
    ].join("\n"),
  },
  {
    input: "admissions/3",
    externalId: "a3",
    source: "Elm City Courier",
    url: "https://elmcitycourier.example/news/ashcombe-review-donors",
    publishedAt: "2026-11-05T12:00:00Z",
    title: "Ashcombe review: 48 admitted after donors stepped in",
    originalText: [
      "By Nadia Quist, Courier Staff",
      "A review the university released Wednesday found that 48 applicants whose files were championed by donors or trustees were admitted to Ashcombe over five admissions cycles.",
      "Carraway and another admissions officer were placed on leave on Wednesday.",
      "“Students who worked for years to get here are furious,” said Kwame Osei-Bonsu, the student body president. “They deserve to know how deep this goes.”",
      "The faculty senate voted on Wednesday night to demand an independent review of admissions going back 10 years. Trustees have offered a review covering the last five years.",
      "According to Marchetti, the university “will not accept a single gift tied to an admissions decision again.”",
    ].join("\n"),
  },
  {
    input: "admissions/4",
    externalId: "a4",
    source: "Capitol Tribune",
    url: "https://capitoltribune.example/education/ashcombe-staff-leave",
    publishedAt: "2026-11-06T22:30:00Z",
    title: "Ashcombe puts two more admissions staff on leave",
    originalText: [
      "Ashcombe University placed two more admissions staff on leave on Friday, bringing to four the number suspended since an outside review found that donors had swayed decisions on dozens of applicants.",
      "“The board failed in its duty, and I failed in mine,” Richard Vance, the chairman of the board of trustees, told reporters.",
      "Donors linked to the admitted applicants pledged $52 million over the period, of which $38 million has been paid, according to the review.",
      "'We are reading the report closely and will decide next week whether to open an investigation,' said Connecticut Attorney General Maria Esposito.",
    ].join("\n"),
  },
  {
    input: "admissions/5",
    externalId: "a5",
    source: "Elm City Courier",
    url: "https://elmcitycourier.example/news/esposito-opens-ashcombe-investigation",
    publishedAt: "2026-11-09T19:45:00Z",
    title: "Attorney general opens investigation into Ashcombe admissions",
    originalText: [
      "By Nadia Quist, Courier Staff",
      "Attorney General Maria Esposito opened an investigation on Monday into whether Ashcombe University misled applicants by favoring the children of donors.",
      "“Families paid application fees believing the process was fair,” Esposito said. “If it was not, the law gives them remedies.”",
      "“We will cooperate fully with the attorney general,” the university’s president said in an email to students.",
      "Ashcombe charges a $90 application fee.",
    ].join("\n"),
  },
  {
    input: "admissions/6",
    externalId: "a6",
    source: "Higher Ed Dispatch",
    url: "https://higheddispatch.example/briefing/ashcombe-donor-admissions",
    title: "Ashcombe and the donor question",
    originalText: [
      "Ashcombe is the fourth selective university in two years to face scrutiny over donor influence on admissions, according to the Education Policy Forum.",
      "Ashcombe admitted 3,100 students this fall from more than 41,000 applicants, an acceptance rate of about 7.5%.",
      "“Every admissions office says donors get no special treatment. Very few can prove it.”",
      "— Lydia Brennan-Shaw, director of the Education Policy Forum",
      "Brennan-Shaw said donor preferences still operate at about 40% of private colleges.",
      "Ashcombe dropped its preference for the children of alumni in 2019.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function admissionsScandalArticles(): Article[] {
  return linkNearDuplicates(ADMISSIONS_SCANDAL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts13 (2026-12-05), before running any code on them. The one real
 * disagreement: Wednesday's review counted 63 applicants admitted after donors or trustees intervened
 * for the AP (and its rewrite) and 48 for the Elm City Courier.
 */
export const ADMISSIONS_SCANDAL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "These findings are a betrayal of every student", speaker: "Helen Marchetti" },
    // One quotation split by its attribution.
    { text: "Students who worked for years to get here are furious", speaker: "Kwame Osei-Bonsu" },
    { text: "They deserve to know how deep this goes", speaker: "Kwame Osei-Bonsu" },
    // The surname alone, the full name in the wire; it starts mid-sentence.
    { text: "will not accept a single gift tied to an admissions decision", speaker: "Helen Marchetti", partial: true },
    { text: "The board failed in its duty", speaker: "Richard Vance" },
    { text: "We are reading the report closely", speaker: "Maria Esposito" },
    // A surname after the full name in the sentence before.
    { text: "Families paid application fees believing the process was fair", speaker: "Maria Esposito" },
    { text: "If it was not, the law gives them remedies", speaker: "Maria Esposito" },
    // A title alone, the full name in other articles.
    { text: "We will cooperate fully with the attorney general", speaker: "Helen Marchetti" },
    { text: "Every admissions office says donors get no special treatment", speaker: "Lydia Brennan-Shaw" },
  ],
  timeline: [
    { text: "An outside review released Wednesday found", dates: ["2026-11-04"] },
    { text: "placed two more admissions staff on leave on Friday", dates: ["2026-11-06"] },
    { text: "opened an investigation on Monday", dates: ["2026-11-09"] },
  ],
  neverDated: [
    { text: "admitted 63 applicants between 2021 and 2025", date: "2021", exact: true },
    // Written before the run with "dropped its preference for the children of alumni in 2019" too,
    // removed after it: the sentence tells of that change, which its year dates rightly (as the
    // stadium story's inspection), unlike a year in a clause on a name.
  ],
  disagreements: [{ values: ["63", "48"], outlets: ["Associated Press", "Elm City Courier"] }],
  notDisagreements: [
    // Applicants admitted after interventions against the files examined, and the whole class.
    ["63", "2,400"],
    ["48", "2,400"],
    ["63", "3,100"],
    // A class admitted against those who applied.
    ["3,100", "41,000"],
    // Staff on leave, then more.
    ["two", "four"],
    // A demand against an offer.
    ["10", "five"],
    // Gifts pledged against gifts paid.
    ["52 million", "38 million"],
    // A share of colleges against the acceptance rate.
    ["40%", "7.5%"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the Courier gives 48.
    { text: "admitted 63 applicants between 2021 and 2025", outlets: 1 },
    // The wire (with its rewrite) and the Courier, which names him.
    { text: "Dean of Admissions Philip Carraway was placed on leave", outlets: 2 },
    // The wire and the newsletter, which adds the acceptance rate.
    { text: "Ashcombe admitted 3,100 students this fall from more than 41,000 applicants.", outlets: 2 },
  ],
  headline: ["investigation"],
};
