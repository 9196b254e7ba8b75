/**
 * Held-out batch Q (lead session 30, 2026-12-07), written by heldout19 before any run; unfitted.
 * A relay of Kent swimmers over 70 crosses the Channel for an age-group record, Wednesday 17 to Wednesday 24 August 2044.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cs/1",
    externalId: "c1",
    source: "Dover Harbour Times",
    url: "https://doverharbourtimes.example/sport/deal-veterans-channel-relay-record-bid",
    publishedAt: "2044-08-17T08:00:00Z",
    title: "Deal Veterans ready for Channel record bid",
    originalText: [
      "Six Kent swimmers with a combined age of more than 430 are hoping to become the fastest over-70s relay team to cross the Channel this week.",
      "The Deal Veterans, whose youngest member is a 70-year-old retired postman, are due to set off from Shakespeare Beach on Friday if the weather holds.",
      "Each swimmer will take a one-hour turn, in rotation, until the team reaches France.",
      "They are aiming to beat the over-70s record of 13 hours and 5 minutes, set by a Dutch team in 2038.",
      "“We've done the training, now we need the sea to behave,” said team captain Maureen Hollis, 76.",
      "The team hopes to raise £25,000 for the RNLI.",
      "The Strait of Dover is 21 miles (34km) wide at its narrowest point.",
    ].join("\n"),
  },
  {
    input: "cs/2",
    externalId: "c2",
    source: "British Press Wire",
    url: "https://britishpresswire.example/uk/over-70s-relay-swims-channel",
    publishedAt: "2044-08-19T18:00:00Z",
    title: "Over-70s relay team swims the Channel in record time",
    originalText: [
      "DOVER (BPW) — A relay team of six Kent swimmers aged over 70 reached France on Friday after 11 hours and 48 minutes in the water, setting what they believe is a record for their age group.",
      "The Deal Veterans entered the sea at Shakespeare Beach at 4.12am and landed on rocks near Cap Gris-Nez shortly after 4pm.",
      "Strong tides pushed them into a zigzag course of about 29 miles.",
      "The youngest swimmer, retired postman Ray Dunmore, 72, swam the final leg.",
      "Team captain Maureen Hollis said the water had been around 17C for most of the day.",
      "“My arms are finished but my heart is full,” Hollis said.",
      "The team paid £3,900 to hire the pilot boat and its crew.",
      "The Channel Relay Association must still ratify the time.",
    ].join("\n"),
  },
  {
    input: "cs/3",
    externalId: "c3",
    source: "South Coast Gazette",
    url: "https://southcoastgazette.example/news/wire/pensioner-relay-channel-record",
    publishedAt: "2044-08-19T21:00:00Z",
    title: "Pensioner relay team reaches France in record time",
    originalText: [
      "Six swimmers from Kent, all over 70, landed in France on Friday after 11 hours and 48 minutes in the sea, in what they believe is a record for their age group.",
      "The Deal Veterans set off from Shakespeare Beach at 4.12am and came ashore near Cap Gris-Nez just after 4pm.",
      "Strong tides forced them on a zigzag course of about 29 miles.",
      "Retired postman Ray Dunmore, 72, the team's youngest, swam the last leg.",
      "“My arms are finished but my heart is full,” said team captain Maureen Hollis.",
      "The time has yet to be ratified by the Channel Relay Association.",
      "(BPW)",
    ].join("\n"),
  },
  {
    input: "cs/4",
    externalId: "c4",
    source: "Open Water Swimmer",
    url: "https://openwaterswimmer.example/channel/deal-veterans-ratified-time",
    publishedAt: "2044-08-22T10:00:00Z",
    title: "Deal Veterans' over-70s relay record ratified",
    originalText: [
      "The Deal Veterans began their crossing at 4.40am on Friday, according to the pilot's log.",
      "The team covered 32 miles over the ground as the tide carried them first north-east and then back south-west.",
      "The Channel Relay Association ratified the time on Sunday at 11 hours and 51 minutes, three minutes slower than the team's own provisional figure.",
      "That is 74 minutes faster than the previous over-70s record.",
      "The Deal Veterans paid a £4,500 pilot's fee out of their own pockets.",
      "Pilot boat Sea Wren, skippered by Lance Ebdon, has escorted 212 Channel swims since 2019.",
      "According to Ebdon, “the last three hours were the hardest water I have seen this summer.”",
      "About 1,600 solo and relay crossings have been ratified since the first in 1875.",
    ].join("\n"),
  },
  {
    input: "cs/5",
    externalId: "c5",
    source: "The Sunday Globe",
    url: "https://sundayglobe.example/news/super-gran-swimmers-conquer-channel",
    title: "SUPER-GRAN SWIMMERS CONQUER THE CHANNEL",
    originalText: [
      "Meet the plucky pensioners who swam to France on Friday in under 12 hours!",
      "The six braved jellyfish, chilly water and busy shipping lanes to grab a record for the over-70s.",
      "Between them they have 14 grandchildren.",
      "“I was stung three times and I'd do it all again tomorrow” — Pat Reeves, 79, the oldest of the team.",
      "Their support crew cheered from the pilot boat for every one of the 12 legs.",
    ].join("\n"),
  },
  {
    input: "cs/6",
    externalId: "c6",
    source: "Dover Harbour Times",
    url: "https://doverharbourtimes.example/news/deal-veterans-civic-reception",
    publishedAt: "2044-08-24T08:00:00Z",
    title: "Heroes' welcome for Deal Veterans",
    originalText: [
      "The Deal Veterans landed in France last Friday after almost 12 hours in the water.",
      "They were welcomed home at a civic reception in Deal on Tuesday.",
      "The Channel Relay Association confirmed their ratified time of 11 hours 51 minutes at the weekend.",
      "The team's fundraising total for the RNLI has reached £42,000, well past its £25,000 target.",
      "Ray Dunmore, who swam the last leg, said: “I touched France and burst into tears.”",
      "The mayor of Deal, Cllr Sunita Rao, said the town had 'never been prouder'.",
    ].join("\n"),
  },
];

export function channelRelaySwimArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Kent is UTC+1 in August; every stamp falls on the
 * same local day). "On Friday" in Wednesday's preview is 19 August, the coming Friday; "on Friday" in
 * Friday's wire and its rewrite the 19th; "on Friday" and "on Sunday" in Monday's magazine the 19th
 * and 21st; "on Friday" in the undated tabloid the 19th if anything; "last Friday" in the next
 * Wednesday's paper the 19th, "on Tuesday" the 23rd and "at the weekend" the 20th or 21st.
 */
export const CHANNEL_RELAY_SWIM_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We've done the training, now we need the sea to behave", speaker: "Maureen Hollis" },
    // The surname alone after "Team captain Maureen Hollis" in the sentence before; "said title Name" in the rewrite.
    { text: "My arms are finished but my heart is full", speaker: "Maureen Hollis" },
    // Opening in lower case after "According to …,": partial by the house rule; the surname alone.
    {
      text: "the last three hours were the hardest water I have seen this summer",
      speaker: "Lance Ebdon",
      partial: true,
    },
    // A dash attribution.
    { text: "I was stung three times and I'd do it all again tomorrow", speaker: "Pat Reeves" },
    { text: "I touched France and burst into tears", speaker: "Ray Dunmore" },
    // A fragment in straight single quotes.
    { text: "never been prouder", speaker: "Sunita Rao", partial: true },
  ],
  timeline: [
    { text: "are due to set off from Shakespeare Beach on Friday if the weather holds", dates: ["2044-08-19"] },
    { text: "reached France on Friday after 11 hours and 48 minutes in the water", dates: ["2044-08-19"] },
    { text: "landed in France on Friday after 11 hours and 48 minutes in the sea", dates: ["2044-08-19"] },
    { text: "began their crossing at 4.40am on Friday", dates: ["2044-08-19"] },
    { text: "ratified the time on Sunday at 11 hours and 51 minutes", dates: ["2044-08-21"] },
    // The Globe's story carries no date.
    { text: "Meet the plucky pensioners who swam to France on Friday", dates: [null, "2044-08-19"] },
    { text: "The Deal Veterans landed in France last Friday", dates: ["2044-08-19"] },
    { text: "They were welcomed home at a civic reception in Deal on Tuesday", dates: ["2044-08-23"] },
    {
      text: "confirmed their ratified time of 11 hours 51 minutes at the weekend",
      dates: ["2044-08-20", "2044-08-21"],
    },
  ],
  neverDated: [
    { text: "set by a Dutch team in 2038", date: "2038" },
    { text: "has escorted 212 Channel swims since 2019", date: "2019" },
    { text: "have been ratified since the first in 1875", date: "1875" },
    // "On Friday" in a Wednesday preview is the Friday to come; "on Sunday" in a Monday story the Sunday gone.
    {
      text: "are due to set off from Shakespeare Beach on Friday if the weather holds",
      date: "2044-08-12",
      exact: true,
    },
    { text: "ratified the time on Sunday at 11 hours and 51 minutes", date: "2044-08-28", exact: true },
    { text: "The Deal Veterans landed in France last Friday", date: "2044-08-26", exact: true },
  ],
  disagreements: [
    // The youngest swimmer's age: "a 70-year-old retired postman" against "Ray Dunmore, 72,".
    { values: ["70", "72"], outlets: ["Dover Harbour Times", "British Press Wire"] },
    // When the swim began: the wire's time against the pilot's log.
    { values: ["4.12", "4.40"], outlets: ["British Press Wire", "Open Water Swimmer"] },
    // The distance swum over the ground: "a zigzag course of about 29 miles" against "covered 32 miles".
    { values: ["29", "32"], outlets: ["British Press Wire", "Open Water Swimmer"] },
    // The pilot boat's cost: "paid £3,900 to hire" against "a £4,500 pilot's fee".
    { values: ["3,900", "4,500"], outlets: ["British Press Wire", "Open Water Swimmer"] },
  ],
  notDisagreements: [
    // The team's provisional time against the ratified one.
    ["48", "51"],
    // The old record against the new time; the margin against minutes of the time.
    ["13", "11"],
    ["74", "51"],
    // A fundraising target against the total.
    ["25,000", "42,000"],
    // The strait's narrowest width against the distance swum, and its conversion.
    ["21", "29"],
    ["21", "32"],
    ["21", "34"],
    ["34", "32"],
    // Different swimmers' ages, and the team's combined age.
    ["76", "79"],
    ["70", "79"],
    ["72", "76"],
    ["430", "79"],
    // A pilot's career swims against all ratified crossings.
    ["212", "1,600"],
    // Boat costs against money raised.
    ["3,900", "42,000"],
    ["4,500", "25,000"],
    // Legs swum against grandchildren; swimmers against legs.
    ["14", "12"],
    ["six", "12"],
  ],
  corroboration: [
    // The magazine and the local paper, in other words.
    { text: "ratified the time on Sunday at 11 hours and 51 minutes", outlets: 2 },
    // The wire and its rewrite count once.
    { text: "The Channel Relay Association must still ratify the time", outlets: 1 },
    // The wire (with its rewrite) and the local paper ("Ray Dunmore, who swam the last leg").
    { text: "The youngest swimmer, retired postman Ray Dunmore, 72, swam the final leg", outlets: 2 },
  ],
  headline: ["reception", "welcomed home", "42,000", "ratified"],
  summary: {
    holds: ["51"],
    never: ["are due to set off from Shakespeare Beach on Friday", "must still ratify the time"],
  },
  sameEntry: [
    [
      "reached France on Friday after 11 hours and 48 minutes in the water",
      "The Deal Veterans landed in France last Friday",
    ],
  ],
  order: [
    "reached France on Friday after 11 hours and 48 minutes in the water",
    "ratified the time on Sunday at 11 hours and 51 minutes",
    "They were welcomed home at a civic reception in Deal on Tuesday",
  ],
  supersession: {
    apart: [
      ["are due to set off from Shakespeare Beach on Friday", "reached France on Friday"],
      ["The team hopes to raise £25,000 for the RNLI", "has reached £42,000"],
      ["The Channel Relay Association must still ratify the time", "ratified the time on Sunday"],
    ],
    current: [
      "The Strait of Dover is 21 miles (34km) wide",
      "The Deal Veterans paid a £4,500 pilot's fee",
      "The youngest swimmer, retired postman Ray Dunmore",
    ],
  },
};
