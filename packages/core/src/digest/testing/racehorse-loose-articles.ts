import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by corro13 (2026-12-07, texts and expectations written before
 * running any code on them): a racehorse that threw its jockey at Ashbury Racecourse on Saturday 17
 * October 2026, bolted onto the A48 and hit cars, the meeting abandoned and the horse found the next
 * morning, told by a town paper (twice), a racing news agency, a county daily and a TV station's site
 * over five days. Corroboration traps: the abandonment told by the stewards' verb and in the passive,
 * the cars struck told as three and as four vehicles (the collision is carried by both), the horse's
 * finding in other words and another order, the course's last fence inspection told by its inspectors
 * and as the fencing's record, and sentences naming the same village or the hurt driver for other
 * events. Quotes: said after, "said afterwards:", a whole sentence after "According to X,", fragments
 * after a named speaker and after "In a statement, the racecourse said".
 * First run (corro13's starting main, before any fix): corroboration 4/12 (every must-be-2 claim counted
 * 1, every must-be-1 claim right); quotes 5/5 with the right speaker, partial flag 4/5 (the whole
 * sentence after "According to Farraday," taken for a fragment); timeline 1/2 ("was discharged from
 * hospital on Tuesday" dated 2026-10-17, the day of the crash named earlier in the sentence, not the
 * Tuesday after); disagreements 0/1 (three cars against four vehicles not found).
 * After corro13's rules: corroboration 9/12 (still 1: the abandonment both ways, whose "at 3.40pm, with
 * four races still to run" and "after Copper Lantern got loose on the public road" leave too little in
 * common; the bolt onto the A48 against "collided with four vehicles"), partial flags 5/5.
 * Test support only.
 */
const RACEHORSE_LOOSE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "racehorse/1",
    externalId: "rh1",
    source: "Ashbury Gazette",
    url: "https://ashburygazette.example/news/racehorse-loose-a48",
    publishedAt: "2026-10-17T20:00:00Z",
    title: "Loose racehorse hits cars on A48 as meeting is abandoned",
    originalText: [
      "ASHBURY — A racehorse that threw its jockey before the 3.10 at Ashbury Racecourse on Saturday bolted through an open gate and onto the A48, where it struck three cars.",
      "Stewards abandoned the rest of the meeting at 3.40pm, with four races still to run.",
      "One driver, a man in his fifties, was taken to hospital with a broken collarbone, Wessex Police said.",
      "The horse, Copper Lantern, a five-year-old gelding trained by Nell Farraday, was still missing on Saturday night.",
      "“I have never seen anything like it in 30 years of racing,” said the clerk of the course, Hugh Tallis.",
    ].join("\n"),
  },
  {
    input: "racehorse/2",
    externalId: "rh2",
    source: "Turf Wire",
    url: "https://turfwire.example/news/ashbury-abandoned",
    publishedAt: "2026-10-17T21:30:00Z",
    title: "Ashbury abandoned after Copper Lantern gets loose on road",
    originalText: [
      "Saturday's meeting at Ashbury was abandoned by the stewards after Copper Lantern got loose on the public road.",
      "The gelding collided with four vehicles on the A48, police said.",
      "Farraday said afterwards: “He was fine in the paddock. Something must have spooked him at the start.”",
      "Jockey Ben Arliss, who was unhurt, said the horse had been “as good as gold” on the way to the start.",
    ].join("\n"),
  },
  {
    input: "racehorse/3",
    externalId: "rh3",
    source: "Wessex Daily",
    url: "https://wessexdaily.example/news/copper-lantern-found",
    publishedAt: "2026-10-18T13:00:00Z",
    title: "Runaway racehorse found grazing in field",
    originalText: [
      "Copper Lantern was found on Sunday morning grazing in a field near Thornbury Cross, about three miles from the course, after an overnight search by police and racecourse staff.",
      "A vet said the horse had cuts to its legs but was otherwise sound.",
      "According to Farraday, “he walked into the horsebox as if nothing had happened.”",
    ].join("\n"),
  },
  {
    input: "racehorse/4",
    externalId: "rh4",
    source: "Channel West News",
    url: "https://channelwest.example/news/racehorse-found-safe",
    publishedAt: "2026-10-18T18:00:00Z",
    title: "Racehorse that caused A48 chaos found safe",
    originalText: [
      "After a night on the loose, the racehorse that caused chaos on the A48 was found safe on Sunday in a field at Thornbury Cross.",
      "The racecourse's perimeter fencing was last inspected on September 30, the British Horseracing Authority said.",
      "In a statement, the racecourse said it was “reviewing every gate and every procedure.”",
    ].join("\n"),
  },
  {
    input: "racehorse/5",
    externalId: "rh5",
    source: "Ashbury Gazette",
    url: "https://ashburygazette.example/news/racecourse-fences-checked",
    publishedAt: "2026-10-21T19:00:00Z",
    title: "Racecourse fences were checked last month, authority says",
    originalText: [
      "Inspectors from the British Horseracing Authority last checked the course's fences and gates on September 30, the authority confirmed on Wednesday.",
      "The driver hurt on Saturday, named as Colin Marsh, 54, was discharged from hospital on Tuesday.",
      "Residents of Thornbury Cross have asked for a lower speed limit on the A48.",
      "Ashbury's next meeting, on November 4, will go ahead, the course said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function racehorseLooseArticles(): Article[] {
  return linkNearDuplicates(RACEHORSE_LOOSE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by corro13 (2026-12-07), before running any code on them. */
export const RACEHORSE_LOOSE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "I have never seen anything like it in 30 years", speaker: "Hugh Tallis" },
    { text: "He was fine in the paddock", speaker: "Nell Farraday" },
    { text: "as good as gold", speaker: "Ben Arliss", partial: true },
    // A whole sentence after "According to X,": no fragment.
    // Opening in lower case after "According to …,": partial by the house rule (a fragment as news marks it).
    { text: "he walked into the horsebox as if nothing had happened", speaker: "Nell Farraday", partial: true },
    { text: "reviewing every gate and every procedure", speaker: null, partial: true },
  ],
  timeline: [
    { text: "Copper Lantern was found on Sunday morning", dates: ["2026-10-18"] },
    { text: "was discharged from hospital on Tuesday", dates: ["2026-10-20"] },
  ],
  neverDated: [{ text: "The racecourse's perimeter fencing was last inspected on September 30", date: "2026-10" }],
  disagreements: [{ values: ["three", "four"], outlets: ["Ashbury Gazette", "Turf Wire"] }],
  notDisagreements: [
    ["30", "54"],
    ["four", "3.40"],
  ],
  corroboration: [
    // The abandonment, by the stewards' verb and in the passive.
    { text: "Stewards abandoned the rest of the meeting", outlets: 2 },
    { text: "Saturday's meeting at Ashbury was abandoned by the stewards", outlets: 2 },
    // The horse on the A48 hitting three cars in one outlet, four vehicles in the other.
    { text: "bolted through an open gate and onto the A48", outlets: 2 },
    { text: "The gelding collided with four vehicles", outlets: 2 },
    // The horse found, in other words and another order.
    { text: "Copper Lantern was found on Sunday morning", outlets: 2 },
    { text: "After a night on the loose, the racehorse", outlets: 2 },
    // The last inspection, by its inspectors and as the fencing's record.
    { text: "The racecourse's perimeter fencing was last inspected", outlets: 2 },
    { text: "Inspectors from the British Horseracing Authority last checked", outlets: 2 },
    // One outlet each: the same village, road or driver named for another event.
    { text: "Residents of Thornbury Cross have asked", outlets: 1 },
    { text: "was discharged from hospital on Tuesday", outlets: 1 },
    { text: "was taken to hospital with a broken collarbone", outlets: 1 },
    { text: "A vet said the horse had cuts to its legs", outlets: 1 },
  ],
};
