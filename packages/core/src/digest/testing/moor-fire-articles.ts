import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts15 (2026-12-05, before running any code on it): four
 * articles from four outlets on a fire on Harrowby Moor that broke out on Tuesday 18 August 2026,
 * grew for two days and was contained on Friday 21 August. A national wire on Wednesday, a local
 * paper and an American outlet (in acres) on Thursday morning, a broadcaster on Friday. The real
 * disagreements, both as of Thursday morning: the area burned, 3,400 hectares for the local paper
 * against about 12,000 acres (4,860 hectares) for the American outlet; the homes destroyed, at least
 * 12 for the local paper against nine for the American outlet (a figure outside a bound). Traps: the
 * area as a running total on Wednesday (1,900 hectares since Tuesday), on Wednesday alone (1,500) and
 * by Friday (5,200), a timeline and not a disagreement; firefighters, more than 150 on Wednesday and
 * nearly 200 on Friday (two bounds that can both hold, on other days besides); about 140 people
 * evacuated on Wednesday and around 150 on Thursday; gusts, ages. Test support only.
 */
const MOOR_FIRE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "moor-fire/1",
    externalId: "m1",
    source: "National Wire",
    url: "https://nationalwire.example/uk/harrowby-moor-fire-spreads",
    publishedAt: "2026-08-19T08:00:00Z",
    title: "Harrowby Moor fire spreads as residents flee",
    originalText: [
      "A wildfire on Harrowby Moor has burned 1,900 hectares since it broke out on Tuesday afternoon, fire chiefs said on Wednesday.",
      "More than 150 firefighters were at the scene, and about 140 people were evacuated from 60 homes in the village of Skelby.",
      "“This is the biggest moorland fire we have fought in 20 years,” said Area Manager Claire Dobson of Northfell Fire and Rescue Service.",
    ].join("\n"),
  },
  {
    input: "moor-fire/2",
    externalId: "m2",
    source: "Northfell Gazette",
    url: "https://northfellgazette.example/news/harrowby-fire-homes-destroyed",
    publishedAt: "2026-08-20T07:30:00Z",
    title: "Homes destroyed as Harrowby Moor fire doubles in size",
    originalText: [
      "The Harrowby Moor fire had burned 3,400 hectares by Thursday morning, Northfell Fire and Rescue Service said.",
      "About 1,500 hectares burned on Wednesday alone as the wind picked up.",
      "At least 12 homes have been destroyed on the edge of Skelby, the service said.",
      "Around 150 residents have now been evacuated.",
      "Farmer Jim Calder, 58, said he had watched the flames reach his barn: “It came over the ridge like a wave.”",
    ].join("\n"),
  },
  {
    input: "moor-fire/3",
    externalId: "m3",
    source: "Atlantic Post",
    url: "https://atlanticpost.example/world/england-moor-wildfire",
    publishedAt: "2026-08-20T11:00:00Z",
    title: "Wildfire scorches English moorland in record heat",
    originalText: [
      "A wildfire in northern England had scorched about 12,000 acres of moorland by Thursday morning, officials said.",
      "Nine homes have been destroyed, fire officials said Thursday.",
      "Gusts of up to 40 miles per hour fanned the flames overnight.",
    ].join("\n"),
  },
  {
    input: "moor-fire/4",
    externalId: "m4",
    source: "Northern Broadcaster",
    url: "https://northernbroadcaster.example/news/harrowby-moor-fire-contained",
    publishedAt: "2026-08-21T18:00:00Z",
    title: "Harrowby Moor fire contained after four days",
    originalText: [
      "Firefighters contained the Harrowby Moor fire on Friday after it had burned 5,200 hectares, Northfell Fire and Rescue Service said.",
      "Nearly 200 firefighters from six services were still at the scene on Friday.",
      "Residents of Skelby were allowed to return home on Friday evening.",
      "Claire Dobson said crews would stay on the moor for days: “Peat can smoulder for weeks.”",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function moorFireArticles(): Article[] {
  return linkNearDuplicates(MOOR_FIRE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts15 (2026-12-05), before running any code on them. Two real
 * disagreements, both as of Thursday morning: the area burned (3,400 hectares against about 12,000
 * acres) and the homes destroyed (at least 12 against nine).
 */
export const MOOR_FIRE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This is the biggest moorland fire we have fought in 20 years", speaker: "Claire Dobson" },
    { text: "It came over the ridge like a wave", speaker: "Jim Calder" },
    { text: "Peat can smoulder for weeks", speaker: "Claire Dobson" },
  ],
  timeline: [
    { text: "has burned 1,900 hectares since it broke out on Tuesday afternoon", dates: ["2026-08-19"] },
    { text: "had burned 3,400 hectares by Thursday morning", dates: ["2026-08-20"] },
    { text: "Firefighters contained the Harrowby Moor fire on Friday", dates: ["2026-08-21"] },
  ],
  neverDated: [],
  disagreements: [
    { values: ["3,400", "12,000"], outlets: ["Northfell Gazette", "Atlantic Post"] },
    { values: ["12", "Nine"], outlets: ["Northfell Gazette", "Atlantic Post"] },
  ],
  notDisagreements: [
    // The area on other days: a running total on Wednesday, Wednesday alone, Friday's.
    ["1,900", "3,400"],
    ["1,900", "12,000"],
    ["1,500", "1,900"],
    ["1,500", "3,400"],
    ["5,200", "3,400"],
    ["5,200", "12,000"],
    ["5,200", "1,900"],
    // Firefighters on two days, both bounds; evacuees on two days.
    ["150", "200"],
    ["140", "150"],
    // Homes evacuated and homes destroyed; gusts; ages.
    ["60", "12"],
    ["60", "Nine"],
    ["40", "58"],
  ],
  corroboration: [
    { text: "About 1,500 hectares burned on Wednesday alone", outlets: 1 },
    { text: "Residents of Skelby were allowed to return home on Friday evening", outlets: 1 },
  ],
  headline: ["contained"],
};
