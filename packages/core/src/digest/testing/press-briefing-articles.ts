import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes23 (2026-12-06, before running any code on it): five
 * articles from five outlets on a housing minister's press briefing on Tuesday 1 December 2026
 * ordering a Birmingham tower block emptied after cracks were found in its floor slabs, the landlord's
 * apology on Wednesday and her statement to MPs on Thursday 3 December. Quote styles: "“…,” Okafor
 * told a press briefing" after the full name, a quote paragraph with no attribution that goes on from
 * the one before, an organisation's statement, "X, 34, …, said: “…”", "“…,” said Ms Okafor, the
 * housing minister" beside a resident who shares her surname ("Mr Okafor"), a quote split around
 * "she said", "According to Okafor, “…”", a councillor reading out an email (a quote inside a quote),
 * "said a spokesman for X, who declined to be named", "“…,” he said" after a man and a woman were
 * named, a statement to MPs over two paragraphs, "accused … of acting “…”", "“…” — X, structural
 * engineer" inline, "X said that “…”", "the chief executive said" after his full name. Traps: a
 * nickname in quotes ("the Leaning Tower") and a report's title in quotes. Test support only.
 */
const PRESS_BRIEFING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "briefing/1",
    externalId: "b1",
    source: "National Wire",
    url: "https://nationalwire.example/uk/calloway-tower-evacuation",
    publishedAt: "2026-12-01T14:00:00Z",
    title: "Minister orders Birmingham tower block emptied after cracks found",
    originalText: [
      "Housing Minister Grace Okafor said on Tuesday that all 212 households in Calloway Tower in Birmingham would be moved out within a week after engineers found cracks in the building's concrete floor slabs.",
      "“Nobody will sleep in that building a night longer than they have to,” Okafor told a press briefing in Westminster.",
      "“I have asked the engineers for a full report by Friday. Until I have it, I will not take any risks with people's lives.”",
      "The block's owner, Linden Homes Trust, said in a statement: “We are working around the clock with the council to find every resident a safe place to stay.”",
      "Daniel Okafor, 34, who has lived on the ninth floor for six years and is no relation of the minister, said: “We reported cracks in the stairwell two years ago. Nobody came.”",
      "Mr Okafor said residents had been told about the evacuation by a letter pushed under their doors.",
    ].join("\n"),
  },
  {
    input: "briefing/2",
    externalId: "b2",
    source: "Birmingham Evening Post",
    url: "https://birminghameveningpost.example/news/calloway-tower-residents-pack",
    publishedAt: "2026-12-01T18:30:00Z",
    title: "Calloway Tower residents told to pack their bags",
    originalText: [
      "By Sunita Rahman",
      "Residents of Calloway Tower have been told to pack their belongings after the Government ordered the block in Ladywood to be emptied.",
      "“We are not going to wait for a tragedy,” said Ms Okafor, the housing minister, at the briefing.",
      "“My kids are asking me if the building will fall down,” said Mr Okafor. “What am I supposed to tell them?”",
      "Residents have nicknamed the block “the Leaning Tower” since a crack appeared above its entrance in 2024.",
      "Council leader Sharon Pike said the council had booked 140 hotel rooms and was looking for more.",
      "“This is the biggest emergency rehousing the city has ever done,” she said, “and we will get it right.”",
    ].join("\n"),
  },
  {
    input: "briefing/3",
    externalId: "b3",
    source: "The Daily Courier",
    url: "https://dailycourier.example/news/calloway-survey-ignored",
    publishedAt: "2026-12-02T07:00:00Z",
    title: "Calloway Tower survey warned of crumbling slabs in March",
    originalText: [
      "Grace Okafor, the housing minister, ordered Calloway Tower emptied on Tuesday, eight months after a survey titled “Structural Condition Assessment: Phase Two” found that its floor slabs were failing.",
      "According to Okafor, “the survey should have been acted on the day it landed on someone’s desk.”",
      "Reading from an email sent to residents in 2024, Labour councillor Tariq Mahmood said: “The email says, and I quote, ‘There is no cause for concern about the structure of the building.’ Those were the words.”",
      "“We relied on the advice of qualified engineers at every stage,” said a spokesman for Linden Homes Trust, who declined to be named.",
      "Mahmood said he had raised the cracks with Sharon Pike, the council leader, at a meeting in January. “She told me it was in hand,” he said.",
    ].join("\n"),
  },
  {
    input: "briefing/4",
    externalId: "b4",
    source: "Politics Today",
    url: "https://politicstoday.example/commons/okafor-calloway-statement",
    publishedAt: "2026-12-03T17:00:00Z",
    title: "Okafor tells MPs Calloway survey ‘sat in a drawer’",
    originalText: [
      "Grace Okafor told MPs on Thursday that 187 of Calloway Tower’s 212 households had now left the block.",
      "In a statement to the Commons, she said:",
      "“I want to be straight with the House. The survey was commissioned, it was delivered and it sat in a drawer.",
      "“That will be the subject of an independent inquiry, and I have asked Dame Frances Lowe to lead it.”",
      "Opposition housing spokesman Mark Ellery accused the government of acting “only when the cameras arrived”.",
      "“The minister has known about this block since the summer,” Ellery said. “Today’s apology is welcome, but it is six months late.”",
      "Linden Homes Trust’s chief executive, Paul Renshaw, apologised to residents on Wednesday.",
      "“We let these families down, and I am sorry,” the chief executive said.",
    ].join("\n"),
  },
  {
    input: "briefing/5",
    externalId: "b5",
    source: "Inside Housing Weekly",
    url: "https://insidehousingweekly.example/analysis/large-panel-blocks",
    publishedAt: "2026-12-03T10:00:00Z",
    title: "After Calloway: how many more large-panel blocks are at risk?",
    originalText: [
      "Calloway Tower is one of about 300 large-panel system blocks still standing in England, most of them built between 1964 and 1972.",
      "“Blocks of this age need checking, not reassurance.” — Helen Achebe, structural engineer",
      "Achebe said that “the slabs are only the first question; the joints between them are the second.”",
      "The Government has not said whether it will order surveys of other blocks.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function pressBriefingArticles(): Article[] {
  return linkNearDuplicates(PRESS_BRIEFING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes23 (2026-12-06), before running any code on them. No
 * disagreement: households in the block against those who have left and hotel rooms.
 */
export const PRESS_BRIEFING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Nobody will sleep in that building a night longer", speaker: "Grace Okafor" },
    // No attribution of its own: it goes on from the quote before.
    { text: "I have asked the engineers for a full report by Friday", speaker: "Grace Okafor" },
    { text: "We are working around the clock with the council", speaker: "Linden Homes Trust" },
    { text: "We reported cracks in the stairwell two years ago", speaker: "Daniel Okafor" },
    // Ms Okafor is the minister, Mr Okafor the resident.
    { text: "We are not going to wait for a tragedy", speaker: "Grace Okafor" },
    { text: "My kids are asking me if the building will fall down", speaker: "Daniel Okafor" },
    { text: "What am I supposed to tell them?", speaker: "Daniel Okafor" },
    { text: "This is the biggest emergency rehousing the city has ever done", speaker: "Sharon Pike" },
    { text: "and we will get it right", speaker: "Sharon Pike" },
    { text: "the survey should have been acted on the day", speaker: "Grace Okafor", partial: true },
    // He reads out an email: the words quoted inside are his quote's.
    { text: "The email says, and I quote", speaker: "Tariq Mahmood" },
    { text: "We relied on the advice of qualified engineers", speaker: "a spokesman for Linden Homes Trust" },
    // "he" after a man and a woman were named.
    { text: "She told me it was in hand", speaker: "Tariq Mahmood" },
    // A statement over two paragraphs.
    { text: "I want to be straight with the House.", speaker: "Grace Okafor" },
    { text: "That will be the subject of an independent inquiry", speaker: "Grace Okafor" },
    { text: "only when the cameras arrived", speaker: "Mark Ellery", partial: true },
    { text: "The minister has known about this block since the summer", speaker: "Mark Ellery" },
    { text: "Today’s apology is welcome, but it is six months late.", speaker: "Mark Ellery" },
    { text: "We let these families down", speaker: "Paul Renshaw" },
    { text: "Blocks of this age need checking, not reassurance.", speaker: "Helen Achebe" },
    { text: "the slabs are only the first question", speaker: "Helen Achebe", partial: true },
  ],
  timeline: [
    { text: "Housing Minister Grace Okafor said on Tuesday that all 212 households", dates: ["2026-12-01"] },
    { text: "Grace Okafor told MPs on Thursday that 187", dates: ["2026-12-03"] },
  ],
  neverDated: [{ text: "Residents have nicknamed the block", date: "2026" }],
  disagreements: [],
  notDisagreements: [
    ["212", "187"],
    ["212", "140"],
  ],
  corroboration: [{ text: "Grace Okafor told MPs on Thursday that 187", outlets: 1 }],
};
