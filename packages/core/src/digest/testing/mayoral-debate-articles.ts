import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes21 (2026-12-05, before running any code on it): five
 * articles from four outlets on Port Calloway's televised mayoral debate on Thursday 12 November 2026,
 * a poll published on Saturday 14 November, and the mayor's withdrawal from a second debate on Monday
 * 16 November. Quote styles: a surname after the full name, "X shot back: “…”" with a quote inside
 * the quote, "“…,” said X, the …" with a hyphenated surname, a one-word fragment after "called", "she
 * said" after the moderator named in the sentence before, a spokeswoman for a party, a pull quote
 * signed on the next line, a quote over two paragraphs after "X said:", "X said her predecessor, Y,
 * had told her that “…”" (his words), "According to the pollster's director, Y, “…”", straight
 * double quotes, "the pollster said" and "the broadcaster said" after the body named in full, "the
 * mayor said". Traps: a headline in quotes, scare quotes. Test support only.
 */
const MAYORAL_DEBATE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "debate/1",
    externalId: "m1",
    source: "Metro Politics Wire",
    url: "https://metropoliticswire.example/port-calloway-debate",
    publishedAt: "2026-11-12T22:30:00Z",
    title: "Port Calloway mayoral rivals clash over buses and rents in TV debate",
    originalText: [
      "Mayor Diane Wexford and her two challengers clashed over housing and transport on Thursday night in the only televised debate before the Port Calloway election on Nov. 19.",
      "“Four years ago I promised you buses that come on time, and they do,” Wexford said in her opening statement.",
      "Green candidate Rafael Ostrander shot back: “The mayor says ‘on time’, but ask anyone at the Harbour Road stop at eight in the morning.”",
      "“Neither of them has built a single home,” said Kofi Adjei-Brown, the independent candidate.",
      "Wexford called Ostrander's rent-freeze plan a “fantasy”, to groans from the studio audience of about 200.",
    ].join("\n"),
  },
  {
    input: "debate/2",
    externalId: "m2",
    source: "Calloway Herald",
    url: "https://callowayherald.example/politics/debate-verdict",
    publishedAt: "2026-11-13T07:00:00Z",
    title: "“Ask anyone at the Harbour Road stop”: Ostrander lands blows in mayoral debate",
    originalText: [
      "By Gemma Lusk, Political Editor",
      "The moderator, Joanne Kessling, cut off Adjei-Brown twice in the housing segment. “We are out of time on this one, Mr Adjei-Brown,” she said.",
      "A spokeswoman for the Calloway Green Party said: “Rafael showed tonight that he is ready to lead this city.”",
      "The mayor's team had pushed for a 'town hall' format with questions from voters, but the broadcaster refused.",
      "“I have never seen Wexford this rattled.”",
      "— Ewan Tolley, politics lecturer at Calloway University",
    ].join("\n"),
  },
  {
    input: "debate/3",
    externalId: "m3",
    source: "The Bay Observer",
    url: "https://bayobserver.example/city/after-the-debate",
    publishedAt: "2026-11-13T11:20:00Z",
    title: "After the debate: what the candidates said when the cameras stopped",
    originalText: [
      "Speaking to reporters after the debate, Ostrander said: “I came to talk about rents, and I talked about rents.",
      "“If the mayor wants to talk about buses, she can do that on the bus.”",
      "Wexford said her predecessor, former mayor Tom Ashworth, had told her that “the first debate is never the one that counts.”",
      '"I thought the mayor was off her game for the first twenty minutes and then found it," said Ewan Tolley, who lectures in politics at Calloway University.',
      "About 310,000 people watched the debate, the broadcaster said.",
    ].join("\n"),
  },
  {
    input: "debate/4",
    externalId: "m4",
    source: "Calloway Herald",
    url: "https://callowayherald.example/politics/herald-poll",
    publishedAt: "2026-11-14T08:00:00Z",
    title: "Herald poll: Wexford's lead narrows after debate",
    originalText: [
      "By Gemma Lusk, Political Editor",
      "A Harbourline Research poll for the Herald, published on Saturday, put Wexford on 41 percent, Ostrander on 35 percent and Adjei-Brown on 17 percent.",
      "Wexford led by 11 points in the same poll a month ago.",
      "According to the pollster's director, Sunita Rao, “the debate moved undecided voters, but not by much.”",
      "Harbourline Research interviewed 1,020 adults on Friday and Saturday. “Fieldwork closed before the Green Party's endorsement by the dockers' union,” the pollster said.",
    ].join("\n"),
  },
  {
    input: "debate/5",
    externalId: "m5",
    source: "Metro Politics Wire",
    url: "https://metropoliticswire.example/wexford-pulls-out-second-debate",
    publishedAt: "2026-11-16T18:00:00Z",
    title: "Wexford pulls out of second debate",
    originalText: [
      "Mayor Diane Wexford said on Monday she would not take part in a second televised debate planned for Tuesday, three days before the election.",
      "“The voters have seen enough of the three of us on one stage,” Wexford said.",
      "Ostrander called the decision “a retreat from the voters she says she listens to.”",
      "Harbour Television, which was to broadcast the debate, said it would go ahead with two podiums. “The invitation to the mayor stands until the cameras roll,” the broadcaster said.",
      "“I will debate anyone, any time, once the votes are counted,” the mayor said later.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function mayoralDebateArticles(): Article[] {
  return linkNearDuplicates(MAYORAL_DEBATE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes21 (2026-12-05), before running any code on them. No
 * disagreement: the lead of 11 points a month before is another poll's. A known miss of the first
 * run: the poll "published on Saturday" is dated but not on the timeline.
 */
export const MAYORAL_DEBATE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Four years ago I promised you buses", speaker: "Diane Wexford" },
    // The inner ‘on time’ is the mayor's words inside Ostrander's: part of his quote.
    { text: "The mayor says", speaker: "Rafael Ostrander" },
    { text: "Neither of them has built a single home", speaker: "Kofi Adjei-Brown" },
    { text: "fantasy", speaker: "Diane Wexford", partial: true },
    { text: "We are out of time on this one", speaker: "Joanne Kessling" },
    { text: "Rafael showed tonight", speaker: "a spokeswoman for the Calloway Green Party" },
    { text: "I have never seen Wexford this rattled", speaker: "Ewan Tolley" },
    // A quote over two paragraphs after "X said:".
    { text: "I came to talk about rents", speaker: "Rafael Ostrander" },
    { text: "If the mayor wants to talk about buses", speaker: "Rafael Ostrander" },
    // Wexford tells what her predecessor told her: the words are his.
    { text: "the first debate is never the one that counts", speaker: "Tom Ashworth", partial: true },
    { text: "I thought the mayor was off her game", speaker: "Ewan Tolley" },
    { text: "the debate moved undecided voters", speaker: "Sunita Rao", partial: true },
    { text: "Fieldwork closed before", speaker: "Harbourline Research" },
    { text: "The voters have seen enough", speaker: "Diane Wexford" },
    { text: "a retreat from the voters", speaker: "Rafael Ostrander", partial: true },
    { text: "The invitation to the mayor stands", speaker: "Harbour Television" },
    { text: "I will debate anyone, any time", speaker: "Diane Wexford" },
  ],
  timeline: [
    { text: "clashed over housing and transport on Thursday night", dates: ["2026-11-12"] },
    { text: "published on Saturday, put Wexford on 41 percent", dates: ["2026-11-14"] },
    { text: "she would not take part in a second televised debate", dates: ["2026-11-16"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    ["41", "35"],
    ["35", "17"],
    ["11", "41"],
    ["200", "310,000"],
    ["1,020", "310,000"],
  ],
  corroboration: [{ text: "About 310,000 people watched the debate", outlets: 1 }],
  headline: ["pulls out", "would not take part"],
};
