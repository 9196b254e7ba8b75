import type { Disagreement } from "@roundup/prompts";
import type { Article } from "../../../model/index.js";
import { escapeRegExp } from "../../../text/escape-reg-exp.js";
import { oncePerText } from "../../../text/once-per-text.js";
import type { ArticleSentence } from "../../evidence/article-sentences.js";
import { outletOf } from "../corroboration/index.js";
import { sameThingAs } from "../figures/index.js";
import { isOrganisationWord, splitTitledName, TITLE_WORDS } from "../names/index.js";
import { NUMBER_WORD_SOURCE, numberWordValue, publishedDay } from "../reading/index.js";
import { agesByDeed } from "./age-by-deed.js";
import { type OutletFigure, rivalClaims } from "./rival-claims.js";

/** A named person's age as news copy sets it beside the name. */
interface Age extends OutletFigure {
  /** The name as written, title left out: "Ana Delgado", "Delgado". */
  name: string;
  age: number;
  /** For an unnamed person picked out by a relative clause, what happened to them ("died"). */
  event?: string;
  /** An age told as a decade ("in her 60s"): the ages it holds. */
  band?: Band;
  /** For a role's holder the story names ("postman Ray Dunmore, 72"): that name. */
  person?: string;
}

interface Band {
  low: number;
  high: number;
}

/** The ages "in his 60s" holds, or its early, mid or late part. */
function bandOf(decade: number, part: string | undefined): Band {
  if (part === "early") return { low: decade, high: decade + 3 };
  if (part?.startsWith("mid")) return { low: decade + 3, high: decade + 6 };
  if (part === "late") return { low: decade + 6, high: decade + 9 };
  return { low: decade, high: decade + 9 };
}

const NAME = "((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)";
/**
 * "Delgado, 46, a two-term councillor", "Ana Delgado, a 46-year-old councillor", "Ana Delgado (46)":
 * the age set beside the name it belongs to. A figure grouped by thousands ("Carver, 2,000 people")
 * is no age.
 */
const AGE_BESIDE_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])${NAME}(?:\\s*,\\s+(?:(\\d{1,3})(?![\\d,.]\\d)\\s*,|(?:a|an|the)\\s+(\\d{1,3})-year-old\\b)|\\s+\\((\\d{1,3})\\))`,
  "gu",
);
/**
 * "The 31-year-old Delgado had worked…", "The 61-year-old warehouse manager, Luis Ortega, has…", "a
 * 78-year-old Derby woman, Margaret Ellis,", "The eight-year-old male, named Bima,": the age written before the name, straight before it (after
 * "the" only, or with no article: "Among those trapped is 19-year-old Diego Fuentes") or before a role
 * set off by commas around the name; the role's words before its noun may be a place's name.
 */
/** An age in figures or, as a young child's often is, in words ("eight"). */
const ageValue = (written: string) => (/^\d/.test(written) ? Number(written) : (numberWordValue(written) ?? 0));
const AGE_BEFORE_NAME = new RegExp(
  `\\b(?:[Tt]he\\s+(\\d{1,3})-year-old\\s+|(?:[Aa]n?|[Tt]he)\\s+(\\d{1,3}|${NUMBER_WORD_SOURCE})-year-old\\s+(?:\\p{L}+\\s+){0,2}\\p{Ll}+,\\s+(?:(?:named|identified)(?:\\s+as)?\\s+)?|(?<!\\b(?:[Aa]n?|[Tt]he)\\s+)(\\d{1,3})-year-old\\s+)${NAME}(?=\\s*[,;.]|\\s+\\p{Ll})`,
  "gu",
);
/**
 * "…, said the harbourmaster, Ruth Ames, 58.", "The only person inside was the technician, Fraser Bain,
 * 29.": an age closing the sentence, its full stop (or a closing quote mark) standing for the comma
 * that would follow it mid-sentence. Only after a name itself set off by a comma or brought in by
 * "said", "was", "named as": a figure ending a list ("Labour, 23.") is no age.
 */
const AGE_ENDING_SENTENCE = new RegExp(
  `(?:,\\s+|\\b(?:said|says|was|is|named\\s+as|identified\\s+as)\\s+)${NAME},\\s+(\\d{1,3})\\s*[.!?]?["”’]?\\s*$`,
  "u",
);
/**
 * What follows the name in every AGE_BESIDE_NAME match (", 46,", ", a 46-year-old", " (46)"): a cheap
 * test that spares most sentences with a figure the pattern's try at every capital letter.
 */
const AGE_BESIDE_SOMETHING = /,\s+(?:an?\s+|the\s+)?\d|\s\(\d|-year-old\s/;
/** A courtesy title and a surname: "Mr Fenwick", "Mrs. Kerr", "Dr Nair". */
const COURTESY_SURNAME = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(\p{Lu}[\p{L}'’-]+)$/u;
/** Words that open a sentence or a clause before a name: "On Monday, 12, …" is no person. */
const NOT_A_PERSON =
  /^(?:On|In|At|By|The|A|An|But|And|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function agesOf(sentences: readonly ArticleSentence[], byId: ReadonlyMap<string, Article>): Age[] {
  const ages: Age[] = [];
  for (const item of sentences) {
    const text = item.sentence.text;
    if (!AGE_BESIDE_SOMETHING.test(text)) continue;
    const ending = AGE_ENDING_SENTENCE.exec(text);
    const matches: Array<RegExpMatchArray | RegExpExecArray> = [...text.matchAll(AGE_BESIDE_NAME)];
    if (ending) matches.push(ending);
    const found: Array<{ run: string; age: number; raw?: string }> = matches.map((match) => ({
      run: match[1]!,
      age: Number(match[2] ?? match[3] ?? match[4]),
    }));
    for (const match of text.matchAll(AGE_BEFORE_NAME)) {
      const written = match[1] ?? match[2] ?? match[3]!;
      found.push({ run: match[4]!, age: ageValue(written), raw: written });
    }
    for (const { run, age, raw } of found) {
      if (!(age >= 1 && age <= 115)) continue;
      // A surname alone is a name too ("Delgado, 46,"), unless it is a title ("Mayor, 46," is none).
      // "Mr Fenwick, 54,": a courtesy title before a surname alone leaves the surname.
      const courtesy = COURTESY_SURNAME.exec(run)?.[1];
      const split =
        splitTitledName(run, true) ??
        (courtesy ? { name: courtesy } : /\s/.test(run) || TITLE_WORDS.has(run.toLowerCase()) ? null : { name: run });
      if (!split) continue;
      const tokens = split.name.split(/\s+/);
      if (tokens.some((token) => NOT_A_PERSON.test(token) || isOrganisationWord(token))) continue;
      const outlet = outletOf(item.article, byId);
      ages.push({
        item,
        name: split.name,
        age,
        raw: raw ?? String(age),
        outletKey: outlet.key,
        outletName: outlet.name,
      });
    }
  }
  return ages;
}

/**
 * "a 41-year-old chef", "an 86-year-old woman", "a 70-year-old retired postman", "a 52-year-old bus
 * driver": a person the outlet does not name, known by a noun, the last of up to three words (a
 * modifier or two come before the noun that names the person). A young child's age is often in words
 * ("a four-year-old boy").
 */
const AGED_NOUN = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he)\s+(\d{1,3}|${NUMBER_WORD_SOURCE})-year-old\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})\b`,
  "gu",
);
/**
 * Words that end the noun phrase after "a 34-year-old surfer": a verb or auxiliary ("was", "died",
 * "remains", "being"), a preposition, conjunction or relative word.
 */
const PHRASE_END =
  /^(?:\p{Ll}+(?:ed|ing|ly)|\p{Ll}+s|was|were|had|has|have|is|are|will|would|could|can|may|might|must|should|did|does|do|who|whom|whose|which|that|and|or|but|from|of|in|on|at|to|with|by|for|near|after|before|as|than|when|while|where|since|said|told|came|went|fell|got|left|lost|made|took|gave|ran|won|saw|began|set|put|hit|cut|shot|struck)$/u;

/** The noun a run of words after "-year-old" names the person by: the last before a word ending the phrase. */
function headNounOf(run: string): string {
  const words = run.split(/\s+/);
  let head = words[0]!;
  for (const word of words.slice(1)) {
    if (PHRASE_END.test(word)) break;
    head = word;
  }
  return head;
}
/**
 * "a woman in her 60s", "a man aged in his 70s": an unnamed person's age as a decade, which any age in
 * it agrees with ("in his 70s" and 74) and any other contradicts ("in her 60s" and 72).
 */
const BANDED_NOUN =
  /\b(?:[Aa]n?|[Tt]he)\s+(\p{Ll}+)(?:,)?\s+(?:aged\s+)?in\s+(?:his|her|their)\s+((?:early|mid|late)[\s-]+)?(\d)0s\b/gu;
/**
 * "The chef, 44," as an apposition: the person an earlier sentence or another outlet introduced, also
 * told by what befell them ("The injured boy, 10,", "The rescued girl, nine,"), the age in figures or
 * words.
 */
const NOUN_THEN_AGE = new RegExp(
  String.raw`\b(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}+(?:ed|en)\s+)?(\p{Ll}+),\s+(\d{1,3}|${NUMBER_WORD_SOURCE})(?![\d,.]\d)\s*,`,
  "gu",
);
/**
 * "The man who died, identified as Walter Brennan, was 74.", "The woman who was injured was 34.", "The
 * driver who died has been named as Ian Cole, 52,": the person a relative clause picks out by what
 * happened to them, with the age the sentence ends on or sets beside the name it gives them.
 */
const WHO_THEN_AGE =
  /\b[Tt]he\s+(\p{Ll}+)\s+who\s+(?:was\s+|were\s+|had\s+|has\s+)?(\p{Ll}+)\b[^.;]*?\b(?:was\s+(?:aged\s+)?(\d{1,3})(?![\d,.]\d)\s*(?:[.,;]|$)|(?:named|identified)\s+as\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+,\s+(\d{1,3})(?![\d,.]\d))/gu;
/**
 * "Firefighter Jess Coyle, 29,", "the skipper, Alan Pryce, 64": a named person's role written before
 * the name, which makes the age also that of the role's unnamed holder in another outlet ("a
 * 34-year-old firefighter").
 */
const ROLE_THEN_NAME_AGE =
  /(?<![\p{L}])(\p{L}+),?\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+),\s+(\d{1,3})(?![\d,.]\d)/gu;
/**
 * "The surfer attacked at Bondi, Liam Gray, 36,", "the man arrested in Leeds, Tom Hart, 40,": the role
 * and what befell its holder, then the name and age set off by commas.
 */
const ROLE_TOLD_THEN_NAME_AGE =
  /\b[Tt]he\s+(\p{Ll}+)\s+\p{Ll}+(?:ed|en)\b[^,;.]{0,60},\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+),\s+(\d{1,3})(?![\d,.]\d)/gu;
/**
 * "Darren Hollis, 52, a bus driver", "Ana Cole, 41, the ward's night nurse": the role set after the
 * name and age, its noun the last of up to three words.
 */
const NAME_AGE_THEN_ROLE =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+),\s+(\d{1,3})(?![\d,.]\d)\s*,\s+(?:a|an)\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})/gu;
/** Words that tell one death: "a 61-year-old man was among the dead" is "the man who died". */
const DEATH_WORDS = /^(?:died|dead|killed|death)$/;
/**
 * "The aircraft is 17 years old.", "The victim was 34 years old": a person or thing told by its noun,
 * its age the predicate.
 */
const NOUN_IS_AGE = /\b[Tt]he\s+(\p{Ll}+)\s+(?:is|was)\s+(?:now\s+)?(\d{1,3})\s+years?\s+old\b/gu;
/**
 * Ages given one unnamed person by two outlets are one person's when they lie this close: "a
 * 34-year-old man" and "the man, 36" are one man misreported, a man of 30 and one of 60 two men.
 */
const SAME_PERSON_YEARS = 5;

/**
 * Unnamed people's ages by the noun each outlet calls them ("chef", "woman"). A noun counts only when
 * some outlet writes it after "-year-old", which only a person (or an animal) takes, so "The fund, 12,"
 * is no one.
 */
/**
 * The surnames of people the story's texts name with a role, ages given or not: "driver Tom Hart",
 * "Tom Hart, a bus driver", "Tom Hart, 50, the driver".
 */
function namedHoldersOf(noun: string, articles: Iterable<Article>): Set<string> {
  // The role opens a sentence capitalised ("Driver Tom Hart"); a capital-letter test must stay case-true.
  const role = `[${noun[0]!.toUpperCase()}${noun[0]!}]${escapeRegExp(noun.slice(1))}`;
  const name = String.raw`(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(\p{Lu}[\p{L}'’-]+)`;
  const before = new RegExp(String.raw`(?<![\p{L}])${role},?\s+${name}(?![\p{L}])`, "gu");
  const after = new RegExp(
    String.raw`${name},\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}${role}(?![\p{L}])`,
    "gu",
  );
  const surnames = new Set<string>();
  for (const article of articles)
    for (const match of [...article.text.matchAll(before), ...article.text.matchAll(after)]) surnames.add(match[1]!);
  return surnames;
}

/** An unnamed person's or thing's age as a sentence writes it, before the story's outlets are known. */
interface AgeWritten {
  written: string;
  age: number;
  event?: string;
  band?: Band;
  raw?: string;
  person?: string;
}

/** The ages a sentence gives its nouns, and the nouns it ages ("a 72-year-old man"), read once per distinct text. */
function agesWrittenIn(text: string): { found: AgeWritten[]; aged: string[] } | null {
  // An age in words is set off by commas ("The rescued girl, nine,").
  if (!/\d|-year-old/.test(text) && !/,\s+\p{Ll}+(?:-\p{Ll}+)?\s*,/u.test(text)) return null;
  const found: AgeWritten[] = [];
  const aged: string[] = [];
  for (const match of text.matchAll(AGED_NOUN)) {
    const head = headNounOf(match[2]!);
    const age = /^\d/.test(match[1]!) ? Number(match[1]) : numberWordValue(match[1]!);
    aged.push(sameThingAs(head));
    if (age !== null) found.push({ written: head, age, raw: match[1]! });
  }
  for (const match of text.matchAll(BANDED_NOUN)) {
    aged.push(sameThingAs(match[1]!));
    const band = bandOf(Number(match[3]) * 10, match[2]?.trim().toLowerCase());
    found.push({ written: match[1]!, age: band.low, band, raw: match[0].slice(match[0].search(/in\s/)) });
  }
  for (const match of text.matchAll(NOUN_THEN_AGE)) {
    const age = /^\d/.test(match[2]!) ? Number(match[2]) : numberWordValue(match[2]!);
    if (age !== null) found.push({ written: match[1]!, age, raw: match[2]! });
  }
  for (const match of text.matchAll(NOUN_IS_AGE)) found.push({ written: match[1]!, age: Number(match[2]) });
  for (const match of text.matchAll(WHO_THEN_AGE))
    found.push({ written: match[1]!, age: Number(match[3] ?? match[4]), event: match[2]! });
  for (const match of [...text.matchAll(ROLE_THEN_NAME_AGE), ...text.matchAll(ROLE_TOLD_THEN_NAME_AGE)])
    found.push({ written: match[1]!.toLowerCase(), age: Number(match[3]), person: match[2]! });
  for (const match of text.matchAll(NAME_AGE_THEN_ROLE))
    found.push({ written: headNounOf(match[3]!), age: Number(match[2]), person: match[1]! });
  return { found, aged };
}

function unnamedAgesOf(sentences: readonly ArticleSentence[], byId: ReadonlyMap<string, Article>): Map<string, Age[]> {
  const byNoun = new Map<string, Age[]>();
  const aged = new Set<string>();
  // Rewrites repeat sentences: each distinct text is read once (its readings shared, never changed).
  const readAges = oncePerText(agesWrittenIn);
  for (const item of sentences) {
    const read = readAges(item.sentence.text);
    if (read === null) continue;
    const outlet = outletOf(item.article, byId);
    for (const noun of read.aged) aged.add(noun);
    const { found } = read;
    for (const { written, age, event, band, raw, person } of found) {
      // A thing outlets call by other nouns is one thing ("the 19-year-old jet", "The aircraft is 17").
      const noun = sameThingAs(written);
      if (!(age >= 1 && age <= 115)) continue;
      const figure: Age = {
        item,
        name: `the ${noun}`,
        age,
        raw: raw ?? String(age),
        outletKey: outlet.key,
        outletName: outlet.name,
        ...(event ? { event } : {}),
        ...(band ? { band } : {}),
        ...(person ? { person } : {}),
      };
      const list = byNoun.get(noun);
      if (list) list.push(figure);
      else byNoun.set(noun, [figure]);
    }
  }
  for (const noun of [...byNoun.keys()]) if (!aged.has(noun)) byNoun.delete(noun);
  // A person picked out by what happened to them ("The man who died") is the one a sentence telling
  // that of its aged noun means ("a 72-year-old man, has died", "was among the dead"), not any other
  // man of the story.
  for (const [noun, ages] of byNoun) {
    // Two named people given one role ("driver Tom Hart, 50", "driver Ann Cole, 53") leave its unnamed
    // holder unknown.
    const named = new Set(ages.flatMap((age) => (age.person ? [age.person.split(/\s+/).at(-1)!] : [])));
    if (named.size > 0) for (const surname of namedHoldersOf(noun, byId.values())) named.add(surname);
    if (named.size > 1) {
      byNoun.delete(noun);
      continue;
    }
    const event = ages.find((age) => age.event)?.event;
    if (!event) continue;
    const told = DEATH_WORDS.test(event)
      ? /\b(?:died|dead|killed|death)\b/i
      : new RegExp(`\\b${escapeRegExp(event)}\\b`, "i");
    byNoun.set(
      noun,
      ages.filter((age) => age.event === event || (!age.event && told.test(age.item.sentence.text))),
    );
  }
  return byNoun;
}

/**
 * The given names the story's texts write before a surname ("Ana Delgado", "Rita Vance"): a surname
 * alone is one person's only when the story names one such person.
 */
function givenNamesOf(surname: string, articles: readonly Article[]): Set<string> {
  const given = new Set<string>();
  const before = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+${escapeRegExp(surname)}(?![\\p{L}])`, "gu");
  for (const article of articles)
    for (const match of article.text.matchAll(before)) {
      // "Mayor Whitcomb", "Councillor Delgado": a title is no given name.
      const split = splitTitledName(`${match[1]} ${surname}`, true);
      if (split?.name.split(/\s+/).length === 2 && !NOT_A_PERSON.test(match[1]!)) given.add(match[1]!);
    }
  return given;
}

/**
 * Outlets giving one named person different ages ("Delgado, 46," in one, "Delgado, 44," in
 * another): a fact a reader checks and an editor must settle. A person is known by full name, or
 * by surname alone when the story writes that surname after one given name only (a mother and her
 * son share one). An outlet that gives one person two ages is left alone (a birthday, a slip of its
 * own), and so is a story spanning more than a year, over which an age moves. An unnamed person is
 * known by the noun outlets call them ("a 41-year-old chef", "The chef, 44,"), when the ages lie close.
 */
export function findAgeDisagreements(
  sentences: readonly ArticleSentence[],
  articles: readonly Article[],
): Disagreement[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const days = articles
    .map((article) => publishedDay(article))
    .filter((day): day is string => Boolean(day))
    .sort();
  if (days.length > 1 && Date.parse(days.at(-1)!) - Date.parse(days[0]!) > 365 * 86_400_000) return [];
  const people = new Map<string, Age[]>();
  for (const age of agesOf(sentences, byId)) {
    const tokens = age.name.split(/\s+/);
    const surname = tokens.at(-1)!;
    let key = age.name.toLowerCase();
    const given = givenNamesOf(surname, articles);
    if (tokens.length === 1) {
      if (given.size !== 1) continue;
      key = `${[...given][0]} ${surname}`.toLowerCase();
    } else if (given.size === 1 && tokens.at(-2) === [...given][0]) {
      // "Dane Mikkel Sørensen" and "Mikkel Sørensen": words before the one given name the story
      // writes with a surname are no part of whom it means.
      key = `${[...given][0]} ${surname}`.toLowerCase();
      age.name = `${[...given][0]} ${surname}`;
    }
    people.set(key, [...(people.get(key) ?? []), age]);
  }
  const disagreements: Disagreement[] = [];
  for (const [key, ages] of people) {
    const claims = rivalClaims(ages, (age) => age.age);
    if (!claims) continue;
    const fullName =
      ages.find((age) => age.name.toLowerCase() === key)?.name ??
      ages.find((age) => age.name.includes(" "))?.name ??
      ages[0]!.name;
    disagreements.push({ topic: `the age of ${fullName}`, claims });
  }
  const claimsKeyOf = (claims: Disagreement["claims"]) =>
    JSON.stringify(claims.map((claim) => [claim.value, claim.outlets]));
  const told = new Set(disagreements.map((found) => claimsKeyOf(found.claims)));
  for (const ages of unnamedAgesOf(sentences, byId).values()) {
    // Ages far apart are two people's, unless what befell them picks out one ("The woman who died").
    const lows = ages.map((age) => age.age);
    const highs = ages.map((age) => age.band?.high ?? age.age);
    if (Math.max(...lows) - Math.min(...highs) > SAME_PERSON_YEARS && !ages.some((age) => age.event)) continue;
    // A decade agrees with the age inside it ("in his 70s" and 74): it takes that age's value.
    const exact = ages.filter((age) => !age.band).map((age) => age.age);
    const ageValueOf = (age: Age): string | number => {
      if (!age.band) return age.age;
      const inside = exact.length > 0 && exact.every((value) => value >= age.band!.low && value <= age.band!.high);
      return inside ? Math.min(...exact) : `${age.band.low}-${age.band.high}`;
    };
    const claims = rivalClaims(ages, ageValueOf);
    // A role whose holder the outlets also name ("Ferry captain Ines Mota, 37", "the 39-year-old ferry
    // captain, Ines Mota,") is a disagreement already told by the name.
    if (claims && !told.has(claimsKeyOf(claims))) {
      told.add(claimsKeyOf(claims));
      disagreements.push({ topic: `the age of ${ages[0]!.name}`, claims });
    }
  }
  for (const [deed, ages] of deedAgesOf(sentences, byId)) {
    // One side must be unnamed ("a 47-year-old scaffolder"): two names are two people, or one person
    // already set against their name above. Ages far apart are two people's.
    const surnames = new Set(ages.flatMap((age) => (age.person ? [age.person.split(/\s+/).at(-1)!] : [])));
    if (surnames.size > 1 || ages.every((age) => age.person)) continue;
    const values = ages.map((age) => age.age);
    if (Math.max(...values) - Math.min(...values) > SAME_PERSON_YEARS) continue;
    const claims = rivalClaims(ages, (age) => age.age);
    if (claims && !told.has(claimsKeyOf(claims)))
      disagreements.push({ topic: `the age of the person who ${deed.replace(" ", " their ")}`, claims });
  }
  return disagreements;
}

/** People's ages by the deed of their own each sentence ties them to (see agesByDeed). */
function deedAgesOf(sentences: readonly ArticleSentence[], byId: ReadonlyMap<string, Article>): Map<string, Age[]> {
  const byDeed = new Map<string, Age[]>();
  const read = oncePerText(agesByDeed);
  for (const item of sentences)
    for (const { age, raw, deed, name } of read(item.sentence.text)) {
      if (!(age >= 1 && age <= 115)) continue;
      const outlet = outletOf(item.article, byId);
      const figure: Age = {
        item,
        name: name ?? "",
        age,
        raw,
        outletKey: outlet.key,
        outletName: outlet.name,
        ...(name ? { person: name } : {}),
      };
      byDeed.set(deed, [...(byDeed.get(deed) ?? []), figure]);
    }
  return byDeed;
}
