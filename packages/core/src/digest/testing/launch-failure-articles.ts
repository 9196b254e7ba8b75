import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";

/**
 * A story written as a held-out test by the lead (2026-12-05, before reading the output): five articles
 * from four outlets about a rocket that exploded after launch on Tuesday 9 March 2027 with a weather
 * satellite, the inquiry set up the next day and its first finding the Monday after (a wire story and
 * its rewrite with share buttons). One article, on the satellite's loss, is untitled and names neither
 * the rocket nor its operator. Traps: "Astraeon chief executive Ingrid Solberg told reporters" (a
 * company and a role before the name), the satellite's worth (an estimated 350 million euros) against
 * its cost to build and insure (about 400 million euros, another measure), a flight postponed.
 * Test support only.
 */
const LAUNCH_FAILURE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "launch/1",
    externalId: "r1",
    source: "Reuters",
    url: "https://reuters.example/rocket-1",
    publishedAt: "2027-03-09T16:20:00Z",
    title: "Astraeon rocket explodes minutes after launch, destroying weather satellite",
    originalText: [
      "KOUROU, French Guiana (Reuters) - A Vega-N rocket operated by Astraeon exploded about four minutes after lift-off on Tuesday, destroying a European weather satellite worth an estimated 350 million euros, the company said.",
      "The rocket's second stage lost pressure at 12:51 local time and the vehicle broke apart over the Atlantic, Astraeon said in a statement.",
      '"Today is a painful day for all of us," Astraeon chief executive Ingrid Solberg told reporters at the launch site. "We will find out what happened, and we will fix it."',
      "It was the first failure in 14 launches of the Vega-N, which entered service in 2022.",
      "Shares in Astraeon fell 9 percent in Paris trading.",
    ].join("\n"),
  },
  {
    input: "launch/2",
    externalId: "r2",
    source: "Le Courrier Spatial",
    url: "https://courrierspatial.example/vega-n-echec",
    publishedAt: "2027-03-09T19:00:00Z",
    title: null,
    originalText: [
      "The loss of the Meteo-4 satellite leaves Europe's weather service with one ageing satellite over the Atlantic, officials at the European weather agency EUMETNET said on Tuesday.",
      "The satellite had cost about 400 million euros to build and insure, according to the agency.",
      '"Forecasts will not suffer in the short term, but we have no margin left," said Hanne Kvist, the agency\'s director of operations.',
      "Meteo-3, launched in 2015, was designed to last ten years.",
    ].join("\n"),
  },
  {
    input: "launch/3",
    externalId: "r3",
    source: "Space Industry Weekly",
    url: "https://spaceindustryweekly.example/astraeon-inquiry",
    publishedAt: "2027-03-11T09:00:00Z",
    title: "Astraeon sets up inquiry board, pauses Vega-N flights",
    originalText: [
      "Astraeon said on Wednesday that it had grounded the Vega-N and appointed an independent inquiry board led by former ESA inspector general Marc Dufresne.",
      "The board is due to deliver its findings by the end of April, the company said.",
      "The next Vega-N flight, which was scheduled for May 20 with two Earth-observation satellites, has been postponed until further notice.",
      'Solberg said the company\'s order book, worth 2.1 billion euros, was not at risk. "Our customers know this rocket," she said.',
      "Analysts at Bernstein said the failure could cost Astraeon up to 150 million euros in lost revenue this year.",
    ].join("\n"),
  },
  {
    input: "launch/4",
    externalId: "r4",
    source: "Reuters",
    url: "https://reuters.example/rocket-2",
    publishedAt: "2027-03-16T11:45:00Z",
    title: "Astraeon says valve fault likely caused rocket failure",
    originalText: [
      "PARIS (Reuters) - A faulty valve in the second stage's pressurisation system was the most likely cause of last week's Vega-N failure, Astraeon said on Monday, citing preliminary telemetry analysis.",
      '"Everything points to a single valve that stuck open," Dufresne told a news conference in Paris. "We have not yet ruled anything out."',
      "The valve was made by a supplier in northern Italy, which Astraeon did not name.",
      "Astraeon shares rose 4 percent on Monday after the announcement, recovering part of last week's losses.",
      "The company said it still hoped to fly again before the end of June.",
    ].join("\n"),
  },
  {
    input: "launch/5",
    externalId: "r5",
    source: "Daily Orbit",
    url: "https://dailyorbit.example/vega-n-valve",
    publishedAt: "2027-03-16T14:00:00Z",
    title: "Stuck valve blamed for Vega-N loss",
    originalText: [
      "A faulty valve in the second stage's pressurisation system was the most likely cause of last week's Vega-N failure, Astraeon said on Monday.",
      '"Everything points to a single valve that stuck open," inquiry chairman Marc Dufresne said.',
      "Shares rose 4 percent after the announcement.",
      "The company hopes to fly again before the end of June.",
      "Share this article: Facebook Twitter LinkedIn Email",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function launchFailureArticles(): Article[] {
  return linkNearDuplicates(LAUNCH_FAILURE_DRAFTS.map((draft) => prepareArticle(draft)));
}
