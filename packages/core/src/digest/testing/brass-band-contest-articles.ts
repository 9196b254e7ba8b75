import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by corro13 (2026-12-07, texts and expectations written before
 * running any code on them): a brass band championship in Caldmoor on Saturday 7 November 2026 decided
 * on a tie-break, a rival band's complaint, the trophy stolen from the winners' coach and found in a
 * hedge, told by a town paper (twice), a news agency, a radio station's site and a trade magazine over
 * five days. Corroboration traps: the decision told by the adjudicators' verb and in the passive with
 * another reason given, the count of bands told as 17 and 18 (the contest is carried by both), the
 * trophy's finding told in other words and another order, a complaint lodged against its rejection
 * (another event), and sentences that only name the same hall. Quotes: said after, "said:", "told
 * reporters that", a whole sentence after "According to X,", a one-word fragment, a quote in two parts.
 * First run (corro13's starting main, before any fix): corroboration 6/10 (misses, all undercounts: the
 * 17 and the 18 bands, the shield found in both wordings; the decision in both voices already 2, the
 * must-be-1 claims right); quotes 7/7 with the right speaker, partial flag 6/7 (the whole sentence after
 * "According to the band's chairman, Keith Armitage," taken for a fragment); timeline 3/3; disagreements
 * 0/1 (17 against 18 not found).
 * After corro13's rules: corroboration 10/10, partial flags 7/7.
 * Test support only.
 */
const BRASS_BAND_CONTEST_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "brass/1",
    externalId: "bb1",
    source: "Caldmoor Chronicle",
    url: "https://caldmoorchronicle.example/news/ravensby-area-champions",
    publishedAt: "2026-11-07T22:00:00Z",
    title: "Ravensby Colliery crowned area champions on a tie-break",
    originalText: [
      "The adjudicators declared Ravensby Colliery Band the winners of the Northern Area Championship on Saturday, breaking a tie on points with the marks for the set test piece.",
      "Seventeen bands played at the contest in Caldmoor Town Hall.",
      "The contest returned to Caldmoor Town Hall this year after two years in Leeds while the hall's roof was repaired.",
      "“We have waited 31 years for this,” said Ravensby's musical director, Alan Dobbs.",
    ].join("\n"),
  },
  {
    input: "brass/2",
    externalId: "bb2",
    source: "Pennine News Agency",
    url: "https://penninenews.example/wire/brass-band-tie-break",
    publishedAt: "2026-11-08T09:00:00Z",
    title: "Tie-break hands brass band title to Ravensby; rivals complain",
    originalText: [
      "CALDMOOR, Nov 8 (PNA) - Ravensby Colliery Band were declared the winners when their tie with Hollins Mills Band was broken on the marks for the set test piece.",
      "Eighteen bands competed in the championship in Caldmoor on Saturday.",
      "Hollins Mills Band said it had lodged a formal complaint with the organisers, the Northern Brass Band Association.",
      "Its secretary, Janet Orme, told reporters that the tie-break rule had been “applied in a way none of us had ever seen.”",
    ].join("\n"),
  },
  {
    input: "brass/3",
    externalId: "bb3",
    source: "North Pennine Radio",
    url: "https://northpennineradio.example/news/brass-band-shield-stolen",
    publishedAt: "2026-11-09T12:00:00Z",
    title: "Brass band's championship trophy stolen from coach",
    originalText: [
      "The trophy won by Ravensby Colliery Band at Saturday's championship has been stolen from the band's coach.",
      "The shield went missing on Sunday while the coach was parked outside a pub in Hebble Bridge, police said.",
      "Musical director Alan Dobbs said the band was “gutted” and appealed for its return.",
      "The band has rehearsed in the same miners' welfare hall in Ravensby since 1921.",
    ].join("\n"),
  },
  {
    input: "brass/4",
    externalId: "bb4",
    source: "Caldmoor Chronicle",
    url: "https://caldmoorchronicle.example/news/caldmoor-shield-found",
    publishedAt: "2026-11-10T18:00:00Z",
    title: "Stolen Caldmoor Shield found in lay-by",
    originalText: [
      "The Caldmoor Shield, the championship's trophy, was found on Tuesday in a lay-by on the A629, two days after it disappeared from Ravensby's coach.",
      "Police said it was spotted in a hedge by a passing cyclist, who handed it in.",
      "According to the band's chairman, Keith Armitage, “the shield is dented, but nothing a good silversmith cannot put right.”",
    ].join("\n"),
  },
  {
    input: "brass/5",
    externalId: "bb5",
    source: "Brass World",
    url: "https://brassworld.example/news/association-upholds-northern-result",
    publishedAt: "2026-11-11T20:00:00Z",
    title: "Association upholds Northern Area result",
    originalText: [
      "The Northern Brass Band Association on Wednesday rejected Hollins Mills' complaint and upheld the result.",
      "“The rules were followed to the letter,” the association's chairman, Peter Kilner, said in a statement. “The result stands.”",
      "Ms Orme said: “We are disappointed, but we accept the decision.”",
      "A cyclist found the missing shield in a hedge beside the A629 on Tuesday morning, and it has been returned to Ravensby.",
      "It was the band's first area title since 1995.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function brassBandContestArticles(): Article[] {
  return linkNearDuplicates(BRASS_BAND_CONTEST_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by corro13 (2026-12-07), before running any code on them. */
export const BRASS_BAND_CONTEST_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We have waited 31 years for this", speaker: "Alan Dobbs" },
    { text: "applied in a way none of us had ever seen", speaker: "Janet Orme", partial: true },
    { text: "gutted", speaker: "Alan Dobbs", partial: true },
    // A whole sentence after "According to X,": no fragment.
    // Opening in lower case after "According to …,": partial by the house rule (a fragment as news marks it).
    { text: "the shield is dented, but nothing a good silversmith", speaker: "Keith Armitage", partial: true },
    { text: "The rules were followed to the letter", speaker: "Peter Kilner" },
    { text: "The result stands", speaker: "Peter Kilner" },
    { text: "We are disappointed, but we accept the decision", speaker: "Janet Orme" },
  ],
  timeline: [
    { text: "The adjudicators declared Ravensby Colliery Band the winners", dates: ["2026-11-07"] },
    { text: "The Caldmoor Shield, the championship's trophy, was found on Tuesday", dates: ["2026-11-10"] },
    { text: "rejected Hollins Mills' complaint and upheld the result", dates: ["2026-11-11"] },
  ],
  neverDated: [
    { text: "It was the band's first area title since 1995", date: "1995" },
    { text: "in the same miners' welfare hall in Ravensby since 1921", date: "1921" },
  ],
  disagreements: [{ values: ["17", "18"], outlets: ["Caldmoor Chronicle", "Pennine News Agency"] }],
  notDisagreements: [
    ["31", "1995"],
    ["17", "31"],
  ],
  corroboration: [
    // The decision, by the adjudicators' verb and in the passive with the tie named: both.
    { text: "The adjudicators declared Ravensby Colliery Band the winners", outlets: 2 },
    { text: "Ravensby Colliery Band were declared the winners when their tie", outlets: 2 },
    // The contest with 17 bands in one outlet and 18 in the other.
    { text: "Seventeen bands played at the contest", outlets: 2 },
    { text: "Eighteen bands competed in the championship", outlets: 2 },
    // The trophy found, in other words and another order.
    { text: "The Caldmoor Shield, the championship's trophy, was found on Tuesday", outlets: 2 },
    { text: "A cyclist found the missing shield in a hedge", outlets: 2 },
    // A complaint lodged is not its rejection; the hall and the welfare hall are named by one outlet each.
    { text: "said it had lodged a formal complaint", outlets: 1 },
    { text: "rejected Hollins Mills' complaint and upheld the result", outlets: 1 },
    { text: "The contest returned to Caldmoor Town Hall this year", outlets: 1 },
    { text: "It was the band's first area title since 1995", outlets: 1 },
  ],
};
