import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts15 (2026-12-05, before running any code on it): four
 * articles from four outlets on two cavers trapped by floodwater in Gorran Pot on Saturday 24 October
 * 2026 and brought out on Monday 26 October. A regional wire and a local paper on Monday, a local
 * radio station's site on Monday, a national paper on Tuesday. The real disagreements: how long the
 * pair were trapped, more than 40 hours for the wire against 38 for the local paper (a figure outside a
 * bound); how long the rescue operation lasted, at least 30 hours for the wire (and 31 for the local
 * paper, which agree) against under 24 for the national paper (a bound that cannot hold with either).
 * Traps: pumps running for 18 hours and divers spending five hours reaching the pair (other things'
 * durations); volunteers, some 120 against nearly 130 and more than 100 (approximations and bounds that
 * agree); depth told alike; ages. Test support only.
 */
const CAVE_RESCUE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cave/1",
    externalId: "c1",
    source: "Dales Wire",
    url: "https://daleswire.example/news/gorran-pot-cavers-rescued",
    publishedAt: "2026-10-26T09:30:00Z",
    title: "Cavers rescued from flooded Gorran Pot",
    originalText: [
      "Two cavers who had been trapped for more than 40 hours by floodwater in Gorran Pot were brought to the surface on Monday morning, rescuers said.",
      "The rescue operation, involving some 120 volunteers from six cave rescue teams, lasted at least 30 hours.",
      "Pumps ran for 18 hours to lower the water in a flooded passage about 150 metres below ground.",
      "“They were cold and hungry but in remarkably good spirits,” said Mark Tennant, controller of the Upper Wharfe Cave Rescue Organisation.",
    ].join("\n"),
  },
  {
    input: "cave/2",
    externalId: "c2",
    source: "Craven Courier",
    url: "https://cravencourier.example/news/gorran-pot-rescue",
    publishedAt: "2026-10-26T15:00:00Z",
    title: "‘We never gave up hope’: Gorran Pot pair rescued",
    originalText: [
      "Tom Haworth, 27, and Sam Ledger, 31, were trapped for 38 hours in a chamber some 150 metres below ground after heavy rain flooded the cave on Saturday afternoon.",
      "The rescue operation lasted 31 hours, rescuers said.",
      "Two cave divers spent five hours reaching the pair.",
      "More than 100 volunteers took part.",
      "“We never gave up hope,” Haworth said from his hospital bed.",
    ].join("\n"),
  },
  {
    input: "cave/3",
    externalId: "c3",
    source: "Radio Ribble",
    url: "https://radioribble.example/news/gorran-pot-volunteers",
    publishedAt: "2026-10-26T18:00:00Z",
    title: "Nearly 130 volunteers joined Gorran Pot rescue",
    originalText: [
      "Nearly 130 volunteers joined the rescue of two cavers from Gorran Pot, which ended on Monday morning.",
      "Mark Tennant said the teams had trained for exactly this: “Every one of them knew their job.”",
    ].join("\n"),
  },
  {
    input: "cave/4",
    externalId: "c4",
    source: "The National",
    url: "https://thenational.example/uk/gorran-pot-cave-rescue",
    publishedAt: "2026-10-27T07:00:00Z",
    title: "How rescuers reached the Gorran Pot cavers",
    originalText: [
      "Two cavers trapped by floodwater in Gorran Pot in the Yorkshire Dales were brought out on Monday after a rescue operation that lasted under 24 hours, cave rescuers said.",
      "Sam Ledger was discharged from hospital on Monday evening, and Tom Haworth was expected to go home on Tuesday.",
      "The British Cave Rescue Council said it was the deepest flooded-cave rescue in England since 2011.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function caveRescueArticles(): Article[] {
  return linkNearDuplicates(CAVE_RESCUE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts15 (2026-12-05), before running any code on them. Two real
 * disagreements: how long the pair were trapped (more than 40 hours against 38) and how long the rescue
 * operation lasted (at least 30 hours, and 31, against under 24).
 */
export const CAVE_RESCUE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "They were cold and hungry but in remarkably good spirits", speaker: "Mark Tennant" },
    { text: "We never gave up hope", speaker: "Tom Haworth" },
    { text: "Every one of them knew their job", speaker: "Mark Tennant" },
  ],
  timeline: [
    { text: "were brought to the surface on Monday morning", dates: ["2026-10-26"] },
    { text: "Sam Ledger was discharged from hospital on Monday evening", dates: ["2026-10-26"] },
  ],
  neverDated: [{ text: "the deepest flooded-cave rescue in England since 2011", date: "2011" }],
  disagreements: [
    { values: ["40", "38"], outlets: ["Dales Wire", "Craven Courier"] },
    { values: ["30", "24"], outlets: ["Dales Wire", "The National"] },
  ],
  notDisagreements: [
    // A bound and the figure it holds: the rescue's length.
    ["30", "31"],
    // Other things' durations against the time trapped and the rescue's length.
    ["18", "38"],
    ["18", "40"],
    ["18", "30"],
    ["18", "24"],
    ["five", "24"],
    ["five", "18"],
    // Volunteers: approximations and bounds that agree.
    ["120", "130"],
    ["100", "120"],
    ["100", "130"],
    // Ages.
    ["27", "31"],
  ],
  corroboration: [
    { text: "Two cave divers spent five hours reaching the pair", outlets: 1 },
    { text: "Nearly 130 volunteers joined the rescue", outlets: 1 },
  ],
  headline: ["discharged", "expected to go home"],
};
