import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts22 (2026-12-06, before running any code on it): five
 * articles from five outlets on a lorry fire in the Hexley Tunnel under the River Wend on the evening
 * of Wednesday 10 March 2027. A wire that night and a town paper's syndicated rewrite of it the next
 * morning, a local evening paper late that night, a regional business paper on Friday 12 March, an
 * engineering weekly on Tuesday 16 March. The real disagreements: vehicles abandoned in the tunnel, 23
 * for the wire (the fire service) against 31 for the evening paper (the tunnel's operator), told the
 * same night; the repairs' cost, about £40 million for the business paper (the operator) against about
 * £55 million for the weekly (the Institution of Tunnel Engineers); the heat the fire reached, about
 * 1,000C for the business paper (the fire service) against 1,200C for the weekly. The last two told
 * days apart with no date of their own. Traps: at least 150 people walking out that night against 212
 * evacuated in all; 40 firefighters sent at first, 110 by 11pm; a lining rated to 1,350C; £25 million
 * set aside against the repairs' cost; the tunnel's £210 million build cost in 1994; 48,000 vehicles a
 * day; a driver's age. Test support only.
 */
const TUNNEL_FIRE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tunnel/1",
    externalId: "tf1",
    source: "Meridian News Agency",
    url: "https://meridiannews.example/uk/hexley-tunnel-lorry-fire",
    publishedAt: "2027-03-10T21:10:00Z",
    title: "Lorry fire closes Hexley Tunnel under the Wend",
    originalText: [
      "A lorry caught fire inside the Hexley Tunnel under the River Wend on Wednesday evening, filling the southbound bore with smoke and closing the A47 in both directions.",
      "Twenty-three vehicles were abandoned in the tunnel as drivers fled the smoke, Wendshire Fire and Rescue Service said.",
      "At least 150 people walked out through the emergency cross-passages, the fire service said.",
      "Fourteen people were treated for smoke inhalation, the ambulance service said.",
      "Forty firefighters were sent to the tunnel at first.",
      "The tunnel carries about 48,000 vehicles a day between Portwick and Sandmouth.",
      "“The smoke came at us like a black wall,” said Gemma Rourke, who left her car near the middle of the tunnel.",
    ].join("\n"),
  },
  {
    input: "tunnel/2",
    externalId: "tf2",
    source: "Portwick Evening Star",
    url: "https://portwickstar.example/news/hexley-tunnel-fire-31-vehicles",
    publishedAt: "2027-03-10T23:30:00Z",
    title: "Hexley Tunnel fire: 31 vehicles left behind as drivers flee",
    originalText: [
      "By Owen Pritchard",
      "Thirty-one vehicles were left in the Hexley Tunnel when a lorry burst into flames on Wednesday evening, the tunnel's operator, Wend Crossings, said.",
      "By 11pm, 110 firefighters were at the scene, working in relays in the southbound bore.",
      "Fourteen people were treated for smoke inhalation, the ambulance service said.",
      "The lorry's driver, a 58-year-old man from Leeds, escaped unhurt.",
      "Station Manager Karen Doyle of Wendshire Fire and Rescue Service said: “Crews are facing intense heat and zero visibility, and this will be a long night.”",
    ].join("\n"),
  },
  {
    input: "tunnel/3",
    externalId: "tf3",
    source: "Sandmouth Herald",
    url: "https://sandmouthherald.example/news/lorry-fire-hexley-tunnel",
    publishedAt: "2027-03-11T06:00:00Z",
    title: "Lorry fire shuts Hexley Tunnel",
    originalText: [
      "A lorry caught fire inside the Hexley Tunnel under the River Wend on Wednesday evening, filling the southbound bore with smoke and closing the A47 in both directions.",
      "Twenty-three vehicles were abandoned in the tunnel as drivers fled the smoke, Wendshire Fire and Rescue Service said.",
      "At least 150 people walked out through the emergency cross-passages.",
      "“The smoke came at us like a black wall,” said Gemma Rourke, who left her car near the middle of the tunnel.",
      "Meridian News Agency",
    ].join("\n"),
  },
  {
    input: "tunnel/4",
    externalId: "tf4",
    source: "Wendshire Business Post",
    url: "https://wendshirebusiness.example/transport/hexley-tunnel-repairs-40m",
    publishedAt: "2027-03-12T08:00:00Z",
    title: "Hexley Tunnel repairs to cost £40m",
    originalText: [
      "The fire in the Hexley Tunnel was put out on Thursday morning, more than 14 hours after it started, and 212 people were evacuated from the tunnel in all, Wendshire Fire and Rescue Service said.",
      "Temperatures in the tunnel reached about 1,000C, the fire service said.",
      "Repairs to the southbound bore will cost about £40 million, Wend Crossings said.",
      "The company has set aside £25 million from its reserves to begin the work.",
      "“Our priority is to reopen the northbound bore to traffic as soon as it is safe,” said Wend Crossings chief executive Martin Hale.",
      "The closure costs the company about £180,000 a day in lost tolls.",
    ].join("\n"),
  },
  {
    input: "tunnel/5",
    externalId: "tf5",
    source: "Tunnel Engineering Review",
    url: "https://tunnelengineering.example/news/hexley-fire-damage",
    publishedAt: "2027-03-16T10:00:00Z",
    title: "Hexley fire damage worse than feared, engineers say",
    originalText: [
      "The northbound bore of the Hexley Tunnel reopened to traffic on Monday, but the southbound bore will stay shut until the autumn.",
      "Temperatures in the tunnel reached 1,200C, according to the Institution of Tunnel Engineers.",
      "The tunnel's concrete lining was designed to withstand 1,350C for two hours.",
      "The Institution put the cost of repairs at about £55 million.",
      "The tunnel was built for £210 million and opened in 1994.",
      "“Spalling of this depth means whole sections of the lining will have to be cut out and recast,” said Professor Alan Whitcombe, who chairs the Institution's fire safety panel.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function tunnelFireArticles(): Article[] {
  return linkNearDuplicates(TUNNEL_FIRE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts22 (2026-12-06), before running any code on them. Three real
 * disagreements: vehicles abandoned (23 against 31), the repairs' cost (about £40 against about £55
 * million) and the fire's heat (about 1,000C against 1,200C).
 */
export const TUNNEL_FIRE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The smoke came at us like a black wall", speaker: "Gemma Rourke" },
    { text: "Crews are facing intense heat and zero visibility", speaker: "Karen Doyle" },
    { text: "Our priority is to reopen the northbound bore", speaker: "Martin Hale" },
    { text: "Spalling of this depth means whole sections", speaker: "Alan Whitcombe" },
  ],
  timeline: [
    { text: "A lorry caught fire inside the Hexley Tunnel", dates: ["2027-03-10"] },
    { text: "was put out on Thursday morning", dates: ["2027-03-11"] },
    { text: "reopened to traffic on Monday", dates: ["2027-03-15"] },
  ],
  neverDated: [{ text: "The tunnel was built for £210 million and opened in 1994", date: "2027" }],
  disagreements: [
    { values: ["Twenty-three", "Thirty-one"], outlets: ["Meridian News Agency", "Portwick Evening Star"] },
    { values: ["40 million", "55 million"], outlets: ["Wendshire Business Post", "Tunnel Engineering Review"] },
    { values: ["1,000", "1,200"], outlets: ["Wendshire Business Post", "Tunnel Engineering Review"] },
  ],
  notDisagreements: [
    // At least 150 walking out that night against the 212 evacuated in all.
    ["150", "212"],
    // Firefighters sent at first and by 11pm.
    ["Forty", "110"],
    // A lining's rating against the heat reached.
    ["1,000", "1,350"],
    ["1,200", "1,350"],
    // Money set aside against the repairs' cost; the build cost against the repairs.
    ["25 million", "40 million"],
    ["25 million", "55 million"],
    ["210 million", "40 million"],
    ["210 million", "55 million"],
    // Vehicles abandoned against people walking out, treated, or the daily traffic.
    ["Twenty-three", "150"],
    ["Thirty-one", "Fourteen"],
    ["48,000", "Thirty-one"],
  ],
  corroboration: [
    // The wire and its syndicated rewrite count once.
    { text: "Twenty-three vehicles were abandoned in the tunnel", outlets: 1 },
    // The wire and the evening paper both give the ambulance service's count.
    { text: "Fourteen people were treated for smoke inhalation", outlets: 2 },
    { text: "The company has set aside £25 million from its reserves", outlets: 1 },
  ],
  headline: ["reopen"],
};
