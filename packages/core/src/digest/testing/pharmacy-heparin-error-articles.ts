/**
 * Held-out batch X (lead session 34, 2026-12-08), written by heldout26 before any run; scored unfitted, then added to the bench at the session's end.
 * A hospital pharmacy makes up heparin drips too strong, harming patients and prompting an inquiry, Wednesday 7 to Friday 16 February 2046.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ph/1",
    externalId: "ph1",
    source: "National News Agency",
    url: "https://nationalnewsagency.example/health/severnbridge-heparin-error",
    publishedAt: "2046-02-12T13:00:00Z",
    title: "Hospital apologises after pharmacy error harms seven patients",
    originalText: [
      "A hospital trust has apologised after patients were given blood-thinning drips made up by its own pharmacy at ten times the prescribed strength.",
      "Seven patients at Royal Severnbridge Hospital suffered bleeding after receiving the heparin infusions, one of whom has died, Severnbridge Hospitals NHS Trust said on Monday.",
      "The mislabelled bags were used on wards for nine days before a nurse spotted the error on 7 February.",
      "“We are deeply sorry, and we will find out how this happened,” said the trust's chief executive, Dr Anita Bramwell.",
      "The patient who died was an 81-year-old woman from Wickfold.",
      "In 2031, a labelling error at a hospital pharmacy in Leeds harmed 14 patients.",
    ].join("\n"),
  },
  {
    input: "ph/2",
    externalId: "ph2",
    source: "Western Daily Echo",
    url: "https://westerndailyecho.example/news/severnbridge-drip-error-apology",
    publishedAt: "2046-02-12T19:00:00Z",
    title: "Trust sorry after drips made up ten times too strong",
    originalText: [
      "Severnbridge Hospitals NHS Trust has apologised after its own pharmacy made up blood-thinning drips at ten times the prescribed strength.",
      "Seven patients at Royal Severnbridge Hospital bled after being given the heparin infusions, and one of them has died, the trust said on Monday.",
      "The mislabelled bags had been in use on the wards for nine days when a nurse noticed the error on 7 February.",
      "“We are deeply sorry, and we will find out how this happened,” chief executive Dr Anita Bramwell said.",
    ].join("\n"),
  },
  {
    input: "ph/3",
    externalId: "ph3",
    source: "Severnbridge Evening Post",
    url: "https://severnbridgeeveningpost.example/news/heparin-inquiry-ordered-margaret-ellery",
    publishedAt: "2046-02-14T07:00:00Z",
    title: "Inquiry ordered into hospital drip error as family mourn retired head",
    originalText: [
      "Health Secretary Ruth Okonkwo ordered an independent inquiry into the hospital's pharmacy yesterday.",
      "“Every family will get answers,” the health secretary said.",
      "Margaret Ellery, 78, a retired headteacher from Wickfold, died in the hospital's intensive care unit on Saturday, her family said.",
      "Her son, Paul Ellery, said: “Mum went in for a hip operation and never came home.”",
      "The trust now says 11 patients were harmed, four more than it first reported.",
      "The patients harmed were aged between 54 and 91, the trust confirmed.",
      "A total of 23 patients received infusions from the faulty batch.",
    ].join("\n"),
  },
  {
    input: "ph/4",
    externalId: "ph4",
    source: "The Daily Beacon",
    url: "https://dailybeacon.example/news/killer-drip-families-demand-inquiry",
    title: "Killer drip families demand full public inquiry",
    originalText: [
      "Grieving families last night demanded a full public inquiry into the killer drip blunder at Royal Severnbridge.",
      "They want a statutory inquiry with powers to compel witnesses, but ministers have so far offered only an independent review.",
      "“They poisoned my mother” — Paul Ellery.",
      "Lawyers for the families say they will seek at least £2 million in damages.",
      "The trust's pharmacy budget was cut by £1.2 million in 2044.",
    ].join("\n"),
  },
  {
    input: "ph/5",
    externalId: "ph5",
    source: "Pharmacy Practice Journal",
    url: "https://pharmacypracticejournal.example/news/severnbridge-aseptic-unit-incident-report",
    publishedAt: "2046-02-16T10:00:00Z",
    title: "Severnbridge report: heparin bags five times intended strength",
    originalText: [
      "The heparin bags, prepared in the hospital's aseptic unit, were five times the intended concentration, according to an internal incident report seen by the Journal.",
      "Infusions from the batch went to 31 patients over 12 days, the report says.",
      "The unit had six vacancies among its 19 pharmacist and technician posts, the Pharmacy Staff Union said.",
      "A senior pharmacist was suspended on full pay on Thursday pending the inquiry.",
      "The inquiry Okonkwo ordered on Tuesday will be led by former coroner Judge Simon Prentice and is due to report within six months.",
      "'Nobody checks the checker when there are only two of you on a night shift,' one pharmacist at the hospital told the Journal.",
    ].join("\n"),
  },
];

export function pharmacyHeparinErrorArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (UK, UTC in February). "On Monday" in Monday's stories is
 * 12 February; "on 7 February" is this year's; "yesterday" in Wednesday morning's Post is the 13th, as
 * is "on Tuesday" in Friday's Journal; "on Saturday" in the Post is the 10th; "on Thursday" in the
 * Journal is the 15th; "last night" in the undated Beacon stays undated; "in 2044" is a past act of the
 * trust told in its own main clause. The Western Daily Echo runs the wire story reworded: it counts once.
 */
export const PHARMACY_HEPARIN_ERROR_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are deeply sorry, and we will find out how this happened", speaker: "Anita Bramwell" },
    // A title alone, the full name given in the sentence before.
    { text: "Every family will get answers", speaker: "Ruth Okonkwo" },
    { text: "Mum went in for a hip operation and never came home", speaker: "Paul Ellery" },
    { text: "They poisoned my mother", speaker: "Paul Ellery" },
    {
      text: "Nobody checks the checker when there are only two of you on a night shift",
      speaker: "one pharmacist at the hospital",
    },
  ],
  timeline: [
    { text: "Severnbridge Hospitals NHS Trust said on Monday", dates: ["2046-02-12"] },
    { text: "one of them has died, the trust said on Monday", dates: ["2046-02-12"] },
    { text: "before a nurse spotted the error on 7 February", dates: ["2046-02-07"] },
    { text: "when a nurse noticed the error on 7 February", dates: ["2046-02-07"] },
    { text: "ordered an independent inquiry into the hospital's pharmacy yesterday", dates: ["2046-02-13"] },
    { text: "died in the hospital's intensive care unit on Saturday", dates: ["2046-02-10"] },
    { text: "Grieving families last night demanded", dates: [null] },
    { text: "The trust's pharmacy budget was cut by £1.2 million in 2044", dates: ["2044"] },
    { text: "A senior pharmacist was suspended on full pay on Thursday", dates: ["2046-02-15"] },
    { text: "The inquiry Okonkwo ordered on Tuesday", dates: ["2046-02-13"] },
  ],
  neverDated: [
    { text: "In 2031, a labelling error at a hospital pharmacy in Leeds", date: "2031" },
    { text: "before a nurse spotted the error on 7 February", date: "2047-02-07", exact: true },
    // "Yesterday" in a Wednesday paper is Tuesday, not the day of publication.
    { text: "ordered an independent inquiry into the hospital's pharmacy yesterday", date: "2046-02-14", exact: true },
    { text: "A senior pharmacist was suspended on full pay on Thursday", date: "2046-02-22", exact: true },
  ],
  disagreements: [
    // How much stronger the bags were: "at ten times the prescribed strength" against "five times the intended concentration".
    { values: ["ten", "five"], outlets: ["National News Agency", "Pharmacy Practice Journal"] },
    // The dead patient's age: "an 81-year-old woman" against "Margaret Ellery, 78,".
    { values: ["81", "78"], outlets: ["National News Agency", "Severnbridge Evening Post"] },
    // How long the bags were in use: "for nine days" against "over 12 days".
    { values: ["nine", "12"], outlets: ["National News Agency", "Pharmacy Practice Journal"] },
    // Patients given the batch: "A total of 23 patients received" against "went to 31 patients".
    { values: ["23", "31"], outlets: ["Severnbridge Evening Post", "Pharmacy Practice Journal"] },
  ],
  notDisagreements: [
    // The trust's own revision of those harmed.
    ["Seven", "11"],
    ["four", "11"],
    // Those harmed against those given the batch.
    ["Seven", "23"],
    ["11", "23"],
    ["11", "31"],
    // A 2031 precedent.
    ["14", "11"],
    ["14", "Seven"],
    // The range of ages against the dead woman's age.
    ["54", "78"],
    ["91", "81"],
    // Vacancies against posts.
    ["six", "19"],
    // A damages demand against a budget cut.
    ["2", "1.2"],
    // The inquiry's months against days of use.
    ["six", "nine"],
    // Night-shift staff against vacancies.
    ["two", "six"],
  ],
  corroboration: [
    // The wire and its rewrite count once.
    { text: "Seven patients at Royal Severnbridge Hospital suffered bleeding", outlets: 1 },
    // The Post and the Journal ("The inquiry Okonkwo ordered on Tuesday").
    { text: "Health Secretary Ruth Okonkwo ordered an independent inquiry", outlets: 2 },
    // The wire and its rewrite; the Journal gives 12 days.
    { text: "The mislabelled bags were used on wards for nine days", outlets: 1 },
  ],
  headline: ["suspended", "inquiry", "Prentice", "five times"],
  summary: {
    holds: ["inquiry", "11"],
    never: ["Seven patients at Royal Severnbridge Hospital suffered bleeding"],
  },
  sameEntry: [
    ["ordered an independent inquiry into the hospital's pharmacy yesterday", "The inquiry Okonkwo ordered on Tuesday"],
  ],
  order: [
    "before a nurse spotted the error on 7 February",
    "died in the hospital's intensive care unit on Saturday",
    "Severnbridge Hospitals NHS Trust said on Monday",
    "ordered an independent inquiry into the hospital's pharmacy yesterday",
    "A senior pharmacist was suspended on full pay on Thursday",
  ],
  supersession: {
    apart: [
      ["Seven patients at Royal Severnbridge Hospital suffered bleeding", "11 patients were harmed"],
      ["Seven patients at Royal Severnbridge Hospital bled", "11 patients were harmed"],
    ],
    current: [
      "is due to report within six months",
      "was suspended on full pay",
      "died in the hospital's intensive care unit",
    ],
  },
};
