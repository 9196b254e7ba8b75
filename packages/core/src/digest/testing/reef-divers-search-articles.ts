import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of the headline and the summary's lead by latest10 (2026-12-06,
 * texts and expectations written before running any code on them): six articles from four outlets
 * (British and US) on two divers, an American tourist and a British instructor, who failed to surface
 * at the Manacles reef off Cornwall on Monday 9 May 2033. The search resumes on Tuesday and a
 * surface marker buoy is found; on Wednesday evening the coastguard calls the search off, the story's
 * last development. Traps: a US paper's Thursday article retells Monday's disappearance in its lead
 * and only then says the search was called off; a Thursday opinion column on reef diving; a Thursday
 * follow-up adds a minor detail (the dive school suspends its trips). Test support only.
 * First run, before any fix: quotes 5/5, timeline 5/5 in order, no disagreement or trap taken,
 * corroboration 0/1 (the search called off counted from one outlet, the US paper's "British authorities
 * called off the search Wednesday" not matched), headline wrong ("A book of condolence has been opened
 * at the school", the latest article's), summary 1/1 wanted, 1 unwanted (the column's "Every diver in
 * Cornwall knows the Manacles…"), and it opened with the book of condolence.
 */
const REEF_DIVERS_SEARCH_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "reef-divers/1",
    externalId: "rd1",
    source: "Cornwall Live Wire",
    url: "https://cornwalllivewire.example/news/divers-missing-manacles",
    publishedAt: "2033-05-09T19:30:00Z",
    title: "Search launched for two divers missing off the Manacles",
    originalText: [
      "Two divers failed to surface at the Manacles reef near Porthoustock on Monday afternoon, HM Coastguard said.",
      "The pair, a 41-year-old instructor from Falmouth and a 29-year-old American tourist, had been diving from a charter boat with six others.",
      "Lifeboats from Falmouth and The Lizard and a coastguard helicopter from Newquay were sent to the reef.",
      "“The tide was running hard and visibility below was poor,” said charter skipper Tom Pengelly.",
      "The Manacles have claimed more than 100 ships over the centuries.",
    ].join("\n"),
  },
  {
    input: "reef-divers/2",
    externalId: "rd2",
    source: "The Western Courier",
    url: "https://westerncourier.example/news/manacles-search-resumes",
    publishedAt: "2033-05-10T17:00:00Z",
    title: "Divers' marker buoy found as Manacles search resumes",
    originalText: [
      "The search for two divers missing off the Lizard peninsula resumed at first light on Tuesday after being suspended overnight.",
      "A fishing boat found a surface marker buoy belonging to one of the divers about two miles east of the reef on Tuesday morning.",
      "Navy divers from Plymouth joined the search in the afternoon.",
      "“We have not given up hope,” said coastguard commander Sarah Treloar.",
      "The missing men were named as instructor Mark Hosking and Ethan Brandt, of Portland, Oregon.",
    ].join("\n"),
  },
  {
    input: "reef-divers/3",
    externalId: "rd3",
    source: "Cornwall Live Wire",
    url: "https://cornwalllivewire.example/news/manacles-search-called-off",
    publishedAt: "2033-05-11T20:15:00Z",
    title: "Search for missing Manacles divers called off",
    originalText: [
      "HM Coastguard called off the search for the two missing divers on Wednesday evening after more than 50 hours.",
      "Commander Sarah Treloar said the chances of finding either man alive were now “beyond hope”.",
      "The families of both men have been told, police said.",
      "Devon and Cornwall Police will prepare a file for the coroner.",
    ].join("\n"),
  },
  {
    input: "reef-divers/4",
    externalId: "rd4",
    source: "The Oregon Ledger",
    url: "https://oregonledger.example/news/portland-diver-missing-england",
    publishedAt: "2033-05-12T06:00:00Z",
    title: "Portland man among two divers lost off English coast",
    originalText: [
      "A Portland man was one of two scuba divers who vanished Monday while diving a notorious reef off the coast of Cornwall, England.",
      "Ethan Brandt, 29, a software engineer, was on vacation with his girlfriend, his family said.",
      "British authorities called off the search Wednesday.",
      "“Ethan loved the ocean more than anything,” his sister Rachel Brandt said in a statement.",
      "The family has set up a fundraiser to bring his girlfriend home.",
    ].join("\n"),
  },
  {
    input: "reef-divers/5",
    externalId: "rd5",
    source: "The Western Courier",
    url: "https://westerncourier.example/opinion/manacles-respect",
    publishedAt: "2033-05-12T08:00:00Z",
    title: "Comment: The Manacles deserve more respect than they get",
    originalText: [
      "Every diver in Cornwall knows the Manacles, and every one of us should fear them a little more.",
      "The reef is beautiful, but its currents turn without warning.",
      "Charter operators should be required to carry a safety diver on every trip to the reef, writes diving instructor Jenny Rowe.",
      "That rule would cost little and could save lives.",
    ].join("\n"),
  },
  {
    input: "reef-divers/6",
    externalId: "rd6",
    source: "Falmouth Packet Online",
    url: "https://falmouthpacket.example/news/dive-school-suspends-trips",
    publishedAt: "2033-05-12T13:00:00Z",
    title: "Dive school suspends trips after instructor's loss",
    originalText: [
      "The Falmouth dive school where Mark Hosking worked has suspended all trips until the end of the month.",
      "A book of condolence has been opened at the school.",
      "“Mark was the most careful diver any of us knew,” said the school's owner, Peter Nance.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function reefDiversSearchArticles(): Article[] {
  return linkNearDuplicates(REEF_DIVERS_SEARCH_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by latest10 (2026-12-06), before running any code on them. No real
 * disagreement: 41 and 29 are two men's ages; six others on the boat, two miles from the reef, more
 * than 50 hours and more than 100 ships are different things.
 */
export const REEF_DIVERS_SEARCH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The tide was running hard and visibility below was poor", speaker: "Tom Pengelly" },
    { text: "We have not given up hope", speaker: "Sarah Treloar" },
    { text: "beyond hope", speaker: "Sarah Treloar", partial: true },
    { text: "Ethan loved the ocean more than anything", speaker: "Rachel Brandt" },
    { text: "Mark was the most careful diver any of us knew", speaker: "Peter Nance" },
  ],
  timeline: [
    { text: "Two divers failed to surface", dates: ["2033-05-09"] },
    { text: "resumed at first light on Tuesday", dates: ["2033-05-10"] },
    { text: "found a surface marker buoy", dates: ["2033-05-10"] },
    { text: "called off the search for the two missing divers", dates: ["2033-05-11"] },
    { text: "British authorities called off the search Wednesday", dates: ["2033-05-11"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    ["41", "29"],
    ["more than 50 hours", "more than 100 ships"],
  ],
  corroboration: [{ text: "called off the search for the two missing divers", outlets: 2 }],
  // The newest development is the search called off; the school's suspended trips are a minor detail,
  // the US paper's lead a retelling of Monday.
  headline: ["called off"],
  summary: {
    holds: ["called off the search"],
    never: ["Every diver in Cornwall knows the Manacles", "should be required to carry a safety diver"],
  },
  order: [
    "Two divers failed to surface",
    "found a surface marker buoy",
    "called off the search for the two missing divers",
  ],
};
