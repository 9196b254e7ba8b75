import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";

/**
 * A story written as a test of what a digest says is current (the lead, 2026-12-04, before reading
 * the output): five articles from five outlets about a ferry that capsized late on Sunday 8 November
 * 2026, Monday 9 to Thursday 12 November. The count of the dead rises in other words each day (at
 * least 12, a "death toll" of 27, 31 "confirmed dead", 34 "had died") and the missing fall (24, 20,
 * 17, the last two given after "and" without their noun); the coast guard and the operator give
 * different numbers aboard; a live blog's entry opens with a time stamp; a sign's words are no quote.
 * Test support only.
 */
const FERRY_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ferry/1",
    source: "Coastal Herald",
    url: "https://coastalherald.example/ferry-1",
    publishedAt: "2026-11-09T07:30:00Z",
    title: "Ferry capsizes off Marlow Point; dozens missing",
    originalText: [
      "A passenger ferry capsized in heavy seas off Marlow Point late on Sunday, and at least 12 people were confirmed dead, the coast guard said on Monday.",
      "The Sea Lark, which was licensed to carry 180 passengers, was carrying 214 people according to a port official, who spoke on condition of anonymity.",
      '"We are searching every inch of water between the point and the harbour," coast guard commander Elena Varga told reporters at the harbour on Monday morning.',
      "Rescue boats had pulled 163 survivors from the water by dawn.",
      "The ferry's operator, Blue Strait Lines, was fined in 2019 for overloading a different vessel.",
      '"The crossing should never have left port in that weather," said Tomas Reyes, who runs a fishing cooperative in the town.',
      'Families gathered at the terminal, where a sign read "No news yet."',
      "The transport minister, Ana Lindqvist, will visit the site on Tuesday.",
    ].join("\n"),
  },
  {
    input: "ferry/2",
    source: "National Wire",
    url: "https://nationalwire.example/ferry-toll",
    publishedAt: "2026-11-10T18:00:00Z",
    title: "Ferry disaster toll rises to 27 as minister orders inquiry",
    originalText: [
      "MARLOW POINT (National Wire) — The death toll from Sunday's ferry capsizing off Marlow Point rose to 27 on Tuesday, the coast guard said, as divers recovered bodies from the hull.",
      "Transport Minister Ana Lindqvist visited the site on Tuesday and ordered an independent inquiry into the disaster.",
      '"Those responsible will be held to account, whoever they are," Lindqvist said.',
      'She said that the ferry "had no business being at sea" with so many people aboard.',
      "The coast guard put the number of people aboard at 214, while Blue Strait Lines said its manifest listed 176 passengers and crew.",
      'According to Commander Elena Varga, "the chances of finding anyone alive are now very slim."',
      "Varga said 24 people were still missing.",
      "Blue Strait Lines said in a statement that it was cooperating fully with the authorities.",
    ].join("\n"),
  },
  {
    input: "ferry/3",
    source: "Harbour Times",
    url: "https://harbourtimes.example/ferry-rewrite",
    publishedAt: "2026-11-10T19:10:00Z",
    title: "Death toll in ferry capsizing climbs to 27; inquiry ordered",
    originalText: [
      "The death toll from Sunday's capsizing of a ferry off Marlow Point climbed to 27 on Tuesday, the coast guard said, as divers recovered more bodies from the hull.",
      "Transport Minister Ana Lindqvist, who visited the site on Tuesday, ordered an independent inquiry.",
      '"Those responsible will be held to account, whoever they are," Lindqvist said.',
      "The coast guard said 214 people had been aboard; the operator's manifest listed 176.",
      "Varga said 24 people were still missing.",
    ].join("\n"),
  },
  {
    input: "ferry/4",
    source: "Daily Ledger",
    url: "https://dailyledger.example/ferry-live",
    publishedAt: "2026-11-11T09:00:00Z",
    title: "Marlow Point ferry disaster: Live Updates",
    originalText: [
      "8:15 a.m. Divers have resumed the search at first light.",
      "The coast guard said on Wednesday that 31 people were now confirmed dead and 20 remained missing.",
      "Blue Strait Lines' chief executive, Martin Oduya, apologised to the families on Wednesday.",
      '"I am deeply sorry. We will support every family that has lost someone," Oduya said in a video statement.',
      'Asked whether the ferry had been overloaded, he said the company would "not speculate before the inquiry reports."',
      "Last year, a storm closed the Marlow Point crossing for nine days.",
      "Survivors said the ferry began listing shortly after leaving the harbour at 9 p.m. on Sunday.",
    ].join("\n"),
  },
  {
    input: "ferry/5",
    source: "Evening Post",
    url: "https://eveningpost.example/ferry-arrest",
    publishedAt: "2026-11-12T16:45:00Z",
    title: "Ferry captain arrested after Marlow Point capsizing kills 34",
    originalText: [
      "Police arrested the captain of the Sea Lark on Thursday on suspicion of manslaughter, four days after the ferry capsized off Marlow Point.",
      "The coast guard said on Thursday that 34 people had died and 17 were still missing, and that the search would end on Friday.",
      '"We have made an arrest and our investigation continues," police spokesman Daniel Kerr said on Thursday.',
      "The captain, who has not been named, is expected to appear in court on Monday.",
      "Blue Strait Lines suspended all of its crossings pending the inquiry.",
      "Commander Varga said the search had covered 400 square kilometres of sea.",
    ].join("\n"),
  },
];

/** The five ferry articles, prepared and linked as ingest does. */
export function ferryCapsizingArticles(): Article[] {
  return linkNearDuplicates(FERRY_DRAFTS.map((draft) => prepareArticle(draft)));
}
