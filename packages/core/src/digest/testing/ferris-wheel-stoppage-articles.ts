import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes27 (2026-12-06, texts and expectations before running
 * any code on them): five American articles from three outlets (a wire without honorifics, a paper
 * with "Mr." and "Ms.", a local TV station) on a Ferris wheel that stranded 41 riders at an Ohio
 * county fair on Friday 7 August 2026, the state inspection, its findings on Tuesday 11 August and
 * the fair's close on Sunday 16 August. Quote styles: "“…,” X told reporters", "the 38-year-old
 * mother of two said", "X wrote in a statement", "the inspector said" before she is named, "“…,” she
 * said" after a man and a woman are named together, "Mr. Kowalczyk said his son …. “…,” he said", "X,
 * speaking to WKTV on Sunday, said: “…”", "said in a post on X that", "“…,” according to a statement
 * from X", "“…,” she added", "the younger Mr. Kowalczyk said", "Ms. Tran … said they had “…”". Traps: a
 * father and son (Ray and Tyler Kowalczyk) of one surname, both "Mr.", a scare quote, a quote in a
 * headline. Test support only.
 */
const FERRIS_WHEEL_STOPPAGE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ferris/1",
    externalId: "fw1",
    source: "Midwest Wire",
    url: "https://midwestwire.example/2026/08/08/ferris-wheel-riders-stranded",
    publishedAt: "2026-08-08T03:10:00Z",
    title: "Riders stranded 90 minutes atop Ferris wheel at Ohio county fair",
    originalText: [
      "Forty-one people were stranded for about 90 minutes Friday night when a Ferris wheel stopped at the Licking Valley County Fair in Ohio, officials said.",
      "Fire crews used a ladder truck to bring down riders from the top four gondolas. No one was seriously hurt, Fire Chief Dale Messner said.",
      '"The wheel lost power and the backup brake did exactly what it was designed to do," Messner told reporters. "Nobody was ever in danger of falling."',
      'Jessica Tran, 38, was stuck at the top with her two sons, ages 6 and 9. "My little one kept asking if we were going to sleep up there," the 38-year-old mother of two said.',
      "The ride is owned by Keystone Amusements, a family company from Pennsylvania run by Ray Kowalczyk and his son, Tyler Kowalczyk.",
      '"We are cooperating fully with state inspectors," Tyler Kowalczyk wrote in a statement.',
    ].join("\n"),
  },
  {
    input: "ferris/2",
    externalId: "fw2",
    source: "The Ledger",
    url: "https://theledger.example/2026/08/09/us/ohio-fair-ferris-wheel",
    publishedAt: "2026-08-09T21:00:00Z",
    title: "After a Night Stuck on a Ferris Wheel, a Fair Asks What Went Wrong",
    originalText: [
      "NEWARK, Ohio — The Ferris wheel at the Licking Valley County Fair stood still on Saturday, a day after it stranded 41 riders for an hour and a half.",
      "A state inspector arrived at the fairgrounds on Saturday morning. “We will not let it turn again until we know why the generator failed,” the inspector said, declining to give details of the investigation.",
      "The inspector, Marisol Ortega of the Ohio Department of Agriculture, which licenses amusement rides, later confirmed that her office had opened a formal inquiry.",
      "Ray Kowalczyk, 66, who founded Keystone Amusements in 1981, and Denise Albright, the fair board’s president, walked the midway together on Saturday afternoon. “We run a safe fair, and we are going to prove it,” she said.",
      "Mr. Kowalczyk said his son had been operating the wheel on Friday night. “Tyler did everything by the book,” he said.",
      "Ms. Albright said the fair had been told the wheel passed its last inspection in July.",
    ].join("\n"),
  },
  {
    input: "ferris/3",
    externalId: "fw3",
    source: "WKTV News",
    url: "https://wktv.example/news/ferris-wheel-operator-speaks",
    publishedAt: "2026-08-10T12:30:00Z",
    title: "'I thought the brake would hold': Ferris wheel operator speaks out",
    originalText: [
      "The operator of the Ferris wheel that stranded 41 riders at the Licking Valley County Fair says he heard the generator cut out seconds before the wheel stopped.",
      'Tyler Kowalczyk, 34, speaking to WKTV on Sunday, said: "I thought the brake would hold, and it did. I never thought we\'d be up there that long."',
      'His father, who has run fairground rides for 45 years, said the family would pay for a new generator. "This is the first time in 45 years we\'ve had to call the fire department," Ray Kowalczyk said.',
      'Messner said in a post on X that crews had trained for a Ferris wheel rescue "just last spring."',
      'The ride\'s "state-of-the-art" braking system was installed in 2019.',
    ].join("\n"),
  },
  {
    input: "ferris/4",
    externalId: "fw4",
    source: "Midwest Wire",
    url: "https://midwestwire.example/2026/08/11/ferris-wheel-fuel-valve",
    publishedAt: "2026-08-11T22:45:00Z",
    title: "Inspectors blame faulty fuel valve for Ohio Ferris wheel stoppage",
    originalText: [
      "Ohio inspectors said Tuesday that a faulty fuel valve on a generator caused a Ferris wheel at the Licking Valley County Fair to stop last week, stranding 41 riders.",
      '"The valve was worn and should have been replaced at the last service," Ortega said at a news conference in Columbus. She said the wheel itself was sound.',
      "Keystone Amusements will be fined $2,500, according to the department.",
      '"We accept the findings and we have already replaced the valve on every generator we own," according to a statement from Keystone Amusements.',
      "Albright said the wheel would not return to this year's fair, which ends Sunday. \"It's not worth the worry,\" she added.",
    ].join("\n"),
  },
  {
    input: "ferris/5",
    externalId: "fw5",
    source: "The Ledger",
    url: "https://theledger.example/2026/08/17/us/ohio-fair-closes",
    publishedAt: "2026-08-17T10:00:00Z",
    title: "A Fair Ends, and a Family Business Counts the Cost",
    originalText: [
      "The Licking Valley County Fair closed on Sunday with attendance of about 118,000, down from 131,000 last year.",
      "Ms. Albright blamed rain on the first weekend as much as the stoppage. “People came back, and that is what matters,” she said.",
      "Tyler Kowalczyk and his father were at the fairgrounds on Sunday to take down the wheel. “We’ll be back next year if they’ll have us,” the younger Mr. Kowalczyk said.",
      "Ms. Tran, who took her sons back to the fair on Saturday, said they had “no hard feelings.”",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function ferrisWheelStoppageArticles(): Article[] {
  return linkNearDuplicates(FERRIS_WHEEL_STOPPAGE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by quotes27 (2026-12-06), before running any code on them. No disagreement. */
export const FERRIS_WHEEL_STOPPAGE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The wheel lost power and the backup brake", speaker: "Dale Messner" },
    { text: "Nobody was ever in danger of falling", speaker: "Dale Messner" },
    // "the 38-year-old mother of two said" after "Jessica Tran, 38,".
    { text: "My little one kept asking", speaker: "Jessica Tran" },
    { text: "We are cooperating fully with state inspectors", speaker: "Tyler Kowalczyk" },
    // "the inspector said", named in the next paragraph.
    { text: "We will not let it turn again", speaker: "Marisol Ortega" },
    // A man and a woman named together, then "she said".
    { text: "We run a safe fair", speaker: "Denise Albright" },
    // "Mr. Kowalczyk said his son …": the father, the only Kowalczyk the article names in full.
    { text: "Tyler did everything by the book", speaker: "Ray Kowalczyk" },
    { text: "I thought the brake would hold", speaker: "Tyler Kowalczyk" },
    { text: "This is the first time in 45 years", speaker: "Ray Kowalczyk" },
    { text: "just last spring", speaker: "Dale Messner", partial: true },
    { text: "The valve was worn", speaker: "Marisol Ortega" },
    { text: "We accept the findings", speaker: "Keystone Amusements" },
    { text: "It's not worth the worry", speaker: "Denise Albright" },
    { text: "People came back, and that is what matters", speaker: "Denise Albright" },
    // "the younger Mr. Kowalczyk": the son.
    { text: "be back next year if they", speaker: "Tyler Kowalczyk" },
    { text: "no hard feelings", speaker: "Jessica Tran", partial: true },
  ],
  timeline: [
    { text: "Forty-one people were stranded for about 90 minutes Friday night", dates: ["2026-08-07"] },
    { text: "Ohio inspectors said Tuesday that a faulty fuel valve", dates: ["2026-08-11"] },
    { text: "The Licking Valley County Fair closed on Sunday", dates: ["2026-08-16"] },
  ],
  neverDated: [{ text: "who founded Keystone Amusements in 1981", date: "1981", exact: true }],
  disagreements: [],
  notDisagreements: [
    ["41", "45"],
    ["118,000", "131,000"],
    ["38", "34"],
    ["66", "45"],
  ],
  corroboration: [{ text: "The Licking Valley County Fair closed on Sunday", outlets: 1 }],
};
