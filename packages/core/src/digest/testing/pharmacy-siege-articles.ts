import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts14 (2026-12-05, before running any code on it): five
 * articles from four outlets on a gunman who held three pharmacy workers hostage in Dunmere on
 * Saturday 14 November 2026 and gave himself up early on Sunday, and his charge on Monday. A wire
 * story, a regional radio station's site, a local paper with a byline (twice), a national paper.
 * The real disagreement: how long the standoff lasted, 14 hours for the wire ("ending a 14-hour
 * standoff", "after almost 14 hours" on the radio) against nine for the local paper ("lasted nine
 * hours", "a nine-hour siege" in the national paper). Traps, all durations in hours: negotiators on
 * the phone for more than six hours, a street closed for 16 hours (due to reopen after 12), forensic
 * officers searching for 11 hours after the surrender; a man living in his car for three months; a
 * remand of 28 days; ages. Test support only.
 */
const PHARMACY_SIEGE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "siege/1",
    externalId: "s1",
    source: "Northern Wire",
    url: "https://northernwire.example/dunmere-pharmacy-standoff-ends",
    publishedAt: "2026-11-15T08:10:00Z",
    title: "Gunman surrenders after Dunmere pharmacy standoff; three hostages freed",
    originalText: [
      "DUNMERE (Northern Wire) — A man who held three pharmacy workers hostage in Dunmere surrendered to police early on Sunday, ending a 14-hour standoff, police said.",
      "Armed officers surrounded the Kerr Street pharmacy shortly after 2 p.m. on Saturday, when the man, carrying a shotgun, fired once into the ceiling.",
      "All three hostages were released unharmed, and one was treated in hospital for shock.",
      "Chief Superintendent Anna Pryce said negotiators had spoken to the man by phone for more than six hours before he agreed to come out.",
      "“Patience saved lives tonight,” Pryce said.",
      "Residents of about 40 homes near the pharmacy were moved to a community centre overnight.",
    ].join("\n"),
  },
  {
    input: "siege/2",
    externalId: "s2",
    source: "North Coast Radio",
    url: "https://northcoastradio.example/news/dunmere-gunman-gives-himself-up",
    publishedAt: "2026-11-15T09:00:00Z",
    title: "Dunmere gunman gives himself up",
    originalText: [
      "A gunman who barricaded himself inside a Dunmere pharmacy with three members of staff gave himself up on Sunday morning after almost 14 hours.",
      "He walked out of the building at about 4 a.m. with his hands raised and was arrested.",
      "Chief Superintendent Anna Pryce thanked residents for their patience: “We know it has been a long and frightening night for Kerr Street.”",
      "Kerr Street had been due to reopen after 12 hours, but police said it would stay closed while officers examined the scene.",
    ].join("\n"),
  },
  {
    input: "siege/3",
    externalId: "s3",
    source: "Dunmere Herald",
    url: "https://dunmereherald.example/news/kerr-street-siege",
    publishedAt: "2026-11-15T11:30:00Z",
    title: "‘He kept saying sorry’: hostages describe Kerr Street siege",
    originalText: [
      "By Owen Price",
      "The standoff at the Kerr Street pharmacy lasted nine hours, police told the Herald, and ended when the gunman walked out with his hands raised.",
      "Kerr Street was closed to traffic for 16 hours, and about 40 households were moved to St Brendan’s community centre.",
      "Pharmacist Leah Morrow, 31, one of the three hostages, said the man had apologised to them again and again.",
      "“He kept saying sorry, and that he had nowhere else to go,” Morrow said.",
    ].join("\n"),
  },
  {
    input: "siege/4",
    externalId: "s4",
    source: "The Sentinel",
    url: "https://sentinel.example/uk/dunmere-pharmacy-siege-charge",
    publishedAt: "2026-11-16T18:20:00Z",
    title: "Man charged after nine-hour pharmacy siege in Dunmere",
    originalText: [
      "Police in Dunmere have charged a 38-year-old man with false imprisonment and firearms offences after a nine-hour siege at a pharmacy on Saturday.",
      "Daniel Hollis, of Marsh Lane, will appear before Dunmere magistrates on Tuesday.",
      "Forensic officers spent 11 hours searching the pharmacy after he surrendered.",
      "Hollis had been living in his car for three months after losing his job, a neighbour said.",
    ].join("\n"),
  },
  {
    input: "siege/5",
    externalId: "s5",
    source: "Dunmere Herald",
    url: "https://dunmereherald.example/news/hollis-remanded",
    publishedAt: "2026-11-17T16:45:00Z",
    title: "Kerr Street siege accused remanded in custody",
    originalText: [
      "By Owen Price",
      "Daniel Hollis, 38, was remanded in custody for 28 days by Dunmere magistrates on Tuesday, charged with false imprisonment and possessing a firearm with intent.",
      "He spoke only to confirm his name and address.",
      "The pharmacy reopened on Tuesday morning.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function pharmacySiegeArticles(): Article[] {
  return linkNearDuplicates(PHARMACY_SIEGE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts14 (2026-12-05), before running any code on them. The one real
 * disagreement: the same standoff lasted 14 hours for Northern Wire (and almost 14 for North Coast
 * Radio) and nine for the Dunmere Herald (and The Sentinel).
 */
export const PHARMACY_SIEGE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Patience saved lives tonight", speaker: "Anna Pryce" },
    { text: "We know it has been a long and frightening night", speaker: "Anna Pryce" },
    { text: "He kept saying sorry", speaker: "Leah Morrow" },
  ],
  timeline: [
    { text: "surrendered to police early on Sunday, ending a 14-hour standoff", dates: ["2026-11-15"] },
    {
      text: "Armed officers surrounded the Kerr Street pharmacy shortly after 2 p.m. on Saturday",
      dates: ["2026-11-14"],
    },
    { text: "was remanded in custody for 28 days by Dunmere magistrates on Tuesday", dates: ["2026-11-17"] },
  ],
  neverDated: [],
  disagreements: [{ values: ["14", "nine"], outlets: ["Northern Wire", "Dunmere Herald"] }],
  notDisagreements: [
    // Negotiators on the phone, a street closed (and its planned reopening), a search: other things than the standoff.
    ["six", "nine"],
    ["six", "14"],
    ["16", "14"],
    ["16", "nine"],
    ["12", "14"],
    ["12", "16"],
    ["12", "nine"],
    ["11", "14"],
    ["11", "nine"],
    ["11", "16"],
    // The standoff's two tellings in one outlet's words and another's that agree.
    ["almost 14", "14"],
    // Months, days, ages.
    ["three", "nine"],
    ["28", "38"],
    ["31", "38"],
  ],
  corroboration: [
    { text: "Forensic officers spent 11 hours searching the pharmacy", outlets: 1 },
    { text: "Kerr Street was closed to traffic for 16 hours", outlets: 1 },
  ],
  headline: ["remanded"],
};
