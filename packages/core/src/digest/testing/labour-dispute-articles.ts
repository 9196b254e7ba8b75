import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";

/**
 * A story written for the facts tests: five dated articles (Tuesday 10 to Saturday 14 March 2026)
 * from three outlets about a dock strike. It holds the traps facts code must get right: quotes in
 * every attribution style (a surname or a title standing for a name given earlier, straight and
 * curly marks, fragments), one real disagreement (the union and the operator count Monday's
 * walkout differently: about 3,200 against 3,800), a demand and an offer close in value (5 against
 * 4.5 percent), a later deal (4.75 percent), a count that changes over the week (31 ships waiting
 * on Tuesday, 36 on Thursday), background years inside sentences about this week, and relative
 * dates ("yesterday", "on Tuesday", "last week"). Test support only.
 */
export const LABOUR_DISPUTE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "labour/1",
    externalId: "harbour-gazette-1",
    source: "Harbour Gazette",
    url: "https://harbourgazette.example/news/calder-walkout",
    publishedAt: "2026-03-10T07:30:00Z",
    title: "Dockworkers walk out at Port of Calder as pay talks collapse",
    originalText: [
      "About 3,200 dockworkers walked out at the Port of Calder on Monday, halting container traffic at the country's second-busiest port after pay talks with the terminal operator collapsed.",
      "The Calder Dockworkers Union, led by its president Maria Okafor, is demanding a 5 percent raise for each of the next three years. Meridian Terminals, which runs both container terminals, has offered a 4.5 percent raise.",
      "“We did not choose this fight, but we will not back down,” Okafor said outside the main gate on Monday evening.",
      "The union's last contract, signed in 2021, expired in January, and dockworkers have gone without a raise since then.",
      "Ships began queuing offshore within hours, and 31 container ships were waiting at anchor on Tuesday morning, according to the port authority.",
      "Meridian Terminals said in a statement that the union's demand was “unaffordable in the current market.”",
    ].join("\n\n"),
  },
  {
    input: "labour/2",
    externalId: "coastal-post-1",
    source: "Coastal Post",
    url: "https://coastalpost.example/2026/03/11/calder-strike-day-three",
    publishedAt: "2026-03-11T09:00:00Z",
    title: "Calder port strike enters third day with no talks in sight",
    originalText: [
      "The strike at the Port of Calder entered its third day on Wednesday, with no talks scheduled between the dockworkers' union and Meridian Terminals.",
      "According to the union, 3,800 dockworkers walked out on Monday, far more than the operator has acknowledged.",
      "“Every day the port stays closed costs the region millions of pounds,” said Daniel Price, chief executive of Meridian Terminals.",
      "Price said yesterday that the company would not improve its offer while the strike continued.",
      "The walkout is the first at the port since a six-week strike in 2019 that left shelves empty across the region.",
      "Union president Maria Okafor told reporters: “Our members kept this port running through a pandemic and two winters of storms. They deserve a fair share.”",
    ].join("\n\n"),
  },
  {
    input: "labour/3",
    externalId: "daily-ledger-1",
    source: "Daily Ledger",
    url: "https://dailyledger.example/business/minister-steps-in-calder",
    publishedAt: "2026-03-12T18:00:00Z",
    title: "Minister steps in as ships pile up off Calder",
    originalText: [
      "Labour Minister Helen Strand stepped in on Wednesday to restart talks between the Calder Dockworkers Union and Meridian Terminals, which have been deadlocked since January.",
      "Strand said: “Both sides have agreed to return to the table on Friday, and I expect them to negotiate in good faith.”",
      "On Thursday, 36 container ships were waiting at anchor off Calder, the port authority said, up from 31 on Tuesday.",
      "The minister said that “a fair deal is within reach” if both sides moved.",
      "Retailers have warned of shortages. “If this goes on another week, some shelves will be empty,” said Tom Reyes of the Calder Chamber of Commerce.",
    ].join("\n\n"),
  },
  {
    input: "labour/4",
    externalId: "harbour-gazette-2",
    source: "Harbour Gazette",
    url: "https://harbourgazette.example/news/calder-talks-resume",
    publishedAt: "2026-03-13T08:00:00Z",
    title: "Calder talks resume as union members rally",
    originalText: [
      "Talks between the dockworkers' union and Meridian Terminals resumed on Friday morning at the labour ministry in Calder, with the minister chairing the session.",
      "Thousands of dockworkers and their families rallied outside the ministry on Thursday.",
      "According to Okafor, “The members are more united than ever, and they will stay out until there is a fair offer.”",
      "“We want our people back at work, and we want a deal that lasts.” — Daniel Price, chief executive of Meridian Terminals",
    ].join("\n\n"),
  },
  {
    input: "labour/5",
    externalId: "coastal-post-2",
    source: "Coastal Post",
    url: "https://coastalpost.example/2026/03/14/calder-tentative-deal",
    publishedAt: "2026-03-14T10:00:00Z",
    title: "Dockworkers reach tentative deal, ending Calder strike",
    originalText: [
      "The Calder Dockworkers Union and Meridian Terminals reached a tentative agreement late on Friday, ending a strike that had stranded dozens of ships.",
      "The deal gives dockworkers a 4.75 percent raise in each of the next three years, between the union's demand and the company's earlier offer.",
      "'This is a good deal for the port and for the country,' said Strand, who chaired the final round.",
      "Okafor said that “members will vote on the agreement next week,” and that picket lines would come down on Saturday.",
      "The walkout, which began last week, was the longest at the port in seven years.",
      "Price told reporters on Friday night: “Nobody wins a strike. I am glad it is over.”",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function labourDisputeArticles(): Article[] {
  return linkNearDuplicates(LABOUR_DISPUTE_DRAFTS.map((draft) => prepareArticle(draft)));
}
