import model from "wink-eng-lite-web-model";
import winkNLP, { type WinkMethods } from "wink-nlp";
import type { Article } from "../../model/index.js";
import type { RankedSentence } from "../evidence/rank-evidence.js";
import { buildTermVectors, centroidOf, cosineSimilarity } from "../evidence/term-vectors.js";
import type { ArticleTimes } from "./sentence-times.js";

/** Drops site furniture from a title: `… | Updates on …`, `: Live Updates`, trailing ellipsis. */
export function cleanTitle(title: string): string {
  return title
    .split(/\s+[|–—]\s+/)[0]!
    .replace(/[:\-–]\s*live( updates| blog| coverage)?$/i, "")
    .replace(/^live( updates)?\s*[:\-–]\s*/i, "")
    .replace(/…$/, "")
    .trim();
}

// Part-of-speech tagging only for the few headline candidates; built lazily, as loading the model
// takes a noticeable fraction of a second.
let nlp: WinkMethods | null = null;
function tagger(): WinkMethods {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

/** Whether the text says that something happened: it has a verb, not only nouns ("Ceasefire Talks"). */
export function hasVerb(text: string): boolean {
  const parser = tagger();
  return parser
    .readDoc(text)
    .tokens()
    .out(parser.its.pos)
    .some((tag) => tag === "VERB" || tag === "AUX");
}

const MAX_HEADLINE_WORDS = 22;
/** A lead clause may run longer than a written title: it carries the who, what and when. */
const MAX_LEAD_CLAUSE_WORDS = 28;
/** A shortened clause keeps at least this many words: enough for who did what. */
const MIN_SHORTENED_WORDS = 8;

/** Relative pronouns that open a clause elaborating what comes before. */
const RELATIVE = new Set(["that", "which", "who", "whose", "where", "whom"]);
/** Tags a shortened headline may not end on: it would stop mid-phrase. */
const OPEN_ENDING = new Set(["DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PRON", "ADJ", "PUNCT"]);

/**
 * A clause longer than a headline, cut before its last phrase that only adds detail (a preposition,
 * a conjunction or a relative clause) so that at most MAX_HEADLINE_WORDS words remain: "Blinken on
 * Thursday said negotiators would decide how to end the war in Gaza [and free dozens of prisoners
 * captured by militants in the attack]". Never before "of" (it would leave a bare head noun), never
 * inside a quotation, never inside a clause that opened after the verb (it would be left unfinished:
 * "…sued by two EMTs who say a foreign correspondent"); the clause itself when it is short enough or no
 * cut leaves a verb.
 */
function shortenClause(clause: string): string {
  if (clause.split(/\s+/).length <= MAX_HEADLINE_WORDS) return clause;
  const parser = tagger();
  const tokens = parser.readDoc(clause).tokens();
  const words = tokens.out();
  const tags = tokens.out(parser.its.pos);
  let cursor = 0;
  let best: string | null = null;
  let seenVerb = false;
  let embedded = false;
  words.forEach((word, index) => {
    const start = clause.indexOf(word, cursor);
    if (start < 0) return;
    cursor = start + word.length;
    const tag = tags[index] ?? "";
    const lower = word.toLowerCase();
    const opensClause = tag === "SCONJ" || tag === "CCONJ" || RELATIVE.has(lower);
    const opensDetail = (tag === "ADP" && lower !== "of") || opensClause;
    // Once a clause opens after the verb ("…two EMTs who say…"), a later cut would leave it unfinished.
    const cutAllowed = opensDetail && !embedded && index > 0 && !OPEN_ENDING.has(tags[index - 1] ?? "");
    if (seenVerb && opensClause) embedded = true;
    if (tag === "VERB" || tag === "AUX") seenVerb = true;
    if (!cutAllowed) return;
    const prefix = clause.slice(0, start).trim().replace(/,$/, "");
    const length = prefix.split(/\s+/).length;
    if (length < MIN_SHORTENED_WORDS || length > MAX_HEADLINE_WORDS) return;
    if ((prefix.match(/[“"]/g) ?? []).length !== (prefix.match(/[”"]/g) ?? []).length) return;
    if (hasVerb(prefix)) best = prefix;
  });
  return best ?? clause;
}

/**
 * The main clause of a lead sentence, as a headline: cut before what only elaborates it (", saying…",
 * ", after…", " — …"), then, when still longer than a headline, before its last detail (see
 * shortenClause), without the final full stop. Null when no short enough clause with a verb is left.
 */
function leadClause(sentence: string): string | null {
  const text = sentence.trim().replace(/[.!]["”’']?$/u, (end) => end.slice(1));
  const cut =
    /,\s+(saying|after|as|while|which|who|but|although|though|according|amid|despite|in a|following)\b|\s+[—–]\s+|;\s+/i.exec(
      text,
    );
  const clause = shortenClause((cut ? text.slice(0, cut.index) : text).trim().replace(/[.,]$/, ""));
  const words = clause.split(/\s+/).length;
  if (words < 6 || words > MAX_LEAD_CLAUSE_WORDS) return null;
  // A cut that leaves a quotation open would misquote.
  if ((clause.match(/[“"]/g) ?? []).length !== (clause.match(/[”"]/g) ?? []).length) return null;
  return hasVerb(clause) ? clause : null;
}

/** Past this position a sentence is no longer the article's lead, whatever came before it. */
const MAX_LEAD_POSITION = 5;

interface HeadlineCandidate {
  text: string;
  article: Article;
  /** A title written by the outlet (true) or the main clause of a lead sentence (false). */
  title: boolean;
}

/**
 * Headline candidates, best first. A headline says what happened most recently, with a verb.
 * Candidates are the outlets' own titles (section labels such as "…: Live Updates" removed; a title
 * with no verb, such as "Israel-Hamas War Ceasefire Talks", is a label and is left out) and the main
 * clauses of the articles' lead sentences. With a known chronology the latest articles' candidates
 * come first, so a finished story is headed by how it ended; among candidates of one moment, the one
 * closest to the story's centroid first, a real title before a lead clause when equally central.
 * The caller takes the first one its citations verify.
 */
export function rankHeadlines(
  articles: readonly Article[],
  evidence: readonly RankedSentence[],
  times: ArticleTimes | null,
): string[] {
  const independent = articles.filter((article) => !article.duplicateOf);
  const candidates: HeadlineCandidate[] = [];
  for (const article of independent) {
    if (!article.titleInferred && article.title.trim() !== "") {
      const title = cleanTitle(article.title);
      const words = title.split(/\s+/).length;
      if (words >= 4 && words <= MAX_HEADLINE_WORDS && hasVerb(title))
        candidates.push({ text: title, article, title: true });
    }
  }
  // The lead sentence of each article: its first sentence an editor would publish (what comes before
  // it, page furniture or mangled text, was left out of the evidence).
  const leads = new Map<string, RankedSentence>();
  for (const candidate of evidence) {
    const current = leads.get(candidate.item.article.id);
    if (candidate.follows !== null) continue;
    if (candidate.item.position <= MAX_LEAD_POSITION && (!current || candidate.item.position < current.item.position))
      leads.set(candidate.item.article.id, candidate);
  }
  for (const lead of leads.values()) {
    const clause = leadClause(lead.item.sentence.text);
    if (clause) candidates.push({ text: clause, article: lead.item.article, title: false });
  }
  if (candidates.length === 0) return [];
  const { vectors } = buildTermVectors([
    ...candidates.map((candidate) => candidate.text),
    ...independent.map((article) => article.text),
  ]);
  const centroid = centroidOf(vectors.slice(candidates.length));
  const scored = candidates.map((candidate, index) => ({
    text: candidate.text,
    time: times?.get(candidate.article.id) ?? 0,
    score: cosineSimilarity(vectors[index]!, centroid) + (candidate.title ? 0.05 : 0),
  }));
  return scored.sort((a, b) => b.time - a.time || b.score - a.score).map((candidate) => candidate.text);
}
