import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes21 (2026-12-05, before running any code on it): five
 * articles from four outlets on a Sumatran tiger's escape from Ashby Vale Zoo on Saturday 21 November
 * 2026, its capture in a garden the next morning, a council review and two keepers suspended on
 * Monday 23 November, a keeper's view in a magazine, and the zoo's reopening on Friday 27 November.
 * Quote styles: a police officer named with her force after the quote, a spokeswoman for the zoo,
 * "X said: “…”" after a sentence naming him, "X, his wife, said she had shouted at him to “…”", a
 * quote over two paragraphs, "X said that “…”", "the zoo said in a statement" after the zoo named in
 * full, "X said her mentor, Y, told her that “…”", an inline "“…” — X", straight double and straight
 * single quotes, "the superintendent said" in a later article. Traps: a scare quote, an animal's name
 * in quotes, a headline in quotes. Test support only.
 */
const ZOO_ESCAPE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "zoo/1",
    externalId: "z1",
    source: "Midland News Agency",
    url: "https://midlandnews.example/ashby-vale-tiger-escape",
    publishedAt: "2026-11-21T17:30:00Z",
    title: "Residents told to stay indoors after tiger escapes from Ashby Vale Zoo",
    originalText: [
      "Police told people in Ashby Vale to stay indoors on Saturday after a Sumatran tiger escaped from its enclosure at Ashby Vale Zoo.",
      "“Please do not approach the animal under any circumstances,” Superintendent Claire Okonedo of Midshire Police said.",
      "The zoo said the tiger, a nine-year-old female called “Sanja”, had got out through a service gate left unlocked after the afternoon feed.",
      "“Our keepers and a veterinary team with dart rifles are searching the grounds and the woods beyond,” a spokeswoman for Ashby Vale Zoo said.",
      "About 2,300 visitors were led out of the zoo, which closed for the day.",
    ].join("\n"),
  },
  {
    input: "zoo/2",
    externalId: "z2",
    source: "Ashby Evening Post",
    url: "https://ashbyeveningpost.example/news/tiger-caught-in-garden",
    publishedAt: "2026-11-22T12:15:00Z",
    title: "Tiger found asleep under apple tree after night on the loose",
    originalText: [
      "By Martina Coyle",
      "Retired postman Derek Fairlie, 71, found the tiger asleep under his apple tree at about 6am on Sunday, less than a mile from the zoo.",
      "Fairlie said: “I thought it was the neighbour’s dog until it lifted its head.”",
      "Sheila Fairlie, his wife, said she had shouted at him to “come inside this minute and shut the door.”",
      "Zoo director Marcus Elphick said the tiger had been darted at 6.40am and was unhurt.",
      "“Sanja is back in her night quarters and eating,” Elphick said. “She was frightened and hungry, nothing more.",
      "“I want to apologise to every family in Ashby Vale who spent last night behind locked doors.”",
      "The zoo's 'secure' perimeter fence is 4.5 metres high.",
    ].join("\n"),
  },
  {
    input: "zoo/3",
    externalId: "z3",
    source: "Midland News Agency",
    url: "https://midlandnews.example/ashby-vale-zoo-keepers-suspended",
    publishedAt: "2026-11-23T15:00:00Z",
    title: "‘We will not prejudge anyone’: zoo suspends two keepers after tiger escape",
    originalText: [
      "Ashby Vale Zoo suspended two keepers on Monday, and the district council announced an independent review of how a tiger escaped from the zoo on Saturday.",
      "Council leader Naveen Chaudhry said that “the public deserve to know how this happened, and they will.”",
      "The zoo, which houses about 1,100 animals, has held a licence since 1968. “We will not prejudge anyone, and we will publish the review in full,” the zoo said in a statement.",
      "Okonedo said the police had received 212 calls from the public on Saturday night, 40 of them reporting sightings.",
    ].join("\n"),
  },
  {
    input: "zoo/4",
    externalId: "z4",
    source: "Wildlife Today",
    url: "https://wildlifetoday.example/opinion/big-cats-and-locked-gates",
    publishedAt: "2026-11-25T09:00:00Z",
    title: "Big cats and the habit of checking gates",
    originalText: [
      "The escape at Ashby Vale was the third from a British zoo in five years.",
      '"Big cats test every gap, every day," said Hannah Lisgar, a former head keeper who now advises zoos on safety.',
      "Lisgar said her mentor, the late keeper Alan Brisco, told her that “a tiger is always awake somewhere inside, even when it sleeps.”",
      "“A gate is only as safe as the habit of checking it” — Hannah Lisgar",
      "She said two-person checks at every feed should be compulsory.",
    ].join("\n"),
  },
  {
    input: "zoo/5",
    externalId: "z5",
    source: "Ashby Evening Post",
    url: "https://ashbyeveningpost.example/news/zoo-reopens",
    publishedAt: "2026-11-27T16:40:00Z",
    title: "Ashby Vale Zoo reopens six days after tiger escape",
    originalText: [
      "By Martina Coyle",
      "Ashby Vale Zoo reopened on Friday with a second lock on every service gate, six days after its tiger escaped.",
      "'It feels like a normal Friday again,' said Priya Mistry, who brought her two sons.",
      "Elphick told reporters: “We have changed every procedure that failed that afternoon.”",
      "“The response on the night was textbook,” the superintendent said of the search, which involved 70 officers.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function zooEscapeArticles(): Article[] {
  return linkNearDuplicates(ZOO_ESCAPE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by quotes21 (2026-12-05), before running any code on them. No disagreement. */
export const ZOO_ESCAPE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Please do not approach the animal", speaker: "Claire Okonedo" },
    { text: "Our keepers and a veterinary team", speaker: "a spokeswoman for Ashby Vale Zoo" },
    { text: "I thought it was the neighbour’s dog", speaker: "Derek Fairlie" },
    { text: "come inside this minute and shut the door", speaker: "Sheila Fairlie", partial: true },
    // A quote over two paragraphs, its attribution in the first.
    { text: "Sanja is back in her night quarters", speaker: "Marcus Elphick" },
    { text: "She was frightened and hungry", speaker: "Marcus Elphick" },
    { text: "I want to apologise to every family", speaker: "Marcus Elphick" },
    { text: "the public deserve to know how this happened", speaker: "Naveen Chaudhry", partial: true },
    // "the zoo said" after the zoo named in full.
    { text: "We will not prejudge anyone", speaker: "Ashby Vale Zoo" },
    { text: "Big cats test every gap", speaker: "Hannah Lisgar" },
    // Lisgar tells what her mentor told her: the words are his.
    { text: "a tiger is always awake somewhere inside", speaker: "Alan Brisco", partial: true },
    { text: "A gate is only as safe as the habit", speaker: "Hannah Lisgar" },
    { text: "It feels like a normal Friday again", speaker: "Priya Mistry" },
    { text: "We have changed every procedure", speaker: "Marcus Elphick" },
    // A title alone, the full name in another article.
    { text: "The response on the night was textbook", speaker: "Claire Okonedo" },
  ],
  timeline: [
    { text: "Police told people in Ashby Vale to stay indoors on Saturday", dates: ["2026-11-21"] },
    { text: "found the tiger asleep under his apple tree", dates: ["2026-11-22"] },
    { text: "Ashby Vale Zoo suspended two keepers on Monday", dates: ["2026-11-23"] },
    { text: "Ashby Vale Zoo reopened on Friday", dates: ["2026-11-27"] },
  ],
  neverDated: [{ text: "has held a licence since 1968", date: "1968", exact: true }],
  disagreements: [],
  notDisagreements: [
    ["2,300", "1,100"],
    ["212", "40"],
    ["70", "40"],
    ["71", "70"],
    ["nine", "six"],
  ],
  corroboration: [{ text: "Ashby Vale Zoo reopened on Friday", outlets: 1 }],
  headline: ["reopen"],
};
