import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes22 (2026-12-06, before running any code on it): five
 * articles from four outlets on a row between a rail union's leader and the Prime Minister: his
 * insult at a rally in Manchester on Saturday 28 November 2026, her demand for an apology on Sunday,
 * his refusal and a bank's estimate of the strike's cost on Monday, his executive's vote of confidence
 * on Wednesday 2 December, and Downing Street's refusal to meet the union on Thursday 3 December.
 * Quote styles: a partial quote after the full name in the lead, "X told about 3,000 people in Albert
 * Square: “…”", "he said" then a second quote, "Downing Street said the remarks were “…”" (a place
 * that speaks), "the Prime Minister told the BBC" with the leader's name inside the quote, "Asked
 * whether …, Carver said: ‘…’", "said a member of the union's national executive, who asked not to be
 * named", "Morgan's deputy, X, said:", an economist at Morgan Stanley, "Morgan told reporters" in an
 * article that names Morgan Stanley but not him in full, a Treasury spokesperson, a statement over two
 * paragraphs after "Morgan said:", a partial quote after "said Morgan's words had been", British single
 * quotes broken by "Whitfield said", a quote signed after a dash on its own line, "the Prime Minister's
 * official spokesman told journalists", "According to Transport Secretary X, “…”". Traps: Morgan
 * Stanley, Albert Square, Grafton Street, "Prime Minister Helen Carver". Test support only.
 */
const UNION_LEADER_ROW_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "union/1",
    externalId: "u1",
    source: "National Wire",
    url: "https://nationalwire.example/politics/morgan-carver-coward",
    publishedAt: "2026-11-28T20:00:00Z",
    title: "Rail union leader calls Prime Minister a coward at Manchester rally",
    originalText: [
      "Rhys Morgan, the leader of Britain's biggest rail union, called Prime Minister Helen Carver “a coward in a good suit” at a rally in Manchester on Saturday, as his members prepared for a 48-hour strike.",
      "Morgan, general secretary of the Rail and Transport Union, told about 3,000 people in Albert Square: “She says there is no money for signal workers. There was money for her friends in the City.”",
      "“Downing Street has had our number for six months,” he said. “Not once has it picked up the phone.”",
      "Downing Street said the remarks were “beneath a man who claims to speak for working people”.",
    ].join("\n"),
  },
  {
    input: "union/2",
    externalId: "u2",
    source: "The Sunday Ledger",
    url: "https://sundayledger.example/politics/carver-demands-apology",
    publishedAt: "2026-11-29T08:00:00Z",
    title: "Carver demands apology from rail union boss over ‘coward’ jibe",
    originalText: [
      "By Owen Pritchard, Political Correspondent",
      "Prime Minister Helen Carver demanded an apology from the rail union leader Rhys Morgan on Sunday.",
      "“Rhys Morgan can disagree with me as loudly as he likes, but there is no place for personal abuse in our politics,” the Prime Minister told the BBC's Sunday programme.",
      "Asked whether she was a coward, Carver said: ‘I will let the voters judge that.’",
      "Not everyone in the union agrees with its leader. ‘Rhys went too far, and he knows it,’ said a member of the union's national executive, who asked not to be named.",
      "Morgan's deputy, Kath Delaney, said: “Rhys speaks for our members, and our members are angry.”",
    ].join("\n"),
  },
  {
    input: "union/3",
    externalId: "u3",
    source: "Financial Daily",
    url: "https://financialdaily.example/economy/rail-strike-cost",
    publishedAt: "2026-11-30T16:00:00Z",
    title: "Rail strike would cost economy £240 million, Morgan Stanley estimates",
    originalText: [
      "The 48-hour strike called by the Rail and Transport Union for 8 and 9 December would cost the economy about £240 million, economists at Morgan Stanley estimated on Monday.",
      "“The direct cost is the smaller part; the bigger cost is the work that simply does not happen,” said Ben Okoro, a UK economist at the bank.",
      "Morgan, who leads the union, refused on Monday to apologise to the Prime Minister.",
      "“I said what a lot of people think, and I am not going to unsay it,” Morgan told reporters at the union's London headquarters.",
      "A Treasury spokesperson said: “We will not negotiate with anyone who resorts to insults.”",
    ].join("\n"),
  },
  {
    input: "union/4",
    externalId: "u4",
    source: "Manchester Evening Star",
    url: "https://manchestereveningstar.example/news/rtu-executive-backs-morgan",
    publishedAt: "2026-12-02T19:00:00Z",
    title: "Rail union executive backs Morgan after coward row",
    originalText: [
      "The Rail and Transport Union's national executive voted 17 to 4 on Wednesday to back its general secretary, Rhys Morgan, after three days of calls for him to apologise.",
      "In a statement after the vote, Morgan said: “I was elected to fight for signal workers, not to be polite to the people who cut their pay.",
      "“The strike goes ahead on 8 December. If the Prime Minister wants to stop it, she knows where I am.”",
      "Jo Whitfield, the executive member who proposed the motion of confidence, said Morgan's words had been “blunt, but not wrong”.",
      "‘The executive has spoken,’ Whitfield said, ‘and now the whole union should get behind the strike.’",
      "About 50 members gathered outside the union's regional office on Grafton Street to cheer the result.",
      "“He says what the rest of us only mutter.” — Dev Malhotra, a signaller from Stockport",
    ].join("\n"),
  },
  {
    input: "union/5",
    externalId: "u5",
    source: "National Wire",
    url: "https://nationalwire.example/politics/no10-refuses-union-meeting",
    publishedAt: "2026-12-03T12:30:00Z",
    title: "Downing Street rules out meeting rail union before strike",
    originalText: [
      "Downing Street said on Thursday that the Prime Minister would not meet the Rail and Transport Union's leaders while the strike threat stood.",
      "“The door is open to talks with the rail operators, as it always has been,” the Prime Minister's official spokesman told journalists.",
      "According to Transport Secretary Amir Haddad, “a strike in the week before Christmas is a strike against the public, not against me.”",
      "Morgan, speaking in Leeds, said Haddad was “welcome to come and explain that to a signaller on £31,000 a year”.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function unionLeaderRowArticles(): Article[] {
  return linkNearDuplicates(UNION_LEADER_ROW_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes22 (2026-12-06), before running any code on them. No
 * disagreement: the executive's two sides, the strike's cost and a signaller's pay.
 */
export const UNION_LEADER_ROW_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "a coward in a good suit", speaker: "Rhys Morgan", partial: true },
    { text: "She says there is no money for signal workers.", speaker: "Rhys Morgan" },
    { text: "There was money for her friends in the City.", speaker: "Rhys Morgan" },
    { text: "Downing Street has had our number for six months", speaker: "Rhys Morgan" },
    { text: "Not once has it picked up the phone.", speaker: "Rhys Morgan" },
    // A place that speaks for the government.
    { text: "beneath a man who claims to speak for working people", speaker: "Downing Street", partial: true },
    // The leader's name inside the quote; the Prime Minister speaks.
    { text: "Rhys Morgan can disagree with me as loudly as he likes", speaker: "Helen Carver" },
    { text: "I will let the voters judge that.", speaker: "Helen Carver" },
    { text: "Rhys went too far, and he knows it", speaker: "a member of the union's national executive" },
    { text: "Rhys speaks for our members", speaker: "Kath Delaney" },
    { text: "The direct cost is the smaller part", speaker: "Ben Okoro" },
    // Morgan is Rhys Morgan, named in full in other articles, not Morgan Stanley.
    { text: "I said what a lot of people think", speaker: "Rhys Morgan" },
    { text: "We will not negotiate with anyone who resorts to insults.", speaker: "a Treasury spokesperson" },
    // A statement over two paragraphs after "Morgan said:".
    { text: "I was elected to fight for signal workers", speaker: "Rhys Morgan" },
    { text: "The strike goes ahead on 8 December.", speaker: "Rhys Morgan" },
    { text: "If the Prime Minister wants to stop it", speaker: "Rhys Morgan" },
    { text: "blunt, but not wrong", speaker: "Jo Whitfield", partial: true },
    { text: "The executive has spoken", speaker: "Jo Whitfield" },
    { text: "and now the whole union should get behind the strike", speaker: "Jo Whitfield" },
    { text: "He says what the rest of us only mutter.", speaker: "Dev Malhotra" },
    // An unnamed spokesman, not the Prime Minister herself.
    { text: "The door is open to talks with the rail operators", speaker: "the Prime Minister's official spokesman" },
    {
      text: "a strike in the week before Christmas is a strike against the public",
      speaker: "Amir Haddad",
      partial: true,
    },
    { text: "welcome to come and explain that to a signaller", speaker: "Rhys Morgan", partial: true },
  ],
  timeline: [
    { text: "at a rally in Manchester on Saturday", dates: ["2026-11-28"] },
    { text: "demanded an apology from the rail union leader Rhys Morgan on Sunday", dates: ["2026-11-29"] },
    { text: "voted 17 to 4 on Wednesday", dates: ["2026-12-02"] },
    { text: "would not meet the Rail and Transport Union's leaders", dates: ["2026-12-03"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    // The vote's two sides; the strike's cost against a signaller's pay.
    ["17", "4"],
    ["240 million", "31,000"],
    ["3,000", "50"],
  ],
  corroboration: [{ text: "voted 17 to 4 on Wednesday", outlets: 1 }],
  headline: ["not meet", "rules out"],
};
