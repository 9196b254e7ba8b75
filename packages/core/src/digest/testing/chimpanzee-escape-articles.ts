/**
 * The lead's held-out batch M (session 28, 2026-12-07): texts and expectations written by helper heldout15 before any run, kept
 * outside the repository while unfitted (first run on 016a999 and the session's end: see the README's facts table),
 * added here at the session's end; one rule (clock times) was written after reading its misses, so it is fitted from now on.
 * Chimpanzees break out of an Ohio zoo enclosure and one is shot, Saturday 4 to Thursday 9 June 2044.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ce/1",
    externalId: "z1",
    source: "Great Lakes Press",
    url: "https://greatlakespress.example/ohio/fairhaven-zoo-chimpanzees-escape",
    publishedAt: "2044-06-05T01:30:00Z",
    title: "Chimpanzees escape at Ohio zoo; one shot dead by police",
    originalText: [
      "CARROLLTON, Ohio (GLP) — Five chimpanzees escaped from their enclosure at the Fairhaven Zoo on Saturday afternoon, forcing visitors to shelter in buildings while keepers and police rounded them up, zoo officials said.",
      "The escape began at about 2:40 p.m., the zoo said.",
      "Four of the apes were darted and back in their night quarters within two hours, but a 31-year-old male named Bruno was shot dead by a police officer after he climbed a perimeter fence near the parking lot.",
      "“We had no choice once he was outside the zoo grounds,” Carrollton police Chief Ray Dunford said.",
      "No visitors were hurt, but a keeper was bitten on the hand.",
      "The zoo, which opened in 1926, is home to 14 chimpanzees.",
    ].join("\n"),
  },
  {
    input: "ce/2",
    externalId: "z2",
    source: "Miami Valley Ledger",
    url: "https://miamivalleyledger.example/news/chimps-escape-fairhaven-zoo",
    publishedAt: "2044-06-05T11:00:00Z",
    title: "Police kill chimpanzee after escape at Fairhaven Zoo",
    originalText: [
      "Five chimpanzees got out of their enclosure at the Fairhaven Zoo on Saturday afternoon, and visitors were made to shelter in buildings while keepers and police rounded them up, zoo officials said.",
      "The escape began at about 2:40 p.m., according to the zoo.",
      "Four of the apes were darted and returned to their night quarters within two hours, but a 31-year-old male named Bruno was shot dead by a police officer after he climbed a perimeter fence near the parking lot.",
      "“We had no choice once he was outside the zoo grounds,” Carrollton police Chief Ray Dunford said.",
      "No visitors were injured, though a keeper was bitten on the hand.",
      "The zoo, which opened in 1926, is home to 14 chimpanzees.",
    ].join("\n"),
  },
  {
    input: "ce/3",
    externalId: "z3",
    source: "Channel 7 Carrollton",
    url: "https://ch7carrollton.example/news/zoo-director-unlocked-door",
    publishedAt: "2044-06-05T22:00:00Z",
    title: "Zoo director: unlocked door let chimps out",
    originalText: [
      "Fairhaven Zoo's director says seven chimpanzees got out of their enclosure yesterday after a keeper left a service door unlocked.",
      "All but one were recaptured unhurt.",
      "Visitors were kept inside the reptile house, the gift shop and the cafe for nearly five hours, until the all-clear at 6:30 p.m.",
      "Director Helen Osei spoke to reporters at the zoo gates this afternoon.",
      "Osei said: “Bruno had been part of this zoo for 29 years. Our keepers are heartbroken.”",
      "The zoo will stay closed until at least Wednesday.",
    ].join("\n"),
  },
  {
    input: "ce/4",
    externalId: "z4",
    source: "The Carrollton Courier",
    url: "https://carrolltoncourier.example/local/state-to-inspect-fairhaven-zoo",
    publishedAt: "2044-06-06T10:00:00Z",
    title: "State to inspect Fairhaven Zoo after chimp breakout",
    originalText: [
      "The Ohio Department of Agriculture will inspect the Fairhaven Zoo on Wednesday, the zoo said yesterday.",
      "The chimpanzees broke out shortly after 1:30 p.m. on Saturday through a service door into the keepers' yard, then climbed the yard's outer wall, which the zoo says is 12 feet high.",
      "Visitors sat out a three-hour lockdown in the reptile house, the gift shop and the cafe.",
      "Bruno, the group's dominant male, had lived at Fairhaven since 2015.",
      "Keeper Tom Alvarez, 26, needed eight stitches in his hand.",
      "“It was the longest afternoon of my life,” said Carla Mendes, who sheltered in the reptile house with her three children.",
    ].join("\n"),
  },
  {
    input: "ce/5",
    externalId: "z5",
    source: "The Daily Blaze",
    url: "https://dailyblaze.example/news/chimps-run-riot-us-zoo",
    title: "CHIMP CHAOS: Families cower as apes run riot at US zoo",
    originalText: [
      "Terrified families cowered in a gift shop as chimps ran riot at an American zoo on Saturday.",
      "The apes scaled a 16ft wall after slipping through a door a keeper had left unlocked, a source said.",
      "'They were screaming and banging on the glass,' said mum-of-two Jess Kowalski, 33, who was visiting from Indiana.",
      "Cops shot dead Bruno, the group's 31-year-old leader, as he headed for the car park.",
      "Adult tickets at Fairhaven cost $24.95 — about £19.",
    ].join("\n"),
  },
  {
    input: "ce/6",
    externalId: "z6",
    source: "Zoo & Aquarium Review",
    url: "https://zooaquariumreview.example/welfare/fairhaven-latch-fault",
    publishedAt: "2044-06-09T15:00:00Z",
    title: "Faulty latch behind Fairhaven chimpanzee escape",
    originalText: [
      "State inspectors who visited Fairhaven Zoo on Wednesday found that the latch on the chimpanzee house's service door had been faulty for at least two weeks, the zoo said.",
      "The zoo has suspended two keepers and closed its great ape house until further notice.",
      "Fairhaven reopened to visitors this morning.",
      "It was the third escape at a US zoo this year, after a gorilla got loose in Texas in February and a jaguar in Oregon in April.",
      "In 2031, an escape of six chimpanzees from a Florida zoo ended with two of the animals shot.",
      "“Chimpanzees are problem-solvers, and every enclosure has to assume they will find the weak point” — Dr Naomi Pratt, primatologist at Keystone University.",
    ].join("\n"),
  },
];

export function chimpanzeeEscapeArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written by hand from the texts above before any run (Ohio is UTC-4 in June). The wire is stamped
 * 01:30 UTC Sunday, Saturday evening in Ohio: "Saturday afternoon" is 4 June. "Yesterday" in Sunday
 * evening's broadcast is the 4th and "this afternoon" the 5th; "yesterday" in Monday's Courier is the
 * 5th and "on Wednesday" there the 8th to come; "on Wednesday" in a Thursday trade story is the 8th gone
 * and "this morning" the 9th; "in February" and "in April" in June are this year's. The Miami Valley
 * Ledger story is the wire's copy reworded (one outlet for corroboration). The Daily Blaze carries no date.
 */
export const CHIMPANZEE_ESCAPE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We had no choice once he was outside the zoo grounds", speaker: "Ray Dunford" },
    // "Osei said:" after the sentence naming Director Helen Osei.
    { text: "Bruno had been part of this zoo for 29 years. Our keepers are heartbroken", speaker: "Helen Osei" },
    { text: "It was the longest afternoon of my life", speaker: "Carla Mendes" },
    { text: "They were screaming and banging on the glass", speaker: "Jess Kowalski" },
    {
      text: "Chimpanzees are problem-solvers, and every enclosure has to assume they will find the weak point",
      speaker: "Naomi Pratt",
    },
  ],
  timeline: [
    {
      text: "Five chimpanzees escaped from their enclosure at the Fairhaven Zoo on Saturday afternoon",
      dates: ["2044-06-04"],
    },
    {
      text: "Five chimpanzees got out of their enclosure at the Fairhaven Zoo on Saturday afternoon",
      dates: ["2044-06-04"],
    },
    { text: "seven chimpanzees got out of their enclosure yesterday", dates: ["2044-06-04"] },
    { text: "spoke to reporters at the zoo gates this afternoon", dates: ["2044-06-05"] },
    { text: "The zoo will stay closed until at least Wednesday", dates: ["2044-06-08"] },
    {
      text: "will inspect the Fairhaven Zoo on Wednesday, the zoo said yesterday",
      dates: ["2044-06-08", "2044-06-05"],
    },
    { text: "broke out shortly after 1:30 p.m. on Saturday", dates: ["2044-06-04"] },
    // The Blaze carries no date: its "on Saturday" may stay undated or take the others' Saturday.
    { text: "chimps ran riot at an American zoo on Saturday", dates: [null, "2044-06-04"] },
    { text: "State inspectors who visited Fairhaven Zoo on Wednesday", dates: ["2044-06-08"] },
    { text: "Fairhaven reopened to visitors this morning", dates: ["2044-06-09"] },
    {
      text: "after a gorilla got loose in Texas in February and a jaguar in Oregon in April",
      dates: ["2044-02", "2044-04"],
    },
  ],
  neverDated: [
    { text: "The zoo, which opened in 1926", date: "1926" },
    { text: "had lived at Fairhaven since 2015", date: "2015" },
    { text: "In 2031, an escape of six chimpanzees from a Florida zoo", date: "2031" },
    // "Yesterday" in a Sunday broadcast is not the Sunday.
    { text: "seven chimpanzees got out of their enclosure yesterday", date: "2044-06-05", exact: true },
    // "On Wednesday" in a Thursday story is the Wednesday gone.
    { text: "State inspectors who visited Fairhaven Zoo on Wednesday", date: "2044-06-15", exact: true },
    { text: "after a gorilla got loose in Texas in February", date: "2045-02" },
  ],
  disagreements: [
    // How many chimpanzees got out: "Five chimpanzees escaped" against "seven chimpanzees got out".
    { values: ["Five", "seven"], outlets: ["Great Lakes Press", "Channel 7 Carrollton"] },
    // When the escape began.
    { values: ["2:40", "1:30"], outlets: ["Great Lakes Press", "The Carrollton Courier"] },
    // How long visitors were shut in: "for nearly five hours" against "a three-hour lockdown".
    { values: ["five", "three"], outlets: ["Channel 7 Carrollton", "The Carrollton Courier"] },
    // The height of the wall they climbed: "is 12 feet high" against "a 16ft wall".
    { values: ["12", "16"], outlets: ["The Carrollton Courier", "The Daily Blaze"] },
  ],
  notDisagreements: [
    // The whole group against those that got out.
    ["14", "Five"],
    ["14", "seven"],
    // An ape's age against his years at the zoo; other people's ages.
    ["31", "29"],
    ["31", "26"],
    ["33", "26"],
    ["31", "33"],
    // The recapture's two hours against the lockdown.
    ["two", "five"],
    ["two", "three"],
    // The all-clear against the start of the escape.
    ["6:30", "2:40"],
    ["6:30", "1:30"],
    // A price and its conversion.
    ["24.95", "19"],
    // A 2031 precedent.
    ["six", "Five"],
    ["six", "seven"],
    // A wall's height against stitches and the latch's two weeks.
    ["12", "eight"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the tabloid tells it in other words.
    { text: "a 31-year-old male named Bruno was shot dead by a police officer", outlets: 2 },
    // Carried only by the wire and its rewrite.
    { text: "The zoo, which opened in 1926, is home to 14 chimpanzees", outlets: 1 },
    { text: "after a keeper left a service door unlocked", outlets: 2 },
  ],
  headline: ["reopened", "latch", "suspended"],
  summary: {
    holds: ["shot dead", "latch"],
    never: ["The zoo will stay closed until at least Wednesday", "will inspect the Fairhaven Zoo on Wednesday"],
  },
  sameEntry: [
    [
      "Five chimpanzees escaped from their enclosure at the Fairhaven Zoo on Saturday afternoon",
      "seven chimpanzees got out of their enclosure yesterday",
    ],
  ],
  order: [
    "after a gorilla got loose in Texas in February",
    "Five chimpanzees escaped from their enclosure at the Fairhaven Zoo on Saturday afternoon",
    "State inspectors who visited Fairhaven Zoo on Wednesday",
    "Fairhaven reopened to visitors this morning",
  ],
  supersession: {
    apart: [
      ["will inspect the Fairhaven Zoo on Wednesday", "State inspectors who visited Fairhaven Zoo on Wednesday"],
      ["The zoo will stay closed until at least Wednesday", "Fairhaven reopened to visitors this morning"],
    ],
    current: [
      "closed its great ape house until further notice",
      "The zoo, which opened in 1926, is home to 14 chimpanzees",
      "The zoo has suspended two keepers",
    ],
  },
};
