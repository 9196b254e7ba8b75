import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of quote code (quotes29, 2026-12-06, texts and expectations
 * written before any code ran on them): three outlets on a small film festival's top prize, from
 * Sunday 4 to Monday 5 October 2026, in British single marks, US double marks and straight marks.
 * Traps: film titles in quotation marks after "starred in … and", after "for", after a possessive, in
 * a sentence where someone speaks ("Eleanor Finch said she had watched “Salt Roads” twice"); a
 * so-called prize; a couple named together ("Kip and Mona Lisa Haldane") and a woman of a double
 * given name quoted later; "she said" after a woman thanks another woman; a mayor quoted in a
 * sentence that names the festival's late founder and his widow; a scare-quoted rule after a
 * possessive in a sentence where the director speaks; a spokeswoman for a sales company. Test support only.
 */
const FILM_FESTIVAL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "film-festival/1",
    externalId: "port-alder-gazette-1",
    source: "Port Alder Gazette",
    url: "https://portaldergazette.example/news/salt-roads-golden-heron",
    publishedAt: "2026-10-04T09:00:00Z",
    title: "Salt Roads wins Golden Heron at Lakeshore Film Festival",
    originalText: [
      "Nadia Okoro’s drama ‘Salt Roads’ won the Golden Heron, the top prize of the Lakeshore Film Festival, on Saturday night.",
      "The film follows two sisters who run a salt pan on the coast of Senegal, played by non-professional actors from the village where it was shot.",
      "‘We made this film with people who had never stood in front of a camera, and they carried it,’ Okoro said as she accepted the prize.",
      "The jury was chaired by the actor Tomas Lindqvist, who starred in ‘The Winter Ferry’ and ‘Blue Harbour’.",
      "Lindqvist said the jury’s decision had been unanimous. ‘It is a film that trusts its audience,’ he said.",
      "Okoro thanked her producers, Kip and Mona Lisa Haldane, who financed the film after two studios turned it down.",
      "‘They believed in it when nobody else did,’ she said.",
      "The festival director, Ruth Achterberg, said ticket sales were up by a fifth on last year.",
    ].join("\n\n"),
  },
  {
    input: "film-festival/2",
    externalId: "screen-weekly-1",
    source: "Screen Weekly",
    url: "https://screenweekly.example/2026/10/04/okoro-beats-ellery",
    publishedAt: "2026-10-04T18:00:00Z",
    title: "Newcomer Okoro beats Ellery to Lakeshore's top prize",
    originalText: [
      "First-time director Nadia Okoro took the Golden Heron at Lakeshore on Saturday for “Salt Roads,” beating Hollywood veteran Grant Ellery’s “Midnight Causeway.”",
      "“I’m happy for her. She made the braver film,” Ellery told Screen Weekly after the ceremony.",
      "Ellery, 58, is best known for the “Ridge Runners” films, and his new thriller was the bookmakers’ favorite.",
      "The win is a coup for Portside Pictures, the small sales company handling the film. “Salt Roads has already been sold to distributors in eleven countries,” a spokeswoman for Portside Pictures said.",
      "“We read the script on a train and decided before we got off,” said Mona Lisa Haldane, who produced the film with her husband, Kip.",
      "Kip Haldane, a former banker, said the couple had put $400,000 of their own money into the film.",
      "The festival’s so-called “people’s prize,” voted for by ticket holders, went to the documentary “Tidewater.”",
    ].join("\n\n"),
  },
  {
    input: "film-festival/3",
    externalId: "lakeshore-courier-1",
    source: "Lakeshore Courier",
    url: "https://lakeshorecourier.example/festival-closes-record-crowds",
    publishedAt: "2026-10-05T07:30:00Z",
    title: "Festival closes with record crowds",
    originalText: [
      "The Lakeshore Film Festival closed on Sunday with a record 41,000 tickets sold, according to festival director Ruth Achterberg.",
      '"This was the year the festival grew up," Achterberg said.',
      'Mayor Colin Pryce, who opened the closing gala with a tribute to the festival\'s founder, the late Harold Finch, said the town "owes this week to one stubborn man."',
      'Speaking after Finch\'s widow, Eleanor Finch, presented the award, Pryce said: "Harold would have loved this film, and he would have told us all so at great length."',
      'Eleanor Finch said she had watched "Salt Roads" twice.',
      'Achterberg said the festival would keep its "no red carpet" rule next year.',
      '"I\'d rather people came for the films," she said.',
    ].join("\n\n"),
  },
];

export function filmFestivalArticles(): Article[] {
  return linkNearDuplicates(FILM_FESTIVAL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const FILM_FESTIVAL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We made this film with people who had never stood in front of a camera", speaker: "Nadia Okoro" },
    { text: "It is a film that trusts its audience", speaker: "Tomas Lindqvist" },
    { text: "They believed in it when nobody else did", speaker: "Nadia Okoro" },
    { text: "I’m happy for her. She made the braver film", speaker: "Grant Ellery" },
    {
      text: "Salt Roads has already been sold to distributors in eleven countries",
      speaker: "a spokeswoman for Portside Pictures",
    },
    { text: "We read the script on a train and decided before we got off", speaker: "Mona Lisa Haldane" },
    { text: "This was the year the festival grew up", speaker: "Ruth Achterberg" },
    { text: "owes this week to one stubborn man.", speaker: "Colin Pryce", partial: true },
    { text: "Harold would have loved this film", speaker: "Colin Pryce" },
    { text: "I'd rather people came for the films", speaker: "Ruth Achterberg" },
  ],
  timeline: [
    {
      text: "won the Golden Heron, the top prize of the Lakeshore Film Festival, on Saturday night",
      dates: ["2026-10-03"],
    },
    { text: "The Lakeshore Film Festival closed on Sunday", dates: ["2026-10-04"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [["41,000", "400,000"]],
  corroboration: [],
};
