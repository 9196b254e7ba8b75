/**
 * Held-out batch R (lead session 31, 2026-12-07), written by heldout20 before any run; unfitted.
 * A 17th-century portrait stolen from a Dutch town museum in 2040 recovered in Antwerp raids, and the arrests, Sunday 12 to Friday 17 November 2045.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "lp/1",
    externalId: "s1",
    source: "Lowlands Press",
    url: "https://lowlandspress.example/culture/stolen-lute-portrait-recovered",
    publishedAt: "2045-11-13T16:00:00Z",
    title: "Portrait stolen from Dutch museum found in Antwerp, three held",
    originalText: [
      "THE HAGUE (LP) — Dutch and Belgian police have recovered a 17th-century portrait stolen from a museum in Hoorneveld five years ago and arrested three men, prosecutors said on Monday.",
      "Jan van Oosterwijk's Lady with a Lute was found wrapped in moving blankets in a garage in Antwerp during raids on Sunday night.",
      "About 120 officers took part in the raids in Antwerp and Rotterdam.",
      "The museum puts the painting's value at about €6m (£5.2m).",
      "Public prosecutor Ingrid de Waal said the men, aged 29 to 52, would appear before an examining judge on Wednesday.",
      "“This painting has come home, or very nearly,” de Waal said.",
    ].join("\n"),
  },
  {
    input: "lp/2",
    externalId: "s2",
    source: "Hoorneveld Courant",
    url: "https://hoorneveldcourant.example/stad/museum-lady-with-a-lute-found",
    publishedAt: "2045-11-14T07:00:00Z",
    title: "Our Lady with a Lute is found",
    originalText: [
      "Prosecutors announced yesterday afternoon that the Stedelijk Museum Hoorneveld's best-known painting had been found in Belgium.",
      "On the night of the theft the thieves were inside the museum for less than four minutes, after smashing a side door with a sledgehammer.",
      "The oak panel is 60cm tall and 45cm wide.",
      "'I never stopped believing we would see her again,' said the museum's director, Maarten Vos.",
      "The museum offered a €100,000 reward in 2041, and its insurer paid out €4.5m a year after the theft.",
    ].join("\n"),
  },
  {
    input: "lp/3",
    externalId: "s3",
    source: "Art Loss Review",
    url: "https://artlossreview.example/recoveries/oosterwijk-lady-with-a-lute",
    title: "Oosterwijk's Lady with a Lute: anatomy of a recovery",
    originalText: [
      "The recovered panel, which the museum values at 8 million euros, is about 52 centimetres tall.",
      "Tree-ring dating places the oak it is painted on between 1638 and 1644.",
      "According to the Hoorneveld police file, the gang needed seven minutes to get in and out.",
      "Two Van Gogh paintings stolen from Amsterdam in 2002 were recovered in Italy in 2016.",
      "Stolen masterpieces are almost impossible to sell, so they often end up as collateral in drug deals, said Henk Brouwer, a former art-crime detective.",
      "“No collector will touch it, and every criminal knows that,” Brouwer said.",
    ].join("\n"),
  },
  {
    input: "lp/4",
    externalId: "s4",
    source: "Lowlands Press",
    url: "https://lowlandspress.example/crime/lute-portrait-fourth-arrest",
    publishedAt: "2045-11-15T17:00:00Z",
    title: "Fourth man arrested over stolen Lady with a Lute",
    originalText: [
      "ANTWERP (LP) — A fourth man was arrested on Wednesday over the theft of the Lady with a Lute, Belgian police said.",
      "The three men held since Sunday night were remanded in custody for 14 days by an examining judge.",
      "The prosecutor said: “We believe the painting was being offered as security for a cocaine shipment.”",
      "Restorers found a small tear near the lute but said the damage could be repaired.",
    ].join("\n"),
  },
  {
    input: "lp/5",
    externalId: "s5",
    source: "Euro Digest",
    url: "https://eurodigest.example/news/stolen-dutch-painting-fourth-suspect",
    publishedAt: "2045-11-16T06:00:00Z",
    title: "Fourth suspect held in stolen Dutch painting case",
    originalText: [
      "Belgian police arrested a fourth man on Wednesday in the case of the stolen Lady with a Lute.",
      "An examining judge remanded the three men held since Sunday night in custody for 14 days.",
      "“We believe the painting was being offered as security for a cocaine shipment,” the prosecutor said.",
      "A small tear near the lute can be repaired, according to restorers.",
    ].join("\n"),
  },
  {
    input: "lp/6",
    externalId: "s6",
    source: "The Scheldt Times",
    url: "https://scheldttimes.example/antwerp/deurne-garage-painting-raid",
    publishedAt: "2045-11-17T10:00:00Z",
    title: "Inside the Deurne garage raid",
    originalText: [
      "Some 80 police officers stormed the garage in the Deurne district and a flat in Rotterdam late on Sunday.",
      "The fourth suspect, a 38-year-old Antwerp man, was arrested at a petrol station two days ago.",
      "A ransom demand of €2m sent to the insurer in 2042 was never paid.",
      "The painting will go back on show in Hoorneveld in February, once restorers have mended a 3cm tear near the lute.",
      "“It is a relief, and a warning to anyone who thinks art is an easy target,” said Belgian Justice Minister Lotte Claes.",
    ].join("\n"),
  },
];

export function lutePortraitRecoveryArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (the Netherlands and Belgium are UTC+1 in November:
 * every stamp falls on the same local day). "On Monday" in Monday's wire and "yesterday afternoon" in
 * Tuesday's Courant are both 13 November; "on Sunday night" is the 12th; "on Wednesday" is the 15th in
 * Monday's wire (a hearing still to come), in Wednesday's wire and in its rewrite stamped Thursday;
 * in Friday's Scheldt Times "late on Sunday" is the 12th and "two days ago" the 15th; "in February" is
 * February 2046. Art Loss Review is undated. Euro Digest's story is a syndicated rewrite of the wire's
 * Wednesday one.
 */
export const LUTE_PORTRAIT_RECOVERY_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This painting has come home, or very nearly", speaker: "Ingrid de Waal" },
    { text: "I never stopped believing we would see her again", speaker: "Maarten Vos" },
    { text: "No collector will touch it, and every criminal knows that", speaker: "Henk Brouwer" },
    // A title-only attribution: the prosecutor is named in the wire's first story.
    { text: "We believe the painting was being offered as security for a cocaine shipment", speaker: "Ingrid de Waal" },
    {
      text: "It is a relief, and a warning to anyone who thinks art is an easy target",
      speaker: "Lotte Claes",
    },
  ],
  timeline: [
    { text: "and arrested three men, prosecutors said on Monday", dates: ["2045-11-13"] },
    {
      text: "was found wrapped in moving blankets in a garage in Antwerp during raids on Sunday night",
      dates: ["2045-11-12"],
    },
    { text: "would appear before an examining judge on Wednesday", dates: ["2045-11-15"] },
    { text: "Prosecutors announced yesterday afternoon", dates: ["2045-11-13"] },
    { text: "A fourth man was arrested on Wednesday", dates: ["2045-11-15"] },
    { text: "Belgian police arrested a fourth man on Wednesday", dates: ["2045-11-15"] },
    { text: "stormed the garage in the Deurne district and a flat in Rotterdam late on Sunday", dates: ["2045-11-12"] },
    { text: "was arrested at a petrol station two days ago", dates: ["2045-11-15"] },
    { text: "will go back on show in Hoorneveld in February", dates: ["2046-02"] },
  ],
  neverDated: [
    { text: "The museum offered a €100,000 reward in 2041", date: "2041" },
    { text: "Tree-ring dating places the oak it is painted on between 1638 and 1644", date: "1638" },
    { text: "Tree-ring dating places the oak it is painted on between 1638 and 1644", date: "1644" },
    { text: "Two Van Gogh paintings stolen from Amsterdam in 2002", date: "2002" },
    { text: "Two Van Gogh paintings stolen from Amsterdam in 2002", date: "2016" },
    { text: "A ransom demand of €2m sent to the insurer in 2042", date: "2042" },
    { text: "will go back on show in Hoorneveld in February", date: "2045-02" },
    // "Late on Sunday" in a Friday paper is the Sunday gone.
    { text: "late on Sunday", date: "2045-11-19", exact: true },
  ],
  disagreements: [
    // The museum's valuation now: "about €6m" against "values at 8 million euros".
    { values: ["6", "8"], outlets: ["Lowlands Press", "Art Loss Review"] },
    // The panel's height: "60cm tall" against "about 52 centimetres tall".
    { values: ["60", "52"], outlets: ["Hoorneveld Courant", "Art Loss Review"] },
    // How long the thieves were inside: "less than four minutes" against "needed seven minutes".
    { values: ["four", "seven"], outlets: ["Hoorneveld Courant", "Art Loss Review"] },
    // Officers in Sunday's raids: "About 120 officers took part" against "Some 80 police officers stormed".
    { values: ["120", "80"], outlets: ["Lowlands Press", "The Scheldt Times"] },
  ],
  notDisagreements: [
    // Arrests as they grew.
    ["three", "fourth"],
    // A range of ages against a later suspect's age.
    ["52", "38"],
    ["29", "38"],
    // The value against its conversion, the insurer's payout, the reward and the ransom demand.
    ["6", "5.2"],
    ["6", "4.5"],
    ["8", "4.5"],
    ["100,000", "2"],
    ["2", "6"],
    // Height against width; the tear against the panel.
    ["60", "45"],
    ["52", "45"],
    ["3", "52"],
    // Officers against the men arrested; years since the theft against days in custody.
    ["120", "three"],
    ["five", "14"],
    ["seven", "14"],
    // The oak's date range (not a disagreement with anything).
    ["1638", "1644"],
  ],
  corroboration: [
    // The wire's Wednesday story and its rewrite count once; the Scheldt Times tells the same arrest in other words.
    { text: "A fourth man was arrested on Wednesday over the theft of the Lady with a Lute", outlets: 2 },
    // The recovery: the wire and the Courant ("had been found in Belgium").
    { text: "Jan van Oosterwijk's Lady with a Lute was found wrapped in moving blankets", outlets: 2 },
    { text: "were remanded in custody for 14 days by an examining judge", outlets: 1 },
  ],
  headline: ["back on show", "February", "raid", "fourth"],
  summary: {
    holds: ["fourth", "Lady with a Lute"],
    never: ["arrested three men, prosecutors said on Monday"],
  },
  sameEntry: [["and arrested three men, prosecutors said on Monday", "Prosecutors announced yesterday afternoon"]],
  order: [
    "was found wrapped in moving blankets in a garage in Antwerp during raids on Sunday night",
    "and arrested three men, prosecutors said on Monday",
    "A fourth man was arrested on Wednesday",
    "will go back on show in Hoorneveld in February",
  ],
  supersession: {
    apart: [
      ["would appear before an examining judge on Wednesday", "were remanded in custody for 14 days"],
      ["and arrested three men, prosecutors said on Monday", "A fourth man was arrested on Wednesday"],
    ],
    current: [
      "The museum offered a €100,000 reward in 2041",
      "The painting will go back on show in Hoorneveld in February",
      "About 120 officers took part in the raids",
    ],
  },
};
