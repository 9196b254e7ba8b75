/**
 * Written by helper quotes5 (session 30, 2026-12-07) before any run, to test quote attributions the code had not
 * seen: a relative named by first name after a possessive ("Tom Verity's wife, Karen"), "he said" after a paragraph
 * about someone else than the last speaker, a speaker named in the sentence after the quote, "was the verdict of",
 * a title ("the captain") named in another article, quotes inside quotes and over paragraphs.
 * Four ocean rowers are plucked from the mid-Atlantic by a tanker after their boat capsizes, 9 to 14 March 2044.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "or/1",
    externalId: "or1",
    source: "Atlantic Wire Service",
    url: "https://atlanticwire.example/news/rowers-rescued-mid-atlantic",
    publishedAt: "2044-03-10T08:00:00Z",
    title: "Four British rowers rescued by tanker after boat capsizes mid-Atlantic",
    originalText: [
      "FALMOUTH (AWS) — Four British rowers attempting to cross the Atlantic were rescued by a passing tanker on Wednesday after their boat capsized in heavy seas about 900 miles west of the Canary Islands, the coastguard said.",
      "The crew of the Sea Sparrow had spent nine hours in a life raft after a wave rolled the 28ft boat shortly before dawn on Wednesday.",
      "“The boat went over in seconds and we were all in the water before we knew it,” Hannah Loxley, the crew's skipper, said from the deck of the tanker.",
      "Falmouth Coastguard relayed the crew's distress signal to ships nearby, and the Nordic Crest changed course to reach them.",
      "“It was textbook. They fired a flare when they saw us and they did everything we asked,” was the verdict of Captain Anil Desai, master of the Nordic Crest.",
      "A coastguard controller, who asked not to be named, said the rowers had “done everything right” by staying with the raft.",
      "Crew member Tom Verity's wife, Karen, said: “I haven't slept for two days. I just want to hear his voice.”",
      "The crew set out from La Gomera on Feb. 2 hoping to reach Antigua in under 50 days.",
    ].join("\n"),
  },
  {
    input: "or/2",
    externalId: "or2",
    source: "Whitby Gazette & Herald",
    url: "https://whitbygazette.example/news/sea-sparrow-crew-safe",
    publishedAt: "2044-03-10T17:30:00Z",
    title: "'I woke up upside down': Sea Sparrow crew tell of capsize",
    originalText: [
      "The four rowers of the Sea Sparrow, who set out to raise £100,000 for a children's hospice, are safe aboard a tanker after their boat capsized in the Atlantic.",
      "“We drifted for nine hours and never once thought nobody was coming,” said Raj Patel, 29, a junior doctor from Leeds.",
      "Owen Brack, 22, the youngest of the crew, was asleep in the cabin when the boat rolled over.",
      "“I woke up upside down in the dark with water pouring in,” he said.",
      "“I've never been so glad to see a ship.” Those were the first words Hannah Loxley sent home by satellite phone, her mother said.",
      "Sue Loxley, who runs a cafe on the harbour, said the family had been “living minute to minute” since the beacon went off.",
      "“They were very calm people, very professional,” the captain said by radio.",
      "The tanker is due to dock in Rotterdam on Sunday.",
    ].join("\n"),
  },
  {
    input: "or/3",
    externalId: "or3",
    source: "Northern Broadcasting",
    url: "https://northernbroadcasting.example/news/rowers-recount-mayday",
    publishedAt: "2044-03-11T07:15:00Z",
    title: "Rescued rowers recount mayday call",
    originalText: [
      "The skipper of a rowing boat that capsized in the Atlantic has described the moment the crew's mayday call was answered.",
      "“When the call went out, the controller said ‘hold on, help is coming’, and we held on,” Loxley told Northern Broadcasting.",
      "The Nordic Crest turned into the swell to shelter the raft while its crew lowered a rescue boat.",
      "“The sea was about six metres,” Captain Desai said. “We turned the ship to give them a lee.",
      "“Getting four tired people up a pilot ladder is not easy. Nobody fell, and that is what matters.”",
      "In a statement, Atlantic Rowing Challenge, which organised the crossing, said the boat's emergency beacon had “worked exactly as intended”.",
      "A spokeswoman for the hospice said: “We are so proud of them, and so relieved.”",
    ].join("\n"),
  },
  {
    input: "or/4",
    externalId: "or4",
    source: "Whitby Gazette & Herald",
    url: "https://whitbygazette.example/news/sea-sparrow-found-afloat",
    publishedAt: "2044-03-14T12:00:00Z",
    title: "Sea Sparrow found afloat by yacht",
    originalText: [
      "The Sea Sparrow has been found still afloat by a yacht 40 miles from where she capsized, and will be towed to the Azores.",
      "“She's battered but she floats,” said Loxley of the boat, which the crew had feared lost.",
      "Her brother, Mark, who helped fund the row, said: “We'll get her back and they'll go again next year.”",
      "Patel was more cautious. “Let's get home first and then we'll talk about next year,” he posted on Instagram.",
      "“Most crews who capsize out there don't get their boat back,” says Desai, who has been at sea for 31 years.",
      "The crew arrived in Rotterdam on Sunday and were flown home to Leeds Bradford airport.",
    ].join("\n"),
  },
];

export function oceanRowersRescueArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any run. */
export const OCEAN_ROWERS_RESCUE_EXPECTED: ExpectedFacts = {
  quotes: [
    {
      text: "The boat went over in seconds and we were all in the water before we knew it",
      speaker: "Hannah Loxley",
    },
    // "was the verdict of": the speaker after the quote, with no verb of speech.
    { text: "It was textbook. They fired a flare when they saw us", speaker: "Anil Desai" },
    // Unnamed, described by the writer.
    { text: "done everything right", speaker: "a coastguard controller", partial: true },
    // A wife named by her first name after her husband's full name: she shares his surname.
    { text: "I haven't slept for two days. I just want to hear his voice.", speaker: "Karen Verity" },
    { text: "We drifted for nine hours and never once thought nobody was coming", speaker: "Raj Patel" },
    // "he said" after a paragraph about another man than the last speaker.
    { text: "I woke up upside down in the dark with water pouring in", speaker: "Owen Brack" },
    // Named in the sentence after the quote.
    { text: "I've never been so glad to see a ship.", speaker: "Hannah Loxley" },
    { text: "living minute to minute", speaker: "Sue Loxley", partial: true },
    // "the captain": Captain Anil Desai, named in the wire's article.
    { text: "They were very calm people, very professional", speaker: "Anil Desai" },
    // A quote inside the quote: the outer one is Loxley's.
    { text: "When the call went out, the controller said", speaker: "Hannah Loxley" },
    { text: "The sea was about six metres", speaker: "Anil Desai" },
    { text: "We turned the ship to give them a lee.", speaker: "Anil Desai" },
    // The quote runs on into the next paragraph.
    { text: "Getting four tired people up a pilot ladder is not easy.", speaker: "Anil Desai" },
    // (Added after the first run, which read the paragraph's second sentence as a quote of its own: it is one,
    // with the right speaker; the writer had listed the paragraph's quote by its first sentence only.)
    { text: "Nobody fell, and that is what matters.", speaker: "Anil Desai" },
    { text: "worked exactly as intended", speaker: "Atlantic Rowing Challenge", partial: true },
    { text: "We are so proud of them, and so relieved.", speaker: "a spokeswoman for the hospice" },
    { text: "She's battered but she floats", speaker: "Hannah Loxley" },
    // "Her brother, Mark": Hannah Loxley's brother.
    { text: "We'll get her back and they'll go again next year.", speaker: "Mark Loxley" },
    { text: "Let's get home first and then we'll talk about next year", speaker: "Raj Patel" },
    { text: "Most crews who capsize out there don't get their boat back", speaker: "Anil Desai" },
  ],
  timeline: [
    {
      text: "were rescued by a passing tanker on Wednesday after their boat capsized",
      dates: ["2044-03-09"],
    },
    { text: "The Sea Sparrow has been found still afloat by a yacht", dates: ["2044-03-14", "2044-03-13"] },
    { text: "The crew arrived in Rotterdam on Sunday", dates: ["2044-03-13"] },
  ],
  neverDated: [{ text: "The crew set out from La Gomera on Feb. 2", date: "2044-03" }],
  disagreements: [],
  notDisagreements: [
    ["nine", "900"],
    ["28", "50"],
    ["six", "31"],
  ],
  corroboration: [],
};
