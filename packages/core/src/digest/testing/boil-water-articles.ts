import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes17 (2026-12-05, before running any code on it): six
 * articles from five outlets on a boil-water order for Carrow, Ohio's east side: the news conference
 * on Tuesday 1 December 2026 (a mayor, a water chief, a health commissioner, reporters and a
 * councilwoman asking questions), Wednesday's extension and Thursday 3 December's lifting. A wire
 * story and its syndicated rewrite with a credit line, a local paper with a byline, a public radio
 * station, an undated policy piece. Quote styles: questions put to someone named after the verb
 * ("“Will you resign?” a reporter asked Sowerby. “No. …,” he said."; "Gazette reporter Sam Whitlow
 * asked the mayor. “…,” she said."), "At one point Sowerby was asked whether …. “…,” he said.", "Osei
 * was asked if …. “…,” she said." after a woman quoted, "Asked whether …, Osei said: “…”", a quote
 * over two sentences. Traps: words in quotation marks that are no one's words but a name the
 * sentence goes on to use ("“Boil Water Advisory” texts went to…", "“Sampling and Reporting” rules
 * are federal", right after someone's quote), a pledge's and an operation's names. Test support only.
 */
const BOIL_WATER_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "boil/1",
    externalId: "b1",
    source: "Associated Press",
    url: "https://apnews.example/carrow-boil-water-order",
    publishedAt: "2026-12-01T20:10:00Z",
    title: "Carrow water chief apologizes as boil order covers 40,000 homes",
    originalText: [
      "CARROW, Ohio (AP) — The head of Carrow’s water utility apologized on Tuesday for a contamination that left about 40,000 east-side homes under a boil-water order, and said he would not resign.",
      "“We failed the people of this city, and I am sorry,” Carrow Water Authority chief executive Martin Sowerby said at a news conference at City Hall.",
      "“Will you resign?” a reporter asked Sowerby. “No. My job is to fix this,” he said.",
      "“Only the east side is affected,” Sowerby said. “Boil Water Advisory” texts went to every east-side customer’s phone on Monday night, according to the authority.",
      "Samples taken on Friday at a pumping station on Holt Avenue found E. coli bacteria, but the result was not reported to the city until Monday.",
    ].join("\n"),
  },
  {
    input: "boil/2",
    externalId: "b2",
    source: "Carrow Gazette",
    url: "https://carrowgazette.example/news/boil-order-news-conference",
    publishedAt: "2026-12-01T23:30:00Z",
    title: "‘Not one drop’: Mayor says east-side water unsafe until Thursday",
    originalText: [
      "By Jenna Marsh, Gazette staff",
      "Mayor Helen Adeyemi stood beside the head of the Carrow Water Authority on Tuesday and told residents that east-side tap water would not be safe to drink until at least Thursday.",
      "“Not one drop from an east-side tap should be drunk without boiling it first,” Adeyemi said.",
      "Dr. Priya Osei, the county health commissioner, said five people had been treated for stomach illness since Saturday, none of them admitted to hospital.",
      "Asked whether the illnesses were linked to the water, Osei said: “We think it likely, but we do not know yet.”",
      "“Who knew about the failed test, and when?” Gazette reporter Sam Whitlow asked the mayor. “I learned of it at nine o’clock on Monday night,” she said.",
      "At one point Sowerby was asked whether customers would be compensated. “Every east-side household will get a $50 credit on its next bill,” he said.",
      "The “Carrow Clean Water Pledge” the mayor signed in 2023 promised monthly testing at every pumping station.",
    ].join("\n"),
  },
  {
    input: "boil/3",
    externalId: "b3",
    source: "Lakeshore Herald",
    url: "https://lakeshoreherald.example/wire/carrow-water-apology",
    publishedAt: "2026-12-02T06:00:00Z",
    title: "Carrow water chief apologizes for contamination, won’t resign",
    originalText: [
      "The head of Carrow’s water utility apologized on Tuesday for a contamination that left about 40,000 east-side homes under a boil-water order, and said he would not resign.",
      "“We failed the people of this city, and I am sorry,” Carrow Water Authority chief executive Martin Sowerby said at a news conference at City Hall.",
      "“Will you resign?” a reporter asked Sowerby. “No. My job is to fix this,” he said.",
      "(AP)",
    ].join("\n"),
  },
  {
    input: "boil/4",
    externalId: "b4",
    source: "Buckeye Public Radio",
    url: "https://buckeyepublicradio.example/2026/12/02/carrow-boil-order-extended",
    publishedAt: "2026-12-02T14:00:00Z",
    title: "Carrow boil order extended after new E. coli samples",
    originalText: [
      "Carrow’s boil-water order will stay in place until at least Thursday evening, the Carrow Water Authority said on Wednesday, after a second round of samples found E. coli at two of 31 sites.",
      "At Tuesday’s news conference, Councilwoman Dana Pruitt, who represents the east side, pressed Sowerby on why Friday’s failed test was not reported until Monday.",
      "“Why did it take three days to tell anyone?” Pruitt asked Sowerby. “The lab result came back on a Friday, and the weekend staff did not escalate it,” he said. “That will never happen again.”",
      "Pruitt said she would call for an independent inquiry at next Monday’s council meeting.",
      "Crews began flushing 60 miles of east-side mains on Wednesday morning under what the authority calls “Operation Clear Tap.”",
    ].join("\n"),
  },
  {
    input: "boil/5",
    externalId: "b5",
    source: "Water Policy Review",
    url: "https://waterpolicyreview.example/analysis/weekend-lab-results",
    title: "Carrow and the problem of weekend lab results",
    originalText: [
      "Carrow’s failure follows a pattern seen at smaller utilities, where weekend lab results often sit unread, according to Maria Lindqvist, a former Environmental Protection Agency drinking-water official.",
      "“Utilities of Carrow’s size rarely have a chemist on call at weekends,” Lindqvist said. “Sampling and Reporting” rules are federal, but staffing is left to each city.",
      "She said Carrow’s $50 credit was “a gesture, not compensation.”",
    ].join("\n"),
  },
  {
    input: "boil/6",
    externalId: "b6",
    source: "Associated Press",
    url: "https://apnews.example/carrow-boil-order-lifted",
    publishedAt: "2026-12-03T22:00:00Z",
    title: "Carrow lifts boil-water order after three days of clean samples",
    originalText: [
      "CARROW, Ohio (AP) — Carrow lifted its boil-water order for 40,000 east-side homes on Thursday evening after three days of clean samples, Mayor Helen Adeyemi said.",
      "“You can drink the water,” Adeyemi told reporters. “Thank you for your patience.”",
      "Health officials said the number of people treated for stomach illness had risen to seven.",
      "Osei was asked if any of them remained ill. “All seven are recovering at home,” she said.",
      "“Will the council hold an inquiry?” a reporter asked Adeyemi. “Yes, and it will be public,” the mayor said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function boilWaterArticles(): Article[] {
  return linkNearDuplicates(BOIL_WATER_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes17 (2026-12-05), before running any code on them. No real
 * disagreement: five treated on Tuesday and seven on Thursday are a count and its later rise. Not
 * quotations, so not listed: “Boil Water Advisory” (the name of the texts, the sentence's subject),
 * “Carrow Clean Water Pledge”, “Operation Clear Tap” and “Sampling and Reporting” (the name of the
 * rules, the subject of the sentence after Lindqvist's quote).
 */
export const BOIL_WATER_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We failed the people of this city, and I am sorry", speaker: "Martin Sowerby" },
    // A reporter's question, and the answer of the man asked.
    { text: "Will you resign?", speaker: "a reporter" },
    { text: "My job is to fix this", speaker: "Martin Sowerby" },
    { text: "Only the east side is affected", speaker: "Martin Sowerby" },
    { text: "Not one drop from an east-side tap", speaker: "Helen Adeyemi" },
    { text: "We think it likely, but we do not know yet", speaker: "Priya Osei" },
    // A named reporter asks "the mayor"; "she said" is the mayor.
    { text: "Who knew about the failed test, and when?", speaker: "Sam Whitlow" },
    { text: "I learned of it at nine o’clock on Monday night", speaker: "Helen Adeyemi" },
    // "Sowerby was asked whether …" after the mayor spoke: "he said" is Sowerby.
    { text: "Every east-side household will get a $50 credit", speaker: "Martin Sowerby" },
    { text: "Why did it take three days to tell anyone?", speaker: "Dana Pruitt" },
    { text: "The lab result came back on a Friday", speaker: "Martin Sowerby" },
    { text: "That will never happen again.", speaker: "Martin Sowerby" },
    { text: "Utilities of Carrow’s size rarely have a chemist on call", speaker: "Maria Lindqvist" },
    { text: "a gesture, not compensation.", speaker: "Maria Lindqvist", partial: true },
    { text: "You can drink the water", speaker: "Helen Adeyemi" },
    { text: "Thank you for your patience.", speaker: "Helen Adeyemi" },
    // "Osei was asked if …" after the mayor (both women) spoke: "she said" is Osei.
    { text: "All seven are recovering at home", speaker: "Priya Osei" },
    { text: "Will the council hold an inquiry?", speaker: "a reporter" },
    { text: "Yes, and it will be public", speaker: "Helen Adeyemi" },
  ],
  timeline: [
    { text: "apologized on Tuesday for a contamination", dates: ["2026-12-01"] },
    { text: "will stay in place until at least Thursday evening", dates: ["2026-12-02"] },
    {
      text: "Carrow lifted its boil-water order for 40,000 east-side homes on Thursday evening",
      dates: ["2026-12-03"],
    },
  ],
  neverDated: [{ text: "the mayor signed in 2023", date: "2023", exact: true }],
  disagreements: [],
  notDisagreements: [
    // Treated by Tuesday, then by Thursday.
    ["five", "seven"],
    // Homes under the order against sites sampled, sites failing, miles of mains.
    ["40,000", "31"],
    ["two", "31"],
    ["60", "31"],
  ],
  corroboration: [
    // The AP story and its rewrite count once; the Gazette's lead tells another thing (the mayor's warning).
    { text: "apologized on Tuesday for a contamination that left about 40,000 east-side homes", outlets: 1 },
  ],
  headline: ["lifted", "lifts"],
};
