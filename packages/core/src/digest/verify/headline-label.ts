import { type AnalyzedText, analyzeText, isLexiconWord } from "./reading/index.js";

/** Section labels a page puts before or after a title ("…: Live Updates", "Analysis: …"): furniture, not news. */
const SECTION_LABEL =
  /(?:^|[:|–—-]\s*)(?:live(?: updates| blog| coverage)?|latest updates|updates?|photos?|videos?|watch|listen|opinion|analysis|explainer|breaking(?: news)?)\s*$|^(?:live(?: updates)?|breaking(?: news)?|watch|opinion|analysis|explainer)\s*[:|–—-]/i;

/** Words a live page closes its title with, no separator before them ("Election Results Live"). */
const TRAILING_LABEL = /\s+(?:live(?: updates)?|latest(?: updates)?|updates?)\s*$/i;

/** Plurals that end labels as the names of events ("Ceasefire Talks"), though each can be a verb. */
const EVENT_PLURALS = new Set([
  "talks",
  "protests",
  "strikes",
  "elections",
  "results",
  "highlights",
  "negotiations",
  "hearings",
  "reactions",
  "tributes",
  "clashes",
  "rallies",
  "sanctions",
  "tariffs",
  "polls",
  "floods",
  "fires",
]);

const verbs = new Map<string, boolean>();
/** Whether a word is a verb in a frame that wants one ("They fall.", "It rises."); cached per word. */
function canBeVerb(word: string, thirdPerson: boolean): boolean {
  const key = `${thirdPerson}:${word}`;
  let known = verbs.get(key);
  if (known === undefined) {
    if (verbs.size > 5_000) verbs.clear();
    const tokens = analyzeText(`${thirdPerson ? "It" : "They"} ${word}.`).tokens;
    known = tokens[1]?.pos === "VERB";
    verbs.set(key, known);
  }
  return known;
}

/**
 * Whether a telegraphic headline has a verb. The tagger reads "Storm toll rises to 12", "Markets
 * fall" and a title-cased "Dockworkers End Strike" as nouns only, so a word that agrees with the
 * noun before it as a present-tense verb ("toll rises", "dockworkers end") counts as one; a base
 * form after a singular noun ("Port Strike") does not.
 */
function hasVerb(statement: AnalyzedText): boolean {
  const tokens = statement.tokens;
  if (tokens.some((token) => token.pos === "VERB" || token.pos === "AUX")) return true;
  return tokens.some((token, index) => {
    const before = tokens[index - 1];
    if (!before || (before.pos !== "NOUN" && before.pos !== "PROPN") || before.end < token.start - 1) return false;
    const word = token.text.toLowerCase();
    const plural = (text: string) => /[^s]s$/i.test(text);
    // A plural noun is a known word without its -s ("dockworkers" → "dockworker"); a name that ends
    // in one is not ("Hamas" → "hama"), so "Israel-Hamas War" is no "dockworkers end".
    const pluralNoun = plural(before.text) && before.key !== before.text.toLowerCase() && isLexiconWord(before.key);
    if (!/^\p{L}+$/u.test(word)) return false;
    // "Ceasefire Talks", "Election Results" at the end of a headline name events, not what they did.
    if (index === tokens.length - 1 && EVENT_PLURALS.has(word)) return false;
    return plural(word) ? !pluralNoun && canBeVerb(word, true) : pluralNoun && canBeVerb(word, false);
  });
}

/**
 * Why a headline is a label rather than news, or null: a section label, or a topic with no verb
 * ("Halden Port Strike"). A headline says what happened, whatever passages it cites.
 */
export function headlineLabel(headline: string): string | null {
  const label = headline.match(SECTION_LABEL)?.[0];
  if (label) return `reads as a section label ("${label.replace(/^[:|–—-]\s*|\s*[:|–—-]$/g, "").trim()}"), not news`;
  // A label word closing a title with no separator ("Election Results Live") would be read as its
  // verb; the rest must have one of its own ("Website Goes Live" keeps "Goes").
  const trailing = headline.match(TRAILING_LABEL);
  const rest = trailing ? headline.slice(0, trailing.index) : headline;
  if (rest.trim() === "" || !hasVerb(analyzeText(rest)))
    return trailing
      ? `reads as a section label ("${trailing[0].trim()}") after a topic with no verb, not news`
      : "has no verb: it names a topic instead of saying what happened";
  return null;
}
