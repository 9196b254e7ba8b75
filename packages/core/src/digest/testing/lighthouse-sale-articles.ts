import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes27 (2026-12-06, texts and expectations before running
 * any code on them): five articles from four outlets, British and American, on the sale of Carrick
 * Point lighthouse at auction on Saturday 10 October 2026 to a couple, the former keeper's son's
 * objection, a meeting on Monday 12 October and the council's approval on Thursday 15 October.
 * Quote styles: "the auctioneer said" before she is named, "Mrs Marr … said. ‘…,’ she said", "Her
 * husband … ‘…,’ he said", a nested quote ('… “…” …'), "X, speaking to the BBC, said: ‘…" continued
 * over paragraphs (no closing mark), "In a statement, the trust said … ‘…’", "he told the Courier",
 * "“…,” she said" after a man and a woman are named together, "“…,” according to a statement from X",
 * "said in a post on X that", "wrote in a statement that", "told reporters". Traps: a father and son
 * (Donald and Iain Reid) and a couple (Alan and Judith Marr) sharing surnames, "Mr Reid" and "Reid,
 * 57" for the son, scare quotes, a quote in a headline. Test support only.
 */
const LIGHTHOUSE_SALE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "lighthouse/1",
    externalId: "lh1",
    source: "Coastal Gazette",
    url: "https://coastalgazette.example/news/carrick-point-lighthouse-sold",
    publishedAt: "2026-10-10T18:00:00Z",
    title: "‘It was always meant to be a home’: Carrick Point lighthouse sold for £1.2m",
    originalText: [
      "By Morag Dunlop",
      "Carrick Point lighthouse was sold at auction in Ayr on Saturday for £1.2 million to a couple from Fenwick, Alan and Judith Marr.",
      "The auctioneer said bidding had opened at £400,000 and that six parties had registered. ‘It went well beyond what we expected,’ the auctioneer said after the hammer fell.",
      "Fiona Leckie, a partner at Dunmore Auctions who conducted the sale, said the lighthouse had drawn interest from four countries.",
      "Mrs Marr, 54, a retired midwife, said the couple had sold their house in Fenwick to raise the money. ‘We fell in love with it the first time we climbed the tower,’ she said.",
      "Her husband, a joiner, said he would restore the keepers' cottages himself. ‘It was always meant to be a home, not a museum,’ he said.",
      "The tower's 'modernisation' in 1998 replaced the keepers with an automatic beacon.",
    ].join("\n"),
  },
  {
    input: "lighthouse/2",
    externalId: "lh2",
    source: "North Coast Today",
    url: "https://northcoasttoday.example/ayrshire/keeper-son-lighthouse-sale",
    publishedAt: "2026-10-11T09:30:00Z",
    title: "Former keeper's son says lighthouse sale 'breaks a promise'",
    originalText: [
      "The son of Carrick Point's last principal keeper has criticised the sale of the lighthouse to a private buyer.",
      "Iain Reid, whose father Donald kept the light from 1976 until it was automated, said the Northern Lights Heritage Trust had promised the village a museum in the tower.",
      "‘My father always said, “A light is a promise to the sailor,” and the trust has broken its own promise to us,’ he said.",
      "Donald Reid, now 88, speaking to the BBC, said: ‘I climbed those 142 steps twice a night for 22 years.",
      "‘I don't begrudge the Marrs a home. But the village was told it would have its museum.’",
      "The trust's chief executive, Colin Baird, said no promise had been made. In a statement, the trust said the sale would ‘secure the future of the building’.",
    ].join("\n"),
  },
  {
    input: "lighthouse/3",
    externalId: "lh3",
    source: "The Scottish Courier",
    url: "https://scottishcourier.example/news/lighthouse-change-of-use",
    publishedAt: "2026-10-13T07:00:00Z",
    title: "Council to decide on lighthouse change of use",
    originalText: [
      "South Ayrshire councillors will decide on Thursday whether the new owners of Carrick Point lighthouse can turn it into a family home.",
      "A report by planning officers recommends approval, with a condition that the tower be opened to the public on two days a year.",
      "Colin Baird, chief executive of the Northern Lights Heritage Trust, said the trust had needed to sell. “We could not raise the £80,000 a year the building needs,” he told the Courier. “Nobody wanted it to come to this.”",
      "Iain Reid and Judith Marr met at the lighthouse on Monday. “We want the village to be part of this,” she said afterwards.",
      "Reid, 57, said he had been “reassured” by the meeting but would still speak against the plan.",
    ].join("\n"),
  },
  {
    input: "lighthouse/4",
    externalId: "lh4",
    source: "Heritage Travel Journal",
    url: "https://heritagetraveljournal.example/2026/10/scottish-lighthouse-sells",
    publishedAt: "2026-10-14T14:00:00Z",
    title: "Scottish lighthouse sells for $1.6 million as locals push back",
    originalText: [
      "A 19th-century lighthouse on Scotland's Ayrshire coast sold Saturday for 1.2 million pounds (about $1.6 million), according to Dunmore Auctions.",
      '"Lighthouses come up maybe once or twice a decade in Scotland," Leckie said in a phone interview. "This one had everything: the tower, two cottages, its own jetty."',
      '"Keeping a light was a family trade," according to a statement from the Association of Lighthouse Keepers, which said Donald Reid was one of fewer than 40 former principal keepers still living.',
      'Judith Marr said in a post on X that the couple had "read every message, including the angry ones."',
      'Her husband, Alan Marr, wrote in a statement that the family would "honor the keepers\' story" in the restored cottages.',
    ].join("\n"),
  },
  {
    input: "lighthouse/5",
    externalId: "lh5",
    source: "Coastal Gazette",
    url: "https://coastalgazette.example/news/councillors-back-lighthouse-home",
    publishedAt: "2026-10-16T11:00:00Z",
    title: "Councillors back lighthouse home, with open days",
    originalText: [
      "By Morag Dunlop",
      "South Ayrshire Council's planning committee on Thursday approved plans to turn Carrick Point lighthouse into a family home, by seven votes to two.",
      "Committee chair Councillor Ann Galbraith said the open-day condition was 'a fair balance'.",
      "Mr Reid told the committee the village had lost 'a piece of its memory'. His father did not attend.",
      "Mr and Mrs Marr watched from the public gallery.",
      "‘We'll have the kettle on for the first open day,’ Mrs Marr told reporters outside the council offices.",
      "The ‘open days’ will be held in June and September.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function lighthouseSaleArticles(): Article[] {
  return linkNearDuplicates(LIGHTHOUSE_SALE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by quotes27 (2026-12-06), before running any code on them. No disagreement. */
export const LIGHTHOUSE_SALE_EXPECTED: ExpectedFacts = {
  quotes: [
    // "the auctioneer said", and she is named in the next paragraph.
    { text: "It went well beyond what we expected", speaker: "Fiona Leckie" },
    { text: "We fell in love with it", speaker: "Judith Marr" },
    // "Her husband … said he would …. ‘…,’ he said."
    { text: "It was always meant to be a home, not a museum", speaker: "Alan Marr" },
    // The son quotes his father inside his own words: the words are the son's.
    { text: "and the trust has broken its own promise to us", speaker: "Iain Reid" },
    // Over two paragraphs, British style.
    { text: "I climbed those 142 steps", speaker: "Donald Reid" },
    { text: "I don't begrudge the Marrs a home", speaker: "Donald Reid" },
    { text: "secure the future of the building", speaker: "Northern Lights Heritage Trust", partial: true },
    { text: "We could not raise the £80,000", speaker: "Colin Baird" },
    { text: "Nobody wanted it to come to this", speaker: "Colin Baird" },
    // "Iain Reid and Judith Marr met …. “…,” she said."
    { text: "We want the village to be part of this", speaker: "Judith Marr" },
    // "Reid, 57": the son (the father is 88).
    { text: "reassured", speaker: "Iain Reid", partial: true },
    { text: "Lighthouses come up maybe once or twice", speaker: "Fiona Leckie" },
    { text: "This one had everything", speaker: "Fiona Leckie" },
    { text: "Keeping a light was a family trade", speaker: "Association of Lighthouse Keepers" },
    { text: "read every message, including the angry ones", speaker: "Judith Marr", partial: true },
    { text: "honor the keepers' story", speaker: "Alan Marr", partial: true },
    { text: "a fair balance", speaker: "Ann Galbraith", partial: true },
    // "Mr Reid … His father did not attend": the son.
    { text: "a piece of its memory", speaker: "Iain Reid", partial: true },
    { text: "We'll have the kettle on", speaker: "Judith Marr" },
  ],
  timeline: [
    { text: "Carrick Point lighthouse was sold at auction in Ayr on Saturday", dates: ["2026-10-10"] },
    { text: "Iain Reid and Judith Marr met at the lighthouse on Monday", dates: ["2026-10-12"] },
    { text: "planning committee on Thursday approved plans", dates: ["2026-10-15"] },
  ],
  neverDated: [{ text: "whose father Donald kept the light from 1976", date: "1976", exact: true }],
  disagreements: [],
  notDisagreements: [
    ["£400,000", "£1.2 million"],
    ["142", "22"],
    ["88", "57"],
    ["54", "57"],
    ["seven", "two"],
  ],
  corroboration: [{ text: "planning committee on Thursday approved plans", outlets: 1 }],
};
