import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of what later news supersedes by supersede2 (2026-12-06, texts
 * and expectations written before running any code on them): five articles from four outlets on an
 * explosion at a fireworks depot in Harwell Moss on the afternoon of Saturday 14 June 2031. The toll
 * rises from at least six (told inside the event's sentence, ", killing at least six people") to nine
 * and then eleven; the owner, not seen since the blast, is arrested; residents out of their homes are
 * let back; an investigation to open on Monday is opened; eleven in hospital become nine. What stays:
 * fourteen taken to hospital (another count), the fireworks held, the licence since 2015, the arrest
 * (not undone by bail), a school that stays closed, the toll of eleven. Test support only.
 */
const FIREWORKS_DEPOT_BLAST_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "fireworks/1",
    externalId: "f1",
    source: "Northern Press Agency",
    url: "https://northernpress.example/news/harwell-moss-fireworks-depot-explosion",
    publishedAt: "2031-06-14T18:40:00Z",
    title: "Explosion at Harwell Moss fireworks depot kills six",
    originalText: [
      "An explosion tore through a fireworks depot on the edge of Harwell Moss on Saturday afternoon, killing at least six people, Lancashire Police said.",
      "Fourteen people were taken to hospital, three of them with serious burns.",
      "Residents of about 200 homes within 500 metres of the depot were told to leave and spend the night with relatives or at the town's leisure centre.",
      "The depot, run by Pendle Pyrotechnics, held about 40 tonnes of fireworks, according to its licence.",
      "“The windows came in and the whole street shook,” said Joanne Tate, who lives on Mill Lane.",
      "Police said they wanted to speak to the company's owner, Gary Pilling, who has not been seen since the blast.",
    ].join("\n"),
  },
  {
    input: "fireworks/2",
    externalId: "f2",
    source: "The Lancashire Evening Star",
    url: "https://lancashirestar.example/news/fireworks-depot-owner-at-large",
    publishedAt: "2031-06-15T07:00:00Z",
    title: "Fireworks depot owner sought as crews work through the night",
    originalText: [
      "Firefighters worked through the night at the Pendle Pyrotechnics depot in Harwell Moss, where an explosion on Saturday killed at least six people.",
      "The depot's owner, Gary Pilling, 52, remains at large, and police have appealed for anyone who knows where he is to come forward.",
      "Residents remain out of their homes while engineers check the buildings nearest the site.",
      "The depot had been licensed to store fireworks since 2015, and was last inspected by the fire service in March.",
      "Harwell Moss Primary School, 300 metres from the depot, will stay closed on Monday.",
      "“We are dealing with material that is still going off,” said Colin Hesketh, area manager at Lancashire Fire and Rescue.",
    ].join("\n"),
  },
  {
    input: "fireworks/3",
    externalId: "f3",
    source: "The Daily Ledger",
    url: "https://dailyledger.example/news/three-more-bodies-fireworks-depot",
    publishedAt: "2031-06-16T05:30:00Z",
    title: "Three more bodies found in ruins of fireworks depot",
    originalText: [
      "Searchers found three more bodies in the ruins of the Harwell Moss fireworks depot on Sunday, bringing the number of people killed in Saturday's explosion to nine.",
      "The owner, Gary Pilling, was arrested at an address in Blackpool on Sunday evening on suspicion of gross negligence manslaughter, Lancashire Police said.",
      "The Health and Safety Executive will open an investigation alongside the police on Monday.",
      "Eleven people remain in hospital.",
      "“We will find out how this happened,” said Detective Superintendent Amanda Rigby.",
    ].join("\n"),
  },
  {
    input: "fireworks/4",
    externalId: "f4",
    source: "Radio Ribble",
    url: "https://radioribble.example/news/harwell-moss-residents-return",
    publishedAt: "2031-06-16T17:00:00Z",
    title: "Harwell Moss residents allowed home after depot blast",
    originalText: [
      "Residents of all but 12 of the evacuated homes were allowed to return on Monday afternoon, after engineers found them safe.",
      "The Health and Safety Executive opened its investigation on Monday, and inspectors spent the afternoon at the site.",
      "Gary Pilling was released on bail on Monday evening pending further inquiries.",
      "“It is good to be back, but nobody on this street will sleep well for a while,” said resident Tariq Hussain.",
    ].join("\n"),
  },
  {
    input: "fireworks/5",
    externalId: "f5",
    source: "The Lancashire Evening Star",
    url: "https://lancashirestar.example/news/fireworks-blast-two-more-die",
    publishedAt: "2031-06-17T07:00:00Z",
    title: "Fireworks blast: two more die in hospital",
    originalText: [
      "Two men injured in Saturday's explosion died in hospital on Monday night, bringing the toll to eleven.",
      "Nine people remain in hospital, two of them in a critical condition.",
      "Harwell Moss Primary School remains closed, and will not reopen before next week, the council said.",
      "Pendle Pyrotechnics had supplied the displays for the town's bonfire night since 1998.",
      "“This town has lost eleven of its own,” said the council leader, Sandra Whittle.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function fireworksDepotBlastArticles(): Article[] {
  return linkNearDuplicates(FIREWORKS_DEPOT_BLAST_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by supersede2 (2026-12-06), before running any code on them. No real
 * disagreement: the toll is six, then nine, then eleven; fourteen were taken to hospital, eleven and
 * then nine remain there. The event's sentence with its first toll may stay (it tells the event), but
 * the summary must then carry the latest toll too.
 */
export const FIREWORKS_DEPOT_BLAST_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The windows came in and the whole street shook", speaker: "Joanne Tate" },
    { text: "We are dealing with material that is still going off", speaker: "Colin Hesketh" },
    { text: "We will find out how this happened", speaker: "Amanda Rigby" },
    { text: "It is good to be back, but nobody on this street will sleep well for a while", speaker: "Tariq Hussain" },
    { text: "This town has lost eleven of its own", speaker: "Sandra Whittle" },
  ],
  timeline: [
    { text: "An explosion tore through a fireworks depot", dates: ["2031-06-14"] },
    { text: "Searchers found three more bodies", dates: ["2031-06-15"] },
    { text: "was arrested at an address in Blackpool", dates: ["2031-06-15"] },
    { text: "were allowed to return on Monday afternoon", dates: ["2031-06-16"] },
    { text: "opened its investigation on Monday", dates: ["2031-06-16"] },
    { text: "was released on bail on Monday evening", dates: ["2031-06-16"] },
    { text: "died in hospital on Monday night", dates: ["2031-06-16"] },
  ],
  neverDated: [
    { text: "licensed to store fireworks since 2015", date: "2031-06-15" },
    { text: "bonfire night since 1998", date: "2031-06-17" },
  ],
  disagreements: [],
  notDisagreements: [
    // The toll, then a higher toll.
    ["six", "nine"],
    ["six", "eleven"],
    ["nine", "eleven"],
    // In hospital: taken there, then remaining there on two days; and the toll against those in hospital.
    ["Fourteen", "Eleven"],
    ["Eleven", "Nine"],
    ["eleven", "Nine"],
    ["200", "12"],
  ],
  corroboration: [
    { text: "Fourteen people were taken to hospital", outlets: 1 },
    { text: "was arrested at an address in Blackpool", outlets: 1 },
  ],
  headline: ["died in hospital", "toll to eleven", "two more die"],
  summary: {
    holds: ["the toll to eleven"],
    never: ["remains at large", "has not been seen since the blast", "Residents remain out of their homes"],
  },
  supersession: {
    apart: [
      // A toll told alone, then a higher one.
      ["bringing the number of people killed in Saturday's explosion to nine", "bringing the toll to eleven"],
      // The owner not found, then arrested.
      ["who has not been seen since the blast", "was arrested at an address in Blackpool"],
      ["remains at large", "was arrested at an address in Blackpool"],
      // Residents out of their homes, then back.
      ["Residents remain out of their homes", "were allowed to return on Monday afternoon"],
      // An investigation to open, then opened.
      ["will open an investigation alongside the police on Monday", "opened its investigation on Monday"],
      // Eleven in hospital, then nine.
      ["Eleven people remain in hospital", "Nine people remain in hospital"],
    ],
    current: [
      "Fourteen people were taken to hospital",
      "held about 40 tonnes of fireworks",
      "licensed to store fireworks since 2015",
      "was arrested at an address in Blackpool",
      "Harwell Moss Primary School remains closed",
      "Nine people remain in hospital",
      "bringing the toll to eleven",
      "bonfire night since 1998",
    ],
  },
};
