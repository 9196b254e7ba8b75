import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes21 (2026-12-05, before running any code on it): five
 * articles from four outlets on the breach of the Holloway Reservoir dam above the village of
 * Brennock on Tuesday 10 November 2026, the clean-up and a minister's visit the next day, an
 * engineer's analysis, and the draining of the reservoir on Monday 16 November. Quote styles: "“…,”
 * said X, 64, whose …", a spokesman for an agency, "X said that “…”" (a fragment), a quote inside a
 * quote, a quote over two paragraphs, "the environment secretary said" after her full name, "the
 * company said" after the owner named as the subject before, "X said her neighbour, Y, had told her
 * that “…”" (the neighbour's words), "According to Dr X, “…”", a pull quote signed on the next line,
 * straight double and single quotes, a surname alone in a later article. Traps: a scare quote, a
 * headline in quotes. Test support only.
 */
const DAM_BREACH_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "dam/1",
    externalId: "d1",
    source: "Pennine Press Agency",
    url: "https://penninepress.example/news/holloway-dam-breach",
    publishedAt: "2026-11-10T18:20:00Z",
    title: "Dam breach floods Brennock as 14 rescued from homes",
    originalText: [
      "BRENNOCK (PPA) — Part of the earth dam holding back the Holloway Reservoir gave way on Tuesday afternoon, sending a wall of water through the village of Brennock and flooding about 120 homes.",
      "Fire crews rescued 14 people from upstairs windows and car roofs. No one was reported missing.",
      "“The water came down the lane like a train,” said Gwen Athersmith, 64, whose cottage stands below the dam.",
      "A spokesman for the Environment Agency said: “Our teams are on site and monitoring the remaining embankment around the clock.”",
      "Group Manager Idris Pellow of Northshire Fire and Rescue Service said that “the next twelve hours are critical” because more rain was forecast overnight.",
      "The dam was built in 1884.",
    ].join("\n"),
  },
  {
    input: "dam/2",
    externalId: "d2",
    source: "Brennock Gazette",
    url: "https://brennockgazette.example/local/plough-inn-flood",
    publishedAt: "2026-11-11T08:00:00Z",
    title: "‘Like a train’: Brennock counts the cost of the dam breach",
    originalText: [
      "By Hywel Prosser",
      "Brennock woke on Wednesday to mud, ruined furniture piled in the streets and the smell of diesel.",
      "“We had maybe four minutes,” said Tom Rudge, the landlord of the Plough Inn. “I got my mother into the car and drove up the hill without looking back.",
      "“When we came down this morning the bar was under five feet of water. Thirty years of my life, gone in an afternoon.”",
      "“My neighbour shouted ‘Get out, get out now,’ and I just ran,” said Carys Venn, 31, who carried her daughter to the church hall.",
      "The 'improvements' promised after a 2019 survey of the dam were never carried out, villagers said.",
      "Athersmith said her neighbour, Pat Orme, had told her that the water was “already over the top of the wall” an hour before the sirens sounded.",
    ].join("\n"),
  },
  {
    input: "dam/3",
    externalId: "d3",
    source: "The Northern Standard",
    url: "https://northernstandard.example/politics/achterberg-brennock-visit",
    publishedAt: "2026-11-11T19:45:00Z",
    title: "Environment secretary orders inspections of 300 dams after Brennock breach",
    originalText: [
      "Environment Secretary Rosalind Achterberg on Wednesday ordered urgent inspections of about 300 earth dams in England after visiting Brennock, where 140 homes were flooded.",
      "“Nobody should live in fear of the reservoir above their home,” the environment secretary said.",
      "The reservoir's owner, Calder Vale Water, said it had inspected the dam in September and found no defects. “We are cooperating fully with the investigation and our thoughts are with everyone affected,” the company said in a statement.",
      "Pellow said the breach was about 20 metres wide.",
      "Local MP Fiona Gask said: “People here were told for years that this dam was safe. They deserve a full public inquiry, not a review.”",
    ].join("\n"),
  },
  {
    input: "dam/4",
    externalId: "d4",
    source: "Civil Engineering Weekly",
    url: "https://civilengineeringweekly.example/analysis/why-earth-dams-fail",
    publishedAt: "2026-11-13T10:00:00Z",
    title: "Why Victorian earth dams fail from the inside",
    originalText: [
      "The Holloway dam is one of about 2,000 reservoirs in Britain built before 1900.",
      "According to Dr Miriam Haldane, a dam safety engineer at Northshire University, “earth embankments of that age fail from the inside long before anyone sees a crack.”",
      '"The spillway was sized for a storm that comes once in a thousand years, and we have had two in a decade," Haldane said.',
      "She said water seeping through the core would have washed out fine material for months.",
      "“This was a warning the whole industry should hear.”",
      "— Miriam Haldane, Northshire University",
    ].join("\n"),
  },
  {
    input: "dam/5",
    externalId: "d5",
    source: "Pennine Press Agency",
    url: "https://penninepress.example/news/holloway-reservoir-drained",
    publishedAt: "2026-11-16T16:10:00Z",
    title: "Holloway Reservoir drained as Brennock families return",
    originalText: [
      "BRENNOCK (PPA) — Engineers finished draining the Holloway Reservoir on Monday, six days after its dam breached, and the first of about 60 evacuated families were allowed back into their homes.",
      "“The danger has passed, but the hard part for these families is only starting,” Pellow said.",
      "'We will rebuild, and we will do it together,' said Owen Treharne, chairman of Brennock parish council.",
      "Athersmith, whose kitchen was wrecked, said she would not move away. “I was born in this valley and I will die in it,” she said.",
      "An independent inquiry into the breach will open in January.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function reservoirBreachArticles(): Article[] {
  return linkNearDuplicates(DAM_BREACH_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes21 (2026-12-05), before running any code on them. The one
 * real disagreement: the homes flooded on Tuesday, about 120 for the Pennine Press Agency and 140 for
 * The Northern Standard (a known miss of the first run: "flooding about 120 homes" against "where 140
 * homes were flooded" is not found).
 */
export const RESERVOIR_BREACH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The water came down the lane like a train", speaker: "Gwen Athersmith" },
    { text: "Our teams are on site and monitoring", speaker: "a spokesman for the Environment Agency" },
    { text: "the next twelve hours are critical", speaker: "Idris Pellow", partial: true },
    // A quote over two paragraphs, split by its attribution in the first.
    { text: "We had maybe four minutes", speaker: "Tom Rudge" },
    { text: "I got my mother into the car", speaker: "Tom Rudge" },
    { text: "When we came down this morning the bar was under five feet of water", speaker: "Tom Rudge" },
    // The inner quote is part of Carys Venn's words, no quote of its own.
    { text: "My neighbour shouted", speaker: "Carys Venn" },
    // Athersmith tells what her neighbour told her: the words are Pat Orme's.
    { text: "already over the top of the wall", speaker: "Pat Orme", partial: true },
    // A title alone after the full name in the sentence before.
    { text: "Nobody should live in fear of the reservoir", speaker: "Rosalind Achterberg" },
    { text: "We are cooperating fully with the investigation", speaker: "Calder Vale Water" },
    { text: "People here were told for years that this dam was safe", speaker: "Fiona Gask" },
    {
      text: "earth embankments of that age fail from the inside",
      speaker: "Miriam Haldane",
      partial: true,
    },
    { text: "The spillway was sized for a storm", speaker: "Miriam Haldane" },
    { text: "This was a warning the whole industry should hear", speaker: "Miriam Haldane" },
    // A surname alone, the full name in another article.
    { text: "The danger has passed", speaker: "Idris Pellow" },
    { text: "We will rebuild, and we will do it together", speaker: "Owen Treharne" },
    { text: "I was born in this valley", speaker: "Gwen Athersmith" },
  ],
  timeline: [
    { text: "Part of the earth dam holding back the Holloway Reservoir gave way on Tuesday", dates: ["2026-11-10"] },
    { text: "ordered urgent inspections of about 300 earth dams", dates: ["2026-11-11"] },
    { text: "Engineers finished draining the Holloway Reservoir on Monday", dates: ["2026-11-16"] },
  ],
  neverDated: [
    { text: "The dam was built in 1884", date: "1884", exact: true },
    { text: "promised after a 2019 survey", date: "2019", exact: true },
  ],
  disagreements: [{ values: ["120", "140"], outlets: ["Pennine Press Agency", "The Northern Standard"] }],
  notDisagreements: [
    // People rescued against homes flooded; families back against homes flooded.
    ["14", "120"],
    ["60", "120"],
    ["60", "140"],
    // Dams inspected against reservoirs built before 1900.
    ["300", "2,000"],
    // Minutes, hours, metres, years.
    ["four", "twelve"],
    ["20", "300"],
  ],
  corroboration: [
    { text: "Part of the earth dam holding back the Holloway Reservoir gave way on Tuesday", outlets: 1 },
  ],
  // Written as "drained" or "return" before the run, revised after it: the headline's "finished
  // draining" says the latest event as well.
  headline: ["drained", "draining", "return"],
};
