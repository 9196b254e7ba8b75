import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes26 (2026-12-06, before running any code on it): five
 * articles from four outlets on Harrowfield Borough Council's budget, which cuts £14 million and closes
 * the Brookside day centre, voted through on the night of Wednesday 1 March 2028. Quote styles: "X,
 * cabinet member for finance, said: “… …”", "“…,” Ms X said", "A council spokeswoman said: “…”",
 * "“…,” said Cllr X, the council’s leader. “…”", partial quotes after "said the cuts fell on", "told
 * the meeting", "called it", British single quotes, "she said" and "he said" after "X and the Rev Y",
 * "According to Ms X, “…”", "Dame Frances said", an em-dash line signed with a name and a description,
 * "he added", a quote running over two paragraphs, "A spokesman for the Department for …". Traps: two
 * people called Haskett (the councillor Neil and the day centre's manager Joanne, "no relation"), so
 * "Cllr Haskett" is the councillor even where only Joanne is named in the article and "Ms Haskett" is
 * the manager where neither is; the writer's scare quotes (the council's ‘rainy day’ reserves) and a
 * label in a paraphrase (a sale presented as ‘regeneration’), which are nobody's quotations; a
 * headline quote. Test support only.
 */
const COUNCIL_BUDGET_ROW_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "budget-row/1",
    externalId: "br1",
    source: "Harrowfield Courier",
    url: "https://harrowfieldcourier.example/news/council-sets-out-14m-cuts",
    publishedAt: "2028-02-28T18:00:00Z",
    title: "Harrowfield council sets out £14m of cuts ahead of budget vote",
    originalText: [
      "Harrowfield Borough Council will vote on Wednesday on a budget that cuts £14 million from services and raises council tax by 4.99%.",
      "Councillor Neil Haskett, cabinet member for finance, said: “Nobody goes into politics to close day centres. But the money has run out, and the law says we must balance the books.”",
      "The Brookside day centre, which is used by 60 older people, is among the services due to close.",
      "Joanne Haskett, who manages the centre and is no relation, said staff had learned of the plan from a leaked report.",
      "“We found out from a newspaper. That is no way to treat people who have given twenty years to this place,” Ms Haskett said.",
      "A council spokeswoman said: “No final decision has been taken, and every proposal has been consulted on.”",
      "The budget follows two years in which the council drew on its ‘rainy day’ reserves to fill the gap.",
    ].join("\n"),
  },
  {
    input: "budget-row/2",
    externalId: "br2",
    source: "BBC News",
    url: "https://bbc.example/news/uk-england-harrowfield-budget-approved",
    publishedAt: "2028-03-01T22:40:00Z",
    title: "Harrowfield council approves budget with £14m of cuts",
    originalText: [
      "Councillors in Harrowfield approved a budget on Wednesday night that closes two day centres and raises council tax by 4.99%, after a four-hour meeting interrupted by protesters.",
      "The budget passed by 31 votes to 22.",
      "“This is the hardest budget I have ever had to present,” said Cllr Margaret Oduya, the council’s leader. “I am not proud of every line of it.”",
      "Cllr Rosa Bellingham, who leads the Liberal Democrat group, said the cuts fell on “the people with the least”.",
      "Cllr Haskett told the meeting the council had to find the money “one way or another”.",
      "Protesters in the public gallery held up placards and booed as the result was read out.",
      "Ms Haskett, who watched from the gallery, said afterwards: “They did not even look up at us.”",
    ].join("\n"),
  },
  {
    input: "budget-row/3",
    externalId: "br3",
    source: "The Guardian",
    url: "https://guardian.example/society/2028/mar/02/harrowfield-budget-austerity",
    publishedAt: "2028-03-02T07:00:00Z",
    title: "‘A fire sale of everything we own’: Harrowfield’s budget and the price of austerity",
    originalText: [
      "When Harrowfield’s councillors voted through £14m of cuts on Wednesday night, they also agreed to sell the town’s three council-owned car parks.",
      "Rosa Bellingham, the Liberal Democrat leader on the council, called it ‘a fire sale of everything we own’.",
      "Bellingham said the sale had been presented to residents as ‘regeneration’.",
      "Prof Tessa Marlow, of the University of Leicester, who studies council finances, said Harrowfield was ‘one of at least a dozen councils’ in the same position.",
      "‘What we are seeing is the slow dismantling of local government,’ she said. ‘Councils are being asked to run social care on the income of a parish.’",
      "Margaret Oduya and the Rev Simon Adeyemi, who runs the St Luke’s food bank, shared a platform at a public meeting on Tuesday evening.",
      "‘I understand the anger in this room,’ she said.",
      "‘Anger is not the problem. Hunger is,’ he said.",
    ].join("\n"),
  },
  {
    input: "budget-row/4",
    externalId: "br4",
    source: "Harrowfield Courier",
    url: "https://harrowfieldcourier.example/news/brookside-petition",
    publishedAt: "2028-03-03T12:00:00Z",
    title: "Brookside families launch petition against day centre closure",
    originalText: [
      "Families of people who use the Brookside day centre have launched a petition against its closure, which had gathered 4,000 signatures by Friday morning.",
      "Joanne Haskett, the centre’s manager, said the petition had been started by the daughter of one of its oldest users.",
      "According to Ms Haskett, “most of our clients will have nowhere else to go”.",
      "Dame Frances Holroyd, who chairs the borough’s health and wellbeing board, said: “I will be asking the council to look again at Brookside. Closing it will cost the NHS more than it saves.”",
      "Asked whether she would resign from the board in protest, Dame Frances said: “That would help no one.”",
      "“My husband has gone there three days a week since his stroke. What happens to him now?” — Maureen Tilley, 74, whose husband uses the centre",
      "Cllr Haskett said on Thursday that the council would meet families “in the next fortnight”.",
    ].join("\n"),
  },
  {
    input: "budget-row/5",
    externalId: "br5",
    source: "LocalGov Weekly",
    url: "https://localgovweekly.example/finance/harrowfield-budget-split-a-town",
    publishedAt: "2028-03-06T09:00:00Z",
    title: "Harrowfield: inside the budget that split a town",
    originalText: [
      "Harrowfield is the latest of at least a dozen English councils to close services to balance its budget this year.",
      "Neil Haskett, the council’s finance chief, said the council had “no good options left”.",
      "“We are not a rich borough, and we never will be. We have had to choose between bad and worse,” he added.",
      "Tessa Marlow, a professor of public finance at Leicester, said: “The question is not whether more councils will follow Harrowfield. It is how many.”",
      "“Ten years ago this council had reserves of £40 million,” Prof Marlow said. “Today it has £6 million.",
      "“That is not mismanagement. That is arithmetic.”",
      "A spokesman for the Department for Communities said: “Councils are responsible for their own budgets.”",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function councilBudgetRowArticles(): Article[] {
  return linkNearDuplicates(COUNCIL_BUDGET_ROW_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes26 (2026-12-06), before running any code on them. No real
 * disagreement: the cuts, the vote and the council tax rise are told the same way wherever told.
 */
export const COUNCIL_BUDGET_ROW_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Nobody goes into politics to close day centres.", speaker: "Neil Haskett" },
    { text: "But the money has run out, and the law says we must balance the books.", speaker: "Neil Haskett" },
    // "Ms Haskett" after the manager is named: the woman, not the councillor.
    { text: "We found out from a newspaper.", speaker: "Joanne Haskett" },
    { text: "That is no way to treat people who have given twenty years to this place", speaker: "Joanne Haskett" },
    { text: "No final decision has been taken", speaker: "a council spokeswoman" },
    { text: "This is the hardest budget I have ever had to present", speaker: "Margaret Oduya" },
    { text: "I am not proud of every line of it.", speaker: "Margaret Oduya" },
    { text: "the people with the least", speaker: "Rosa Bellingham", partial: true },
    // "Cllr Haskett" in an article that names no Haskett: the councillor, the one Haskett with that title.
    { text: "one way or another", speaker: "Neil Haskett", partial: true },
    // "Ms Haskett" in the same article: the woman.
    { text: "They did not even look up at us.", speaker: "Joanne Haskett" },
    { text: "a fire sale of everything we own", speaker: "Rosa Bellingham", partial: true },
    { text: "one of at least a dozen councils", speaker: "Tessa Marlow", partial: true },
    { text: "What we are seeing is the slow dismantling of local government", speaker: "Tessa Marlow" },
    { text: "Councils are being asked to run social care on the income of a parish.", speaker: "Tessa Marlow" },
    // "she said" and "he said" after "Margaret Oduya and the Rev Simon Adeyemi": the woman, then the man.
    { text: "I understand the anger in this room", speaker: "Margaret Oduya" },
    { text: "Anger is not the problem.", speaker: "Simon Adeyemi" },
    { text: "Hunger is", speaker: "Simon Adeyemi" },
    { text: "most of our clients will have nowhere else to go", speaker: "Joanne Haskett", partial: true },
    { text: "I will be asking the council to look again at Brookside.", speaker: "Frances Holroyd" },
    { text: "Closing it will cost the NHS more than it saves.", speaker: "Frances Holroyd" },
    { text: "That would help no one.", speaker: "Frances Holroyd" },
    { text: "My husband has gone there three days a week since his stroke.", speaker: "Maureen Tilley" },
    { text: "What happens to him now?", speaker: "Maureen Tilley" },
    // "Cllr Haskett" after Joanne Haskett is named in the article: still the councillor.
    { text: "in the next fortnight", speaker: "Neil Haskett", partial: true },
    { text: "no good options left", speaker: "Neil Haskett", partial: true },
    { text: "We are not a rich borough, and we never will be.", speaker: "Neil Haskett" },
    { text: "We have had to choose between bad and worse", speaker: "Neil Haskett" },
    { text: "The question is not whether more councils will follow Harrowfield.", speaker: "Tessa Marlow" },
    { text: "It is how many.", speaker: "Tessa Marlow" },
    // A quote running over two paragraphs: the second opens with a quotation mark, the first never closes.
    { text: "Ten years ago this council had reserves of £40 million", speaker: "Tessa Marlow" },
    { text: "Today it has £6 million.", speaker: "Tessa Marlow" },
    { text: "That is not mismanagement.", speaker: "Tessa Marlow" },
    { text: "That is arithmetic.", speaker: "Tessa Marlow" },
    {
      text: "Councils are responsible for their own budgets.",
      speaker: "a spokesman for the Department for Communities",
    },
    // Not quotes: the writer's ‘rainy day’ reserves, and ‘regeneration’ as a label in a paraphrase.
  ],
  timeline: [
    { text: "Councillors in Harrowfield approved a budget on Wednesday night", dates: ["2028-03-01"] },
    {
      text: "shared a platform at a public meeting on Tuesday evening",
      dates: ["2028-02-29"],
    },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    ["31", "22"],
    ["60", "4,000"],
    ["£40 million", "£6 million"],
  ],
  corroboration: [],
};
