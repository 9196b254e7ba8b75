import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline18, 2026-12-05, before any digest of it
 * was run): four dated articles from three British outlets on a primary school whose main building
 * was shut after a structural inspection on Tuesday 7 October 2031 found cracked concrete roof beams:
 * the closure announced on Friday 10 October, lessons in portable classrooms from Monday 13 October,
 * a parents' meeting on Thursday 16 October and roof work from Tuesday 21 October. Traps: "This
 * month's inspection" (a possessive month that dates its event, no background), the same inspection
 * told "on 7 October" in the next day's paper (one entry), a weekday abbreviated without a full stop
 * ("returned to the school Thurs, and found"), "late last year", "earlier this week" in a Wednesday
 * paper, "Thursday's meeting" and "next Tuesday" in a Friday paper, "Saturday's fun day" ahead, and
 * background years ("which opened in 1968", "found to be unsafe in 2023"). Test support only.
 */
const SCHOOL_INSPECTION_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "school-inspection/1",
    externalId: "eastfield-gazette-1",
    source: "Eastfield Gazette",
    url: "https://eastfieldgazette.example.co.uk/news/2031/10/10/brackley-road-primary-closes",
    publishedAt: "2031-10-10T16:00:00Z",
    title: "Brackley Road Primary shuts main building over crumbling roof",
    originalText: [
      "Brackley Road Primary School will close its main building from Monday after engineers found cracked concrete in its roof, Eastfield Council said on Friday.",
      "This month's inspection found cracks in 14 of the 30 beams holding up the roof.",
      "The school, which opened in 1968, was built with reinforced autoclaved aerated concrete.",
      "About 420 pupils will be taught in portable classrooms at Eastfield Leisure Centre until further notice.",
    ].join("\n\n"),
  },
  {
    input: "school-inspection/2",
    externalId: "three-counties-news-1",
    source: "Three Counties News",
    url: "https://threecountiesnews.example.co.uk/education/eastfield-school-roof-beams",
    publishedAt: "2031-10-11T09:00:00Z",
    title: "Two more cracked beams found at Eastfield school",
    originalText: [
      "The inspection, carried out on 7 October, found that 14 of the school's 30 roof beams had cracked.",
      "Engineers returned to the school Thurs, and found two more cracked beams above the hall.",
      "Cllr Rita Okonjo, the council's cabinet member for education, said: “No child will set foot under that roof until it is safe.”",
      "Two other schools in the county were closed late last year for the same reason.",
    ].join("\n\n"),
  },
  {
    input: "school-inspection/3",
    externalId: "education-daily-1",
    source: "Education Daily",
    url: "https://educationdaily.example.co.uk/buildings/brackley-road-portable-classrooms",
    publishedAt: "2031-10-15T11:00:00Z",
    title: "Brackley Road pupils move into portable classrooms",
    originalText: [
      "Pupils at Brackley Road Primary began lessons in portable classrooms on Monday.",
      "Earlier this week, the Department for Education agreed to pay for a new roof.",
      "The department has paid for repairs at 230 schools since the concrete was found to be unsafe in 2023.",
      "Head teacher Marcus Bell said: “The children have been brilliant. Most of them think it's an adventure.”",
    ].join("\n\n"),
  },
  {
    input: "school-inspection/4",
    externalId: "eastfield-gazette-2",
    source: "Eastfield Gazette",
    url: "https://eastfieldgazette.example.co.uk/news/2031/10/17/brackley-road-parents-meeting",
    publishedAt: "2031-10-17T15:00:00Z",
    title: "Parents told Brackley Road roof work will take four months",
    originalText: [
      "More than 200 parents packed Thursday's meeting at the leisure centre.",
      "Work to replace the roof will start next Tuesday and take about four months, Mr Bell told the meeting.",
      "Saturday's fun day on the school field has been cancelled.",
    ].join("\n\n"),
  },
];

/** The four articles, prepared and linked as the product does it. */
export function schoolInspectionArticles(): Article[] {
  return linkNearDuplicates(SCHOOL_INSPECTION_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. "This month's inspection" is October (the
 * inspection's own day, 7 October, is best; never the paper's day); "late last year" is last year;
 * "earlier this week" in a Wednesday paper is its Monday or Tuesday; a plan is told at its day or on
 * the day it was said.
 */
export const SCHOOL_INSPECTION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "No child will set foot under that roof until it is safe", speaker: "Rita Okonjo" },
    { text: "The children have been brilliant", speaker: "Marcus Bell" },
  ],
  timeline: [
    {
      text: "Brackley Road Primary School will close its main building from Monday",
      dates: ["2031-10-13", "2031-10-10"],
    },
    { text: "This month's inspection found cracks in 14 of the 30 beams", dates: ["2031-10"] },
    { text: "The inspection, carried out on 7 October", dates: ["2031-10-07"] },
    { text: "Engineers returned to the school Thurs, and found two more cracked beams", dates: ["2031-10-09"] },
    { text: "Two other schools in the county were closed late last year", dates: ["2030"] },
    { text: "Pupils at Brackley Road Primary began lessons in portable classrooms on Monday", dates: ["2031-10-13"] },
    {
      text: "Earlier this week, the Department for Education agreed to pay for a new roof",
      dates: ["2031-10-13", "2031-10-14"],
    },
    { text: "More than 200 parents packed Thursday's meeting", dates: ["2031-10-16"] },
    // Next Tuesday from Friday 17 October; or the Thursday meeting where it was said.
    { text: "Work to replace the roof will start next Tuesday", dates: ["2031-10-21", "2031-10-16"] },
    { text: "Saturday's fun day on the school field has been cancelled", dates: ["2031-10-18", "2031-10-17"] },
  ],
  neverDated: [
    // This month's inspection is neither the paper's day nor another month.
    { text: "This month's inspection found cracks", date: "2031-10-10", exact: true },
    { text: "This month's inspection found cracks", date: "2031-09" },
    { text: "The school, which opened in 1968", date: "1968" },
    { text: "closed late last year for the same reason", date: "2031" },
    { text: "since the concrete was found to be unsafe in 2023", date: "2023" },
    // Thurs, is the Thursday before a Saturday paper, not the one after it.
    { text: "Engineers returned to the school Thurs", date: "2031-10-16", exact: true },
    // Earlier this week is not the paper's own day.
    { text: "Earlier this week, the Department for Education", date: "2031-10-15", exact: true },
    // Next Tuesday from a Friday is not the Tuesday after it, nor the one before.
    { text: "Work to replace the roof will start next Tuesday", date: "2031-10-28", exact: true },
    { text: "Work to replace the roof will start next Tuesday", date: "2031-10-14", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // Cracked beams against all beams; pupils against parents; schools repaired against pupils.
    ["14", "30"],
    ["420", "200"],
    ["230", "420"],
  ],
  corroboration: [{ text: "More than 200 parents packed Thursday's meeting", outlets: 1 }],
  sameEntry: [
    ["This month's inspection found cracks in 14 of the 30 beams", "The inspection, carried out on 7 October"],
  ],
};
