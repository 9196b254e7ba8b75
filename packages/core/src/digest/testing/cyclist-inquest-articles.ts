import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes20 (2026-12-05, before running any code on it): four
 * articles from four outlets on the inquest into the death of Tom Varley, a junior doctor struck by a
 * left-turning lorry in Leeds on 14 June 2025, the driver's evidence on Thursday 3 December 2026 and
 * the coroner's conclusion that afternoon. A news agency, a local paper with a byline, a local radio
 * station's site, a national daily the next morning. Quote styles: "senior coroner X said: “…”",
 * "“…,” he said" after the driver's full name, "X's sister, Y, whose husband Z was …, said:" (two
 * more people named before the verb), "Surname … told the hearing:", "The coroner said … “…”" (a title
 * alone, partial), a spokeswoman for a council, "said X of Y", "According to X's father, Y, “…”", an
 * outlet's spokesman, "Asked by the family's barrister, X, …, Surname replied:", "Surname told the
 * court that … “…”", "X's union, Y, said in a statement:" (the union speaks). Traps: a report's title
 * in quotes, the driver's words quoted inside a headline. Test support only.
 */
const CYCLIST_INQUEST_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "inquest/1",
    externalId: "c1",
    source: "Radio Aire News",
    url: "https://radioaire.example/news/varley-inquest-driver-evidence",
    publishedAt: "2026-12-03T12:40:00Z",
    title: "Driver in Leeds cyclist death ‘checked mirrors twice’, inquest hears",
    originalText: [
      "The lorry driver whose vehicle struck and killed a cyclist in Leeds told an inquest on Thursday he had checked his mirrors twice before turning.",
      "Darren Pilling, 52, said he was travelling at about 8 mph when he turned left into Viaduct Road.",
      "Asked by the family’s barrister, Oliver Quayle, whether he had looked at the kerbside mirror, Pilling replied: “I looked. He wasn’t there, and then he was.”",
      "Quayle told the court that video from the lorry’s own camera showed the bike “clearly visible for at least four seconds”.",
      "Pilling’s union, Unite, said in a statement: “Drivers are being asked to do the impossible with the vehicles they are given.”",
      "The hearing continues.",
    ].join("\n"),
  },
  {
    input: "inquest/2",
    externalId: "c2",
    source: "UK News Agency",
    url: "https://uknewsagency.example/coroner-varley-junction-lorry",
    publishedAt: "2026-12-03T15:20:00Z",
    title: "Coroner rules lorry blind spot and junction design contributed to cyclist’s death",
    originalText: [
      "A coroner has ruled that a lorry’s blind spot and a badly designed junction contributed to the death of a cyclist in Leeds last year.",
      "Tom Varley, 34, a junior doctor at Leeds General Infirmary, was struck by a left-turning tipper lorry at the junction of Kirkstall Road and Viaduct Road on 14 June 2025.",
      "Recording a narrative conclusion at Wakefield Coroner’s Court on Thursday, senior coroner Kathryn Mellor said: “Tom was riding lawfully and predictably. He was where he was entitled to be.”",
      "She said she would send a prevention of future deaths report to Leeds City Council and the Department for Transport.",
      "The driver, Darren Pilling, told the inquest he had checked his mirrors twice. “I never saw him. I will live with that for the rest of my life,” he said.",
      "West Yorkshire Police decided in October 2025 not to bring charges.",
    ].join("\n"),
  },
  {
    input: "inquest/3",
    externalId: "c3",
    source: "Yorkshire Evening Courier",
    url: "https://yorkshirecourier.example/news/varley-family-junction",
    publishedAt: "2026-12-03T18:45:00Z",
    title: "Family of doctor killed at Kirkstall Road junction demand redesign",
    originalText: [
      "By Sarah Ibbotson",
      "The family of a Leeds doctor killed while cycling to work have called for the junction where he died to be rebuilt.",
      "Varley’s sister, Grace Varley, whose husband Ian Beck was cycling with him on the morning of the crash, said: “Tom did everything right. The junction did everything wrong.”",
      "Beck, who was riding about 20 metres behind, told the hearing: “I heard the brakes, and then I heard nothing.”",
      "The coroner said the junction had “an alarming history”, with four serious collisions since 2019.",
      "Council highways chief Neil Shackleton said work on a protected cycle lane would begin in the spring.",
      "“We accept the coroner’s findings in full, and we are sorry,” a spokeswoman for Leeds City Council said.",
    ].join("\n"),
  },
  {
    input: "inquest/4",
    externalId: "c4",
    source: "Northern Standard",
    url: "https://northernstandard.example/uk/varley-inquest-kirkstall-junction",
    publishedAt: "2026-12-04T06:00:00Z",
    title: "‘He was where he was entitled to be’: coroner’s finding revives Leeds junction row",
    originalText: [
      "Cycling campaigners said on Thursday that a coroner’s findings on the death of Tom Varley should end years of argument over one of Leeds’s busiest junctions.",
      "“The council has known about this junction since 2019. It had four warnings. Tom was the fifth,” said Amrit Kaur of the campaign group Leeds Cycle Action.",
      "Kaur’s group published a report, “Left Hook: Five Years at Kirkstall Road”, in 2024, which mapped 41 near misses at the junction.",
      "According to Varley’s father, Michael Varley, “nobody at the council ever answered a single letter.”",
      "The haulage firm that employed Pilling, Brennan Aggregates, said it had fitted extra cameras to its 60 lorries. A Brennan Aggregates spokesman said: “Safety is the first thing we think about every morning.”",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function cyclistInquestArticles(): Article[] {
  return linkNearDuplicates(CYCLIST_INQUEST_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by quotes20 (2026-12-05), before running any code on them. */
export const CYCLIST_INQUEST_EXPECTED: ExpectedFacts = {
  quotes: [
    // The barrister is named first; the driver replies.
    { text: "I looked. He wasn’t there, and then he was.", speaker: "Darren Pilling" },
    { text: "clearly visible for at least four seconds", speaker: "Oliver Quayle", partial: true },
    // The union speaks, not the driver whose union it is.
    { text: "Drivers are being asked to do the impossible", speaker: "Unite" },
    { text: "Tom was riding lawfully and predictably", speaker: "Kathryn Mellor" },
    { text: "I never saw him", speaker: "Darren Pilling" },
    // The sister, not her brother or her husband, both named before the verb.
    { text: "Tom did everything right", speaker: "Grace Varley" },
    { text: "I heard the brakes, and then I heard nothing", speaker: "Ian Beck" },
    // A title alone; the coroner's name in another article.
    { text: "an alarming history", speaker: "Kathryn Mellor", partial: true },
    { text: "We accept the coroner’s findings in full", speaker: "a spokeswoman for Leeds City Council" },
    { text: "The council has known about this junction since 2019", speaker: "Amrit Kaur" },
    { text: "nobody at the council ever answered a single letter", speaker: "Michael Varley", partial: true },
    { text: "Safety is the first thing we think about", speaker: "a Brennan Aggregates spokesman" },
  ],
  timeline: [
    { text: "Recording a narrative conclusion at Wakefield Coroner’s Court on Thursday", dates: ["2026-12-03"] },
    { text: "was struck by a left-turning tipper lorry at the junction", dates: ["2025-06-14"] },
  ],
  neverDated: [{ text: "Recording a narrative conclusion", date: "2025" }],
  disagreements: [],
  notDisagreements: [["34", "52"]],
  corroboration: [],
};
