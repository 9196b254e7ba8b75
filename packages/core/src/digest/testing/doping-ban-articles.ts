import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts9, 2026-12-05, before its author read the
 * facts code): six articles from five outlets about a cyclist's doping ban and the days after it
 * (Tuesday 9 to Friday 12 March 2027). Traps: one real disagreement (the costs she must pay: 20,000
 * Swiss francs in the wire, 25,000 in a cycling weekly); two people with one surname (the lawyer Marko
 * Horvat and the teammate Lucija Horvat, in one article, "Horvat said" between them); an organisation
 * as speaker ("the court said in a statement", "the team said in a statement", "Bellvista said" for
 * Bellvista Bank); a quote over two paragraphs whose attribution ("Kovač told Reuters in Zagreb")
 * ends the second; "X, a spokeswoman for Y, said:"; "He added:"; a quote of a quote ("When she told
 * me, ‘Ivan, …’"); partial fragments, two in one sentence; a paraphrase without quote marks ("said it
 * was confident the ruling would stand"); a sign's words nobody said; a speaker named only in the
 * paragraph before ("he wrote on social media"); "“…” — X, title"; background years (a world title in
 * 2024, the 2028 Games, a contract until 2029), "in November" four months back; a wire report
 * syndicated by a second paper and an undated, untitled blog. Test support only.
 */
const DOPING_BAN_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "doping/1",
    externalId: "continental-press-1",
    source: "Continental Press Agency",
    url: "https://continentalpress.example/sport/2027/03/09/kovac-banned-four-years",
    publishedAt: "2027-03-09T13:00:00Z",
    title: "Olympic champion Hana Kovač banned for four years after EPO positive",
    originalText: [
      "The Court of Arbitration for Sport on Tuesday banned Olympic road race champion Hana Kovač for four years for doping, upholding an appeal by the World Anti-Doping Agency against the 18-month suspension imposed by her national federation.",
      "Kovač, 27, tested positive for the blood booster EPO in an out-of-competition test on June 3, 2026.",
      "The Croatian Cycling Federation suspended her for 18 months in November, accepting her argument that a contaminated supplement was to blame.",
      "“The athlete's explanation was not supported by the evidence,” the court said in a statement.",
      "The ban, backdated to her provisional suspension on July 1, 2026, rules her out of the 2028 Olympic Games in Los Angeles.",
      "She was also ordered to pay costs of 20,000 Swiss francs.",
      "“This decision sends a clear message that there are no shortcuts,” said Olivier Niyonzima, WADA's director general.",
      "Kovač's lawyer, Marko Horvat, said his client was “devastated” and would consider an appeal to the Swiss Federal Tribunal.",
    ].join("\n\n"),
  },
  {
    input: "doping/2",
    externalId: "adriatic-herald-1",
    source: "Adriatic Herald",
    url: "https://adriaticherald.example/sport/kovac-four-year-ban",
    publishedAt: "2027-03-09T16:30:00Z",
    title: "Kovač handed four-year doping ban by sport's top court",
    originalText: [
      "Olympic road race champion Hana Kovač was banned for four years for doping by the Court of Arbitration for Sport on Tuesday, Continental Press Agency reported.",
      "Kovač, 27, tested positive for the blood booster EPO in an out-of-competition test on June 3, 2026.",
      "“The athlete's explanation was not supported by the evidence,” the court said in a statement.",
      "The ban, backdated to her provisional suspension on July 1, 2026, rules her out of the 2028 Olympic Games in Los Angeles.",
      "Kovač's lawyer, Marko Horvat, said his client was “devastated” and would consider an appeal to the Swiss Federal Tribunal.",
    ].join("\n\n"),
  },
  {
    input: "doping/3",
    externalId: "velo-weekly-1",
    source: "Velo Weekly",
    url: "https://veloweekly.example/news/kovac-i-never-knowingly-took-anything",
    publishedAt: "2027-03-10T09:00:00Z",
    title: "Kovač: ‘I never knowingly took anything’",
    originalText: [
      "Hana Kovač said on Wednesday that she would fight to clear her name, a day after the Court of Arbitration for Sport banned her for four years.",
      "“I have never knowingly taken a banned substance in my life. I trusted the people around me and I trusted the label on that bottle.",
      "“Four years is the rest of my career,” Kovač told Reuters in Zagreb.",
      "Her coach, Ivan Barić, said she had been “hung out to dry” by the federation's own doctors.",
      "Barić, who also coached Kovač to the world title in 2024, was not accused of any wrongdoing.",
      "“When she told me, ‘Ivan, I have done nothing wrong,’ I believed her, and I still do,” Barić said.",
      "Emma Lindqvist, a spokeswoman for the International Cycling Union, said: “We will apply the sanction immediately, and her results since June 3, 2026, are annulled.”",
    ].join("\n\n"),
  },
  {
    input: "doping/4",
    externalId: "morning-ledger-1",
    source: "The Morning Ledger",
    url: "https://morningledger.example/sport/kovac-to-appeal-ban",
    publishedAt: "2027-03-11T07:00:00Z",
    title: "Kovač to appeal four-year doping ban to Swiss court",
    originalText: [
      "Hana Kovač will appeal her four-year doping ban to the Swiss Federal Tribunal, her lawyer said on Thursday.",
      "Marko Horvat said the appeal would be filed within 30 days and would argue that the panel ignored laboratory evidence about the supplement.",
      "“The panel heard our experts and then simply ignored them,” Horvat said.",
      "He added: “Nobody wins a case like this on the science alone.”",
      "The World Anti-Doping Agency said it was confident the ruling would stand.",
      "The Swiss Federal Tribunal overturns rulings of the sports court only rarely, and only on procedural grounds.",
      "Kovač's former teammate Lucija Horvat, who is not related to the lawyer, said the women's peloton was “stunned” by the length of the ban.",
    ].join("\n\n"),
  },
  {
    input: "doping/5",
    externalId: "chainstay-blog-1",
    source: "Chainstay",
    url: "https://chainstay.example/blog/a-positive-is-a-positive",
    title: null,
    originalText: [
      "Everyone in the sport has an opinion on Hana Kovač this week.",
      "My view is simple: a positive test is a positive test.",
      "A rider I spoke to said privately that half the peloton uses the same supplement brand.",
      "Former world champion Sven Aaltonen has been the loudest voice.",
      "“If it was a contaminated supplement, show me the batch,” he wrote on social media.",
      "The sign outside the velodrome in her home town still says “Home of Hana Kovač, Olympic champion”.",
    ].join("\n\n"),
  },
  {
    input: "doping/6",
    externalId: "velo-weekly-2",
    source: "Velo Weekly",
    url: "https://veloweekly.example/news/team-aurora-sacks-kovac",
    publishedAt: "2027-03-12T18:00:00Z",
    title: "Team Aurora sacks Kovač as sponsor pulls out",
    originalText: [
      "Team Aurora sacked Hana Kovač on Friday, three days after her four-year ban, and its main sponsor, Bellvista Bank, said it would end its support at the end of the season.",
      "“We have a zero-tolerance policy and we have applied it,” the team said in a statement.",
      "Bellvista said the decision was “not taken lightly” but was “the only responsible one”.",
      "Kovač had been Team Aurora's highest-paid rider, on a contract worth €1.2 million a year until 2029.",
      "Kovač tested positive for EPO in an out-of-competition test in June 2026.",
      "She must also pay 25,000 Swiss francs in costs.",
      "“She is still the same person I knew when she was 15.” — Paula Mertens, Team Aurora's sports director",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function dopingBanArticles(): Article[] {
  return linkNearDuplicates(DOPING_BAN_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const DOPING_BAN_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The athlete's explanation was not supported by the evidence", speaker: "Court of Arbitration for Sport" },
    { text: "This decision sends a clear message", speaker: "Olivier Niyonzima" },
    { text: "devastated", speaker: "Marko Horvat", partial: true },
    // Two paragraphs, one attribution at the end of the second.
    { text: "I have never knowingly taken a banned substance", speaker: "Hana Kovač" },
    { text: "Four years is the rest of my career", speaker: "Hana Kovač" },
    { text: "hung out to dry", speaker: "Ivan Barić", partial: true },
    // Kovač's words inside Barić's quote: his quotation, not hers.
    { text: "When she told me", speaker: "Ivan Barić" },
    { text: "We will apply the sanction immediately", speaker: "Emma Lindqvist" },
    { text: "The panel heard our experts and then simply ignored them", speaker: "Marko Horvat" },
    { text: "Nobody wins a case like this on the science alone", speaker: "Marko Horvat" },
    { text: "stunned", speaker: "Lucija Horvat", partial: true },
    // Named in the paragraph before only.
    { text: "If it was a contaminated supplement, show me the batch", speaker: "Sven Aaltonen" },
    // A sign's words: nobody's quotation.
    { text: "Home of Hana Kovač, Olympic champion", speaker: null },
    { text: "We have a zero-tolerance policy", speaker: "Team Aurora" },
    { text: "not taken lightly", speaker: "Bellvista Bank", partial: true },
    { text: "the only responsible one", speaker: "Bellvista Bank", partial: true },
    { text: "She is still the same person I knew", speaker: "Paula Mertens" },
  ],
  timeline: [
    { text: "The Court of Arbitration for Sport on Tuesday banned", dates: ["2027-03-09"] },
    {
      text: "tested positive for the blood booster EPO in an out-of-competition test on June 3, 2026",
      dates: ["2026-06-03"],
    },
    { text: "suspended her for 18 months in November", dates: ["2026-11"] },
    { text: "Hana Kovač said on Wednesday that she would fight to clear her name", dates: ["2027-03-10"] },
    {
      text: "will appeal her four-year doping ban to the Swiss Federal Tribunal, her lawyer said on Thursday",
      dates: ["2027-03-11"],
    },
    { text: "Team Aurora sacked Hana Kovač on Friday", dates: ["2027-03-12"] },
    { text: "Everyone in the sport has an opinion on Hana Kovač this week", dates: [null] },
  ],
  neverDated: [
    { text: "who also coached Kovač to the world title in 2024", date: "2024" },
    { text: "rules her out of the 2028 Olympic Games", date: "2028" },
    { text: "on a contract worth €1.2 million a year until 2029", date: "2029" },
    { text: "suspended her for 18 months in November", date: "2027-11" },
  ],
  disagreements: [{ values: ["20,000", "25,000"], outlets: ["Continental Press Agency", "Velo Weekly"] }],
  notDisagreements: [
    ["27", "15"],
    ["18", "30"],
    ["1.2", "20,000"],
    ["2026", "2028"],
    ["2028", "2029"],
  ],
  corroboration: [
    // The wire and its syndicated copy count once; the weekly's Friday story says it too.
    { text: "Kovač, 27, tested positive for the blood booster EPO", outlets: 2 },
    // Only the wire (and its copy) says from when the ban runs.
    { text: "The ban, backdated to her provisional suspension on July 1, 2026", outlets: 1 },
  ],
  headline: ["sacks Kovač", "sacked Hana Kovač"],
};
