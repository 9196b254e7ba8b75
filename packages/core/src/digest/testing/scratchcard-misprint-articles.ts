import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes30 (2026-12-06, texts and expectations before running any
 * code on them): three articles from two outlets on a misprinted lottery scratchcard withdrawn on Friday
 * 2 October 2026, the First Minister's call on Saturday 3 October for holders to be paid, and the
 * operator's refund on Friday 9 October.
 * Quote styles: a company's statement; a shopkeeper's "she said"; a spokesman for the operator; a title
 * written before a name ("First Minister Elin Rhys", "Consumer Affairs Minister Dafydd Price"); "Yet
 * Lucky Leaf" opening a sentence; "he said" after a woman named since the man it stands for; a
 * minister's quote over two paragraphs introduced with a colon; a buyer quoting his grandfather inside
 * his own quote. Test support only.
 */
const SCRATCHCARD_MISPRINT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "scratchcard/1",
    externalId: "s1",
    source: "Celtic Newswire",
    url: "https://celticnewswire.example/lucky-leaf-withdraws-golden-acre",
    publishedAt: "2026-10-02T15:30:00Z",
    title: "Lottery operator withdraws scratchcard after printing error",
    originalText: [
      "Lucky Leaf Lotteries withdrew its £5 'Golden Acre' scratchcard on Friday after a printing error left thousands of cards showing a winning line.",
      "“We are sorry for the disappointment this has caused,” the company said in a statement, adding that no prize would be paid on misprinted cards.",
      "Newsagent Mair Griffiths, who sold 190 of the cards in Carmarthen, said customers had queued out of the door. “One man bought twenty and cried when I told him,” she said.",
      "“It is a mistake, and we will put it right for retailers,” said a spokesman for Lucky Leaf.",
    ].join("\n"),
  },
  {
    input: "scratchcard/2",
    externalId: "s2",
    source: "Western Daily",
    url: "https://westerndaily.example/news/first-minister-scratchcard-holders",
    publishedAt: "2026-10-03T21:00:00Z",
    title: "First Minister calls for lottery to pay scratchcard holders",
    originalText: [
      "First Minister Elin Rhys said on Saturday that Lucky Leaf Lotteries should pay every holder of a misprinted card “at least what they paid for it.”",
      "Yet Lucky Leaf has refused. Its chief executive, Graham Tovey, told the Western Daily: “A misprint is not a prize, and the rules on the back of every card say so.”",
      "Tovey said the company had offered refunds to shops. Consumer lawyer Nadia Osei said she believed the rules would not survive a challenge in court.",
      "“Every case like this we have settled has been settled on the small print,” he said.",
    ].join("\n"),
  },
  {
    input: "scratchcard/3",
    externalId: "s3",
    source: "Celtic Newswire",
    url: "https://celticnewswire.example/lucky-leaf-agrees-refunds",
    publishedAt: "2026-10-09T13:15:00Z",
    title: "Lucky Leaf agrees to refund misprinted scratchcards",
    originalText: [
      "Lucky Leaf Lotteries agreed on Friday to refund every misprinted 'Golden Acre' card and to pay each holder a further £20.",
      "“This is a good day for people who were let down,” Rhys said. “But it should not have taken a week.”",
      "Consumer Affairs Minister Dafydd Price told the Senedd:",
      "“I have asked the Gambling Commission to look at how this happened.",
      "“Nobody should scratch a winning card and be told it is a misprint.”",
      "“My granddad always said, ‘Never trust a card that tells you you've won,’ and he was right,” said Gareth Bowen, who had bought ten cards.",
      "“The refunds will be paid through the shops that sold the cards,” said a spokeswoman for the operator.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function scratchcardMisprintArticles(): Article[] {
  return linkNearDuplicates(SCRATCHCARD_MISPRINT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by quotes30 (2026-12-06), before running any code on them. No disagreement. */
export const SCRATCHCARD_MISPRINT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are sorry for the disappointment", speaker: "Lucky Leaf Lotteries" },
    { text: "One man bought twenty", speaker: "Mair Griffiths" },
    { text: "It is a mistake, and we will put it right", speaker: "a spokesman for Lucky Leaf" },
    { text: "at least what they paid for it", speaker: "Elin Rhys", partial: true },
    { text: "A misprint is not a prize", speaker: "Graham Tovey" },
    // "he said" after a woman is named: the man of the sentence before.
    { text: "Every case like this we have settled", speaker: "Graham Tovey" },
    { text: "This is a good day for people", speaker: "Elin Rhys" },
    { text: "But it should not have taken a week", speaker: "Elin Rhys" },
    // A quote over two paragraphs, introduced by a line ending on a colon.
    { text: "I have asked the Gambling Commission", speaker: "Dafydd Price" },
    { text: "Nobody should scratch a winning card", speaker: "Dafydd Price" },
    // Bowen quotes his grandfather inside his own words: the quote is his.
    { text: "My granddad always said", speaker: "Gareth Bowen" },
    { text: "The refunds will be paid through the shops", speaker: "a spokeswoman for the operator" },
  ],
  timeline: [
    { text: "withdrew its £5 'Golden Acre' scratchcard on Friday", dates: ["2026-10-02"] },
    { text: "First Minister Elin Rhys said on Saturday", dates: ["2026-10-03"] },
    { text: "agreed on Friday to refund every misprinted", dates: ["2026-10-09"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    ["£5", "£20"],
    ["190", "20"],
  ],
  corroboration: [{ text: "agreed on Friday to refund every misprinted", outlets: 1 }],
  headline: ["refund"],
};
