import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts6, 2026-12-04, before its author read the
 * facts code): six articles from five outlets about a football transfer (Monday 25 January to
 * Monday 1 February 2027). Traps: one real disagreement (Monday's opening bid, £70 million in one
 * outlet and £75 million in another), an asking price in euros beside the offers in pounds, the
 * same improved offer in pounds and in euros, a fee and its add-ons, a later final fee, a range of
 * estimates in euros, wages a week and a year, a sell-on percentage; a player whose surname has a
 * particle ("van der Meulen", lower-cased after a quote), a president "Tomás da Costa" whose quote
 * runs over two paragraphs, "the president said", an agent "Dr. Felix Brandt" then "Brandt" then
 * "he said" in the next sentence, a pundit named after his description, an unnamed spokesman, an
 * em-dash attribution and straight single quotes; "Dec. 30" in a January article (last year's),
 * "Saturday's match" ahead, a background year ("joined … in 2023"), a wire story syndicated by a
 * second paper and an undated fan page. Test support only.
 */
const TRANSFER_SAGA_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "transfer/1",
    externalId: "sports-desk-1",
    source: "Sports Desk",
    url: "https://sportsdesk.example/football/westbridge-bid-van-der-meulen",
    publishedAt: "2027-01-25T18:00:00Z",
    title: "Westbridge bid for Almada striker van der Meulen",
    originalText: [
      "Westbridge United made an opening offer of £70 million for Sporting Almada striker Joris van der Meulen on Monday, people familiar with the talks said.",
      "Almada, who value the 23-year-old Dutch forward at 120 million euros, rejected the offer within hours.",
      "Westbridge first asked about the player on Dec. 30, a week before the transfer window opened.",
      "Van der Meulen has scored 19 goals in 21 league games this season.",
      "“We do not comment on speculation,” a Westbridge spokesman said.",
    ].join("\n\n"),
  },
  {
    input: "transfer/2",
    externalId: "evening-post-1",
    source: "The Evening Post",
    url: "https://eveningpost.example/sport/westbridge-75m-bid-rejected",
    publishedAt: "2027-01-25T21:00:00Z",
    title: "Westbridge's £75m bid for van der Meulen knocked back",
    originalText: [
      "Sporting Almada on Monday rejected a £75 million bid from Westbridge United for Joris van der Meulen, the club's top scorer.",
      "Almada president Tomás da Costa said the striker was “not for sale at any price” in this window.",
      "Westbridge manager Marta Kowalczyk said: “He is a player we admire, but we will not pay any fee that is put in front of us.”",
      "“Every club has its price, and we know ours,” Kowalczyk added.",
      "Van der Meulen, who joined Almada from Vitesse in 2023, earns about £40,000 a week.",
    ].join("\n\n"),
  },
  {
    input: "transfer/3",
    externalId: "radio-goal-1",
    source: "Radio Goal",
    url: "https://radiogoal.example/transfers/westbridge-improved-offer",
    publishedAt: "2027-01-28T12:00:00Z",
    title: "Westbridge return with improved offer for van der Meulen",
    originalText: [
      "Westbridge United have made an improved offer of £85 million, or about 98 million euros, for Joris van der Meulen, Radio Goal understands.",
      "The bid, made on Wednesday, is made up of an £80 million fee and £5 million in add-ons.",
      "Almada want to keep a 15 percent sell-on clause in any deal.",
      "Speaking on Tuesday, da Costa said: “We have had offers and we have said no. Joris is happy here.",
      "“If that changes, he will tell me himself, and he has not.”",
      "The player's agent, Dr. Felix Brandt, denied reports that van der Meulen had asked to leave.",
      "“Joris has never handed in a transfer request, and he will not,” Brandt said.",
      "Brandt said his client's wages would have to rise to about £250,000 a week, or £13 million a year, at any new club. “He wants to play in the Champions League, that is no secret,” he said.",
    ].join("\n\n"),
  },
  {
    input: "transfer/4",
    externalId: "sports-desk-2",
    source: "Sports Desk",
    url: "https://sportsdesk.example/football/van-der-meulen-joins-westbridge",
    publishedAt: "2027-02-01T16:00:00Z",
    title: "Van der Meulen joins Westbridge for record £88m",
    originalText: [
      "Joris van der Meulen completed his move to Westbridge United on Monday for a club-record fee of £88 million, including add-ons.",
      "The deal was agreed late on Sunday after Westbridge raised their offer for a third time, Almada said in a statement.",
      "Estimates of the fee in the Portuguese press ranged from 95 million to 105 million euros.",
      "“I have dreamed of playing in England since I was a boy,” van der Meulen said.",
      "Kowalczyk said the striker would go straight into the squad for Saturday's match against Northgate.",
      "Almada's president, Tomás da Costa, was less happy.",
      "“We lost a great player, but we got a fair price,” the president said.",
    ].join("\n\n"),
  },
  {
    input: "transfer/5",
    externalId: "matchday-weekly-1",
    source: "Matchday Weekly",
    url: "https://matchdayweekly.example/news/van-der-meulen-westbridge-done",
    publishedAt: "2027-02-01T19:00:00Z",
    title: "Westbridge complete record signing of van der Meulen",
    originalText: [
      "Joris van der Meulen completed his move to Westbridge United on Monday for a club-record fee of £88 million, including add-ons, Sports Desk reported.",
      "The deal was agreed late on Sunday after Westbridge raised their offer for a third time, Almada said in a statement.",
      "“I have dreamed of playing in England since I was a boy,” van der Meulen said.",
      "Kowalczyk said the striker would go straight into the squad for Saturday's match against Northgate.",
    ].join("\n\n"),
  },
  {
    input: "transfer/6",
    externalId: "fanzone-1",
    source: "FanZone",
    url: "https://fanzone.example/westbridge/five-things-van-der-meulen",
    title: "Five things to know about Westbridge's new striker",
    originalText: [
      "Joris van der Meulen is the most expensive signing in Westbridge United's history.",
      "The Dutch forward scored 19 goals in 21 league games for Almada this season.",
      "'He is quick, strong and hungry, and he finishes with both feet,' said Westbridge's former striker Dean Ashworth, now a television pundit.",
      "“Give him a year and he will be the best in the league.” — Dean Ashworth",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function transferSagaArticles(): Article[] {
  return linkNearDuplicates(TRANSFER_SAGA_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const TRANSFER_SAGA_EXPECTED: ExpectedFacts = {
  quotes: [
    // Written first as null (unnamed); an anonymous source keeps the description the text gives it
    // ("an Israeli official"), as QuoteMention documents, so that is the speaker to expect.
    { text: "We do not comment on speculation", speaker: "a Westbridge spokesman" },
    { text: "not for sale at any price", speaker: "Tomás da Costa", partial: true },
    { text: "He is a player we admire", speaker: "Marta Kowalczyk" },
    { text: "Every club has its price", speaker: "Marta Kowalczyk" },
    { text: "We have had offers and we have said no", speaker: "Tomás da Costa" },
    { text: "If that changes, he will tell me himself", speaker: "Tomás da Costa" },
    { text: "Joris has never handed in a transfer request", speaker: "Felix Brandt" },
    { text: "He wants to play in the Champions League", speaker: "Felix Brandt" },
    { text: "I have dreamed of playing in England", speaker: "Joris van der Meulen" },
    { text: "We lost a great player, but we got a fair price", speaker: "Tomás da Costa" },
    { text: "He is quick, strong and hungry", speaker: "Dean Ashworth" },
    { text: "Give him a year", speaker: "Dean Ashworth" },
  ],
  timeline: [
    { text: "made an opening offer of £70 million", dates: ["2027-01-25"] },
    { text: "Westbridge first asked about the player on Dec. 30", dates: ["2026-12-30"] },
    { text: "Sporting Almada on Monday rejected a £75 million bid", dates: ["2027-01-25"] },
    { text: "The bid, made on Wednesday, is made up of", dates: ["2027-01-27"] },
    { text: "Speaking on Tuesday, da Costa said", dates: ["2027-01-26"] },
    { text: "completed his move to Westbridge United on Monday", dates: ["2027-02-01"] },
    { text: "The deal was agreed late on Sunday", dates: ["2027-01-31"] },
    { text: "straight into the squad for Saturday's match", dates: ["2027-02-06", "2027-02-01"] },
  ],
  neverDated: [
    { text: "Westbridge first asked about the player on Dec. 30", date: "2027-12-30", exact: true },
    { text: "who joined Almada from Vitesse in 2023", date: "2023" },
    { text: "straight into the squad for Saturday's match", date: "2027-01-30", exact: true },
  ],
  disagreements: [{ values: ["70", "75"], outlets: ["Sports Desk", "The Evening Post"] }],
  notDisagreements: [
    ["70", "85"],
    ["75", "85"],
    ["85", "98"],
    ["80", "85"],
    ["5", "85"],
    ["85", "88"],
    ["80", "88"],
    ["120", "70"],
    ["120", "75"],
    ["120", "98"],
    ["95", "88"],
    ["105", "88"],
    ["95", "98"],
    ["250,000", "13"],
    ["40,000", "250,000"],
    ["19", "21"],
  ],
  corroboration: [
    // The wire story and its syndicated copy are one outlet.
    { text: "completed his move to Westbridge United on Monday for a club-record fee", outlets: 1 },
    { text: "has scored 19 goals in 21 league games", outlets: 2 },
  ],
};
