import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes18 (2026-12-05, before running any code on it): five
 * British articles from five outlets on the closure of Castlebridge General Hospital's maternity unit:
 * the announcement on Monday 23 November 2026, a march on Saturday 28 November, the minister's
 * Commons statement on Wednesday 2 December. Quote styles British newsrooms use: straight single
 * quotes ('…', a wire, the BBC, a broadsheet) and curly ones (‘…’, a local paper, with apostrophes
 * in the same character inside and around them: "campaign’s", "miners' strike", "won't"), "X said:
 * '…'", "X said that “…”", a quote split by its attribution ("'…,' Mrs Lyle said, '…'", "‘…,’ said Dr
 * Haddad, ‘…’"), "the minister said" and a surname alone after a full name (in the same article or
 * another outlet's), "she said" / "he added" after a sentence naming the speaker, partial quotes
 * inside a sentence, and a pull quote signed on its own line ("“…” — Prof X, Royal College of
 * Midwives"). Traps that are no one's words: scare quotes on one word ('temporary', 'consultation'),
 * titles of a review, a petition, a report and a television drama, a nickname; the words on placards
 * are quoted but said by no one. Test support only.
 */
const MATERNITY_CLOSURE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "maternity/1",
    externalId: "m1",
    source: "PA Media",
    url: "https://pamedia.example/news/castlebridge-maternity-unit-close",
    publishedAt: "2026-11-23T13:10:00Z",
    title: "Castlebridge maternity unit to close to births from April",
    originalText: [
      "Castlebridge General Hospital's maternity unit will close to births from April, health officials announced on Monday, leaving expectant mothers facing a 34-mile journey to Northfield Royal Infirmary.",
      "The Castlebridge and District NHS Trust said the unit, which delivered 1,150 babies last year, could no longer be staffed safely.",
      "Health minister Karen Lyle said the decision was 'difficult but unavoidable'.",
      "'We cannot run a unit safely when almost half of the midwife posts are empty,' she said.",
      "Dr Amir Haddad, the trust's medical director, said: 'This is about safety, not money. Nobody here wanted to make this call.'",
      "The unit's 'temporary' closure to births in 2019 lasted 14 months.",
      "A 2024 review for the trust, 'Safe Births, Safe Staffing', warned that the unit relied on agency midwives for a third of its shifts.",
    ].join("\n"),
  },
  {
    input: "maternity/2",
    externalId: "m2",
    source: "Castlebridge Echo",
    url: "https://castlebridgeecho.example/news/maternity-unit-closure-anger",
    publishedAt: "2026-11-23T19:45:00Z",
    title: "‘A hammer blow’: anger as Castlebridge loses its maternity unit",
    originalText: [
      "By Siobhan Reilly, Health Reporter",
      "Mothers-to-be in Castlebridge will have to travel to Northfield to give birth after health chiefs confirmed on Monday that the town’s maternity unit will stop delivering babies in April.",
      "‘They are taking away something this town fought for,’ said Grace Okafor, who chairs the Save Castlebridge Maternity campaign.",
      "‘We will march, we will petition, and we will see them in court if we have to,’ Okafor said.",
      "The campaign’s petition, ‘Keep Births in Castlebridge’, had gathered 11,000 signatures by Monday evening.",
      "Castlebridge MP Daniel Fairweather called the decision ‘a hammer blow for families’ and said he had asked to meet the minister.",
      "‘The minister has not set foot in this hospital,’ he added.",
      "‘Nobody wants this,’ said Dr Haddad, ‘but the alternative is a service that is not safe.’",
    ].join("\n"),
  },
  {
    input: "maternity/3",
    externalId: "m3",
    source: "BBC News",
    url: "https://bbc.example/news/uk-england-castlebridge-maternity-march",
    publishedAt: "2026-11-28T16:20:00Z",
    title: "Thousands march against Castlebridge maternity closure",
    originalText: [
      "Thousands of people have marched through Castlebridge in protest at the planned closure of the town's maternity unit.",
      "The march on Saturday, organised by the Save Castlebridge Maternity campaign, ended with a rally outside the town hall.",
      "Marchers carried placards reading 'Babies Not Budgets' and 'Born in Castlebridge, Proud of It'.",
      "Addressing the rally, Okafor said: 'This is the biggest crowd this town has seen since the miners' strike.'",
      "Chloe Baptiste, a midwife at the hospital, said: 'I trained here, I had my son here, and I want to keep working here.'",
      "Some marchers wore T-shirts printed with the title of 'Call the Midwife', the BBC drama.",
      "The trust's six-week 'consultation' will not cover whether the unit closes.",
    ].join("\n"),
  },
  {
    input: "maternity/4",
    externalId: "m4",
    source: "The Guardian",
    url: "https://guardian.example/society/2026/dec/02/castlebridge-maternity-unit-minister",
    publishedAt: "2026-12-02T15:30:00Z",
    title: "Minister rejects calls to save Castlebridge maternity unit",
    originalText: [
      "The health minister, Karen Lyle, has told MPs that the maternity unit at Castlebridge General Hospital will close as planned in April, but promised a review of ambulance cover for the town.",
      "“I understand the strength of feeling in Castlebridge, and I do not dismiss it,” the minister said in a Commons statement on Wednesday. “But I will not ask mothers to give birth in a unit we cannot staff.”",
      "Fairweather, the town’s Conservative MP, said that “the minister has listened to the managers and ignored the mothers”.",
      "The shadow health secretary, Tom Ridley, said: “This is a closure by stealth, dressed up as a safety review.”",
      "Lyle cited the Care Quality Commission’s report “Under Pressure”, which found that one in five maternity units in England was short of midwives.",
      "“Closing a unit takes a letter. Reopening one takes a decade.” — Prof Helen Achebe, Royal College of Midwives",
    ].join("\n"),
  },
  {
    input: "maternity/5",
    externalId: "m5",
    source: "The Daily Telegraph",
    url: "https://telegraph.example/news/2026/12/02/lyle-ambulance-review-castlebridge",
    publishedAt: "2026-12-02T21:00:00Z",
    title: "Lyle promises ambulance review as Castlebridge closure confirmed",
    originalText: [
      "Karen Lyle has promised to review ambulance response times in Castlebridge after confirming that the town's maternity unit will close.",
      "'We will look again at how quickly an ambulance can reach a mother in labour,' Mrs Lyle said, 'and I will visit Castlebridge before Christmas.'",
      "Okafor described the review as 'too little, too late' and said the campaign would seek a judicial review.",
      "'The town's mothers won't forget this,' she said.",
      "Nicknamed 'the Iron Matron' by staff when she ran a hospital in Leeds, Mrs Lyle became health minister in September.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function maternityClosureArticles(): Article[] {
  return linkNearDuplicates(MATERNITY_CLOSURE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes18 (2026-12-05), before running any code on them. The story
 * has no real disagreement; its figures are traps only.
 */
export const MATERNITY_CLOSURE_EXPECTED: ExpectedFacts = {
  quotes: [
    // Straight single quotes: a fragment inside a sentence, then "she said" after the sentence naming her.
    { text: "difficult but unavoidable", speaker: "Karen Lyle", partial: true },
    { text: "We cannot run a unit safely when almost half of the midwife posts are empty", speaker: "Karen Lyle" },
    { text: "This is about safety, not money.", speaker: "Amir Haddad" },
    // Curly single quotes, the closing one the same character as the apostrophes around it.
    { text: "They are taking away something this town fought for", speaker: "Grace Okafor" },
    { text: "We will march, we will petition", speaker: "Grace Okafor" },
    { text: "a hammer blow for families", speaker: "Daniel Fairweather", partial: true },
    { text: "The minister has not set foot in this hospital", speaker: "Daniel Fairweather" },
    // Split by "said Dr Haddad": the full name only in another outlet's article.
    { text: "Nobody wants this", speaker: "Amir Haddad" },
    { text: "but the alternative is a service that is not safe.", speaker: "Amir Haddad" },
    // Placards: no one's words.
    { text: "Babies Not Budgets", speaker: null },
    { text: "Born in Castlebridge, Proud of It", speaker: null },
    // The surname alone, "miners' strike" inside the quote.
    { text: "This is the biggest crowd this town has seen", speaker: "Grace Okafor" },
    { text: "I trained here, I had my son here", speaker: "Chloe Baptiste" },
    // "the minister said" after the full name in the sentence before; the next quote is hers too.
    { text: "I understand the strength of feeling in Castlebridge", speaker: "Karen Lyle" },
    { text: "But I will not ask mothers to give birth in a unit we cannot staff.", speaker: "Karen Lyle" },
    {
      text: "the minister has listened to the managers and ignored the mothers",
      speaker: "Daniel Fairweather",
      partial: true,
    },
    { text: "This is a closure by stealth, dressed up as a safety review.", speaker: "Tom Ridley" },
    // A pull quote signed on its own line after a dash.
    { text: "Closing a unit takes a letter. Reopening one takes a decade.", speaker: "Helen Achebe" },
    // Split by "Mrs Lyle said".
    { text: "We will look again at how quickly an ambulance can reach a mother in labour", speaker: "Karen Lyle" },
    { text: "and I will visit Castlebridge before Christmas.", speaker: "Karen Lyle" },
    { text: "too little, too late", speaker: "Grace Okafor", partial: true },
    { text: "The town's mothers won't forget this", speaker: "Grace Okafor" },
  ],
  timeline: [
    { text: "will close to births from April, health officials announced on Monday", dates: ["2026-11-23"] },
    { text: "The march on Saturday, organised by the Save Castlebridge Maternity campaign", dates: ["2026-11-28"] },
    { text: "the minister said in a Commons statement on Wednesday", dates: ["2026-12-02"] },
  ],
  neverDated: [
    { text: "closure to births in 2019 lasted 14 months", date: "2019", exact: true },
    { text: "A 2024 review for the trust", date: "2024", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // A distance, births, signatures, a past closure's length, a consultation's length.
    ["34", "14"],
    ["1,150", "11,000"],
  ],
  corroboration: [],
};
