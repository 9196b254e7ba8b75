import type { AnalyzedText, TextToken } from "../reading/index.js";

/** A name the passages give: its text and its tokens' keys. */
interface PassageName {
  text: string;
  keys: string[];
  /** Keys of the nouns the passages put before it as its description ("the ferry operator Skarra Lines"). */
  described: Set<string>;
  /** An age the passages give it ("Aurel, 58,"). */
  age: string | null;
}

// What a newsroom calls a business by its kind, and the words that end a business's own name.
const BUSINESS_NOUNS = new Set(["company", "firm", "business", "group", "utility"]);
const BUSINESS_DESCRIPTIONS = new Set([
  "company",
  "firm",
  "business",
  "group",
  "utility",
  "operator",
  "provider",
  "maker",
  "carmaker",
  "retailer",
  "chain",
  "supplier",
  "airline",
  "insurer",
  "lender",
  "bank",
  "developer",
  "manufacturer",
  "publisher",
  "broadcaster",
  "producer",
  "contractor",
]);
const BUSINESS_NAME_ENDS = new Set([
  "line",
  "group",
  "ltd",
  "inc",
  "plc",
  "holding",
  "water",
  "energy",
  "software",
  "food",
  "motor",
  "airway",
  "airline",
  "bank",
  "power",
  "gas",
  "bus",
  "rail",
  "media",
  "system",
  "technology",
  "pharmaceutical",
  "insurance",
]);
// What a newsroom calls a public body by its kind ("officials said" for the agency), and the words
// that end such a body's name.
const OFFICIAL_NOUNS = new Set(["official", "authority", "authorities"]);
const OFFICIAL_NAME_ENDS = new Set([
  "agency",
  "council",
  "board",
  "authority",
  "ministry",
  "department",
  "commission",
  "service",
  "office",
  "inspectorate",
  "police",
  "government",
]);
// The last words of an institution's name that news copy repeats with "the" ("the council", "the
// university"); "Cresswell Water" is not "the water".
const INSTITUTION_NAME_ENDS = new Set([
  ...OFFICIAL_NAME_ENDS,
  "university",
  "college",
  "school",
  "hospital",
  "museum",
  "association",
  "union",
  "trust",
  "court",
  "party",
  "federation",
  "league",
  "society",
  "foundation",
  "institute",
  "club",
]);
// A sports club by its kind: "the club", "the side", "the team".
const CLUB_NOUNS = new Set(["club", "side", "team"]);
const CLUB_NAME_ENDS = new Set(["club", "fc", "united", "city", "rovers", "athletic"]);

// What a newsroom calls a person by the category of their role: "the footballer" for "the striker
// Dele Amadi", "the musician" for "the violinist Clara Benn". Only a category that holds the role:
// "the goalkeeper" is not a category of "striker".
const PERSON_CATEGORIES = new Map<string, ReadonlySet<string>>([
  [
    "footballer",
    new Set(["striker", "forward", "midfielder", "defender", "goalkeeper", "winger", "full-back", "keeper"]),
  ],
  [
    "player",
    new Set([
      "striker",
      "forward",
      "midfielder",
      "defender",
      "goalkeeper",
      "winger",
      "batsman",
      "bowler",
      "keeper",
      "pitcher",
      "quarterback",
    ]),
  ],
  ["cricketer", new Set(["batsman", "batter", "bowler", "all-rounder", "wicketkeeper"])],
  [
    "musician",
    new Set([
      "violinist",
      "pianist",
      "cellist",
      "guitarist",
      "drummer",
      "singer",
      "conductor",
      "composer",
      "trumpeter",
      "saxophonist",
      "organist",
    ]),
  ],
  [
    "athlete",
    new Set([
      "runner",
      "sprinter",
      "swimmer",
      "cyclist",
      "rower",
      "jumper",
      "hurdler",
      "marathoner",
      "skier",
      "triathlete",
    ]),
  ],
  [
    "politician",
    new Set(["mp", "senator", "councillor", "minister", "mayor", "congressman", "congresswoman", "legislator"]),
  ],
  ["lawmaker", new Set(["mp", "senator", "congressman", "congresswoman", "legislator"])],
]);

/** Runs of capitalised names in a passage ("Barge Owners' Association", "Dr Alan Petrov"), with what describes them. */
function passageNames(passage: AnalyzedText): PassageName[] {
  const tokens = passage.tokens;
  const names: PassageName[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    if (tokens[start]!.pos !== "PROPN" || tokens[start - 1]?.pos === "PROPN") continue;
    let end = start;
    while (
      tokens[end + 1]?.pos === "PROPN" ||
      (/^['’]$/.test(tokens[end + 1]?.text ?? "") && tokens[end + 2]?.pos === "PROPN")
    )
      end += tokens[end + 1]!.pos === "PROPN" ? 1 : 2;
    // The description right before it: "the ferry operator | Skarra Lines", "The canal's operator, |
    // Northwater Canals", "the principal conductor of the Velden Philharmonic, | Tomas Aurel".
    const described = new Set<string>();
    let back = start - 1;
    if (tokens[back]?.text === ",") back -= 1;
    if (tokens[back]?.key === "the" && tokens[back - 1]?.text === ",") back -= 2;
    if (tokens[back]?.pos === "PROPN") {
      let before = back;
      while (tokens[before]?.pos === "PROPN") before -= 1;
      if (tokens[before]?.key === "the") before -= 1;
      back = tokens[before]?.key === "of" ? before - 1 : -1;
    }
    // A nationality or place before the noun is part of the description: "the Estonian grandmaster".
    for (
      ;
      back >= 0 &&
      (tokens[back]!.pos === "NOUN" || (tokens[back]!.pos === "PROPN" && tokens[back + 1]?.pos === "NOUN"));
      back -= 1
    )
      described.add(tokens[back]!.key);
    const age =
      tokens[end + 1]?.text === "," && tokens[end + 2]?.pos === "NUM" && tokens[end + 3]?.text === ","
        ? tokens[end + 2]!.key
        : null;
    if (tokens[end + 1]?.pos !== "NOUN")
      names.push({
        text: passage.text.slice(tokens[start]!.start, tokens[end]!.end),
        keys: tokens.slice(start, end + 1).map((token) => token.key),
        described,
        age,
      });
    start = end;
  }
  return names;
}

/**
 * The shorter forms the passages use for a longer name: its first word alone for a firm or a place
 * ("Harrowfield" for "Harrowfield County Cricket Club"), its last alone for a person ("Petrov" for
 * "Dr Alan Petrov"), and "the" with its last word where they write that ("the council" for "the
 * Agricultural Research Council").
 */
function shortForms(name: PassageName, names: readonly PassageName[], nouns: ReadonlySet<string>): string[] {
  if (name.keys.length < 2) return [];
  const words = name.text.split(/\s+/);
  const forms = [words[0]!, words.at(-1)!].filter((word) => names.some((other) => other.text === word));
  const last = name.keys.at(-1)!;
  if (nouns.has(last) && INSTITUTION_NAME_ENDS.has(last)) forms.push(`the ${words.at(-1)!.toLowerCase()}`);
  return forms;
}

/** Whether `name` is one a generalising noun phrase with head `head` (and words `words`) may stand for. */
function standsFor(head: TextToken, words: readonly TextToken[], name: PassageName): boolean {
  const last = name.keys.at(-1)!;
  // "the Estonian grandmaster" stands only for a grandmaster the passages call Estonian.
  if (words.some((word) => word !== head && word.pos === "PROPN" && !name.described.has(word.key))) return false;
  if (name.described.has(head.key) || last === head.key) return true;
  if (BUSINESS_NOUNS.has(head.key))
    return BUSINESS_NAME_ENDS.has(last) || [...name.described].some((key) => BUSINESS_DESCRIPTIONS.has(key));
  if (OFFICIAL_NOUNS.has(head.key)) return OFFICIAL_NAME_ENDS.has(last);
  if (CLUB_NOUNS.has(head.key)) return CLUB_NAME_ENDS.has(last) || name.described.has("club");
  const roles = PERSON_CATEGORIES.get(head.key);
  if (roles && [...name.described].some((key) => roles.has(key))) return true;
  // "the 58-year-old" for "Aurel, 58,".
  if (head.key === "old" && name.age !== null) return words.some((word) => word.key === name.age);
  return false;
}

/** A generalising phrase of a statement and the statement read with each name it may stand for. */
interface Generalisation {
  phrase: string;
  /** The names it may stand for. */
  names: string[];
  /** The statement with the phrase replaced by each name (and the passages' shorter forms of it). */
  readings: string[];
}

/**
 * The generalisations of a statement that stand for a name the passages give: "the company", "the
 * regulator", "the club", "officials", "the minister", "the 58-year-old" for a business, public
 * body, club or person the passages name and describe so ("The communications regulator Ofcast",
 * "Marston University", "Aurel, 58,"). Summaries say "the company" for a name their source gives
 * once; read back as the name, the sentence is checked against what the passages say of that party,
 * so a generalisation pointing at the wrong party is still caught.
 */
function generalisationsOf(statement: AnalyzedText, passages: readonly AnalyzedText[]): Generalisation[] {
  const names = passages.flatMap(passageNames);
  if (names.length === 0) return [];
  // Common nouns the passages write after "the" ("the council said"), for a name's second reference.
  const theNouns = headNounsAfterThe(passages);
  const tokens = statement.tokens;
  const found: Generalisation[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    // "officials" alone, or a phrase "the … noun" ending before anything but another noun.
    let start = index;
    let end = index;
    if (token.pos === "DET" && token.key === "the") {
      end = index + 1;
      while (
        tokens[end] &&
        (tokens[end]!.pos === "ADJ" ||
          tokens[end]!.pos === "NUM" ||
          tokens[end]!.text === "-" ||
          (tokens[end]!.pos === "NOUN" && tokens[end + 1]?.pos === "NOUN") ||
          (tokens[end]!.pos === "PROPN" && tokens[end + 1]?.pos === "NOUN") ||
          (tokens[end]!.pos === "NOUN" && tokens[end + 1]?.text === "-"))
      )
        end += 1;
      // "the 58-year-old": the phrase ends on "old".
      if (tokens[end - 1]?.key === "old" && tokens[end - 2]?.text === "-") end -= 1;
      const head = tokens[end];
      const isHead = head && (head.pos === "NOUN" || (head.key === "old" && tokens[end - 1]?.text === "-"));
      if (!isHead || tokens[end + 1]?.pos === "PROPN" || tokens[end + 1]?.key === "of") continue;
    } else if (!(OFFICIAL_NOUNS.has(token.key) && /s$/.test(token.text) && tokens[index - 1]?.pos !== "DET")) continue;
    else start = index;
    const head = tokens[end]!;
    const words = tokens.slice(start, end + 1);
    const meant = names.filter((name) => standsFor(head, words, name));
    const forms = new Set(meant.flatMap((name) => [name.text, ...shortForms(name, names, theNouns)]));
    if (forms.size > 0)
      found.push({
        phrase: statement.text.slice(tokens[start]!.start, head.end),
        names: [...new Set(meant.map((name) => name.text))],
        readings: [...forms].map(
          (form) => statement.text.slice(0, tokens[start]!.start) + form + statement.text.slice(head.end),
        ),
      });
    index = end;
  }
  return found;
}

/** Common nouns the passages write as a phrase's head after "the" ("the council said", not "the rail regulator"). */
function headNounsAfterThe(passages: readonly AnalyzedText[]): Set<string> {
  return new Set(
    passages.flatMap((passage) =>
      passage.tokens.flatMap((token, index) =>
        token.pos === "NOUN" && passage.tokens[index - 1]?.key === "the" && passage.tokens[index + 1]?.pos !== "NOUN"
          ? [token.key]
          : [],
      ),
    ),
  );
}

/**
 * The statement read with each of its generalisations as the name it stands for; one variant per
 * reading. Never the other way round (a name read as "the footballer"): that would hide a swap of
 * two named parties.
 */
export function generalisationVariants(statement: AnalyzedText, passages: readonly AnalyzedText[]): string[] {
  return generalisationsOf(statement, passages).flatMap((generalisation) => generalisation.readings);
}
