import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes27 (2026-12-06, texts and expectations before running
 * any code on them): five articles from four outlets, British and one American, on a hailstorm that
 * stripped East Sussex vineyards on Saturday 13 June 2026, insurers' assessors on Monday 15 June, a
 * farming minister's visit on Friday 19 June and the first new shoots. Quote styles: "X, who runs the
 * estate with her brother, Ned, said …. ‘…,’ she said", "X, speaking to the BBC, said: ‘…’", "Its
 * spokesman, X, said: ‘…’", "X said in a statement … “…,” the statement said", "Mr Pellew … ‘…,’ he
 * said" after a sister and her brother are named, "said in a post on X that", "told Wine Country
 * Review", "Her brother said …. “…,” X said", a nested quote ('… “…” …'), "Mr X told reporters
 * afterwards: ‘…’", "Dr X … said: ‘…" continued over paragraphs, "he added". Traps: a sister and a
 * brother sharing a surname (Harriet and Ned Pellew), scare quotes, a term in quotes after "whether
 * a", a quote in a headline. Test support only.
 */
const VINEYARD_HAILSTORM_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "hail/1",
    externalId: "vh1",
    source: "Weald Courier",
    url: "https://wealdcourier.example/news/hailstorm-strips-sussex-vines",
    publishedAt: "2026-06-14T08:00:00Z",
    title: "Hailstorm strips Sussex vines weeks before flowering",
    originalText: [
      "A hailstorm lasting less than 20 minutes destroyed much of this year's crop at several East Sussex vineyards on Saturday afternoon.",
      "Harriet Pellew, who runs the Pellew Estate near Ditchling with her brother, Ned, said hailstones 'the size of marbles' had shredded the young shoots.",
      "‘We've lost about 70 per cent of the Chardonnay, maybe more,’ she said. ‘It took twenty minutes to undo a year's work.’",
      "Ned Pellew, speaking to the BBC, said: ‘You can insure the vines, but you can't insure the vintage.’",
      "The Met Office said the storm was 'highly localised'. Its spokesman, Graham Hurst, said: ‘We had warnings of thunderstorms out, but hail of that size is very hard to pin down to a particular valley.’",
    ].join("\n"),
  },
  {
    input: "hail/2",
    externalId: "vh2",
    source: "Drinks Business Weekly",
    url: "https://drinksbusinessweekly.example/news/sussex-hail-insurers",
    publishedAt: "2026-06-16T10:00:00Z",
    title: "Growers count cost of Sussex hail as insurers send assessors",
    originalText: [
      "Insurers began assessing damage at hail-hit Sussex vineyards on Monday, as growers said the losses could run to £3 million.",
      "Vineyards of Britain, the growers' association, said in a statement that at least eleven vineyards had reported damage. “This is the worst single weather event for English wine since the frosts of 2021,” the statement said.",
      "Dr Anita Sahota, a viticulture researcher at Downland College, said vines hit before flowering could recover by next year. ‘The wood is what matters,’ she said. ‘If the canes are bruised but intact, the plant will come back.’",
      "Harriet and Ned Pellew have started a crowdfunding page. Mr Pellew said the money would pay for hail netting. ‘We never thought we'd need it in Sussex,’ he said.",
    ].join("\n"),
  },
  {
    input: "hail/3",
    externalId: "vh3",
    source: "Wine Country Review",
    url: "https://winecountryreview.example/2026/06/english-sparkling-hail",
    publishedAt: "2026-06-17T15:00:00Z",
    title: "English Sparkling Wine Takes a Hit as Hail Shreds Sussex Vines",
    originalText: [
      "A freak hailstorm in southern England on June 13 damaged vines at a dozen or more vineyards in East Sussex, the heart of the country's fast-growing sparkling wine industry.",
      'Sarah Linfield, the Member of Parliament for Lewes Downs, said in a post on X that the government should "look urgently" at help for growers.',
      'Harriet Pellew told Wine Country Review that the estate would still release its 2024 vintage, which is aging in bottle. "The cellar is full, thank God," she said. "It\'s next year\'s bottles we\'re worried about."',
      'Her brother said the estate had taken out a bank loan in March to plant four more acres. "The timing could not be worse," Ned Pellew said.',
    ].join("\n"),
  },
  {
    input: "hail/4",
    externalId: "vh4",
    source: "Weald Courier",
    url: "https://wealdcourier.example/news/minister-visits-hail-vineyard",
    publishedAt: "2026-06-20T09:00:00Z",
    title: "Farming minister visits hail-hit vineyard",
    originalText: [
      "Farming minister Tom Ashcroft visited the Pellew Estate on Friday and said the government would consider growers' losses 'case by case'.",
      "Ms Pellew, who showed him the stripped rows, said: ‘He asked the right questions. When I told him, “We need help before the next harvest, not after,” he wrote it down.’",
      "Mr Ashcroft told reporters afterwards: ‘I have seen the damage with my own eyes, and I will take what I have seen back to the department.’",
      "The minister did not say whether a 'hardship fund' was being considered.",
      "Linfield, who went with the minister, said she was 'encouraged'.",
    ].join("\n"),
  },
  {
    input: "hail/5",
    externalId: "vh5",
    source: "The Southern Chronicle",
    url: "https://southernchronicle.example/news/sussex-vines-recover",
    publishedAt: "2026-06-22T06:30:00Z",
    title: "‘The vines will come back’: Sussex growers look to next year",
    originalText: [
      "Nine days after the hailstorm, the first new shoots have appeared on the damaged vines at the Pellew Estate.",
      "Dr Sahota, who visited the estate on Sunday, said: ‘The vines will come back, and some of them are already coming back.",
      "‘What I can't promise is a crop this year. For some growers, 2026 will simply be a year without a vintage.’",
      "Ned Pellew said the crowdfunding page had raised £41,000 from more than 900 people. ‘People have been incredibly kind,’ he added.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function vineyardHailstormArticles(): Article[] {
  return linkNearDuplicates(VINEYARD_HAILSTORM_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by quotes27 (2026-12-06), before running any code on them. No disagreement. */
export const VINEYARD_HAILSTORM_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "the size of marbles", speaker: "Harriet Pellew", partial: true },
    // "X, who runs … with her brother, Ned, said …. ‘…,’ she said."
    { text: "We've lost about 70 per cent", speaker: "Harriet Pellew" },
    { text: "It took twenty minutes to undo", speaker: "Harriet Pellew" },
    { text: "You can insure the vines", speaker: "Ned Pellew" },
    { text: "highly localised", speaker: "Met Office", partial: true },
    { text: "We had warnings of thunderstorms out", speaker: "Graham Hurst" },
    // "X said in a statement …. “…,” the statement said."
    { text: "This is the worst single weather event", speaker: "Vineyards of Britain" },
    { text: "The wood is what matters", speaker: "Anita Sahota" },
    { text: "If the canes are bruised but intact", speaker: "Anita Sahota" },
    // "Harriet and Ned Pellew …. Mr Pellew said …. ‘…,’ he said."
    { text: "We never thought we'd need it in Sussex", speaker: "Ned Pellew" },
    { text: "look urgently", speaker: "Sarah Linfield", partial: true },
    { text: "The cellar is full, thank God", speaker: "Harriet Pellew" },
    { text: "It's next year's bottles", speaker: "Harriet Pellew" },
    { text: "The timing could not be worse", speaker: "Ned Pellew" },
    { text: "case by case", speaker: "Tom Ashcroft", partial: true },
    // Her words, with her own words to the minister inside them.
    { text: "He asked the right questions", speaker: "Harriet Pellew" },
    { text: "I have seen the damage with my own eyes", speaker: "Tom Ashcroft" },
    { text: "encouraged", speaker: "Sarah Linfield", partial: true },
    // Over two paragraphs, British style.
    { text: "The vines will come back, and some of them", speaker: "Anita Sahota" },
    { text: "What I can't promise is a crop this year", speaker: "Anita Sahota" },
    { text: "People have been incredibly kind", speaker: "Ned Pellew" },
  ],
  timeline: [
    { text: "destroyed much of this year's crop at several East Sussex vineyards", dates: ["2026-06-13"] },
    { text: "Insurers began assessing damage", dates: ["2026-06-15"] },
    { text: "Farming minister Tom Ashcroft visited the Pellew Estate on Friday", dates: ["2026-06-19"] },
  ],
  neverDated: [{ text: "would still release its 2024 vintage", date: "2024", exact: true }],
  disagreements: [],
  notDisagreements: [
    ["£41,000", "900"],
    ["£3 million", "£41,000"],
    ["70 per cent", "20 minutes"],
  ],
  corroboration: [{ text: "Insurers began assessing damage", outlets: 1 }],
};
