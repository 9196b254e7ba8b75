/**
 * Held-out batch R (lead session 31, 2026-12-07), written by heldout20 before any run; unfitted.
 * Eleven miners trapped by a tunnel collapse in a Chilean gold and copper mine and reached by boreholes, Monday 9 to Saturday 14 March 2043.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tm/1",
    externalId: "m1",
    source: "Andean Press Agency",
    url: "https://andeanpressagency.example/chile/cerro-pardo-miners-trapped",
    publishedAt: "2043-03-09T18:00:00Z",
    title: "Eleven miners trapped after tunnel collapse in northern Chile",
    originalText: [
      "VALLENAR, Chile (APA) — Eleven miners were trapped about 480 metres underground on Monday after a section of tunnel collapsed at the Cerro Pardo gold and copper mine, the operator said.",
      "The roof fall happened at about 4 a.m., near the end of the night shift, Minera Andina Sur said in a statement.",
      "More than 180 workers on the shift were brought to the surface safely.",
      "Among those trapped is 19-year-old Diego Fuentes, who started at the mine in January.",
      "“We do not know yet whether they reached the refuge chamber,” said Mining Minister Rosa Elgueta.",
      "The chamber is stocked with enough food and water for 48 hours, the company said.",
      "In 2010, 33 miners were trapped for 69 days at the San José mine near Copiapó.",
    ].join("\n"),
  },
  {
    input: "tm/2",
    externalId: "m2",
    source: "The Huasco Valley Courier",
    url: "https://huascovalleycourier.example/local/cerro-pardo-families-wait",
    title: "Families keep vigil at Cerro Pardo gate",
    originalText: [
      "Drill rigs began boring a narrow probe hole towards the trapped men on Tuesday, a day after the collapse at Cerro Pardo.",
      "The 11 miners were working at a depth of 520 metres when the tunnel gave way, according to the regional mining office.",
      "Diego Fuentes, 21, the youngest of the group, lives with his mother in the town's Lautaro district.",
      "'He rang me before his shift and said the rock was talking,' said his mother, Carmen Fuentes.",
      "Families have pitched about 40 tents along the road to the mine gate.",
      "The mine, which runs to more than 700 metres deep, employs about 1,100 people.",
    ].join("\n"),
  },
  {
    input: "tm/3",
    externalId: "m3",
    source: "Andean Press Agency",
    url: "https://andeanpressagency.example/chile/cerro-pardo-miners-alive",
    publishedAt: "2043-03-11T23:30:00Z",
    title: "All 11 trapped Chilean miners found alive",
    originalText: [
      "VALLENAR, Chile (APA) — A probe drill broke through into the refuge chamber at the Cerro Pardo mine on Wednesday evening, and all 11 trapped miners were found alive, officials said.",
      "“They are alive, all of them,” Elgueta told reporters at the mine gate.",
      "Food, water and medicine will be sent down the 12-centimetre probe hole in plastic tubes.",
      "Rescuers will now widen a second borehole into a 66-centimetre shaft big enough for a steel rescue capsule.",
      "The company said that work could take up to ten days.",
      "The capsule, which weighs 450 kilograms, was built for the 2010 rescue and has been kept in Copiapó since.",
    ].join("\n"),
  },
  {
    input: "tm/4",
    externalId: "m4",
    source: "Pacific Rim Daily",
    url: "https://pacificrimdaily.example/world/chile-trapped-miners-found-alive",
    publishedAt: "2043-03-12T06:00:00Z",
    title: "Chile's trapped miners alive, officials say",
    originalText: [
      "All 11 miners trapped in Chile's Cerro Pardo mine have been found alive after a probe drill reached their refuge chamber on Wednesday evening, officials said.",
      "“They are alive, all of them,” Elgueta said at the mine gate.",
      "Supplies of food, water and medicine are to be lowered through the 12-centimetre probe hole in plastic tubes.",
      "A second borehole is to be widened into a 66-centimetre shaft that can take a steel rescue capsule, work the company says could last up to ten days.",
      "The 450-kilogram capsule was built for the 2010 rescue.",
    ].join("\n"),
  },
  {
    input: "tm/5",
    externalId: "m5",
    source: "Mining Safety Journal",
    url: "https://miningsafetyjournal.example/incidents/cerro-pardo-rescue-shaft",
    publishedAt: "2043-03-12T14:00:00Z",
    title: "Cerro Pardo: the engineering of a rescue shaft",
    originalText: [
      "Yesterday evening's breakthrough into the Cerro Pardo refuge, which showed all 11 men alive, came about 64 hours after the collapse, from a probe drilled at an angle through 610 metres of rock.",
      "The rescue shaft, 70 centimetres across, had reached 210 metres by this morning, Minera Andina Sur said.",
      "The rig drilling it was trucked from Antofagasta, 560km to the north.",
      "The steel capsule that will carry the men up weighs 420kg and is 3.9 metres long.",
      "According to the mine's chief engineer, Tomás Rivas, “the rock above the chamber is sound, and the men have air.”",
      "The regional mining office has fined the mine twice since 2038 for roof-support failings.",
    ].join("\n"),
  },
  {
    input: "tm/6",
    externalId: "m6",
    source: "Andean Press Agency",
    url: "https://andeanpressagency.example/chile/cerro-pardo-miners-rescued",
    publishedAt: "2043-03-14T20:00:00Z",
    title: "Last of 11 trapped Chilean miners winched to surface",
    originalText: [
      "VALLENAR, Chile (APA) — The last of the 11 miners trapped at the Cerro Pardo mine was winched to the surface on Saturday, five days after the tunnel collapsed.",
      "The rescue shaft reached 340 metres on Friday morning and broke into the chamber late that night.",
      "Each ascent in the capsule took about 14 minutes.",
      "Two of the men were taken to hospital in Copiapó with dehydration; the other nine were released after checks.",
      "Rescue chief Iván Soto said: “Eleven went down, eleven came up.”",
      "The miners' union is demanding 20 million pesos for each of the men; the company has offered eight million.",
    ].join("\n"),
  },
];

export function trappedMinersBoreholeArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (northern Chile is UTC-3 in March: every stamp falls on
 * the same local day, the Wednesday wire at 20:30 local, the Thursday rewrite at 03:00 local). "On
 * Monday" in Monday's wire is 9 March; "on Tuesday" in the undated Courier is the 10th if anything;
 * "on Wednesday evening" and "yesterday evening" (Thursday's journal) are both the 11th; "by this
 * morning" in Thursday's journal is the 12th; "on Friday morning" and "on Saturday" in Saturday's wire
 * are the 13th and 14th. Pacific Rim Daily's story is a syndicated rewrite of the agency's Wednesday one.
 */
export const TRAPPED_MINERS_BOREHOLE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We do not know yet whether they reached the refuge chamber", speaker: "Rosa Elgueta" },
    { text: "He rang me before his shift and said the rock was talking", speaker: "Carmen Fuentes" },
    { text: "They are alive, all of them", speaker: "Rosa Elgueta" },
    { text: "the rock above the chamber is sound, and the men have air", speaker: "Tomás Rivas", partial: true },
    { text: "Eleven went down, eleven came up", speaker: "Iván Soto" },
  ],
  timeline: [
    { text: "Eleven miners were trapped about 480 metres underground on Monday", dates: ["2043-03-09"] },
    {
      text: "Drill rigs began boring a narrow probe hole towards the trapped men on Tuesday",
      dates: [null, "2043-03-10"],
    },
    {
      text: "A probe drill broke through into the refuge chamber at the Cerro Pardo mine on Wednesday evening",
      dates: ["2043-03-11"],
    },
    {
      text: "have been found alive after a probe drill reached their refuge chamber on Wednesday evening",
      dates: ["2043-03-11"],
    },
    { text: "Yesterday evening's breakthrough into the Cerro Pardo refuge", dates: ["2043-03-11"] },
    { text: "had reached 210 metres by this morning", dates: ["2043-03-12"] },
    { text: "The rescue shaft reached 340 metres on Friday morning", dates: ["2043-03-13"] },
    { text: "was winched to the surface on Saturday", dates: ["2043-03-14"] },
  ],
  neverDated: [
    { text: "In 2010, 33 miners were trapped for 69 days", date: "2010" },
    { text: "was built for the 2010 rescue and has been kept in Copiapó since", date: "2010" },
    { text: "The 450-kilogram capsule was built for the 2010 rescue", date: "2010" },
    { text: "has fined the mine twice since 2038", date: "2038" },
    { text: "who started at the mine in January", date: "2044-01", exact: true },
    // "On Friday morning" in a Saturday story is the Friday gone, not the next one.
    { text: "The rescue shaft reached 340 metres on Friday morning", date: "2043-03-20", exact: true },
  ],
  disagreements: [
    // The depth at which the men were trapped: "480 metres underground" against "at a depth of 520 metres".
    { values: ["480", "520"], outlets: ["Andean Press Agency", "The Huasco Valley Courier"] },
    // The youngest miner's age: "19-year-old" against ", 21,".
    { values: ["19", "21"], outlets: ["Andean Press Agency", "The Huasco Valley Courier"] },
    // The rescue shaft's width: "a 66-centimetre shaft" against "70 centimetres across".
    { values: ["66", "70"], outlets: ["Andean Press Agency", "Mining Safety Journal"] },
    // The capsule's weight: "weighs 450 kilograms" against "weighs 420kg".
    { values: ["450", "420"], outlets: ["Andean Press Agency", "Mining Safety Journal"] },
  ],
  notDisagreements: [
    // The shaft's progress over two days.
    ["210", "340"],
    // Depth of the trapped men against the whole mine and the shaft's progress (parts of a whole).
    ["480", "700"],
    ["520", "700"],
    ["340", "480"],
    ["210", "520"],
    ["610", "520"],
    // The trapped against the shift and the workforce.
    ["Eleven", "180"],
    ["11", "1,100"],
    // The hurt against the released.
    ["Two", "nine"],
    // A forecast against the outcome.
    ["ten", "five"],
    // The 2010 precedent.
    ["33", "11"],
    ["69", "five"],
    // A probe hole against the rescue shaft (another thing, same unit).
    ["12", "66"],
    ["12", "70"],
    // A demand against an offer.
    ["20", "eight"],
    // Hours of supplies against hours to the breakthrough.
    ["48", "64"],
    // The capsule's weight against its length; the rig's journey against the depth.
    ["420", "3.9"],
    ["560", "480"],
  ],
  corroboration: [
    // The agency and its syndicated rewrite count once; the journal tells it in other words ("Yesterday evening's breakthrough").
    {
      text: "A probe drill broke through into the refuge chamber at the Cerro Pardo mine on Wednesday evening",
      outlets: 2,
    },
    { text: "More than 180 workers on the shift were brought to the surface safely", outlets: 1 },
    { text: "Two of the men were taken to hospital in Copiapó with dehydration", outlets: 1 },
  ],
  headline: ["winched to the surface", "rescued"],
  summary: {
    holds: ["winched to the surface"],
    never: ["We do not know yet whether they reached the refuge chamber", "had reached 210 metres by this morning"],
  },
  sameEntry: [
    [
      "A probe drill broke through into the refuge chamber at the Cerro Pardo mine on Wednesday evening",
      "Yesterday evening's breakthrough into the Cerro Pardo refuge",
    ],
  ],
  order: [
    "Eleven miners were trapped about 480 metres underground on Monday",
    "A probe drill broke through into the refuge chamber at the Cerro Pardo mine on Wednesday evening",
    "had reached 210 metres by this morning",
    "The rescue shaft reached 340 metres on Friday morning",
    "was winched to the surface on Saturday",
  ],
  supersession: {
    apart: [
      ["We do not know yet whether they reached the refuge chamber", "all 11 trapped miners were found alive"],
      ["had reached 210 metres by this morning", "The rescue shaft reached 340 metres on Friday morning"],
      ["The company said that work could take up to ten days", "was winched to the surface on Saturday"],
      ["Eleven miners were trapped about 480 metres underground on Monday", "was winched to the surface on Saturday"],
    ],
    current: [
      "More than 180 workers on the shift were brought to the surface safely",
      "has fined the mine twice since 2038",
      "is demanding 20 million pesos for each of the men",
    ],
  },
};
