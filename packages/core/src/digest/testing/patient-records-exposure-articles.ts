/**
 * Held-out batch S (lead session 31, 2026-12-07), written by heldout21 before any run; unfitted.
 * A Scottish health board's patient records left open online by a transcription contractor, Friday 28 April to Thursday 11 May 2045.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "pr/1",
    externalId: "pr1",
    source: "Britannia Press Association",
    url: "https://britanniapress.example/news/clyde-valley-patient-records-exposed",
    publishedAt: "2045-05-08T14:00:00Z",
    title: "Records of 180,000 Scottish patients exposed online",
    originalText: [
      "GLASGOW (BPA) — Personal details of about 180,000 patients of the Clyde Valley health board were exposed after a contractor's database was left open online, the board said on Monday.",
      "The files held names, addresses, dates of birth and, for about 12,000 patients, letters from outpatient clinics dating from 2036 to 2044.",
      "The database was left open for 52 days before a security researcher reported it to the board on 28 April, and it was taken offline the same day.",
      "“We are deeply sorry that patients' trust in us has been let down,” said chief executive Fiona Gilchrist.",
      "The board has opened a helpline and expects a forensic review to take two weeks.",
      "In 2039, a breach at an English hospital trust exposed 1.1 million records.",
    ].join("\n"),
  },
  {
    input: "pr/2",
    externalId: "pr2",
    source: "Lanarkshire Evening Times",
    url: "https://lanarkshireeveningtimes.example/news/health-board-records-left-online",
    publishedAt: "2045-05-08T17:30:00Z",
    title: "Patient files left open online, health board admits",
    originalText: [
      "The personal details of about 180,000 Clyde Valley health board patients were exposed when a contractor's database was left open on the internet, the board said on Monday.",
      "Names, addresses and dates of birth were in the files, along with clinic letters for about 12,000 patients from 2036 to 2044.",
      "A security researcher alerted the board on 28 April, 52 days after the database was first left open, and it was taken down that day.",
      "“We are deeply sorry that patients' trust in us has been let down,” chief executive Fiona Gilchrist said.",
      "Britannia Press Association",
    ].join("\n"),
  },
  {
    input: "pr/3",
    externalId: "pr3",
    source: "SecureOps Journal",
    url: "https://secureopsjournal.example/breaches/medivox-transcription-open-database",
    title: "Transcription firm left 410GB of hospital data without a password",
    originalText: [
      "Medivox Transcription, a Leeds company founded in 2031 that types up clinic letters for NHS boards, left a 410GB patient database open to the internet without a password.",
      "The server sat exposed for 38 days, according to logs the company shared with investigators.",
      "It was found by Tomasz Wren, 27, an independent researcher who alerted the board on April 28.",
      "Wren said: “It took me about ten minutes to find it with an ordinary search tool.”",
      "Medivox's contract with Clyde Valley is worth £2.3m (about $2.9m) a year.",
    ].join("\n"),
  },
  {
    input: "pr/4",
    externalId: "pr4",
    source: "The Caledonian Herald",
    url: "https://caledonianherald.example/health/clyde-valley-breach-helpline-calls",
    publishedAt: "2045-05-09T06:30:00Z",
    title: "Thousands call helpline as health board breach widens",
    originalText: [
      "More than 3,000 people called the Clyde Valley helpline yesterday, its first day.",
      "The exposed files totalled 340 gigabytes and included letters from sexual health and mental health clinics, the board confirmed.",
      "Health Secretary Angus Baird called the breach “wholly unacceptable” and said he would make a statement to Holyrood on Tuesday.",
      "“I told that clinic things I have never told my own family,” a 34-year-old woman from Motherwell told the Herald.",
      "Patients' lawyers are demanding five years of credit monitoring; the board has offered 24 months.",
      "This article was updated to correct the number of hospitals whose patients are affected, from five to four.",
    ].join("\n"),
  },
  {
    input: "pr/5",
    externalId: "pr5",
    source: "The Scottish Beacon",
    url: "https://scottishbeacon.example/news/hackers-post-patient-files-forum",
    publishedAt: "2045-05-10T05:00:00Z",
    title: "SICK: Hackers dump patients' secrets on web forum",
    originalText: [
      "Screenshots of patients' clinic letters were posted on a hacker forum last night, days after the health board insisted there was no sign the files had been copied.",
      "'My whole medical history is out there for anyone to read,' said gran Betty Lennox, 71, from Hamilton.",
      "The files were discovered by the 29-year-old computer whizz who raised the alarm.",
      "Medivox is paid 1.9 million pounds a year under its deal with the board.",
      "Up to 40 screenshots were on the forum, the Beacon understands.",
    ].join("\n"),
  },
  {
    input: "pr/6",
    externalId: "pr6",
    source: "Britannia Press Association",
    url: "https://britanniapress.example/news/clyde-valley-breach-212000-patients",
    publishedAt: "2045-05-11T15:00:00Z",
    title: "Health board breach affected 212,000 patients, review finds",
    originalText: [
      "GLASGOW (BPA) — The Clyde Valley data breach affected 212,000 patients, chief executive Fiona Gilchrist said on Thursday, after a forensic review finished in four days.",
      "Extracts from the files were posted on a criminal forum on Tuesday, the review found.",
      "The Information Commissioner's Office opened an investigation on Wednesday.",
      "“We will write to every patient affected, starting on Monday,” Gilchrist said.",
      "According to Medivox, “the exposure was caused by a single misconfigured server.”",
      "The helpline has now taken about 9,500 calls.",
    ].join("\n"),
  },
];

export function patientRecordsExposureArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written by hand from the texts above before any run. Scotland is UTC+1 in May: every stamp falls
 * on its local day. "On Monday" in Monday's wire and its rewrite is 8 May; "on 28 April"/"on April 28"
 * is this year's; "yesterday" in Tuesday's Herald is the 8th and "on Tuesday" there the 9th (the
 * statement day, a plan); "last night" in Wednesday's tabloid the 9th; "on Thursday" in Thursday's
 * wire the 11th, "on Tuesday" the 9th, "on Wednesday" the 10th, "starting on Monday" the 15th. The
 * Lanarkshire Evening Times story is a syndicated rewrite of the first wire (credit line).
 */
export const PATIENT_RECORDS_EXPOSURE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are deeply sorry that patients' trust in us has been let down", speaker: "Fiona Gilchrist" },
    { text: "It took me about ten minutes to find it with an ordinary search tool", speaker: "Tomasz Wren" },
    { text: "wholly unacceptable", speaker: "Angus Baird", partial: true },
    {
      text: "I told that clinic things I have never told my own family",
      speaker: "a 34-year-old woman from Motherwell",
    },
    // Single quotes in the tabloid.
    { text: "My whole medical history is out there for anyone to read", speaker: "Betty Lennox" },
    // The surname alone after the full name in the lead.
    { text: "We will write to every patient affected, starting on Monday", speaker: "Fiona Gilchrist" },
    // Opens in lower case after "According to …,": partial by the house rule.
    { text: "the exposure was caused by a single misconfigured server", speaker: "Medivox", partial: true },
  ],
  timeline: [
    {
      text: "were exposed after a contractor's database was left open online, the board said on Monday",
      dates: ["2045-05-08"],
    },
    {
      text: "were exposed when a contractor's database was left open on the internet, the board said on Monday",
      dates: ["2045-05-08"],
    },
    { text: "before a security researcher reported it to the board on 28 April", dates: ["2045-04-28"] },
    { text: "A security researcher alerted the board on 28 April", dates: ["2045-04-28"] },
    { text: "an independent researcher who alerted the board on April 28", dates: ["2045-04-28"] },
    { text: "More than 3,000 people called the Clyde Valley helpline yesterday", dates: ["2045-05-08"] },
    { text: "would make a statement to Holyrood on Tuesday", dates: ["2045-05-09"] },
    { text: "were posted on a hacker forum last night", dates: ["2045-05-09"] },
    { text: "chief executive Fiona Gilchrist said on Thursday, after a forensic review", dates: ["2045-05-11"] },
    { text: "Extracts from the files were posted on a criminal forum on Tuesday", dates: ["2045-05-09"] },
    { text: "The Information Commissioner's Office opened an investigation on Wednesday", dates: ["2045-05-10"] },
    { text: "We will write to every patient affected, starting on Monday", dates: ["2045-05-15"] },
  ],
  neverDated: [
    { text: "letters from outpatient clinics dating from 2036 to 2044", date: "2044" },
    { text: "letters from outpatient clinics dating from 2036 to 2044", date: "2036" },
    { text: "In 2039, a breach at an English hospital trust", date: "2039" },
    { text: "a Leeds company founded in 2031", date: "2031" },
    // The researcher's April day is this year's, not next year's.
    { text: "an independent researcher who alerted the board on April 28", date: "2046-04-28", exact: true },
    // "Last night" in Wednesday's tabloid is Tuesday night.
    { text: "were posted on a hacker forum last night", date: "2045-05-10", exact: true },
    // "On Tuesday" in a Thursday story is the Tuesday gone.
    { text: "Extracts from the files were posted on a criminal forum on Tuesday", date: "2045-05-16", exact: true },
  ],
  disagreements: [
    // How long the database was open: "left open for 52 days" against "sat exposed for 38 days".
    { values: ["52", "38"], outlets: ["Britannia Press Association", "SecureOps Journal"] },
    // The size of the data: "a 410GB patient database" against "totalled 340 gigabytes".
    { values: ["410", "340"], outlets: ["SecureOps Journal", "The Caledonian Herald"] },
    // Medivox's yearly contract: "£2.3m" against "1.9 million pounds".
    { values: ["2.3", "1.9"], outlets: ["SecureOps Journal", "The Scottish Beacon"] },
    // The researcher's age: ", 27," against "the 29-year-old".
    { values: ["27", "29"], outlets: ["SecureOps Journal", "The Scottish Beacon"] },
  ],
  notDisagreements: [
    // Patients affected as the count grew with the review.
    ["180,000", "212,000"],
    // Part against whole: patients with clinic letters.
    ["12,000", "180,000"],
    ["12,000", "212,000"],
    // Helpline calls on the first day against the later total.
    ["3,000", "9,500"],
    // A forecast review against the real one.
    ["two", "four"],
    // The 2039 precedent.
    ["1.1", "180,000"],
    ["1.1", "2.3"],
    // A sum and its conversion.
    ["2.3", "2.9"],
    // A demand against an offer (years against months).
    ["five", "24"],
    // The Herald's own correction of the hospitals affected.
    ["five", "four"],
    // Other people's ages against the researcher's.
    ["34", "29"],
    ["71", "27"],
    ["34", "27"],
    // Screenshots against patients; minutes to find it against days exposed.
    ["40", "12,000"],
    ["ten", "38"],
  ],
  corroboration: [
    // The wire, its rewrite (once) and the trade paper's "left a 410GB patient database open to the internet".
    { text: "were exposed after a contractor's database was left open online", outlets: 2 },
    // The wire (with its rewrite) and the trade paper ("alerted the board on April 28").
    { text: "before a security researcher reported it to the board on 28 April", outlets: 2 },
    // The tabloid and Thursday's wire.
    { text: "Extracts from the files were posted on a criminal forum on Tuesday", outlets: 2 },
  ],
  headline: ["212,000"],
  summary: {
    holds: ["212,000"],
    never: ["expects a forensic review to take two weeks", "More than 3,000 people called"],
  },
  sameEntry: [
    ["were posted on a hacker forum last night", "Extracts from the files were posted on a criminal forum on Tuesday"],
  ],
  order: [
    "before a security researcher reported it to the board on 28 April",
    "were exposed after a contractor's database was left open online, the board said on Monday",
    "Extracts from the files were posted on a criminal forum on Tuesday",
    "The Information Commissioner's Office opened an investigation on Wednesday",
    "chief executive Fiona Gilchrist said on Thursday, after a forensic review",
    "We will write to every patient affected, starting on Monday",
  ],
  supersession: {
    apart: [
      ["Personal details of about 180,000 patients", "The Clyde Valley data breach affected 212,000 patients"],
      ["expects a forensic review to take two weeks", "after a forensic review finished in four days"],
      ["More than 3,000 people called the Clyde Valley helpline", "The helpline has now taken about 9,500 calls"],
    ],
    current: [
      "The Information Commissioner's Office opened an investigation on Wednesday",
      "the board has offered 24 months",
      "We will write to every patient affected, starting on Monday",
    ],
  },
};
