import type { Article } from "../../../model/index.js";
import { oncePerWord } from "../../../text/once-per-word.js";
import { isOrganisationWord } from "../names/index.js";

/** An organisation named in an article ("Court of Arbitration for Sport", "Team Aurora", "Norvia Airlines"). */
interface OrganisationMention {
  articleId: string;
  name: string;
  start: number;
}

/** Resolves what an attribution calls an organisation ("the court", "the authority", "Norvia") to the name the story gives it. */
export interface OrganisationIndex {
  /**
   * "the court" → the organisation last named before `position` in the article with that word in its
   * name ("Court of Arbitration for Sport"), else the one such organisation of the story; null when none or several.
   */
  resolveNoun(noun: string, articleId: string, position: number): string | null;
  /** "Norvia", "Pacific Crest" → the one organisation of the story whose name opens with those words ("Norvia Airlines"). */
  resolveShortName(word: string): string | null;
  /**
   * "the Foxes" → the one team or body the story names in full with the plural for its last word,
   * after "the" ("the Riverton Foxes"); null when none or several.
   */
  resolveNickname(plural: string): string | null;
}

/** Capitalised runs, joined by "of", "for" and "and" inside ("Department for Transport"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}’'-]*)*/gu;
/** Words opening a sentence or a phrase before a name: not part of it ("The Civil Aviation Authority", "All Norvia Airlines flights"). */
const LEADING_WORD =
  /^(?:The|A|An|All|Both|Every|Each|In|At|By|From|With|But|And|As|After|Before|When|If|On|For|Of|To|Its|Their|His|Her)$/;

/**
 * Kinds of body that speak, whose name holds the word ("the court", "the ministry"); not "the agency",
 * "the company" or "the group", which a text says of any agency, company or group, whatever its name,
 * nor places ("the bridge", "the tower").
 */
const SPEAKING_BODY =
  /^(?:court|team|authority|ministry|department|service|studio|police|bank|airline|trust|federation|union|council|commission|committee|tribunal|university|hospital|party|league|club|association|foundation|institute|bureau|board|office|army|navy|corps|coalition|alliance|society|network|college|school|command)$/;

/** "English Football League" → "EFL": the first letters of its words but "of", "for" and "and". */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((token) => !/^(?:of|for|and)$/.test(token))
    .map((token) => token[0])
    .join("");
}

/** Singular, lower case: "Airlines" and "airline" are one word here. */
function wordKey(word: string): string {
  return word.toLowerCase().replace(/s$/, "");
}

/**
 * The organisation a capitalised run names, with where its name starts in the run; null for none.
 * Read once per run: a story names the same bodies and people again and again.
 */
const organisationInRun = oncePerWord((run: string): { name: string; at: number } | null => {
  const tokens = run.split(/\s+/);
  let first = 0;
  while (first < tokens.length && LEADING_WORD.test(tokens[first]!)) first += 1;
  const kept = tokens.slice(first);
  // One word alone is a surname or a place as often as an organisation.
  if (kept.length < 2 || !kept.some((token) => isOrganisationWord(token.replace(/['’]s$/, "")))) return null;
  return { name: kept.join(" ").replace(/['’]s$/, ""), at: run.indexOf(kept[0]!) };
});

function organisationsOf(article: Article): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  for (const match of article.text.matchAll(CAPITALISED_RUN)) {
    const named = organisationInRun(match[0]);
    if (named) found.push({ articleId: article.id, name: named.name, start: match.index + named.at });
  }
  return found;
}

/**
 * "the Riverton Foxes", "the Harbor City Gulls": a place, then a capitalised plural, after "the" inside
 * a sentence; a team goes by the plural alone ("the Foxes said"). Not "the Blue Mountains" read as a
 * speaker: only a plural someone is said to speak as is resolved.
 */
const TEAM_NAME = /(?<=\s[Tt]he\s)((?:\p{Lu}[\p{L}’'-]*\s+){1,3})(\p{Lu}[\p{L}’'-]*s)\b(?!\s+\p{Lu})/gu;

/** The organisations named across a story's articles, to resolve "the court said" and "Norvia said". */
export function buildOrganisationIndex(articles: readonly Article[]): OrganisationIndex {
  const mentions = articles.flatMap(organisationsOf);
  let teams: Map<string, Set<string>> | undefined;
  const teamsByPlural = () => {
    if (teams) return teams;
    teams = new Map();
    for (const article of articles)
      for (const match of article.text.matchAll(TEAM_NAME)) {
        const plural = match[2]!;
        teams.set(plural, new Set([...(teams.get(plural) ?? []), `${match[1]}${plural}`]));
      }
    return teams;
  };
  const only = (names: ReadonlySet<string>) => (names.size === 1 ? [...names][0]! : null);
  // Every quote asks: the story's mentions of a noun, and the name a short name stands for, are
  // read once each (a story of 200 articles has thousands of mentions).
  const fittingByKey = new Map<string, OrganisationMention[]>();
  const shortNames = new Map<string, string | null>();
  return {
    resolveNoun(noun, articleId, position) {
      const key = wordKey(noun);
      // Only a word that names a kind of body: "the panel" or "the statement" is none.
      if (!SPEAKING_BODY.test(key)) return null;
      let fitting = fittingByKey.get(key);
      if (!fitting) {
        fitting = mentions.filter((mention) => mention.name.split(/\s+/).some((token) => wordKey(token) === key));
        fittingByKey.set(key, fitting);
      }
      const earlier = fitting.filter((mention) => mention.articleId === articleId && mention.start < position);
      const last = earlier[earlier.length - 1];
      if (last) return last.name;
      return only(new Set(fitting.map((mention) => mention.name)));
    },
    resolveShortName(word) {
      let name = shortNames.get(word);
      if (name === undefined) {
        name = shortNameOf(word);
        shortNames.set(word, name);
      }
      return name;
    },
    resolveNickname(plural) {
      const names = teamsByPlural().get(plural);
      return names ? only(names) : null;
    },
  };
  function shortNameOf(word: string): string | null {
    // "University" alone is no short name of "University of Texas".
    if (isOrganisationWord(word)) return null;
    // "the EFL said" after "The English Football League has approved …": the one organisation whose
    // initials the letters are.
    if (/^\p{Lu}{2,6}$/u.test(word)) {
      const spelled = only(
        new Set(mentions.filter((mention) => initialsOf(mention.name) === word).map((mention) => mention.name)),
      );
      if (spelled) return spelled;
    }
    return only(
      new Set(
        mentions
          .filter((mention) => mention.name === word || mention.name.startsWith(`${word} `))
          .map((mention) => mention.name),
      ),
    );
  }
}
