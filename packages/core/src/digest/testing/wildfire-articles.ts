import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";

/**
 * A second story written for the facts tests, in another field than the labour dispute: five
 * articles from four outlets about a wildfire (Monday 5 to Friday 9 October 2026). Its traps:
 * speakers introduced by a description before their name ("the county's fire chief, Dana Reyes")
 * and then quoted by surname, title or pronoun in every attribution style, straight and curly,
 * double and single; one real disagreement (the county and the state forestry agency count the
 * homes destroyed by Wednesday evening differently: 214 against 260); figures that change over
 * the week and are not disagreements (acres burned; 6,000 people evacuated on Monday, 7,200 by Tuesday night, and 7,200 again in the undated article); background years inside
 * sentences about this week ("the largest since the 2017 Canyon fire"); and one undated article, given second, whose figures show it was written after Tuesday.
 * Test support only.
 */
const WILDFIRE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "wildfire/1",
    externalId: "valley-courier-1",
    source: "Valley Courier",
    url: "https://valleycourier.example/news/alder-ridge-fire",
    publishedAt: "2026-10-06T06:00:00Z",
    title: "Alder Ridge fire forces 6,000 from their homes in Marlow County",
    originalText: [
      "A wildfire driven by dry winds burned about 4,000 acres in the hills above Marlow on Monday, and 6,000 residents were evacuated, county officials said.",
      "The county's fire chief, Dana Reyes, said crews had contained none of the fire by nightfall.",
      "“The wind is doing whatever it wants, and we are chasing it,” Reyes said at an evening briefing.",
      "The fire is the largest in the county since the 2017 Canyon fire, which burned for three weeks.",
      "A shelter opened at Marlow High School on Monday night, and about 400 people slept there.",
    ].join("\n\n"),
  },
  {
    input: "wildfire/5",
    externalId: "ridge-notes-1",
    source: "Ridge Notes",
    url: "https://ridgenotes.example/fire-diary",
    title: "Alder Ridge fire: what residents saw",
    originalText: [
      "Neighbours first saw smoke over the ridge before dawn, and by noon the fire had reached the reservoir road.",
      "By the time 7,200 residents had been evacuated, the shelter at the high school was full.",
      "A volunteer coordinator, Sam Whitfield, said more than 300 volunteers had signed up to help.",
      "“People keep showing up with food and blankets,” he said.",
    ].join("\n\n"),
  },
  {
    input: "wildfire/2",
    externalId: "state-wire-1",
    source: "State Wire",
    url: "https://statewire.example/2026/10/07/alder-ridge-fire-grows",
    publishedAt: "2026-10-07T15:00:00Z",
    title: "Alder Ridge fire jumps Highway 9 as evacuations widen",
    originalText: [
      "The Alder Ridge fire jumped Highway 9 on Tuesday afternoon, and 7,200 residents had been evacuated by Tuesday night.",
      "A spokeswoman for the state forestry agency, Lena Ortiz, said the fire had grown to 11,500 acres.",
      "“We expect it to keep growing until the wind drops,” said Ortiz.",
      "Governor Paul Hammond said: “Every resource this state has is on its way to Marlow County.”",
      "The highway, rebuilt in 2019 after a landslide, will stay closed through the weekend, transport officials said.",
    ].join("\n\n"),
  },
  {
    input: "wildfire/3",
    externalId: "marlow-times-1",
    source: "Marlow Times",
    url: "https://marlowtimes.example/fire/homes-lost",
    publishedAt: "2026-10-08T20:30:00Z",
    title: "County counts 214 homes lost to the Alder Ridge fire",
    originalText: [
      "The Alder Ridge fire had destroyed 214 homes by Wednesday evening, according to the Marlow County assessor's office.",
      "According to the fire chief, “We turned a corner today, but nobody should go home yet.”",
      "Resident Tom Becker stood in front of what was left of his house on Cedar Lane.",
      "'We lost everything but the dog,' said Becker, who had lived there since 1998.",
      "The county has asked the state for disaster aid, board chair Ines Varga said on Wednesday.",
    ].join("\n\n"),
  },
  {
    input: "wildfire/4",
    externalId: "state-wire-2",
    source: "State Wire",
    url: "https://statewire.example/2026/10/09/alder-ridge-fire-homes",
    publishedAt: "2026-10-09T08:00:00Z",
    title: "State says Alder Ridge fire destroyed 260 homes",
    originalText: [
      "The state forestry agency said the Alder Ridge fire had destroyed 260 homes by Wednesday evening, a higher count than the county's.",
      "Ortiz said that the agency's damage teams had “walked every street they could reach.”",
      "The fire was 40 percent contained on Thursday, and some evacuation orders were lifted.",
      "“Contained is not the same as out.” — Dana Reyes, Marlow County fire chief",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function wildfireArticles(): Article[] {
  return linkNearDuplicates(WILDFIRE_DRAFTS.map((draft) => prepareArticle(draft)));
}
