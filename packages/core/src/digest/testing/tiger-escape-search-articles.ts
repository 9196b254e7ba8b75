/**
 * Held-out batch S (lead session 31, 2026-12-07), written by heldout21 before any run; unfitted.
 * A Sumatran tiger escapes from a New South Wales wildlife park and is caught after a three-day search, Saturday 20 to Wednesday 24 September 2042.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "te/1",
    externalId: "te1",
    source: "Southern Cross Newswire",
    url: "https://southerncrossnewswire.example/nsw/tiger-escapes-barragong-wildlife-park",
    publishedAt: "2042-09-20T03:00:00Z",
    title: "Tiger on the loose after escaping NSW wildlife park",
    originalText: [
      "BARRAGONG, NSW (SCN) — A Sumatran tiger escaped from its enclosure at Barragong Wildlife Park early on Saturday, and police told residents within 5 kilometres of the park to stay indoors.",
      "Keepers found the enclosure empty at 6.40am.",
      "The eight-year-old male, named Bima, weighs about 140 kilograms and is one of three tigers at the park, which opened in 1987.",
      "“Do not approach the animal under any circumstances,” Superintendent Karen Holt said.",
      "A tiger can cover 30km in a night, experts say.",
    ].join("\n"),
  },
  {
    input: "te/2",
    externalId: "te2",
    source: "Central West Times",
    url: "https://centralwesttimes.example/news/barragong-tiger-loose",
    publishedAt: "2042-09-20T06:00:00Z",
    title: "Barragong residents told to stay inside as tiger roams",
    originalText: [
      "A Sumatran tiger broke out of its enclosure at Barragong Wildlife Park early on Saturday, prompting police to order people within 5 kilometres of the park to stay inside.",
      "Staff discovered the enclosure empty at 6.40am.",
      "Bima, an eight-year-old male weighing about 140 kilograms, is one of the park's three tigers.",
      "“Do not approach the animal under any circumstances,” said Superintendent Karen Holt.",
      "Southern Cross Newswire",
    ].join("\n"),
  },
  {
    input: "te/3",
    externalId: "te3",
    source: "Riverina Radio News",
    url: "https://riverinaradionews.example/news/tiger-search-exclusion-zone-widened",
    publishedAt: "2042-09-21T01:30:00Z",
    title: "Tiger search goes through the night as exclusion zone widens",
    originalText: [
      "More than 60 police officers, park staff and volunteers searched through the night for the tiger that got out of Barragong Wildlife Park on Saturday, helped by a helicopter with thermal cameras.",
      "Police widened the exclusion zone to 15 kilometres on Sunday morning.",
      "The tiger was found missing at about 7.15am, park staff told Riverina Radio.",
      "Bima, 6, was born at the park, and the 165-kilogram cat has never lived outside a zoo.",
      "Park director Dr Sunil Rao said: “He is frightened and hungry, and he will be looking for cover.”",
      "Schools in Barragong will stay closed on Monday.",
    ].join("\n"),
  },
  {
    input: "te/4",
    externalId: "te4",
    source: "The Daily Globe",
    url: "https://dailyglobe.example/news/tiger-on-the-prowl-australia-sheep",
    publishedAt: "2042-09-22T05:00:00Z",
    title: "TIGER ON THE PROWL: Escaped big cat kills sheep in Aussie outback town",
    originalText: [
      "An escaped tiger slaughtered two sheep on a farm 8km from the zoo last night, as the hunt for the 140kg (22-stone) beast entered its third day.",
      "'I saw its stripes in my headlights and my heart stopped,' said farmer Dave Cullen, 58.",
      "Cullen wants $12,000 for his flock; the park has offered him $4,000.",
      "Sumatran tigers are critically endangered, with between 400 and 600 left in the wild.",
    ].join("\n"),
  },
  {
    input: "te/5",
    externalId: "te5",
    source: "Zoo Keeper Quarterly",
    url: "https://zookeeperquarterly.example/welfare/barragong-tiger-gate-checks",
    title: "Barragong escape reopens the debate on double-gate checks",
    originalText: [
      "An inner gate of the tiger house at Barragong had been left unlocked after the evening feed, early findings suggest.",
      "The tiger house, with 5.5-metre fences, was built in 2019.",
      "“Double-gated systems only work if someone checks both gates, every time” — Hannah Briggs, an animal-management consultant.",
      "In 2034, a snow leopard was loose at a Victorian zoo for 40 minutes before it was darted.",
      "About 500 Sumatran tigers remain in the wild.",
    ].join("\n"),
  },
  {
    input: "te/6",
    externalId: "te6",
    source: "Southern Cross Newswire",
    url: "https://southerncrossnewswire.example/nsw/barragong-tiger-found-darted",
    publishedAt: "2042-09-24T02:00:00Z",
    title: "Escaped tiger found and darted near Barragong",
    originalText: [
      "BARRAGONG, NSW (SCN) — Bima the tiger was found and tranquillised in a creek bed 3 kilometres from Barragong Wildlife Park just after midday on Tuesday, 78 hours after he escaped.",
      "More than 150 people had joined the search by then, and police lifted the exclusion zone on Tuesday evening.",
      "The tiger killed two sheep on a farm 11 kilometres north of the park on Sunday night.",
      "According to the park, “a keeper failed to lock an inner gate after feeding.”",
      "Park director Dr Sunil Rao said on Wednesday that Bima was back in his enclosure.",
      "Rao said the tiger was “calm, well and eating again.”",
      "The park will stay closed until 4 October.",
    ].join("\n"),
  },
];

export function tigerEscapeSearchArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written by hand from the texts above before any run. New South Wales is UTC+10 in September
 * 2042 (daylight saving starts on 5 October): 03:00 and 06:00 UTC on the 20th are Saturday 1 p.m.
 * and 4 p.m.; 01:30 UTC on the 21st is Sunday 11.30 a.m.; the tabloid's 05:00 UTC on the 22nd is
 * Monday 3 p.m. in Sydney and 6 a.m. in London, where it is published: Monday either way;
 * 02:00 UTC on the 24th is Wednesday noon. "Early on Saturday" is 20 September; "on Sunday morning"
 * the 21st; "on Monday" in Sunday's story the 22nd; "last night" in Monday's tabloid and "on Sunday
 * night" in Wednesday's wire the 21st; "on Tuesday" in Wednesday's wire the 23rd; "on Wednesday" the
 * 24th; "until 4 October" this year's. The Central West Times story is a syndicated rewrite of the
 * first wire (credit line).
 */
export const TIGER_ESCAPE_SEARCH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Do not approach the animal under any circumstances", speaker: "Karen Holt" },
    { text: "He is frightened and hungry, and he will be looking for cover", speaker: "Sunil Rao" },
    // Single quotes in the tabloid.
    { text: "I saw its stripes in my headlights and my heart stopped", speaker: "Dave Cullen" },
    // "“…” — Name, description".
    { text: "Double-gated systems only work if someone checks both gates, every time", speaker: "Hannah Briggs" },
    // Opens in lower case after "According to …,": partial.
    { text: "a keeper failed to lock an inner gate after feeding", speaker: "Barragong Wildlife Park", partial: true },
    // The surname alone after the full name in the sentence before.
    { text: "calm, well and eating again", speaker: "Sunil Rao", partial: true },
  ],
  timeline: [
    {
      text: "A Sumatran tiger escaped from its enclosure at Barragong Wildlife Park early on Saturday",
      dates: ["2042-09-20"],
    },
    {
      text: "A Sumatran tiger broke out of its enclosure at Barragong Wildlife Park early on Saturday",
      dates: ["2042-09-20"],
    },
    { text: "Police widened the exclusion zone to 15 kilometres on Sunday morning", dates: ["2042-09-21"] },
    { text: "Schools in Barragong will stay closed on Monday", dates: ["2042-09-22"] },
    { text: "slaughtered two sheep on a farm 8km from the zoo last night", dates: ["2042-09-21"] },
    { text: "just after midday on Tuesday, 78 hours after he escaped", dates: ["2042-09-23"] },
    { text: "police lifted the exclusion zone on Tuesday evening", dates: ["2042-09-23"] },
    {
      text: "The tiger killed two sheep on a farm 11 kilometres north of the park on Sunday night",
      dates: ["2042-09-21"],
    },
    { text: "Park director Dr Sunil Rao said on Wednesday that Bima was back", dates: ["2042-09-24"] },
    { text: "The park will stay closed until 4 October", dates: ["2042-10-04"] },
  ],
  neverDated: [
    { text: "is one of three tigers at the park, which opened in 1987", date: "1987" },
    { text: "The tiger house, with 5.5-metre fences, was built in 2019", date: "2019" },
    { text: "In 2034, a snow leopard was loose at a Victorian zoo", date: "2034" },
    // "Last night" in Monday's tabloid is Sunday night, not Monday.
    { text: "slaughtered two sheep on a farm 8km from the zoo last night", date: "2042-09-22", exact: true },
    { text: "The park will stay closed until 4 October", date: "2043-10-04", exact: true },
    // "On Sunday night" in a Wednesday story is the Sunday gone.
    {
      text: "The tiger killed two sheep on a farm 11 kilometres north of the park on Sunday night",
      date: "2042-09-28",
      exact: true,
    },
  ],
  disagreements: [
    // When keepers found the enclosure empty: "at 6.40am" against "at about 7.15am".
    { values: ["6.40", "7.15"], outlets: ["Southern Cross Newswire", "Riverina Radio News"] },
    // The tiger's age: "The eight-year-old male" against "Bima, 6,".
    { values: ["eight", "6"], outlets: ["Southern Cross Newswire", "Riverina Radio News"] },
    // His weight: "weighs about 140 kilograms" against "the 165-kilogram cat".
    { values: ["140", "165"], outlets: ["Southern Cross Newswire", "Riverina Radio News"] },
    // How far from the park the sheep were killed: "8km from the zoo" against "11 kilometres north of the park".
    { values: ["8", "11"], outlets: ["The Daily Globe", "Southern Cross Newswire"] },
  ],
  notDisagreements: [
    // The exclusion zone, widened.
    ["5", "15"],
    // Searchers as the search grew.
    ["60", "150"],
    // What a tiger can cover against where he was found; where he was found against the sheep farm and the zone.
    ["30", "3"],
    ["3", "11"],
    ["3", "8"],
    ["15", "3"],
    // A weight and its conversion.
    ["140", "22"],
    // A farmer's demand against the park's offer.
    ["12,000", "4,000"],
    // The 2034 precedent against this escape.
    ["40", "78"],
    // A range of wild tigers against a figure inside it.
    ["500", "400"],
    ["500", "600"],
    // Sheep killed against the park's tigers; the farmer's age against the tiger's.
    ["two", "three"],
    ["58", "eight"],
    ["58", "6"],
    // Fence height against the zone.
    ["5.5", "5"],
  ],
  corroboration: [
    // The wire, its rewrite (once) and the radio's "the tiger that got out of Barragong Wildlife Park on Saturday".
    { text: "A Sumatran tiger escaped from its enclosure at Barragong Wildlife Park early on Saturday", outlets: 2 },
    // The tabloid and Wednesday's wire, each with its own distance.
    { text: "The tiger killed two sheep on a farm 11 kilometres north of the park", outlets: 2 },
    // The trade paper ("An inner gate … had been left unlocked") and Wednesday's wire.
    { text: "a keeper failed to lock an inner gate after feeding", outlets: 2 },
  ],
  headline: ["found", "tranquillised", "darted"],
  summary: {
    holds: ["tranquillised"],
    never: ["Police widened the exclusion zone to 15 kilometres", "More than 60 police officers"],
  },
  sameEntry: [
    [
      "slaughtered two sheep on a farm 8km from the zoo last night",
      "The tiger killed two sheep on a farm 11 kilometres north of the park on Sunday night",
    ],
  ],
  order: [
    "A Sumatran tiger escaped from its enclosure at Barragong Wildlife Park early on Saturday",
    "Police widened the exclusion zone to 15 kilometres on Sunday morning",
    "The tiger killed two sheep on a farm 11 kilometres north of the park on Sunday night",
    "just after midday on Tuesday, 78 hours after he escaped",
    "Park director Dr Sunil Rao said on Wednesday that Bima was back",
    "The park will stay closed until 4 October",
  ],
  supersession: {
    apart: [
      [
        "police told residents within 5 kilometres of the park to stay indoors",
        "Police widened the exclusion zone to 15 kilometres",
      ],
      ["Police widened the exclusion zone to 15 kilometres", "police lifted the exclusion zone on Tuesday evening"],
      ["More than 60 police officers, park staff and volunteers", "More than 150 people had joined the search"],
      ["he will be looking for cover", "Bima was back in his enclosure"],
    ],
    current: [
      "The park will stay closed until 4 October",
      "The tiger killed two sheep on a farm 11 kilometres north of the park",
      "is one of three tigers at the park",
    ],
  },
};
