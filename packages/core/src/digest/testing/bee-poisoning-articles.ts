import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes30 (2026-12-06, texts and expectations before running any
 * code on them): three articles from two outlets on bees found dead in the Alder Valley on Monday 11 May
 * 2026 after a farm sprayed an insecticide, the council's inquiry (Wednesday 13 May) and its test results
 * (Thursday 4 June).
 * Quote styles: "X's neighbour, Y, … He said: “…”"; a spokeswoman for the company after a man named; a
 * speaker quoting a farm worker inside his own quote; "she said" after a man named since the woman it
 * stands for; a quote whose speaker the next sentence names ("‘…’ So says X"); a council spokesman's
 * quote over two paragraphs attributed at its end with "he said"; a council and a company quoted in
 * fragments. British single quotes and US double quotes. Test support only.
 */
const BEE_POISONING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "bees/1",
    externalId: "b1",
    source: "Valley Courier",
    url: "https://valleycourier.example/news/hives-dead-after-spraying",
    publishedAt: "2026-05-11T17:45:00Z",
    title: "Beekeepers find hives dead after crop spraying near Alderbrook",
    originalText: [
      "Beekeepers in the Alder Valley found more than 300 hives dead on Monday, a day after a neighbouring farm sprayed its oilseed rape with an insecticide.",
      "‘It was like walking into a graveyard, bees in heaps at every entrance,’ said Ruth Amadi, who lost 42 hives.",
      "Amadi's neighbour, Owen Pryce, keeps 60 hives on the same hillside. He said: ‘Every one of them is dead. Twenty years of work, gone in a morning.’",
      "The farm, Hallam Agriculture, said it had sprayed within the rules.",
      "‘Our contractor followed the label to the letter,’ said a spokeswoman for the company.",
    ].join("\n"),
  },
  {
    input: "bees/2",
    externalId: "b2",
    source: "The Chronicle",
    url: "https://chronicle.example/environment/alder-valley-bee-deaths-inquiry",
    publishedAt: "2026-05-13T20:00:00Z",
    title: "Council opens inquiry into Alder Valley bee deaths",
    originalText: [
      "Alderbrook District Council has opened an investigation into the deaths of bees in the Alder Valley, where beekeepers say they lost more than 300 hives.",
      "Councillor Bethan Lloyd, who chairs the council's environment committee, said the council had taken samples from 12 apiaries. “We will publish the results, whatever they show,” she said.",
      "Tom Harlow, chairman of the Alder Valley Beekeepers' Association, said a farm worker had warned him the day before. “The man told me, ‘It's only a light spray, your bees will be fine,’ and I believed him,” Harlow said.",
      "Hallam Agriculture's managing director, Simon Hallam, did not return calls, and his company's statement did not mention the bees.",
      "Asked whether the farm could be prosecuted, Lloyd was careful. “It is far too early to say,” she said.",
    ].join("\n"),
  },
  {
    input: "bees/3",
    externalId: "b3",
    source: "Valley Courier",
    url: "https://valleycourier.example/news/insecticide-found-in-dead-bees",
    publishedAt: "2026-06-04T16:10:00Z",
    title: "Tests find insecticide in dead bees, council says",
    originalText: [
      "Tests on dead bees from the Alder Valley found an insecticide at levels 'far above anything a legal spray would leave', Alderbrook District Council said on Thursday.",
      "‘Nobody came to warn us, not once.’ So says Ruth Amadi, who has kept bees in the valley for 18 years.",
      "A spokesman for the council said the findings had been passed to the Health and Safety Executive.",
      "‘The levels we found are well above what a correctly applied spray would leave.",
      "‘It is now for the HSE to decide whether there has been an offence,’ he said.",
      "Hallam Agriculture said it was 'co-operating fully' with the inquiry.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function beePoisoningArticles(): Article[] {
  return linkNearDuplicates(BEE_POISONING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by quotes30 (2026-12-06), before running any code on them. No disagreement. */
export const BEE_POISONING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It was like walking into a graveyard", speaker: "Ruth Amadi" },
    { text: "Every one of them is dead", speaker: "Owen Pryce" },
    // Spoken for the company, after a man is named.
    { text: "Our contractor followed the label", speaker: "a spokeswoman for the company" },
    { text: "We will publish the results", speaker: "Bethan Lloyd" },
    // Harlow quotes the farm worker inside his own words: the quote is his.
    { text: "The man told me", speaker: "Tom Harlow" },
    // "she said" after a man is named: the woman of the sentence before.
    { text: "It is far too early to say", speaker: "Bethan Lloyd" },
    { text: "far above anything a legal spray would leave", speaker: "Alderbrook District Council", partial: true },
    // The speaker named in the sentence after the quote.
    { text: "Nobody came to warn us", speaker: "Ruth Amadi" },
    // Two paragraphs of one quote, attributed at its end.
    { text: "The levels we found are well above", speaker: "a spokesman for the council" },
    { text: "It is now for the HSE to decide", speaker: "a spokesman for the council" },
    { text: "co-operating fully", speaker: "Hallam Agriculture", partial: true },
  ],
  timeline: [
    { text: "found more than 300 hives dead on Monday", dates: ["2026-05-11"] },
    { text: "Tests on dead bees from the Alder Valley found an insecticide", dates: ["2026-06-04"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    ["300", "42"],
    ["60", "42"],
    ["12", "18"],
  ],
  corroboration: [{ text: "found more than 300 hives dead", outlets: 1 }],
  headline: ["insecticide"],
};
