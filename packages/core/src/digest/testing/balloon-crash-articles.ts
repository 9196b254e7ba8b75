import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * The lead's held-out batch G (session 24, 2026-12-06): texts and expectations written before any run, kept
 * outside the repository while they were unfitted and added here after. A hot-air balloon strikes power
 * lines and crashes; investigators arrive and the operator is grounded.
 */
const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "hb/1",
    externalId: "h1",
    source: "Valley Sentinel",
    url: "https://valleysentinel.example/news/balloon-crash-orrin",
    publishedAt: "2036-06-14T17:00:00Z",
    title: "Hot-air balloon crashes near Orrin after striking power lines",
    originalText: [
      "A hot-air balloon carrying 12 passengers and a pilot struck power lines and crashed in a field near Orrin early Saturday, the Cole County Sheriff's Office said.",
      "Three people were killed and several others were injured.",
      "The basket fell from about 300 feet after the envelope caught fire, witnesses said.",
      '"It went up like a torch and then it just dropped," said Ray Dunmore, who was mowing hay nearby.',
    ].join("\n"),
  },
  {
    input: "hb/2",
    externalId: "h2",
    source: "Associated Wire",
    url: "https://associatedwire.example/us/balloon-crash-victims",
    publishedAt: "2036-06-15T02:00:00Z",
    title: "3 killed, 10 hurt as balloon hits power lines in Cole County",
    originalText: [
      "ORRIN (AW) — Three people died and 10 were hurt Saturday when a hot-air balloon with 14 people aboard hit power lines near Orrin, authorities said.",
      "The pilot, Wade Kessler, 58, of Brandt, was among the injured.",
      "The balloon belonged to Skyward Flights, which has offered sunrise rides over the valley since 2009.",
      'Sheriff Tom Bracken said: "Our hearts go out to every family touched by this."',
      "The Federal Aviation Administration and the National Transportation Safety Board will investigate.",
    ].join("\n"),
  },
  {
    input: "hb/3",
    externalId: "h3",
    source: "KCVT News",
    url: "https://kcvt.example/news/balloon-crash-sunday-update",
    publishedAt: "2036-06-15T23:00:00Z",
    title: "Fourth person dies after Orrin balloon crash",
    originalText: [
      "A fourth person has died after Saturday's balloon crash near Orrin, the sheriff's office said Sunday.",
      "The woman, who was 44, died at Mercy Regional Medical Center.",
      "Kessler, 61, remains in critical condition.",
      "Witnesses said the balloon was flying at about 450 feet before it drifted into the lines.",
      "Skyward Flights said in a statement that it had grounded its three other balloons.",
    ].join("\n"),
  },
  {
    input: "hb/4",
    externalId: "h4",
    source: "Valley Sentinel",
    url: "https://valleysentinel.example/news/ntsb-balloon-preliminary",
    publishedAt: "2036-06-16T20:00:00Z",
    title: "NTSB begins work at Orrin balloon crash site",
    originalText: [
      "Investigators from the National Transportation Safety Board arrived at the crash site on Monday.",
      "NTSB board member Lisa Ocampo said a preliminary report would be released within 30 days.",
      '"We will look at the weather, the pilot, the balloon and the company," Ocampo said.',
      "A balloon crash in Lockhart, Texas, in 2016 killed all 16 people on board.",
      "The victims were named Monday as Dale and Marie Hutton, of Pell City; Anna Ruiz, 44; and Greg Talley, 37.",
    ].join("\n"),
  },
  {
    input: "hb/5",
    externalId: "h5",
    source: "Cole County Record",
    url: "https://colecountyrecord.example/news/balloon-pilot-license",
    publishedAt: "2036-06-17T15:00:00Z",
    title: "Balloon pilot had passed inspection in April, records show",
    originalText: [
      "The balloon passed its annual inspection in April, according to FAA records.",
      "Kessler, a pilot for 25 years, had flown the same route more than 200 times, a company spokesman said.",
      "Skyward Flights will not fly again until the NTSB issues its preliminary findings, the company said Tuesday.",
      'According to Orrin Mayor Beth Sorensen, "this town will carry these families for a long time."',
    ].join("\n"),
  },
];

export function balloonCrashArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

export const BALLOON_CRASH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It went up like a torch and then it just dropped", speaker: "Ray Dunmore" },
    { text: "Our hearts go out to every family touched by this", speaker: "Tom Bracken" },
    { text: "We will look at the weather, the pilot, the balloon and the company", speaker: "Lisa Ocampo" },
    { text: "this town will carry these families for a long time", speaker: "Beth Sorensen", partial: true },
  ],
  timeline: [
    { text: "struck power lines and crashed in a field near Orrin early Saturday", dates: ["2036-06-14"] },
    { text: "A fourth person has died after Saturday's balloon crash", dates: ["2036-06-15"] },
    { text: "arrived at the crash site on Monday", dates: ["2036-06-16"] },
    { text: "passed its annual inspection in April", dates: ["2036-04"] },
  ],
  neverDated: [
    { text: "A balloon crash in Lockhart, Texas, in 2016", date: "2036" },
    { text: "which has offered sunrise rides over the valley since 2009", date: "2009" },
  ],
  disagreements: [
    { values: ["12", "14"], outlets: ["Valley Sentinel", "Associated Wire"] },
    { values: ["58", "61"], outlets: ["Associated Wire", "KCVT News"] },
    { values: ["300", "450"], outlets: ["Valley Sentinel", "KCVT News"] },
  ],
  notDisagreements: [
    ["Three", "fourth"],
    ["Three", "10"],
    ["10", "fourth"],
    ["three", "Three"],
    ["44", "37"],
    ["16", "14"],
    ["16", "12"],
    ["25", "58"],
    ["25", "61"],
    ["200", "300"],
    ["30", "25"],
    ["44", "58"],
    ["37", "61"],
  ],
  corroboration: [{ text: "A fourth person has died", outlets: 1 }],
  headline: ["grounded", "will not fly", "NTSB", "inspection", "fourth", "named"],
  summary: { holds: ["fourth"], never: [] },
  supersession: {
    apart: [["Three people were killed", "A fourth person has died"]],
    current: ["remains in critical condition", "preliminary report would be released within 30 days"],
  },
};
