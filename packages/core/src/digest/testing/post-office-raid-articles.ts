import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of stale statements by stale18 (2026-12-06, texts and
 * expectations written before running any code on them): six articles from four outlets on a
 * postmaster stabbed in a village post office robbery and the hunt for the robber, Friday 14 to
 * Monday 17 June 2030. The suspect is sought by description, then by name ("the man they want to
 * trace", "believed to be in the Plymouth area", "may have changed his appearance"), with a reward;
 * he is arrested on Sunday, told only by description ("A 31-year-old man was arrested"), and named
 * again on Monday in court. An appearance expected on Monday happens; the post office closed until
 * further notice reopens; the postmaster in a serious condition leaves hospital. What stays: the cash
 * taken, the motorcycle found, money raised for the postmaster, the village's earlier robberies, the
 * next hearing still to come. Test support only.
 * First run, before any fix: quotes 3/3, timeline 4/4, no disagreement or trap, headline wrong (the
 * villagers' appeal, from the latest article), summary 1/1 wanted and 0 unwanted, superseded pairs kept
 * apart 6/9 (looking for a man, believed to be in the Plymouth area, may have changed his appearance,
 * at 250 words), current kept 7/7; a key point "Carver is believed to be in the Plymouth area".
 */
const POST_OFFICE_RAID_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "post-office/1",
    externalId: "po1",
    source: "West Country Wire",
    url: "https://westcountrywire.example/news/holcombe-post-office-robbery",
    publishedAt: "2030-06-14T13:00:00Z",
    title: "Postmaster stabbed in Holcombe post office robbery",
    originalText: [
      "A postmaster was stabbed during an armed robbery at Holcombe post office on Friday morning, Devon and Cornwall Police said.",
      "The robber escaped with about £8,000 in cash on a red motorcycle.",
      "Officers are looking for a white man in his thirties, about six feet tall, with a tattoo on his neck.",
      "The postmaster, 62-year-old Raymond Bell, is in a serious but stable condition at Derriford Hospital.",
      "“This was a brutal attack on a man serving his community,” said Detective Inspector Claire Whitlow.",
    ].join("\n"),
  },
  {
    input: "post-office/2",
    externalId: "po2",
    source: "Holcombe and District Times",
    url: "https://holcombetimes.example/news/police-name-man-post-office-raid",
    publishedAt: "2030-06-14T20:00:00Z",
    title: "Police name man they want to trace after post office raid",
    originalText: [
      "Police have named Lee Carver, 31, as the man they want to trace in connection with the robbery, and warned the public not to approach him.",
      "Carver is believed to be in the Plymouth area.",
      "The post office, the only one in the village, will remain closed until further notice.",
    ].join("\n"),
  },
  {
    input: "post-office/3",
    externalId: "po3",
    source: "West Country Wire",
    url: "https://westcountrywire.example/news/reward-holcombe-robbery",
    publishedAt: "2030-06-15T12:00:00Z",
    title: "£5,000 reward offered in Holcombe robbery hunt",
    originalText: [
      "Police offered a £5,000 reward on Saturday for information leading to the arrest of Lee Carver.",
      "Detectives said Carver may have changed his appearance and urged anyone who sees him to call 999.",
      "Raymond Bell's family said he was “sitting up and talking” in hospital.",
    ].join("\n"),
  },
  {
    input: "post-office/4",
    externalId: "po4",
    source: "Radio Devon News",
    url: "https://radiodevon.example/news/arrest-holcombe-robbery",
    publishedAt: "2030-06-16T14:00:00Z",
    title: "Man arrested over Holcombe post office robbery",
    originalText: [
      "A 31-year-old man was arrested in Plymouth on Sunday morning on suspicion of robbery and wounding with intent, police said.",
      "Officers found a red motorcycle in a lock-up garage nearby.",
      "“I want to thank the public for their help,” said Detective Inspector Claire Whitlow.",
      "He is expected to appear before Plymouth magistrates on Monday.",
    ].join("\n"),
  },
  {
    input: "post-office/5",
    externalId: "po5",
    source: "Holcombe and District Times",
    url: "https://holcombetimes.example/news/carver-remanded",
    publishedAt: "2030-06-17T15:00:00Z",
    title: "Man charged over post office raid remanded in custody",
    originalText: [
      "Lee Carver appeared before Plymouth magistrates on Monday charged with robbery and wounding with intent, and was remanded in custody.",
      "Raymond Bell left hospital on Sunday evening.",
      "The post office reopened on Monday with a relief postmaster from a neighbouring branch.",
      "Carver will next appear at Exeter Crown Court on 15 July.",
    ].join("\n"),
  },
  {
    input: "post-office/6",
    externalId: "po6",
    source: "The Western Daily",
    url: "https://westerndaily.example/devon/holcombe-appeal-postmaster",
    publishedAt: "2030-06-17T18:00:00Z",
    title: "Villagers raise £12,000 for stabbed postmaster",
    originalText: [
      "Villagers have raised more than £12,000 for Raymond Bell through an online appeal.",
      "It was the third robbery at a Devon post office this year.",
      "Bell has run the Holcombe branch since 2004.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function postOfficeRaidArticles(): Article[] {
  return linkNearDuplicates(POST_OFFICE_RAID_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by stale18 (2026-12-06), before running any code on them. No real
 * disagreement: the cash taken, the reward and the money raised are three sums.
 */
export const POST_OFFICE_RAID_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This was a brutal attack on a man serving his community", speaker: "Claire Whitlow" },
    { text: "sitting up and talking", speaker: null, partial: true },
    { text: "I want to thank the public for their help", speaker: "Claire Whitlow" },
  ],
  timeline: [
    { text: "A postmaster was stabbed during an armed robbery", dates: ["2030-06-14"] },
    { text: "was arrested in Plymouth on Sunday morning", dates: ["2030-06-16"] },
    { text: "Lee Carver appeared before Plymouth magistrates on Monday", dates: ["2030-06-17"] },
    { text: "The post office reopened on Monday", dates: ["2030-06-17"] },
  ],
  neverDated: [{ text: "Bell has run the Holcombe branch since 2004", date: "2004", exact: true }],
  disagreements: [],
  notDisagreements: [
    // Three sums: the cash, the reward, the appeal.
    ["£8,000", "£5,000"],
    ["£8,000", "£12,000"],
    ["£5,000", "£12,000"],
    // The suspect's age and the postmaster's.
    ["31", "62"],
  ],
  corroboration: [{ text: "Officers found a red motorcycle", outlets: 1 }],
  headline: ["appeared before Plymouth magistrates", "remanded", "charged"],
  summary: {
    holds: ["remanded in custody"],
    never: [
      "Officers are looking for a white man",
      "as the man they want to trace",
      "is believed to be in the Plymouth area",
    ],
  },
  supersession: {
    apart: [
      // Sought by description and by name, then arrested (told by description).
      ["Officers are looking for a white man in his thirties", "was arrested in Plymouth on Sunday morning"],
      ["as the man they want to trace", "was arrested in Plymouth on Sunday morning"],
      ["Carver is believed to be in the Plymouth area", "was arrested in Plymouth on Sunday morning"],
      ["may have changed his appearance", "was arrested in Plymouth on Sunday morning"],
      ["offered a £5,000 reward", "was arrested in Plymouth on Sunday morning"],
      // Sought, then in court.
      ["as the man they want to trace", "Lee Carver appeared before Plymouth magistrates"],
      // An appearance expected, then made.
      [
        "is expected to appear before Plymouth magistrates on Monday",
        "Lee Carver appeared before Plymouth magistrates",
      ],
      // Closed until further notice, then reopened; in hospital, then out.
      ["will remain closed until further notice", "The post office reopened on Monday"],
      ["is in a serious but stable condition", "Raymond Bell left hospital on Sunday evening"],
    ],
    current: [
      "The robber escaped with about £8,000 in cash",
      "Officers found a red motorcycle",
      "raised more than £12,000",
      "It was the third robbery at a Devon post office this year",
      "Carver will next appear at Exeter Crown Court on 15 July",
      "Bell has run the Holcombe branch since 2004",
      "A postmaster was stabbed during an armed robbery",
    ],
  },
};
