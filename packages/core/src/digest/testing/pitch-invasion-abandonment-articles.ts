/**
 * Held-out batch U (lead session 32, 2026-12-07), written by heldout23 before any run; unfitted.
 * A second-tier football match abandoned after a pitch invasion, then arrests, a fine and a stadium ban, Saturday 10 to Friday 16 September 2044.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "pi/1",
    externalId: "u1",
    source: "Press Sport Agency",
    url: "https://presssportagency.example/football/redbridge-ashvale-abandoned",
    publishedAt: "2044-09-10T19:30:00Z",
    title: "Redbridge v Ashvale abandoned after pitch invasion",
    originalText: [
      "Redbridge Town's Championship match against Ashvale United was abandoned on Saturday after hundreds of home supporters ran onto the pitch, Westshire Police said.",
      "Referee Martin Hale led the players off at 4.41pm, in the 78th minute, with Redbridge leading 2-1.",
      "Five people were arrested for pitch incursion and public order offences, police said.",
      "A steward, 58, was taken to hospital with a head injury after being knocked to the ground.",
      "Ashvale manager Stefan Novak said: “My players were scared for their safety, and that should never happen at a football match.”",
      "A crowd of 18,400 was at Mill Lane, which holds 21,000.",
    ].join("\n"),
  },
  {
    input: "pi/2",
    externalId: "u2",
    source: "Sunday Sports Digest",
    url: "https://sundaysportsdigest.example/championship/mill-lane-match-abandoned",
    publishedAt: "2044-09-11T07:00:00Z",
    title: "Mill Lane match abandoned as fans flood pitch",
    originalText: [
      "Redbridge Town's Championship game against Ashvale United was abandoned on Saturday after hundreds of home fans ran onto the pitch, Westshire Police said.",
      "Referee Martin Hale led the players off at 4.41pm, in the 78th minute, with Redbridge 2-1 ahead.",
      "Five people were arrested for pitch incursion and public order offences, according to police.",
      "A steward, 58, was taken to hospital with a head injury after being knocked over.",
      "Ashvale manager Stefan Novak said: “My players were scared for their safety, and that should never happen at a football match.”",
    ].join("\n"),
  },
  {
    input: "pi/3",
    externalId: "u3",
    source: "Redbridge Evening Gazette",
    url: "https://redbridgegazette.example/sport/redbridge-town/lifetime-bans-mill-lane",
    publishedAt: "2044-09-12T12:00:00Z",
    title: "Town hand out lifetime bans after Mill Lane shame",
    originalText: [
      "Police said yesterday that nine people have now been arrested over Saturday's pitch invasion, four of them after officers studied CCTV footage.",
      "Redbridge Town today banned 23 supporters from Mill Lane for life.",
      "The referee called the game off at 4.55pm on Saturday, with 16,950 inside the ground.",
      "“These people are not Redbridge fans, and they will never set foot in this stadium again,” chairman Alan Pryce said.",
      "About 300 people were on the pitch at the height of the trouble, according to the club.",
      "It is the first time a Redbridge match has been abandoned since 1987.",
    ].join("\n"),
  },
  {
    input: "pi/4",
    externalId: "u4",
    source: "The Daily Clarion",
    url: "https://dailyclarion.example/sport/football/steward-felled-mill-lane-mob",
    title: "Hero steward felled by pitch mob",
    originalText: [
      "A 62-year-old steward who has worked at Mill Lane for 30 years was flattened by the mob when fans stormed the pitch.",
      "Grandfather Keith Wells needed eight stitches in a head wound and was kept in hospital overnight.",
      "“I thought he was going to die,” said his daughter, Kerry Wells.",
      "Ashvale's 1,200 travelling fans were held in the away end for 45 minutes after the trouble.",
      "Redbridge tickets cost £28 for adults.",
    ].join("\n"),
  },
  {
    input: "pi/5",
    externalId: "u5",
    source: "Press Sport Agency",
    url: "https://presssportagency.example/football/redbridge-fined-closed-doors",
    publishedAt: "2044-09-15T16:00:00Z",
    title: "Redbridge fined and ordered to play two games behind closed doors",
    originalText: [
      "Redbridge Town were fined £120,000 and ordered to play their next two home matches behind closed doors by an independent regulatory commission on Thursday.",
      "£40,000 of the fine is suspended until the end of the season.",
      "The result of the abandoned match will stand as a 3-0 win for Ashvale.",
      "Redbridge chairman Alan Pryce said the club accepted the fine but would appeal against the stadium ban.",
      "“Two games behind closed doors punishes thousands of decent supporters for what a few hundred did,” the chairman said.",
      "Ashvale were fined £60,000 in 2038 after their own fans invaded the pitch at Kingsholm Road.",
    ].join("\n"),
  },
  {
    input: "pi/6",
    externalId: "u6",
    source: "Football Business Review",
    url: "https://footballbusinessreview.example/governance/redbridge-sanction-cost",
    publishedAt: "2044-09-16T08:00:00Z",
    title: "Closed doors could cost Redbridge £900,000 in lost gate receipts",
    originalText: [
      "The regulatory commission handed Redbridge Town a fine of 150,000 pounds yesterday, one of the largest ever imposed on a Championship club for crowd trouble.",
      "Two home games without fans could cost the club as much as £900,000 in gate and hospitality income, analysts estimate.",
      "Redbridge reported a loss of £11.3m in its latest accounts.",
      "Ashvale had asked for £35,000 to cover travel and security costs; the commission awarded them £20,000.",
      "Clubs were fined a total of £2.1m for crowd disorder last season, up from £1.4m in 2042-43.",
    ].join("\n"),
  },
];

export function pitchInvasionAbandonmentArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written by hand from the texts above before any run. The match was on Saturday 10 September;
 * "yesterday" in Monday's Gazette is Sunday the 11th and "today" Monday the 12th; "Thursday" in
 * Thursday's story and "yesterday" in Friday's trade paper are the 15th. The Clarion story carries no date and no day.
 */
export const PITCH_INVASION_ABANDONMENT_EXPECTED: ExpectedFacts = {
  quotes: [
    // "X said: “…”".
    {
      text: "My players were scared for their safety, and that should never happen at a football match",
      speaker: "Stefan Novak",
    },
    {
      text: "These people are not Redbridge fans, and they will never set foot in this stadium again",
      speaker: "Alan Pryce",
    },
    { text: "I thought he was going to die", speaker: "Kerry Wells" },
    // A title alone ("the chairman"), the full name in the sentence before.
    {
      text: "Two games behind closed doors punishes thousands of decent supporters for what a few hundred did",
      speaker: "Alan Pryce",
    },
  ],
  timeline: [
    { text: "was abandoned on Saturday after hundreds of home supporters ran onto the pitch", dates: ["2044-09-10"] },
    { text: "was abandoned on Saturday after hundreds of home fans ran onto the pitch", dates: ["2044-09-10"] },
    { text: "Police said yesterday that nine people have now been arrested", dates: ["2044-09-11"] },
    { text: "Redbridge Town today banned 23 supporters from Mill Lane for life", dates: ["2044-09-12"] },
    { text: "by an independent regulatory commission on Thursday", dates: ["2044-09-15"] },
    { text: "handed Redbridge Town a fine of 150,000 pounds yesterday", dates: ["2044-09-15"] },
    { text: "The referee called the game off at 4.55pm on Saturday", dates: ["2044-09-10"] },
  ],
  neverDated: [
    { text: "abandoned since 1987", date: "1987" },
    { text: "Ashvale were fined £60,000 in 2038", date: "2038" },
    { text: "up from £1.4m in 2042-43", date: "2042" },
    // Saturday's game in Monday's paper is the Saturday gone, not the one to come.
    { text: "over Saturday's pitch invasion", date: "2044-09-17", exact: true },
  ],
  disagreements: [
    // The crowd at the match: "A crowd of 18,400 was at" against "with 16,950 inside the ground".
    { values: ["18,400", "16,950"], outlets: ["Press Sport Agency", "Redbridge Evening Gazette"] },
    // When the referee stopped the match: "led the players off at 4.41pm" against "called the game off at 4.55pm".
    { values: ["4.41", "4.55"], outlets: ["Press Sport Agency", "Redbridge Evening Gazette"] },
    // The injured steward's age: "A steward, 58," against "A 62-year-old steward".
    { values: ["58", "62"], outlets: ["Press Sport Agency", "The Daily Clarion"] },
    // Thursday's fine: "fined £120,000" against "a fine of 150,000 pounds".
    { values: ["120,000", "150,000"], outlets: ["Press Sport Agency", "Football Business Review"] },
  ],
  notDisagreements: [
    // Arrests as they grew, and the later arrests as a part of the whole.
    ["Five", "nine"],
    ["four", "nine"],
    // The crowd against the capacity, the invaders and the away fans.
    ["18,400", "21,000"],
    ["16,950", "21,000"],
    ["300", "1,200"],
    ["16,950", "1,200"],
    // The fine against its suspended part and a 2038 precedent.
    ["120,000", "40,000"],
    ["150,000", "60,000"],
    // A demand against an award.
    ["35,000", "20,000"],
    // The fine against the estimated lost income and the club's loss; league totals a year apart.
    ["150,000", "900,000"],
    ["2.1", "1.4"],
    ["11.3", "2.1"],
    // The minute against the time of day; the steward's years of service against his age; minutes held.
    ["78", "4.41"],
    ["30", "62"],
    ["45", "78"],
    // Fans banned against those arrested; a ticket price against a fine.
    ["23", "nine"],
    ["28", "23"],
  ],
  corroboration: [
    // The agency and its Sunday rewrite count once; the Gazette says it in other words.
    { text: "was abandoned on Saturday after hundreds of home supporters ran onto the pitch", outlets: 2 },
    // The agency and the business paper (with another figure).
    { text: "ordered to play their next two home matches behind closed doors", outlets: 2 },
    // Only the Gazette.
    { text: "banned 23 supporters from Mill Lane for life", outlets: 1 },
  ],
  headline: ["fined", "behind closed doors"],
  summary: {
    holds: ["behind closed doors", "nine"],
    never: ["Five people were arrested for pitch incursion and public order offences"],
  },
  sameEntry: [
    ["by an independent regulatory commission on Thursday", "handed Redbridge Town a fine of 150,000 pounds yesterday"],
  ],
  order: [
    "was abandoned on Saturday after hundreds of home supporters ran onto the pitch",
    "Police said yesterday that nine people have now been arrested",
    "Redbridge Town today banned 23 supporters from Mill Lane for life",
    "by an independent regulatory commission on Thursday",
  ],
  supersession: {
    apart: [
      ["Five people were arrested for pitch incursion", "nine people have now been arrested"],
      ["with Redbridge leading 2-1", "will stand as a 3-0 win for Ashvale"],
    ],
    current: [
      "banned 23 supporters from Mill Lane for life",
      "would appeal against the stadium ban",
      "Redbridge reported a loss of £11.3m in its latest accounts",
    ],
  },
};
