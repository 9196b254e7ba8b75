import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes20 (2026-12-05, before running any code on it): five
 * articles from five outlets on a Los Angeles jury's finding on Wednesday 25 November 2026 that the
 * singer Callum Ashdown copied the chorus of his hit “Paper Lanterns” from a songwriter's demo. A wire
 * story, a music magazine with a byline, a Scottish local paper, a broadcaster's site, an undated
 * trade-press piece. Quote styles: "“…,” Surname said" after the full name, "A lawyer for X, who
 * denies …, said: “…”" (the lawyer speaks, not X), a company's partial quote, "told the jury … “…”",
 * single quotes with "said X, a professor…", "he said:" after two other people are named, "The
 * singer's mother, X, said:", "X, whose former client Y …, said:", a quote over two paragraphs,
 * "According to Surname, … “…”", a title alone ("the judge told lawyers"), an em-dash attribution,
 * "Y's chief executive, X, told analysts". Traps: song titles in quotes (one opening a sentence, one
 * inside a single-quoted quote, one inside a lawyer's quote), a trending phrase, a scare quote.
 * Test support only.
 */
const SONG_COPYRIGHT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "song/1",
    externalId: "g1",
    source: "Meridian Press",
    url: "https://meridianpress.example/ashdown-paper-lanterns-verdict",
    publishedAt: "2026-11-25T23:10:00Z",
    title: "Jury finds Callum Ashdown copied ‘Paper Lanterns’ chorus, awards songwriter $4.2 million",
    originalText: [
      "LOS ANGELES (Meridian Press) — A federal jury in Los Angeles on Wednesday found that pop singer Callum Ashdown copied the chorus of his 2024 hit “Paper Lanterns” from a demo recorded by songwriter Irene Vasquez-Holt, and ordered him and his label to pay her $4.2 million.",
      "The jury of eight deliberated for two days after a nine-day trial.",
      "“This was never about money. It was about a song I wrote at my kitchen table being taken from me,” Vasquez-Holt said outside the courthouse.",
      "A lawyer for Callum Ashdown, who denies ever hearing the demo, said: “We are disappointed by the verdict and we will appeal. Callum wrote ‘Paper Lanterns’ in a hotel room in Glasgow, and the evidence showed it.”",
      "Halcyon Records, which released the single, said in a statement that it was “reviewing the decision with Mr Ashdown’s team.”",
      "“Paper Lanterns” spent 11 weeks at No. 1 in Britain and has been streamed more than 900 million times.",
      "Reporting by Nadia Croft; Editing by Paul Simms",
    ].join("\n"),
  },
  {
    input: "song/2",
    externalId: "g2",
    source: "The Soundboard",
    url: "https://soundboard.example/features/inside-paper-lanterns-trial",
    publishedAt: "2026-11-26T10:00:00Z",
    title: "Inside the ‘Paper Lanterns’ trial: the demo, the hotel room and the four notes",
    originalText: [
      "By Jonah Pike",
      "For nine days, a Los Angeles courtroom listened to the same four notes over and over.",
      "Musicologist Helen Marchetti, called by Vasquez-Holt’s lawyers, told the jury the two choruses shared “an unusual descending figure that I have not found in any other song in the charts since 1990.”",
      "Ashdown’s expert disagreed. ‘A four-note descending line is the common property of pop music,’ said Lawrence Obi, a professor of music theory at UCLA. ‘You can hear it in “Yesterday”.’",
      "Ashdown himself took the stand on the sixth day. Asked by Vasquez-Holt’s lawyer, Dana Whitlock, whether he had ever heard the demo, he said: “Never. Not once. I’d remember a song that good.”",
      "Whitlock said the demo had been sent to Ashdown’s then manager, Gary Lund, in April 2022. Lund, who no longer works with the singer, testified that he did not remember receiving it.",
      "Outside the court, fans were less divided: the phrase “justice for Irene” trended on social media on Wednesday night.",
    ].join("\n"),
  },
  {
    input: "song/3",
    externalId: "g3",
    source: "Clydeside Evening Post",
    url: "https://clydesidepost.example/news/kelvin-quay-hotel-ashdown-song",
    publishedAt: "2026-11-26T16:30:00Z",
    title: "Glasgow hotel at the heart of Ashdown song trial",
    originalText: [
      "The Glasgow hotel where Callum Ashdown says he wrote “Paper Lanterns” has found itself at the centre of a $4.2 million court case in Los Angeles.",
      "Staff at the Kelvin Quay Hotel confirmed the singer stayed there for four nights in March 2023.",
      "The singer’s mother, Fiona Ashdown, said: “He played me that chorus on our old piano at Christmas. I know where it came from.”",
      "Hotel manager Ruth Galbraith said staff were “proud, whatever the court says”.",
      "Ashdown, who grew up in Paisley, has not commented since the verdict.",
    ].join("\n"),
  },
  {
    input: "song/4",
    externalId: "g4",
    source: "BNC News",
    url: "https://bncnews.example/entertainment/ashdown-manager-demo",
    publishedAt: "2026-11-27T12:00:00Z",
    title: "Ashdown’s former manager says he never passed on songwriter’s demo",
    originalText: [
      "The former manager of Callum Ashdown has said he never passed a songwriter’s demo to the singer, two days after a jury found Ashdown had copied it.",
      "Gary Lund, whose former client Callum Ashdown was ordered to pay $4.2 million on Wednesday, said: “I got hundreds of demos a year, on CDs, on memory sticks, by email. Most of them I never opened.",
      "“I never played that one to Callum. I hope Irene gets what she is owed, but not from a man who never heard her song.”",
      "According to Whitlock, Lund’s own emails “show that the demo was opened, copied and forwarded in April 2022.”",
      "The judge, Raymond Achebe, is expected to rule on Ashdown’s request for a new trial in January.",
      "“The verdict stands unless and until I say otherwise,” the judge told lawyers on Thursday.",
    ].join("\n"),
  },
  {
    input: "song/5",
    externalId: "g5",
    source: "Music Business Weekly",
    url: "https://mbweekly.example/legal/demo-claims-after-paper-lanterns",
    title: "After ‘Paper Lanterns’, labels brace for more demo claims",
    originalText: [
      "Music publishers expect a wave of similar claims after the “Paper Lanterns” verdict, according to lawyers who act for both writers and labels.",
      "“Every unsigned writer who ever emailed a manager is now going to check the charts.” — Priya Raman, a partner at Stanhope Lyle",
      "The case recalls the 2015 “Blurred Lines” verdict, in which a jury awarded the family of Marvin Gaye $7.4 million, later reduced to $5.3 million.",
      "Halcyon’s chief executive, Tom Sato, told analysts on Thursday that the label had “adequate insurance” for the award.",
      "Some in the industry already call it the ‘demo lottery’.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function songCopyrightArticles(): Article[] {
  return linkNearDuplicates(SONG_COPYRIGHT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes20 (2026-12-05), before running any code on them. No real
 * disagreement: the award, before and after a later cut in another case, is the traps' business.
 */
export const SONG_COPYRIGHT_EXPECTED: ExpectedFacts = {
  quotes: [
    // "Surname said" after the full name in the sentence before; a hyphenated surname.
    { text: "This was never about money", speaker: "Irene Vasquez-Holt" },
    // The lawyer speaks, not the client named after "for"; a song title in single quotes inside.
    { text: "We are disappointed by the verdict and we will appeal", speaker: "a lawyer for Callum Ashdown" },
    { text: "reviewing the decision with Mr Ashdown’s team", speaker: "Halcyon Records", partial: true },
    { text: "an unusual descending figure", speaker: "Helen Marchetti", partial: true },
    { text: "A four-note descending line is the common property of pop music", speaker: "Lawrence Obi" },
    { text: "You can hear it in", speaker: "Lawrence Obi" },
    // "he said" after the lawyer and the songwriter are named in the same sentence.
    { text: "Never. Not once.", speaker: "Callum Ashdown" },
    // The mother, not her son who shares the surname.
    { text: "He played me that chorus on our old piano", speaker: "Fiona Ashdown" },
    { text: "proud, whatever the court says", speaker: "Ruth Galbraith", partial: true },
    // Two people named before "said:"; the quote goes on in the next paragraph.
    { text: "I got hundreds of demos a year", speaker: "Gary Lund" },
    { text: "I never played that one to Callum", speaker: "Gary Lund" },
    { text: "show that the demo was opened, copied and forwarded", speaker: "Dana Whitlock", partial: true },
    // A title alone, the name in the sentence before.
    { text: "The verdict stands unless and until I say otherwise", speaker: "Raymond Achebe" },
    { text: "Every unsigned writer who ever emailed a manager", speaker: "Priya Raman" },
    { text: "adequate insurance", speaker: "Tom Sato", partial: true },
  ],
  timeline: [
    { text: "A federal jury in Los Angeles on Wednesday found that pop singer Callum Ashdown", dates: ["2026-11-25"] },
  ],
  neverDated: [
    { text: "A federal jury in Los Angeles on Wednesday found", date: "2024" },
    { text: "The case recalls the 2015", date: "2026" },
  ],
  disagreements: [],
  notDisagreements: [
    ["$4.2 million", "$7.4 million"],
    ["$7.4 million", "$5.3 million"],
  ],
  corroboration: [],
};
