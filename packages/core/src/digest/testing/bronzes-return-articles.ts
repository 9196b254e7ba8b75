import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes18 (2026-12-05, before running any code on it): five
 * articles from five outlets on an American university returning 24 Benin Bronzes to Nigeria: the
 * trustees' vote on Thursday 19 November 2026, a trade paper's piece the next Tuesday, the handover
 * in Benin City on Monday 30 November, and the museum's plans for its empty cases, told on Wednesday
 * 2 December. Quote styles: a quote split by its attribution ("“…,” Ellison said, “…”", "“…,” Prince
 * X said, “…”"), "X said in a statement that the vote was “…”", "Museum director X said: “…”", "he
 * said" after a sentence naming a second man (not the last speaker), British straight single quotes
 * in the trade paper ("said the vote '…'", "X, asked whether …, said: '…'", an apostrophe in
 * "works' route"), "the minister said" and "the director said" after the full name, "She said that
 * “…”" after a partial quote, "X acknowledged", and a dash attribution inside a paragraph ("“…” — X,
 * the curator who …"). Traps that are no one's words: a gallery's name, a book's title (twice), a
 * documentary's title, a nickname, a scare-quoted term; the words on placards are quoted but said by
 * no one. Test support only.
 */
const BRONZES_RETURN_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "bronzes/1",
    externalId: "b1",
    source: "Reuters",
    url: "https://reuters.example/halden-benin-bronzes-return",
    publishedAt: "2026-11-19T22:10:00Z",
    title: "U.S. university votes to return 24 Benin Bronzes to Nigeria",
    originalText: [
      "MIDDLETOWN, Connecticut (Reuters) — The trustees of Halden University voted on Thursday to return to Nigeria 24 bronze and ivory works looted from the Kingdom of Benin in 1897, the largest such return by an American university.",
      "The works have been held by the university's Carrow Museum of Art since 1931.",
      "“These works were taken by force, and they should never have been ours to keep,” said Margaret Ellison, the museum's director.",
      "“We are not erasing history,” Ellison said, “we are correcting the record of who owns it.”",
      "Nigeria’s culture minister, Adaeze Nwosu, said in a statement that the vote was “a victory for justice and for patience.”",
      "The pieces were shown for decades in the museum’s “Kingdoms of Africa” gallery.",
      "Reporting by Jonathan Price in Middletown; Editing by Sandra Maler",
    ].join("\n"),
  },
  {
    input: "bronzes/2",
    externalId: "b2",
    source: "Associated Press",
    url: "https://apnews.example/article/halden-university-benin-bronzes",
    publishedAt: "2026-11-19T23:30:00Z",
    title: "Connecticut university to send looted Benin artworks home",
    originalText: [
      "MIDDLETOWN, Conn. (AP) — Halden University will return 24 artworks looted by British troops from the Kingdom of Benin, its trustees decided Thursday after a two-year review.",
      "Museum director Margaret Ellison said: “The trustees did the right thing, and they did it unanimously.”",
      "The works were bought in 1931 by the museum’s founder, Cyrus Carrow, a railroad heir nicknamed “the Magpie” for his habit of collecting whatever caught his eye.",
      "Emmanuel Osagie, 74, a retired engineer born in Benin City who has campaigned for the return since 1990, drove from Boston for the vote.",
      "“I never thought I would live to see this,” he said outside the boardroom.",
      "Prince Osaro Igbinedion, the envoy of the Oba of Benin, watched the vote by video link.",
      "“Twenty-four pieces are coming home, but thousands remain abroad,” he said.",
    ].join("\n"),
  },
  {
    input: "bronzes/3",
    externalId: "b3",
    source: "The Art Newspaper",
    url: "https://theartnewspaper.example/2026/11/24/after-halden-which-us-museum-is-next",
    publishedAt: "2026-11-24T09:00:00Z",
    title: "After Halden, which US museum is next?",
    originalText: [
      "Halden University's vote last week to return 24 Benin Bronzes has put pressure on other American museums holding works from the 1897 raid, curators and scholars say.",
      "Kwame Asante, whose 2021 book 'The Plunder Ledger' traced the works' route from Benin City to Connecticut, said the vote 'changes the conversation in every American museum'.",
      "'Every director in the country will now be asked the same question,' he said.",
      "The so-called 'universal museum' argument, that great collections serve the whole world, has lost ground since 2020.",
      "Ellison, asked whether more returns would follow, said: 'We are reviewing all 340 works from West Africa in our collection.'",
    ].join("\n"),
  },
  {
    input: "bronzes/4",
    externalId: "b4",
    source: "Premium Times",
    url: "https://premiumtimes.example/news/benin-city-welcomes-bronzes",
    publishedAt: "2026-11-30T17:00:00Z",
    title: "Benin City welcomes home 24 looted bronzes",
    originalText: [
      "BENIN CITY — Thousands of people lined the streets of Benin City on Monday as 24 bronze and ivory works looted by British troops in 1897 were handed over to Nigeria at the palace of the Oba of Benin.",
      "Minister of Culture Adaeze Nwosu received the works from a Halden University delegation.",
      "“Today, the ancestors are smiling,” the minister said to loud applause.",
      "Schoolchildren waved flags and held placards reading “Welcome Home” and “Benin Remembers 1897”.",
      "“What was taken in 1897 has come back in 2026,” Prince Osaro Igbinedion said, “but the wound is older than any of us.”",
      "Ellison, who led the university delegation, called the handover “the most important day of my career”.",
      "She said that “the conversation with Benin has only just begun”.",
      "A documentary on the return, “The Long Road Home”, will be shown on national television next month.",
    ].join("\n"),
  },
  {
    input: "bronzes/5",
    externalId: "b5",
    source: "Hartford Courant",
    url: "https://courant.example/news/carrow-museum-empty-cases",
    publishedAt: "2026-12-03T12:00:00Z",
    title: "Empty cases, full story: Carrow Museum rethinks its African gallery",
    originalText: [
      "By Nadia Rahman, Staff Writer",
      "The glass cases that held Halden University's Benin Bronzes will stay empty through the spring, the Carrow Museum of Art said on Wednesday.",
      "Margaret Ellison, the museum's director, said visitors would find labels explaining where the works had gone and why.",
      "“We will keep the cases empty until spring,” the director said. “An empty case is also an exhibit.”",
      "“Some of our donors are unhappy,” Ellison acknowledged. “A few have said so in writing.”",
      "Halden’s president, Paul Kirsch, said: “I am proud of our trustees and of our students, who pushed us to act.”",
      "“Returning them was the easy part; explaining the gap is the hard part” — Ruth Adeyemi, the curator who designed the new display, put it plainly.",
      "Copies of Asante’s “The Plunder Ledger” have sold out at the museum shop.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function bronzesReturnArticles(): Article[] {
  return linkNearDuplicates(BRONZES_RETURN_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes18 (2026-12-05), before running any code on them. The story
 * has no real disagreement; its figures are traps only.
 */
export const BRONZES_RETURN_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "These works were taken by force", speaker: "Margaret Ellison" },
    // Split by "Ellison said": the second half continues the sentence, it is no fragment.
    { text: "We are not erasing history", speaker: "Margaret Ellison" },
    { text: "we are correcting the record of who owns it.", speaker: "Margaret Ellison" },
    { text: "a victory for justice and for patience.", speaker: "Adaeze Nwosu", partial: true },
    { text: "The trustees did the right thing", speaker: "Margaret Ellison" },
    // "he said" after a sentence naming him, then after a sentence naming another man.
    { text: "I never thought I would live to see this", speaker: "Emmanuel Osagie" },
    { text: "Twenty-four pieces are coming home", speaker: "Osaro Igbinedion" },
    // Straight single quotes in a British trade paper: a fragment, then "he said".
    { text: "changes the conversation in every American museum", speaker: "Kwame Asante", partial: true },
    { text: "Every director in the country will now be asked the same question", speaker: "Kwame Asante" },
    { text: "We are reviewing all 340 works from West Africa", speaker: "Margaret Ellison" },
    // "the minister said" after the full name in the sentence before.
    { text: "Today, the ancestors are smiling", speaker: "Adaeze Nwosu" },
    // Placards: no one's words.
    { text: "Welcome Home", speaker: null },
    { text: "Benin Remembers 1897", speaker: null },
    { text: "What was taken in 1897 has come back in 2026", speaker: "Osaro Igbinedion" },
    { text: "but the wound is older than any of us.", speaker: "Osaro Igbinedion" },
    { text: "the most important day of my career", speaker: "Margaret Ellison", partial: true },
    { text: "the conversation with Benin has only just begun", speaker: "Margaret Ellison", partial: true },
    { text: "We will keep the cases empty until spring", speaker: "Margaret Ellison" },
    { text: "An empty case is also an exhibit.", speaker: "Margaret Ellison" },
    { text: "Some of our donors are unhappy", speaker: "Margaret Ellison" },
    { text: "A few have said so in writing.", speaker: "Margaret Ellison" },
    { text: "I am proud of our trustees and of our students", speaker: "Paul Kirsch" },
    // A dash attribution inside the paragraph.
    { text: "Returning them was the easy part", speaker: "Ruth Adeyemi" },
  ],
  timeline: [
    { text: "The trustees of Halden University voted on Thursday", dates: ["2026-11-19"] },
    { text: "were handed over to Nigeria at the palace of the Oba of Benin", dates: ["2026-11-30"] },
    { text: "will stay empty through the spring, the Carrow Museum of Art said on Wednesday", dates: ["2026-12-02"] },
  ],
  neverDated: [
    { text: "have been held by the university's Carrow Museum of Art since 1931", date: "1931", exact: true },
    { text: "has campaigned for the return since 1990", date: "1990", exact: true },
    { text: "has lost ground since 2020", date: "2020", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // The works returned against those under review, and an age.
    ["24", "340"],
    ["24", "74"],
  ],
  corroboration: [],
};
