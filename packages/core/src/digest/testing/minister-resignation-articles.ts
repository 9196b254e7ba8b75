import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts9, 2026-12-05, before its author read the
 * facts code): six articles from five outlets about a transport minister's resignation over a rail
 * contract (Monday 14 to Friday 18 June 2027). Traps: one real disagreement (the contract's value:
 * £640 million in the wire, £580 million in the paper that published the emails); a minister and a
 * company chairman whose names overlap (Daniel Osei-Mensah, Simon Osei, then "Osei said" of the
 * chairman, whose quote names "Daniel"); "X told reporters"; straight single quotes after "X said:";
 * "According to Adeyemi, “…”" (surname only, full name in another article); "a government spokesman,
 * asked about the emails, said: “…”"; "In his resignation letter, he wrote: “…”" with the minister
 * named in the paragraph before; partial fragments ("“certain”", "“with regret”", "“find a way”",
 * "“nothing to hide”" of a company); "told The Capital Times"; "the Department for Transport said in
 * a statement"; "“…” — X, in a post on social media"; a quote of a quote ("‘he has my full
 * support’") from "a former cabinet minister"; paraphrases without quote marks ("The Cabinet Office
 * said it had opened an inquiry"); background years (minister since 2024, elected in 2015), "on
 * March 3" three months back, "by September 30" ahead; a wire report syndicated by a second paper
 * and an undated, untitled blog. Test support only.
 */
const MINISTER_RESIGNATION_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "minister/1",
    externalId: "national-wire-1",
    source: "National Wire Service",
    url: "https://nationalwire.example/politics/2027/06/14/osei-mensah-emails",
    publishedAt: "2027-06-14T11:00:00Z",
    title: "Transport minister under pressure over rail contract emails",
    originalText: [
      "Transport Minister Daniel Osei-Mensah faced calls to resign on Monday after leaked emails showed his office intervened in a £640 million rail signalling contract.",
      "The emails, first published by The Capital Times, show that his office asked officials to reconsider a rival bid from Northgate Rail.",
      "“I have done nothing improper and I will not be resigning,” Osei-Mensah told reporters outside his office.",
      "Opposition transport spokeswoman Ruth Adeyemi said: 'The minister must go, and he must go today.'",
      "The Cabinet Office said it had opened an inquiry.",
    ].join("\n\n"),
  },
  {
    input: "minister/2",
    externalId: "eastern-courier-1",
    source: "Eastern Courier",
    url: "https://easterncourier.example/news/minister-rail-emails",
    publishedAt: "2027-06-14T15:00:00Z",
    title: "Minister faces calls to quit over rail emails",
    originalText: [
      "Transport Minister Daniel Osei-Mensah was facing calls to resign on Monday after leaked emails showed his office had intervened in a £640 million rail signalling contract, according to the National Wire Service.",
      "“I have done nothing improper and I will not be resigning,” Osei-Mensah told reporters.",
      "Opposition transport spokeswoman Ruth Adeyemi said: 'The minister must go, and he must go today.'",
      "The Cabinet Office said it had opened an inquiry.",
    ].join("\n\n"),
  },
  {
    input: "minister/3",
    externalId: "capital-times-1",
    source: "The Capital Times",
    url: "https://capitaltimes.example/politics/adviser-pressed-officials-northgate",
    publishedAt: "2027-06-16T06:00:00Z",
    title: "Emails show minister's adviser pressed officials over Northgate bid",
    originalText: [
      "New emails seen by The Capital Times show that Osei-Mensah's special adviser, Clara Whitfield, wrote to officials on March 3 asking them to “find a way” to keep Northgate Rail in the running.",
      "The contract, worth £580 million over ten years, was awarded to Northgate in April.",
      "Northgate Rail's chairman, Simon Osei, is a former business partner of the minister.",
      "“I have never discussed this contract with Daniel, not once,” Osei said.",
      "A government spokesman, asked about the emails, said: “The minister has the full confidence of the Prime Minister.”",
      "According to Adeyemi, “This is now about the Prime Minister's judgment, not just one minister's.”",
    ].join("\n\n"),
  },
  {
    input: "minister/4",
    externalId: "politics-today-1",
    source: "Politics Today",
    url: "https://politicstoday.example/osei-mensah-resigns",
    publishedAt: "2027-06-17T19:00:00Z",
    title: "Osei-Mensah resigns as transport minister over rail contract row",
    originalText: [
      "Daniel Osei-Mensah resigned as transport minister on Thursday evening, three days after leaked emails showed his office had intervened in the rail signalling contract.",
      "In his resignation letter, he wrote: “I have become a distraction from the work of this government, and that is not fair to my colleagues.”",
      "He said he remained “certain” that he had acted properly at every stage.",
      "The Prime Minister, Helen Castellanos, said she had accepted the resignation “with regret”.",
      "Osei-Mensah, 49, had been transport minister since 2024 and was first elected to parliament in 2015.",
      "He will be replaced by the junior health minister, Priya Raman, the Prime Minister's office said.",
      "“Priya is the right person to get the rail programme back on track.” — Helen Castellanos, in a post on social media",
    ].join("\n\n"),
  },
  {
    input: "minister/5",
    externalId: "lobby-blog-1",
    source: "The Lobby",
    url: "https://thelobby.example/blog/four-days",
    title: null,
    originalText: [
      "Ministers rarely survive a week of bad headlines, and Osei-Mensah lasted barely four days.",
      "“When the chief whip tells you ‘he has my full support’, you know it is over,” a former cabinet minister told this blog.",
      "Others in the party say the Prime Minister waited too long.",
    ].join("\n\n"),
  },
  {
    input: "minister/6",
    externalId: "capital-times-2",
    source: "The Capital Times",
    url: "https://capitaltimes.example/politics/raman-named-transport-minister",
    publishedAt: "2027-06-18T17:00:00Z",
    title: "Raman named transport minister as inquiry into Northgate contract begins",
    originalText: [
      "Priya Raman was appointed transport minister on Friday, a day after Daniel Osei-Mensah resigned over the rail contract row.",
      "“My first job is to restore trust in how this department awards contracts,” Raman, 41, told The Capital Times.",
      "The Cabinet Office inquiry, led by the former judge Sir Anthony Hale, will report by September 30.",
      "“The contract award has been paused while the inquiry takes place,” the Department for Transport said in a statement.",
      "Northgate Rail said it had “nothing to hide” and welcomed the inquiry.",
      "Osei-Mensah resigned on Thursday after leaked emails showed his office had intervened in the rail signalling contract.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function ministerResignationArticles(): Article[] {
  return linkNearDuplicates(MINISTER_RESIGNATION_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const MINISTER_RESIGNATION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "I have done nothing improper", speaker: "Daniel Osei-Mensah" },
    { text: "The minister must go, and he must go today", speaker: "Ruth Adeyemi" },
    { text: "find a way", speaker: "Clara Whitfield", partial: true },
    // "Osei said": the chairman, never the minister whose name holds "Osei".
    { text: "I have never discussed this contract with Daniel", speaker: "Simon Osei" },
    { text: "The minister has the full confidence of the Prime Minister", speaker: "a government spokesman" },
    { text: "This is now about the Prime Minister's judgment", speaker: "Ruth Adeyemi" },
    { text: "I have become a distraction from the work of this government", speaker: "Daniel Osei-Mensah" },
    { text: "certain", speaker: "Daniel Osei-Mensah", partial: true },
    { text: "with regret", speaker: "Helen Castellanos", partial: true },
    { text: "Priya is the right person", speaker: "Helen Castellanos" },
    // The chief whip's words inside the former minister's quote: one quotation, the former minister's.
    { text: "When the chief whip tells you", speaker: "a former cabinet minister" },
    { text: "My first job is to restore trust", speaker: "Priya Raman" },
    { text: "The contract award has been paused", speaker: "Department for Transport" },
    { text: "nothing to hide", speaker: "Northgate Rail", partial: true },
  ],
  timeline: [
    { text: "Transport Minister Daniel Osei-Mensah faced calls to resign on Monday", dates: ["2027-06-14"] },
    { text: "wrote to officials on March 3", dates: ["2027-03-03"] },
    { text: "was awarded to Northgate in April", dates: ["2027-04"] },
    { text: "Daniel Osei-Mensah resigned as transport minister on Thursday evening", dates: ["2027-06-17"] },
    { text: "Priya Raman was appointed transport minister on Friday", dates: ["2027-06-18"] },
    { text: "will report by September 30", dates: ["2027-09-30", "2027-06-18"] },
    { text: "Ministers rarely survive a week of bad headlines", dates: [null] },
  ],
  neverDated: [{ text: "wrote to officials on March 3", date: "2026-03-03", exact: true }],
  disagreements: [{ values: ["640", "580"], outlets: ["National Wire Service", "The Capital Times"] }],
  notDisagreements: [
    ["49", "41"],
    ["3", "30"],
    ["2024", "2015"],
  ],
  corroboration: [
    // The wire and its syndicated copy count once.
    { text: "Transport Minister Daniel Osei-Mensah faced calls to resign on Monday", outlets: 1 },
    // Politics Today and The Capital Times tell the resignation each in their own words.
    { text: "Daniel Osei-Mensah resigned as transport minister on Thursday evening", outlets: 2 },
  ],
  headline: ["Raman named transport minister", "Priya Raman was appointed transport minister"],
};
