import type { Article } from "../../../model/index.js";
import { escapeRegExp } from "../../../text/escape-reg-exp.js";
import { oncePerText } from "../../../text/once-per-text.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { buildTermVectors, centroidOf, cosineSimilarity } from "../../evidence/term-vectors.js";
import { contentWords } from "../../evidence/word-tokens.js";
import type { StoryFacts } from "../../facts/extract-facts.js";
import { publishedDay, readDateExpressions } from "../../facts/reading/index.js";
import { posTagger } from "../../verify/reading/index.js";
import { reportsResultOf, statesProspect } from "../supersede/index.js";
import type { ArticleTimes } from "../times/index.js";
import { isOpinionPiece } from "./is-opinion-piece.js";

/** Drops site furniture from a title: `… | Updates on …`, `: Live Updates`, trailing ellipsis. */
export function cleanTitle(title: string): string {
  return title
    .split(/\s+[|–—]\s+/)[0]!
    .replace(/[:\-–]\s*(?:live|latest)( updates| news| blog| coverage)?$|[:\-–]\s*as it happened$/i, "")
    .replace(/^live( updates)?\s*[:\-–]\s*/i, "")
    .replace(/…$/, "")
    .trim();
}

/** Whether the text says that something happened: it has a verb, not only nouns ("Ceasefire Talks"). */
export function hasVerb(text: string): boolean {
  return tagsOf(text).tagger.some((tagName) => tagName === "VERB" || tagName === "AUX");
}

interface TaggedText {
  words: string[];
  /** The tagger's own tags. */
  tagger: string[];
  /** With names' words read as names (see tag), once asked for. */
  tags?: string[];
}

/**
 * The texts tagged while headlines are ranked: each candidate goes through several tests that tag
 * it, and rewrites share titles and leads. Kept only for one rankHeadlines call, so nothing outlives it.
 */
let taggedTexts: Map<string, TaggedText> | null = null;

/** A text's words and the tagger's tags (never changed by callers). */
function tagsOf(text: string): TaggedText {
  const known = taggedTexts?.get(text);
  if (known) return known;
  // Part-of-speech tagging only for the few headline candidates, with the verifier's tagger.
  const parser = posTagger();
  const tokens = parser.readDoc(text).tokens();
  const tagged: TaggedText = { words: tokens.out(), tagger: tokens.out(parser.its.pos) };
  taggedTexts?.set(text, tagged);
  return tagged;
}

const MAX_HEADLINE_WORDS = 22;
/** A lead clause may run longer than a written title: it carries the who, what and when. */
const MAX_LEAD_CLAUSE_WORDS = 28;
/** A shortened clause keeps at least this many words: enough for who did what. */
const MIN_SHORTENED_WORDS = 8;

/** Relative pronouns that open a clause elaborating what comes before. */
const RELATIVE = new Set(["that", "which", "who", "whose", "where", "whom"]);
/** Words that open a clause of their own, whatever the tagger calls them: its verb is not the main one. */
const CLAUSE_OPENER =
  /^(?:that|which|who|whose|where|whom|when|while|because|although|though|if|unless|whereas|whether|how|why|what|once)$/i;
/** Conjunctions whose clause has a finite verb of its own ("when a man shot…"); "how to end…" may be cut after. */
const FINITE_CLAUSE_OPENER = /^(?:when|while|because|although|though|if|unless|whereas)$/i;
/** Prepositions that often open a clause ("after he was accused…"): a verb after one is not the main verb. */
const TIME_OPENER = /^(?:after|before|since|until)$/i;
/** Past participles that follow the noun they describe ("accused of", "driven by", "known as"). */
const PARTICIPLE =
  /^(?:accused|suspected|convicted|charged|acquitted|known|based|driven|owned|backed|funded|written|directed|produced|filed|issued|dubbed|titled|born|sentenced|wanted|linked|tied)$/;
/** Tags a shortened headline may not end on: it would stop mid-phrase. */
const OPEN_ENDING = new Set(["DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PRON", "ADJ", "PUNCT"]);
/** Words that qualify what follows them: a cut after one leaves it hanging ("a contract … just a week", "more than"). */
const DANGLING =
  /^(?:just|only|about|nearly|almost|around|roughly|some|than|least|most|more|less|even|still|also|very|so|too|already|soon|shortly|right|well|not|never|ever|much|far)$/i;
/** "a week before …", "in the years since …": the time span belongs to the word after it. */
const TIME_RELATION = /^(?:before|after|since|ago|earlier|later|until|into|from|prior)$/i;
const TIME_UNIT =
  /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|centuries|times)$/i;
/** "a bothy 11 miles [from the car park]": a distance is measured from somewhere, which a cut would drop. */
const PLACE_RELATION = /^(?:from|off|of|short|beyond|inside|outside|north|south|east|west|away)$/i;
const DISTANCE_UNIT = /^(?:miles?|kilometres?|kilometers?|km|metres?|meters?|yards?|feet|foot|inches|nautical)$/i;
/** Phrases whose preposition is part of them: "in connection [with]", "as part [of]", "on behalf [of]". */
const FIXED_PHRASE =
  /\b(?:in|as|on|by|at) (?:connection|response|front|part|behalf|favou?r|addition|charge|place|spite|case|terms|light|search|support|honou?r|memory|protest|exchange|return|the wake|the face|the midst|the hands|the name)$/i;
/**
 * Verbs whose object is a clause: cut before that clause has its verb, they leave a bare noun ("A study
 * suggests the account"), or only who was told ("she told the police [that a man had taken her child]").
 */
const REPORTING_VERB =
  /^(?:say|says|said|told|tells|suggests?|suggested|shows?|showed|reveals?|revealed|finds?|found|believes?|believed|thinks?|thought|claims?|claimed|reports?|reported|warns?|warned|argues?|argued|predicts?|predicted|indicates?|indicated|concludes?|concluded|insists?|insisted|fears?|feared|hopes?|hoped)$/i;

interface Tagged {
  words: string[];
  tags: string[];
}

/** The second word of a place's or institution's name, capitalised: "Downing Street", "Reading Station". */
const NAME_HEAD =
  /^(?:Street|Road|Lane|Avenue|Square|Place|Park|Forest|Hill|Station|Council|Borough|Hospital|Town|City|College|School|University|Bridge|Green|Broadway|Pier|Abbey|Castle|Gardens?)$/;

// The word tests tag() makes of every word, built once: a literal with \p{…} inside a function is
// rebuilt on every call where the build lowers it to \`new RegExp\` (esbuild does, for Node 20).
const LONG_WORD = /^\p{L}{4,}$/u;
const CAPITAL_START = /^\p{Lu}/u;
const CAPITALISED_ING = /^\p{Lu}\p{Ll}+ing$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const CAPITALISED_START = /^\p{Lu}\p{Ll}/u;

/**
 * Words and part-of-speech tags. A capitalised "-ing" word before a name's head is part of the name,
 * not a verb ("Downing Street said…", "Reading Borough Council"): the tagger's verb there would open
 * the sentence as "Watching Obama play…" does and hide its main verb; so is a first name that is also
 * a verb ("Rob", "Mark", "Bill") before a surname.
 */
function tag(text: string): Tagged {
  const tagged = tagsOf(text);
  const words = tagged.words;
  if (tagged.tags) return { words, tags: tagged.tags };
  const tags = [...tagged.tagger];
  tagged.tags = tags;
  // In Title Case ("Police Arrest Suspect") a capital tells nothing of a name.
  const titleCase = words
    .filter((word, index) => index > 0 && LONG_WORD.test(word))
    .every((word) => CAPITAL_START.test(word));
  words.forEach((word, index) => {
    if (tags[index] === "VERB" && CAPITALISED_ING.test(word) && NAME_HEAD.test(words[index + 1] ?? ""))
      tags[index] = "PROPN";
    // A first name that is also a verb, before a surname ("Rob Kearney was sworn in…", "Chief
    // executive Mark Tanner said…"): part of the name, not a verb opening the sentence or ending its
    // subject (in running text only).
    if (
      !titleCase &&
      tags[index] === "VERB" &&
      CAPITALISED_WORD.test(word) &&
      !/(?:ing|ed)$/.test(word) &&
      tags[index + 1] === "PROPN" &&
      CAPITALISED_START.test(words[index + 1] ?? "")
    )
      tags[index] = "PROPN";
  });
  return { words, tags };
}

const isVerb = (tagName: string | undefined) => tagName === "VERB" || tagName === "AUX";
/** A word before which a verb form can only describe a noun: "the commanded annihilation", "this besieged White House". */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my)$/i;

/**
 * Whether the verb form at `index` may be a clause's finite verb: not "the stolen car", "of
 * collapsed houses" (a participle between a preposition and its noun describes the noun), "to
 * end", "confirming".
 */
function mayBeFinite({ words, tags }: Tagged, index: number): boolean {
  const previous = words[index - 1] ?? "";
  if (tags[index] === "VERB" && (tags[index - 1] === "DET" || DETERMINER.test(previous))) return false;
  if (
    tags[index] === "VERB" &&
    tags[index - 1] === "ADP" &&
    /(?:ed|en)$/i.test(words[index] ?? "") &&
    (tags[index + 1] === "NOUN" || tags[index + 1] === "ADJ")
  )
    return false;
  if (previous.toLowerCase() === "to") return false;
  return !(tags[index] === "VERB" && /ing$/i.test(words[index] ?? ""));
}
const isNominal = (tagName: string | undefined) =>
  tagName === "NOUN" || tagName === "PROPN" || tagName === "PRON" || tagName === "NUM";

/**
 * The index of the clause's finite main verb with a subject before it, or -1. A verb right after
 * "that", "who", "when"… is that clause's, not the main one ("Tuesday's report that Trump asked…",
 * "A man who was believed…"); an infinitive ("to end") and a bare "-ing" form ("confirming…") are
 * not finite; a clause that opens with a verb ("Watching Obama play…") has its main verb after the
 * comma that closes the opening phrase ("Released yesterday, the update was…").
 */
function mainVerbIndex({ words, tags }: Tagged): number {
  // "Watching Obama play…", "Because it may be time…": the main clause, if any, comes after a comma.
  // "Displaced residents spent…", "Injured workers were…": a participle right before its noun describes it.
  const describesNoun = tags[0] === "VERB" && /(?:ed|en)$/i.test(words[0] ?? "") && tags[1] === "NOUN";
  const opensWithVerb =
    (isVerb(tags[0]) && !describesNoun) || tags[0] === "SCONJ" || CLAUSE_OPENER.test(words[0] ?? "");
  /** What opened the clause whose verb is still to come: a relative pronoun, another opener, or none. */
  let pending: "relative" | "other" | null = null;
  let afterComma = false;
  let subject = false;
  let parentheses = 0;
  let index = 0;
  while (index < words.length) {
    const word = words[index]!;
    const tagName = tags[index];
    if (word === "(") parentheses += 1;
    if (word === ")") parentheses = Math.max(0, parentheses - 1);
    if (RELATIVE.has(word.toLowerCase())) pending = "relative";
    else if (CLAUSE_OPENER.test(word) || TIME_OPENER.test(word) || tagName === "SCONJ") pending = "other";
    if (
      pending &&
      (RELATIVE.has(word.toLowerCase()) || CLAUSE_OPENER.test(word) || TIME_OPENER.test(word) || tagName === "SCONJ")
    ) {
      index += 1;
      continue;
    }
    if (word === ",") {
      afterComma = true;
      // "After a chase, police arrested…": the opening phrase ends at its comma.
      if (pending === "other") pending = null;
    }
    if (!isVerb(tagName) || parentheses > 0) {
      if (isNominal(tagName)) subject = true;
      index += 1;
      continue;
    }
    // A verb group: "was believed to have been", "is being sued", "including increased".
    let end = index;
    while (end + 1 < words.length && (isVerb(tags[end + 1]) || tags[end + 1] === "PART" || tags[end + 1] === "ADV"))
      end += 1;
    const lower = word.toLowerCase();
    const infinitive = words[index - 1]?.toLowerCase() === "to";
    const bareParticiple = tagName === "VERB" && /ing$/i.test(word);
    // "a mother accused of…", "the car driven by…": a participle after its noun, not a finite verb.
    const reducedRelative =
      tagName === "VERB" &&
      end === index &&
      PARTICIPLE.test(lower) &&
      tags[index + 1] === "ADP" &&
      isNominal(tags[index - 1]);
    // An aside set off by a dash opens with a participle ("officer — indicted last week…").
    const aside = /^(?:[—–]|--)$/.test(words[index - 1] ?? "");
    const embedded = pending !== null;
    // "while filming" ends its clause; "whose … abortion-restricting bill catapulted" does not.
    if (!bareParticiple || pending === "other") pending = null;
    if (
      !embedded &&
      !infinitive &&
      !bareParticiple &&
      !reducedRelative &&
      !aside &&
      subject &&
      (!opensWithVerb || afterComma) &&
      mayBeFinite({ words, tags }, index)
    )
      return index;
    index = end + 1;
  }
  return -1;
}

const SECOND_PERSON = /\b(?:you|your|yours|yourself|yourselves)\b/i;
const QUOTATION = /“[^“”]*”|"[^"]*"|‘[^‘’]*’/g;
/** A conditional or time clause before the main one: "If you bought one, …", "Before you go, …". */
const OPENING_CLAUSE = /^(?:if|unless|when|whenever|before|after|once|until|while)\b[^,]*,\s*/i;

/**
 * Whether the text speaks to the reader rather than reports: advice in the second person ("If you
 * bought a fryer, check the model number"), a question ("Own a Halvorsen air fryer? What to do
 * now"), or an imperative main clause ("Unplug the fryer and stop
 * using it", a bare verb opening it, after any "If…," clause). A service line is no news lead.
 */
export function addressesReader(text: string): boolean {
  const unquoted = text.replace(QUOTATION, " ").trim();
  if (SECOND_PERSON.test(unquoted) || unquoted.includes("?")) return true;
  // After a leading quotation its speaker comes ("“…,” said Trinh Tran"): no command.
  if (/^\s*["“‘']/.test(text)) return false;
  const main = unquoted.replace(OPENING_CLAUSE, "");
  const { words, tags } = tag(main);
  const first = words[0] ?? "";
  // A bare verb, not a past or -ing form ("Released yesterday, …", "Watching…" are no commands).
  return tags[0] === "VERB" && !/(?:ed|ing|s)$/i.test(first) && /^\p{L}+$/u.test(first);
}

/** The writer in the first person: "I suspect", "my favorite", "we often discuss", "thanks for joining us". */
const FIRST_PERSON =
  /\bI\s+(?:am|was|have|had|do|did|will|would|can|could|think|suspect|believe|know|need|want|mean|guess|hope|feel|love|like|had)\b|\bI['’](?:m|ve|d|ll)\b|\b(?:[Ww]e|us|[Oo]ur|[Mm]y|me)\b/;

/**
 * Whether the text speaks as its writer, outside any quotation ("The latest, and my favorite to date,
 * is…", "We are so thankful for…"): a column's or a blog's voice, no report of what happened.
 */
export function speaksAsWriter(text: string): boolean {
  return FIRST_PERSON.test(text.replace(QUOTATION, " "));
}

/** Capitalised words that name no one: days and months. */
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * Whether the clause's subject is a bare pronoun with nothing named before it ("On Thursday night, he
 * was set to rant at the Fox Theatre", "It was the first time…"): out of its article the reader cannot
 * tell who. "As Gov. Scott Walker opens his campaign, he will…" names him first.
 */
export function leansOnPronoun(text: string): boolean {
  const match = /^(?:([^,]{0,80}),\s+)?(?:he|she|they|it)\s+\p{Ll}/iu.exec(text.replace(QUOTATION, " ").trim());
  if (!match) return false;
  const before = (match[1] ?? "").split(/\s+/).slice(1);
  return !before.some((word) => /^\p{Lu}/u.test(word) && !CALENDAR_WORD.test(word));
}

/**
 * A present-tense generalisation ("Crowd figures are always political", "Such deals are rarely
 * simple"): commentary on how things go, no report of what happened.
 */
const GENERALISATION = /\b(?:is|are)\s+(?:always|never|usually|often|rarely|seldom|generally|typically)\b/i;

/**
 * Whether the text's main verb is inside a quotation ("According to X, the professor, “there are
 * thousands of…”"): it says what someone thinks, not what happened. Each quotation is read as one
 * noun, so "Morgan called Carver “a coward”", "“We are devastated,” said the mayor" and "Years after
 * the premiere of “Gone with the Wind,” research is shedding light…" keep theirs.
 */
export function onlyQuotes(text: string): boolean {
  // A comma American style puts inside the quotation closes the writer's phrase: it is kept.
  const asNoun = (quotation: string) => ` it${/([,;:])["”’]$/.exec(quotation)?.[1] ?? ""} `;
  return text.search(QUOTATION) >= 0 && !hasMainVerb(text.replace(QUOTATION, asNoun));
}

/** Whether the text states how things usually are rather than what happened (see GENERALISATION). */
function generalises(text: string): boolean {
  return GENERALISATION.test(text.replace(QUOTATION, " "));
}

/**
 * What a main verb and its words say when they tell how things stand rather than what happened:
 * ownership, size, a home ("was one of 60 owned by the leasing firm Corvane", "employs 300 people",
 * "is based in Leeds", "has run the branch since 2004"). "Was one of three people killed" is news: the
 * participle after "one of N" there is an event's, not an owner's.
 */
const LASTING_STATE = new RegExp(
  [
    String.raw`^(?:is|are|was|were)\s+(?:one|among|part)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}\d,.'’-]+\s+){0,3}?(?:owned|operated|run|leased|managed|built|made|held|used)\s+by\b`,
    String.raw`^(?:is|are|was|were)\s+(?:based|headquartered|located|registered)\s+in\b`,
    String.raw`^(?:is|are|was|were)\s+home\s+to\b`,
    String.raw`^(?:owns?|employs?)\b`,
    String.raw`^(?:has|have|had)\s+(?:owned|employed|run|operated|managed|lived|worked)\b.*\bsince\s+(?:\d{4}|the\s+\d{4}s)\b`,
  ].join("|"),
  "iu",
);

/** A word LASTING_STATE cannot match without, read before a lead is tagged. */
const LASTING_STATE_CUE =
  /\b(?:(?:owned|operated|run|leased|managed|built|made|held|used)\s+by|(?:based|headquartered|located|registered)\s+in|home\s+to|owns?|employs?|since)\b/i;

/**
 * Whether the text's main clause states a lasting state (see LASTING_STATE) rather than an event:
 * background a side piece may lead with ("The tanker that leaked at Ashbury, built in 1998, was one of
 * 60 owned by the leasing firm Corvane"), never the story's latest news.
 */
export function statesLastingState(text: string): boolean {
  // Tagging is the costly part: most leads hold none of the state's words.
  if (!LASTING_STATE_CUE.test(text)) return false;
  // Asides hide the main verb ("…, built in 1998, was one of…"): read without them too.
  const plain = text.replace(QUOTATION, " it ").replace(/[.!]$/u, "");
  // An irregular participle opens an aside too ("…, built in 1998,"): each pair of commas is read away.
  const unbracketed = [...plain.matchAll(/,\s+[^,]+,\s+/gu)].map(
    (aside) => `${plain.slice(0, aside.index)} ${plain.slice(aside.index + aside[0].length)}`,
  );
  return [plain, withoutAsides(plain), ...unbracketed].some((reading) => {
    const tagged = tag(reading);
    const main = mainVerbIndex(tagged);
    return main >= 0 && LASTING_STATE.test(tagged.words.slice(main).join(" "));
  });
}

/**
 * A community's response to the news, from the main verb on: money raised in an appeal ("have raised
 * more than £12,000 for Raymond Bell through an online appeal"), tributes, a vigil, flowers, a
 * petition. A side piece: it tells how people took the news, not what happened in it.
 */
const RESPONSE = new RegExp(
  [
    String.raw`^(?:(?:have|has|had)\s+)?(?:raised|collected|donated)\b.*[£$€].*\b(?:appeal|fundrais\w*|crowdfund\w*|donations?|collection)\b`,
    String.raw`^(?:(?:have|has|had)\s+)?(?:paid|pay|pays|led)\s+(?:\S+\s+)?tributes?\b`,
    String.raw`^(?:(?:have|has|had)\s+)?(?:held|gathered\s+for|hold|holds)\s+(?:a\s+)?(?:candlelit\s+)?(?:vigil|minute['’]s\s+silence|memorial\s+service)\b`,
    String.raw`^(?:(?:have|has|had)\s+)?(?:laid|left)\s+flowers\b`,
    String.raw`^(?:(?:have|has|had)\s+)?signed\s+(?:a|an|the)\s+(?:online\s+)?petition\b`,
  ].join("|"),
  "iu",
);

/** How people took the news, told as a feeling: "said on Thursday they were stunned by his conviction". */
const FEELING_WORDS =
  "stunned|shocked|saddened|devastated|heartbroken|horrified|appalled|relieved|delighted|thrilled|overjoyed|dismayed|outraged|bewildered";
const FEELING = `(?:${FEELING_WORDS})`;

/** A word RESPONSE cannot match without, read before a lead is tagged. */
const RESPONSE_CUE = new RegExp(
  String.raw`\b(?:raised|collected|donated|tributes?|vigil|silence|memorial|flowers|petition|${FEELING_WORDS})\b`,
  "i",
);

/**
 * Someone telling how they feel about the news, from the main verb on ("said on Thursday they were
 * stunned by his conviction", "were left devastated"): a response, as a tribute is.
 */
const FELT = new RegExp(
  [
    String.raw`^(?:said|say|says)\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\s+)?(?:that\s+)?(?:they|he|she|we|it)\s+(?:were|was|are|is|had\s+been|have\s+been|felt|feel)\s+(?:left\s+)?${FEELING}\b`,
    String.raw`^(?:(?:were|was|are|is|have\s+been|had\s+been)\s+)?(?:left\s+)?${FEELING}\s+(?:by|at|over)\b`,
  ].join("|"),
  "iu",
);

/**
 * Marks of mourning, whoever keeps them and wherever the sentence names them ("A book of condolence
 * has been opened at the town hall", "Flags flew at half-mast"): a response to a death.
 */
const MOURNING = /\bbooks?\s+of\s+condolences?\b|\bhalf[- ](?:mast|staff)\b/i;

/**
 * A body stopping its own activity because of a death, as a title tells it ("Sailing club cancels
 * regatta after member's death", "Club postpones match after fan's death"): how it took the news.
 */
const STOPPED_FOR_LOSS =
  /\b(?:suspends?|suspended|postpones?|postponed|cancels?|cancell?ed|calls?\s+off|called\s+off|halts?|halted)\b[^.;:]*\b(?:after|following|over)\s+(?:the\s+)?(?:[\p{L}-]+['’]s?\s+){0,3}(?:death|deaths|loss|killing)\b/iu;

/** Whether a lead's main clause tells a community's response (see RESPONSE, MOURNING, STOPPED_FOR_LOSS) rather than a development. */
export function tellsResponse(text: string): boolean {
  const unquoted = text.replace(QUOTATION, " ");
  if (MOURNING.test(unquoted) || STOPPED_FOR_LOSS.test(unquoted)) return true;
  if (!RESPONSE_CUE.test(text)) return false;
  const tagged = tag(text.replace(QUOTATION, " it ").replace(/[.!]$/u, ""));
  const main = mainVerbIndex(tagged);
  if (main < 0) return false;
  const told = tagged.words.slice(main).join(" ");
  return RESPONSE.test(told) || FELT.test(told);
}

/**
 * A state going on, from the main verb on: people spending another night away from home ("spent a
 * second night in a school gym", "spend third night in guest house"), still where they were ("were
 * still unable to return home"). Nothing changed: the last development is still the news.
 */
const CONTINUATION = new RegExp(
  [
    String.raw`^(?:(?:have|has|had|are|were)\s+)?(?:spent|spend|spends|spending)\s+(?:(?:a|an|their|the|his|her)\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|another|further|\d+(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+)?(?:nights?|days?|weeks?)\b`,
    String.raw`^(?:are|were|is|was|remain|remains|remained)\s+still\b`,
  ].join("|"),
  "iu",
);
/** A word CONTINUATION cannot match without, read before a lead is tagged. */
const CONTINUATION_CUE = /\b(?:spen[dt]|spends|spending|still)\b/i;

/** Whether a lead's or a title's main clause only tells that a state goes on (see CONTINUATION) rather than a development. */
export function tellsContinuation(text: string): boolean {
  if (!CONTINUATION_CUE.test(text)) return false;
  const tagged = tag(text.replace(QUOTATION, " it ").replace(/[.!]$/u, ""));
  const main = mainVerbIndex(tagged);
  return main >= 0 && CONTINUATION.test(tagged.words.slice(main).join(" "));
}

/**
 * The last moment of the day after an article's publication day, on its stamp's clock (see
 * publishedDay): a response in the next day's paper still covers it.
 */
function nextDayEnd(article: Article, time: number): number {
  const offset = STAMP_OFFSET.exec(article.publishedAt ?? "")?.[0] ?? "Z";
  const day = Date.parse(`${publishedDay(article) ?? new Date(time).toISOString().slice(0, 10)}T00:00:00${offset}`);
  return Number.isNaN(day) ? time + DAY_MS : day + 2 * DAY_MS - 1;
}

const STAMP_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether the text has a finite main verb with a subject: it says who did what, not only "X's report that…". */
export function hasMainVerb(text: string): boolean {
  return mainVerbIndex(tag(text)) >= 0;
}

/**
 * Whether a shortened clause is complete: it has a finite main verb with a subject, and a reporting
 * verb there ("suggests", "said") either ends it (the speaker after a quotation) or is followed by
 * another verb (its clause is whole).
 */
function completeClause(text: string): boolean {
  const tagged = tag(text);
  const main = mainVerbIndex(tagged);
  if (main < 0) return false;
  // "Among the household items put to unintended use [… are a nail gun, …]": a clause that opens on a
  // preposition and has no comma to close it has its subject still to come.
  if (tagged.tags[0] === "ADP" && !tagged.words.includes(",")) return false;
  // "…what Senate Democrats have long known: Mr. Schumer": what a colon opens has no verb yet.
  const colon = tagged.words.lastIndexOf(":");
  if (colon > main && !tagged.tags.slice(colon + 1).some(isVerb)) return false;
  if (!REPORTING_VERB.test(tagged.words[main]!)) return true;
  const rest = tagged.tags.slice(main + 1);
  // The speaker after a quotation ("“…,” Stallone said"), not "A study reveals" with nothing revealed.
  if (rest.every((tagName) => tagName === "PUNCT")) return /[”"’']/.test(tagged.words.slice(0, main).join(" "));
  return rest.some((tagName, offset) => isVerb(tagName) && mayBeFinite(tagged, main + 1 + offset));
}

/**
 * A clause longer than a headline, cut before its last phrase that only adds detail (a preposition,
 * a conjunction or a relative clause) so that at most MAX_HEADLINE_WORDS words remain: "Blinken on
 * Thursday said negotiators would decide how to end the war in Gaza [and free dozens of prisoners
 * captured by militants in the attack]". The cut ends on a complete phrase: never before "of" (it
 * would leave a bare head noun), nor after a word that qualifies what follows ("just a week [before]",
 * "more than"), nor inside a fixed phrase ("in connection [with]"), a coordination of nouns ("a brother
 * [and sister]"), an infinitive a verb needs ("was scheduled [to]"), a quotation, or a clause that
 * opened after the verb ("…sued by two EMTs who say a foreign correspondent"); and what is left has a
 * finite main verb with a subject. The clause itself when it is short enough or no cut qualifies.
 */
function shortenClause(clause: string): string {
  if (clause.split(/\s+/).length <= MAX_HEADLINE_WORDS) return clause;
  const { words, tags } = tag(clause);
  let cursor = 0;
  let best: string | null = null;
  let seenVerb = false;
  let embedded = false;
  let pendingClause = false;
  // A clause opened after the verb whose own verb takes no object, only phrases ("a coach that crashed
  // [in the Alps] [on Friday]"): it is complete after each of them, so a cut before the next one
  // leaves it whole. Any other word after its verb (an object, a second verb) ends that.
  let phrasesOnly = false;
  words.forEach((word, index) => {
    const start = clause.indexOf(word, cursor);
    if (start < 0) return;
    cursor = start + word.length;
    const tagName = tags[index] ?? "";
    const lower = word.toLowerCase();
    const previous = words[index - 1] ?? "";
    const opensClause = tagName === "SCONJ" || tagName === "CCONJ" || RELATIVE.has(lower);
    // A participle with its agent after a noun is a detail: "a 6 percent raise [brokered by the mediator]".
    const reducedRelative =
      tagName === "VERB" &&
      words[index + 1]?.toLowerCase() === "by" &&
      /ed$|en$/i.test(word) &&
      seenVerb &&
      // Not a passive: "she was killed [by…]" keeps its agent with it.
      tags[index - 1] !== "AUX" &&
      tags[index - 1] !== "PART";
    // "following" is a preposition after a noun ("…lessons on climate change [following the adoption …]"),
    // whatever the tagger calls it.
    const following = lower === "following" && isNominal(tags[index - 1]);
    const opensDetail = (tagName === "ADP" && lower !== "of") || opensClause || reducedRelative || following;
    // "and" joins two clauses, verbs or phrases ("…end the war and free dozens…"), or two bare nouns
    // that make one ("a brother and sister", "command and control", "Taylor Swift and Conor Kennedy").
    const joinsNouns = tagName === "CCONJ" && (tags[index + 1] === "NOUN" || tags[index + 1] === "PROPN");
    const hanging =
      DANGLING.test(previous) ||
      (TIME_RELATION.test(lower) && TIME_UNIT.test(previous)) ||
      (PLACE_RELATION.test(lower) && DISTANCE_UNIT.test(previous)) ||
      (lower === "to" && tags[index - 1] === "ADJ") ||
      (tagName === "ADP" && NEEDS_COMPLEMENT_NOUN.test(previous)) ||
      (tagName === "ADP" && dropsSecondComplement(words, tags, index)) ||
      // A verb's particle or complement ("locked [up]", "was scheduled [to]"), its object clause
      // ("officials discovered [that…]"), or a second verb sharing its object ("discovered [and shut down] …").
      (isVerb(tags[index - 1]) && !reducedRelative);
    // Once a clause opens after the verb ("…two EMTs who say…"), a later cut would leave it unfinished;
    // so does a cut between "when", "after"… and the verb of its clause ("…when a man [shot]").
    if (embedded && phrasesOnly && !(tagName === "ADP" || /^(?:DET|ADJ|NOUN|PROPN|NUM|PUNCT)$/.test(tagName)))
      phrasesOnly = false;
    if (embedded && phrasesOnly && tagName === "PUNCT" && word !== ",") phrasesOnly = false;
    const cutAllowed =
      opensDetail &&
      ((!embedded && !pendingClause) ||
        (embedded && phrasesOnly && tagName === "ADP" && lower !== "of" && tags[index - 1] !== "ADP")) &&
      !joinsNouns &&
      !hanging &&
      index > 0 &&
      !OPEN_ENDING.has(tags[index - 1] ?? "");
    if (seenVerb && (opensClause || FINITE_CLAUSE_OPENER.test(lower))) pendingClause = true;
    if (isVerb(tagName)) {
      phrasesOnly = pendingClause && !embedded && tags[index + 1] === "ADP";
      if (pendingClause) embedded = true;
      seenVerb = true;
    }
    if (!cutAllowed) return;
    const prefix = clause.slice(0, start).trim().replace(/,$/, "");
    const length = prefix.split(/\s+/).length;
    if (length < MIN_SHORTENED_WORDS || length > MAX_HEADLINE_WORDS) return;
    // "…in Jerusalem, Washington [and elsewhere]": a cut would end inside a list.
    if (FIXED_PHRASE.test(prefix) || /,\s+\S+(?:\s+\S+)?$/.test(prefix) || !balancedQuotes(prefix)) return;
    if (completeClause(prefix)) best = prefix;
  });
  if (best === null) return clause;
  // A cut must not drop the figure that is the news ("…the MV Aurora on Wednesday[, and the coast
  // guard put the final death toll at 41]"): without its days the clause may fit, or, as long as a
  // lead clause may be, it is kept whole.
  if (!dropsFigure(clause, best)) return best;
  const undated = clause.replace(DAY_PHRASE, "").replace(/\s+,/g, ",");
  if (undated !== clause && undated.split(/\s+/).length <= MAX_HEADLINE_WORDS && completeClause(undated))
    return undated;
  return clause.split(/\s+/).length <= MAX_LEAD_CLAUSE_WORDS ? clause : best;
}

/**
 * A noun that needs what follows it ("his role [in the Holocaust]", "any part [in]", "their claim [to
 * Klingon]", "an encounter [with a police officer]", "the adoption [on Tuesday of new guidelines]"):
 * cut after it, a headline names half a thing. Nominalisations, and nouns of a relation.
 */
const NEEDS_COMPLEMENT_NOUN =
  /^(?:\p{L}{3,}(?:tion|sion|ment|ance|ence)s?|approval|arrival|removal|denial|refusal|renewal|withdrawal|dismissal|proposal|referral|reversal|role|part|claims?|encounter|rationale|plea|bid|attempts?|links?|ties|access|reaction|response|ban|contribution|share|stake|visit|trip|return|relationship|partnership)$/iu;
/**
 * Verbs whose object needs a second complement to mean what the sentence says ("compared the marriage
 * of same-sex couples [to …]", "sentenced him [to six months]", "swapped the paintings [for fakes]",
 * "persuade a judge in Manhattan [that …]"):
 * cut before it, the clause says something else. Each with the prepositions that may open it.
 */
const TWO_COMPLEMENT_VERBS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:compar|liken|sentenc|turn|convert)/i, /^(?:to|with|into)$/i],
  [/^(?:swap|exchang|trad|mistak|mistook|confus|replac)/i, /^(?:for|with)$/i],
  // What someone was told or urged: "was caught on tape telling a rape victim [not to …]".
  [/^(?:tell|told|persuad|convinc|assur|remind|inform|urg)/i, /^(?:that|to|not)$/i],
];

/**
 * Whether a cut before word `index` leaves the verb before it without its second complement (see
 * TWO_COMPLEMENT_VERBS): no preposition of that complement between them ("compared the new parking
 * charges [in the town centre to …]" loses it as surely as a cut right before "to").
 */
function dropsSecondComplement(words: readonly string[], tags: readonly string[], index: number): boolean {
  for (let verb = index - 1; verb >= 0; verb -= 1) {
    if (!isVerb(tags[verb])) continue;
    const word = words[verb] ?? "";
    // Only the nearest verb's complement is at stake.
    const needs = TWO_COMPLEMENT_VERBS.find(([form]) => form.test(word));
    return needs !== undefined && !words.slice(verb + 1, index).some((between) => needs[1].test(between));
  }
  return false;
}

/** A day the news happened on, which a headline may leave out: "on Wednesday", "late on Friday night", "yesterday". */
const DAY_PHRASE =
  /\s+(?:(?:early|late)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b(?![’']s?\b)|\s+(?:yesterday|today|last night)\b(?![’']s?\b)/g;

/** Whether what a cut leaves out holds a figure (a count, a toll, a sum; not a year) that the kept part lacks. */
function dropsFigure(clause: string, kept: string): boolean {
  const { words, tags } = tag(clause.slice(kept.length));
  const keptWords = new Set(tag(kept).words.map((word) => word.toLowerCase()));
  return words.some(
    (word, index) => tags[index] === "NUM" && !/^(?:1[89]|20)\d\d$/.test(word) && !keptWords.has(word.toLowerCase()),
  );
}

/** Words that open an aside set off by commas: a relative clause ("Ashcroft, who stole…,"). */
const ASIDE_RELATIVE = /^(?:who|whom|whose|which)$/i;
/** Determiners that open an appositive after a name ("Dominic Ashcroft, the former owner of…,"). */
const APPOSITIVE_DETERMINER = /^(?:the|a|an)$/i;

/**
 * The sentence without its asides set off by two commas: a relative clause ("Dominic Ashcroft, who
 * stole £2.4 million from residents, was jailed…"), an appositive or an age after a name ("sentenced
 * Dominic Ashcroft, the former owner of the Larchwood homes, to nine years"; "Ashcroft, 58, was…"),
 * a participle phrase ("Ashcroft, wearing a grey suit, showed…"). A headline drops them: they describe
 * someone the news is about, and the news (the verb and what it did) comes after them. An aside is
 * taken out only where the main clause goes on after its closing comma with a verb or a preposition
 * ("…, was jailed", "…, to nine years"), never before "and" (a list) and never inside a quotation.
 */
function withoutAsides(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round += 1) {
    const { words, tags } = tag(current);
    const starts: number[] = [];
    let cursor = 0;
    for (const word of words) {
      const start = current.indexOf(word, cursor);
      starts.push(start);
      if (start >= 0) cursor = start + word.length;
    }
    let found = false;
    for (let open = 1; open < words.length - 2 && !found; open += 1) {
      if (words[open] !== ",") continue;
      const first = words[open + 1]!;
      const before = tags[open - 1];
      const opens =
        ASIDE_RELATIVE.test(first) ||
        (before === "PROPN" && APPOSITIVE_DETERMINER.test(first)) ||
        (before === "PROPN" && tags[open + 1] === "NUM" && words[open + 2] === ",") ||
        (isNominal(before) && tags[open + 1] === "VERB" && /(?:ing|ed|en)$/i.test(first));
      if (!opens) continue;
      const close = words.indexOf(",", open + 1);
      if (close < 0 || close + 1 >= words.length) continue;
      const next = tags[close + 1];
      if (!(isVerb(next) || next === "ADP") || /^(?:and|or|but)$/i.test(words[close + 1]!)) continue;
      // "…in September, the Halford Bank index showed on Thursday, in contrast to…": who says so is no
      // description of someone; without it the headline states one source's reading as fact.
      if (words.slice(open + 1, close).some((word) => REPORTING_VERB.test(word))) continue;
      const start = starts[open]!;
      const end = starts[close]! + 1;
      if (start < 0 || end <= start || !balancedQuotes(current.slice(start, end))) continue;
      const shorter = `${current.slice(0, start)}${current.slice(end)}`;
      if (!hasMainVerb(shorter)) continue;
      current = shorter;
      found = true;
    }
    if (!found) break;
  }
  return current;
}

/** Curly quotes pair up, and straight ones come in twos. */
function balancedQuotes(text: string): boolean {
  const opening = (text.match(/“/g) ?? []).length;
  const closing = (text.match(/”/g) ?? []).length;
  return opening === closing && (text.match(/"/g) ?? []).length % 2 === 0;
}

/**
 * What opens an elaboration after the main clause, at a comma: ", saying…", ", after…", ", which…",
 * ", in which five people died" (a preposition before a relative pronoun opens a relative clause as
 * ", which" does), ", three days after…".
 */
const ELABORATION =
  /,\s+(saying|after|as|while|which|who|but|although|though|according|amid|despite|in a|following|(?:in|of|during|at|from|by|for|with|under|on|through|after)\s+(?:which|whom)|\S+\s+(?:hour|day|week|month|year)s?\s+(?:after|before|since|later|earlier))\b/i;
/** The same, or a semicolon (what follows one is a clause of its own). */
const ELABORATION_OR_SEMICOLON = new RegExp(`${ELABORATION.source}|;\\s+`, "i");

/**
 * The main clause of a list of clauses too long for a headline: its first item when every item is a
 * clause with its own main verb ("X lifted the notice on Wednesday; the schools will reopen on
 * Thursday; and every household will receive £50"), as the first is the news the others follow
 * from; or what comes before a colon that introduces the list ("Three people died: Ellen Park, 71,
 * a teacher; …"). Null for a list of names or things, which no one item may stand for.
 */
function listMainClause(text: string): string | null {
  const items = text.split(/;\s+/);
  const first = (items[0] ?? "").trim().replace(/,$/, "");
  const clauses = items.every((item) => hasMainVerb(item.replace(/^(?:and|or|but)\s+/i, "")));
  if (clauses) return first;
  const colon = first.indexOf(": ");
  const before = colon > 0 ? first.slice(0, colon) : "";
  return before && hasMainVerb(before) ? before : null;
}

/**
 * The main clause of a lead sentence, as a headline: cut before what only elaborates it (", saying…",
 * ", after…", ", three days after…", " — …"), then, when still longer than a headline, before its last detail (see
 * shortenClause), without the final full stop. Null when no short enough clause with a finite main
 * verb and its subject is left.
 */
function mainClause(text: string): string | null {
  // Semicolons that end a list's items ("named as Ellen Park, 71, a teacher; Marcus Hill, 19…; and
  // Priya Raman, 45, a nurse") end no clause: cut there, a headline would name one of three.
  const list = /;\s+(?:and|or)\s/.test(text);
  const elaboration = (list ? ELABORATION : ELABORATION_OR_SEMICOLON).exec(text);
  // A dash sets off an aside after the main clause, or ends a dateline before it ("FLORENCE (UPI) -- …").
  const dash = [...text.matchAll(/\s+(?:[—–]|--)\s+/g)].find((match) => hasMainVerb(text.slice(0, match.index)));
  const cut = [elaboration, dash].filter((match) => match != null).sort((a, b) => a.index - b.index)[0];
  let whole = (cut ? text.slice(0, cut.index) : text).trim().replace(/[.,]$/, "");
  // A list too long for a headline keeps all its items only whole: a list of clauses is told by its
  // first, a list of names by what introduced it, if anything (see listMainClause).
  if (list && whole.includes(";") && whole.split(/\s+/).length > MAX_HEADLINE_WORDS) {
    const main = listMainClause(whole);
    if (main === null) return null;
    whole = main;
  }
  const clause = shortenClause(whole);
  const words = clause.split(/\s+/).length;
  if (words < 6 || words > MAX_LEAD_CLAUSE_WORDS) return null;
  // A cut that leaves a quotation open would misquote.
  if (!balancedQuotes(clause)) return null;
  return clause === text ? (hasMainVerb(clause) ? clause : null) : completeClause(clause) ? clause : null;
}

/**
 * A lead sentence's headline (see mainClause). A lead longer than a headline, or one whose main
 * clause is lost at an aside (", who…" cuts "Dominic Ashcroft, who stole…, was jailed for nine years"
 * down to its name), is read without its asides (see withoutAsides), which keeps the news after them.
 */
function leadClause(sentence: string): string | null {
  const text = sentence.trim().replace(/[.!]["”’']?$/u, (end) => end.slice(1));
  const plain = mainClause(text);
  const stripped = withoutAsides(text);
  if (stripped !== text && (plain === null || text.split(/\s+/).length > MAX_HEADLINE_WORDS))
    return mainClause(stripped) ?? plain;
  return plain;
}

const TITLE_CASE_WORD = /^(?:\p{Lu}[\p{L}'’-]*|\d[\d,.]*|of|in|on|at|to|for|and|the|a|an|by|with|over|as)$/u;

/**
 * Whether a title in Title Case names a topic though the tagger finds a verb in it: its main verb
 * and the noun after it are, in the story's own prose, one noun ("Teachers Pay Dispute" where the
 * articles write "the pay dispute", "teachers' pay dispute"). Capitals hide the difference between
 * "Dockworkers End Strike" and "Teachers Pay Dispute"; the lower-case prose shows it.
 */
function namesTopic(title: string, prose: () => string): boolean {
  const words = title.split(/\s+/);
  if (words.length < 2 || !words.every((word) => TITLE_CASE_WORD.test(word.replace(/[,:;]$/, "")))) return false;
  const tagged = tag(title);
  const main = mainVerbIndex(tagged);
  const verb = tagged.words[main];
  const noun = tagged.words[main + 1];
  if (main < 0 || !verb || !noun || !/^(?:NOUN|PROPN)$/.test(tagged.tags[main + 1] ?? "")) return false;
  const compound = new RegExp(
    `(?:\\b(?:the|a|an|this|that|its|their|his|her|our|new|latest|long-running|bitter)|['’]s?)\\s+${escapeRegExp(verb.toLowerCase())}\\s+${escapeRegExp(noun.toLowerCase())}\\b`,
  );
  // The verb and the noun together first: the full pattern tries every word of the prose.
  const together = new RegExp(`${escapeRegExp(verb.toLowerCase())}\\s+${escapeRegExp(noun.toLowerCase())}\\b`);
  if (!together.test(prose()) || !compound.test(prose())) return false;
  // "Teachers Pay Dispute Talks Resume": a verb after the compound still says what happened.
  return !hasMainVerb(tagged.words.slice(main + 1).join(" "));
}

/**
 * Whether an article's lead retells news an earlier report already broke and the sentence after it
 * tells what the article adds: the lead states a day before the article's own, a report printed
 * earlier, on that day or after it, told most of the lead's main clause, and the next sentence states a day no earlier than the
 * lead's ("Two cavers … were brought out on Monday", printed on Tuesday after Monday's reports, then
 * "Sam Ledger was discharged from hospital on Monday evening"). A second-day story leads with a recap
 * and tells its news after it; a next sentence with no date of its own (a plan, a detail) or an
 * earlier one (how it began) is no news of the day.
 */
function recaps(
  lead: RankedSentence,
  clause: string,
  next: RankedSentence,
  articles: readonly Article[],
  dates: StoryFacts["sentenceDates"],
  wordsOf: (text: string) => ReadonlySet<string>,
): boolean {
  const own = publishedDay(lead.item.article);
  const told = dates[lead.index];
  const then = dates[next.index];
  if (!own || told?.basis !== "stated" || then?.basis !== "stated") return false;
  const day = told.date.slice(0, 10);
  if (told.precision !== "day" || then.precision !== "day" || day >= own || then.date.slice(0, 10) < day) return false;
  const printed = Date.parse(lead.item.article.publishedAt!);
  const words = new Set(contentWords(clause));
  // Told before: most of the clause's words in one sentence of a report printed earlier, on that day
  // or after it ("Banks have cut their mortgage rates after the central bank cut…" is news of its own).
  return articles.some(
    (other) =>
      other !== lead.item.article &&
      !!other.publishedAt &&
      Date.parse(other.publishedAt) < printed &&
      publishedDay(other)! >= day &&
      other.chunks.some((chunk) =>
        chunk.sentences.some((sentence) => {
          const theirs = wordsOf(sentence.text);
          let shared = 0;
          for (const word of words) if (theirs.has(word)) shared += 1;
          return shared >= words.size * RETOLD_SHARE;
        }),
      ),
  );
}

/** The share of a lead clause's content words an earlier sentence must hold to have told its news. */
const RETOLD_SHARE = 0.6;

/** Past this position a sentence is no longer the article's lead, whatever came before it. */
const MAX_LEAD_POSITION = 5;

interface HeadlineCandidate {
  text: string;
  article: Article;
  /** A title written by the outlet (true) or the main clause of a lead sentence (false). */
  title: boolean;
  /** The sentence after a lead with no main verb (a caption): offered after the others of its moment. */
  afterCaption?: boolean;
  /** The sentence a lead clause was cut from. */
  sentence?: string;
  /** The end of the day or period a lead clause tells of, when before its article's own day (see toldDayEnd). */
  toldDayEnd?: number;
}

/**
 * The last moment of the day (or month, or year) a lead states, when it ended before its article's own day ("Price's late
 * winner on Sunday was his 15th goal of the season", printed on Tuesday): the lead tells of then,
 * and a report printed before it that tells of Monday night's draw has the later news. A lead with
 * no day of its own in the facts is read for the times its words name (see toldTimeEnd).
 */
function toldDayEnd(lead: RankedSentence, dates: StoryFacts["sentenceDates"] | undefined): number | undefined {
  const told = dates?.[lead.index];
  const own = publishedDay(lead.item.article);
  if (!told || !own) return undefined;
  if (told.basis !== "stated") return toldTimeEnd(lead.item.sentence.text, own);
  // A day, a month or a year that ended before the article's day ("The balloon passed its annual
  // inspection in April", printed in June) tells of then: its last moment.
  const end = periodEnd(told.date, told.precision);
  return end < Date.parse(`${own}T00:00:00Z`) ? end : undefined;
}

/**
 * "…, an inquest heard this week", "…, police said on Friday": who told the lead and when, after
 * its last comma. The telling is of the article's day; the lead's own news may be older.
 */
const CLOSING_ATTRIBUTION =
  /,\s+[^,]*\b(?:said|says|heard|hears|told|tells|reported|reports|announced|confirmed|learned|learnt)\b[^,]*$/iu;

/**
 * A main clause that only says who someone is among the people of an event ("A Leeds teacher was one
 * of four walkers who went missing Monday", "Two nurses were among those hurt on Friday"): the event,
 * told in the clause after it, is the lead's news, and its day the lead's.
 */
const IDENTIFIED_AMONG = /^[^,;]*?\b(?:is|are|was|were)\s+(?:one\s+of|among)\b/iu;

/**
 * The end of the time a lead's own words place its news in, when every day or month it names for it
 * (not for a background event, nor for the telling) ends before its article's day: "A climber fell 200
 * feet to his death on Tryfan in January, an inquest heard this week", printed in May, retells
 * January's fall; it is no news of the day it was printed. Undefined when the lead names no such time,
 * or names one of its own day.
 */
function toldTimeEnd(sentence: string, own: string): number | undefined {
  const told = sentence.replace(/[.!]["”’']?$/u, "").replace(CLOSING_ATTRIBUTION, "");
  // "A Leeds teacher was one of four walkers who went missing Monday": the event's clause is the news.
  const identifies = IDENTIFIED_AMONG.test(told);
  const ends = readDateExpressions(told, own).flatMap(
    ({ date, precision, background, reporting, prospective, forecast }) =>
      date !== null && (identifies || !background) && !reporting && !prospective && !forecast
        ? [periodEnd(date, precision)]
        : [],
  );
  if (ends.length === 0) return undefined;
  const latest = Math.max(...ends);
  return latest < Date.parse(`${own}T00:00:00Z`) ? latest : undefined;
}

/** The last moment of a day, a week (from its Monday), a month or a year. */
function periodEnd(date: string, precision: "day" | "week" | "month" | "year"): number {
  const start = Date.parse(
    `${date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date}T00:00:00Z`,
  );
  const next = new Date(start);
  if (precision === "day") next.setUTCDate(next.getUTCDate() + 1);
  else if (precision === "week") next.setUTCDate(next.getUTCDate() + 7);
  else if (precision === "month") next.setUTCMonth(next.getUTCMonth() + 1);
  else next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next.getTime() - 1;
}

/** Who told it and on what day, in the sentence's own words: "a party spokesman said on Saturday", "the club on Monday announced". */
const TOLD_ON_A_DAY =
  /\b(?:said|says|announced|confirmed|told\s+[\p{L}'’]+|revealed|disclosed)\s+(?:[\p{L}'’]+\s+){0,2}?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b|\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:said|announced|confirmed|revealed|disclosed)\b/iu;

/**
 * Whether a lead names a day after the result's and before its own article's (what comes next, fixed
 * "after last night's draw" two days after the match): the prospect rests on news of that day.
 */
function toldSince(sentence: string, published: string, resultDay: string): boolean {
  return readDateExpressions(sentence, published).some(
    (expression) =>
      expression.precision === "day" &&
      expression.date !== null &&
      expression.date > resultDay &&
      expression.date < published,
  );
}

/**
 * The articles that, after a contest's result was first reported, lead with what is still to come
 * (a fixture, a plan) and neither the result, nor someone telling it on a day, nor news of a later day
 * (see toldSince) ("Harbury Town will face
 * Dunmore Athletic in a play-off semi-final … on Saturday, May 1", two days after "Ashcombe Rovers won
 * the … title on Saturday, beating Harbury Town 2-1"), with the time of that first report. What comes
 * next for one side is no news of its own: the result is how the story ended. A plan someone
 * announced after the result ("…, a party spokesman said on Saturday") is the latest news.
 */
function lookingAhead(
  candidates: readonly HeadlineCandidate[],
  evidence: readonly RankedSentence[],
  times: ArticleTimes,
): { ahead: Set<Article>; resultTime: number } | null {
  const result = reportsResultOf(evidence);
  let resultTime = Number.POSITIVE_INFINITY;
  let resultDay = "";
  for (const candidate of evidence) {
    const time = candidate.item.article.publishedAt ? times.get(candidate.item.article.id) : undefined;
    if (time !== undefined && time < resultTime && result(candidate.item.sentence.text)) {
      resultTime = time;
      resultDay = publishedDay(candidate.item.article) ?? "";
    }
  }
  if (resultTime === Number.POSITIVE_INFINITY) return null;
  const ahead = new Set<Article>();
  for (const candidate of candidates) {
    const { sentence, article } = candidate;
    const time = article.publishedAt ? times.get(article.id) : undefined;
    if (!sentence || time === undefined || time <= resultTime) continue;
    if (
      statesProspect(sentence) &&
      !result(sentence) &&
      !TOLD_ON_A_DAY.test(sentence) &&
      !toldSince(sentence, publishedDay(article) ?? "", resultDay)
    )
      ahead.add(article);
  }
  return { ahead, resultTime };
}

/**
 * The articles whose lead tells a community's response (see tellsResponse) printed by the end of the
 * day after an earlier report that leads with a development, each placed just after that report:
 * "Villagers have raised more than £12,000 for Raymond Bell", printed hours after "Lee Carver appeared
 * before magistrates … and was remanded in custody", is how the village took the news, not later news.
 * An article whose lead only tells that a state goes on (see tellsContinuation: "Displaced residents
 * spent a second night in a school gym") is placed just after the last development before it, however
 * long after: nothing has happened since. A development's own place may be earlier than its printing
 * (see toldDayEnd, plannedTimes).
 */
function respondingTimes(
  candidates: readonly HeadlineCandidate[],
  times: ArticleTimes,
  placedBy: ReadonlyMap<Article, number>,
): Map<Article, number> {
  const responses = new Set<Article>();
  const continuations = new Set<Article>();
  // A title that tells a response places its article as its lead would.
  for (const candidate of candidates) {
    const text = candidate.sentence ?? candidate.text;
    if (tellsResponse(text)) responses.add(candidate.article);
    else if (tellsContinuation(text)) continuations.add(candidate.article);
  }
  const developments: { printed: number; told: number; dayEnd: number }[] = [];
  for (const candidate of candidates) {
    const time = candidate.article.publishedAt ? times.get(candidate.article.id) : undefined;
    if (!candidate.sentence || time === undefined) continue;
    if (responses.has(candidate.article) || continuations.has(candidate.article)) continue;
    developments.push({
      printed: time,
      told: Math.min(time, placedBy.get(candidate.article) ?? time),
      dayEnd: nextDayEnd(candidate.article, time),
    });
  }
  const placed = new Map<Article, number>();
  for (const article of [...responses, ...continuations]) {
    const time = times.get(article.id)!;
    // Placed just after the development's own place, which may be the earlier day its lead tells of.
    const before = developments.filter(
      ({ printed, dayEnd }) => printed <= time && (continuations.has(article) || time <= dayEnd),
    );
    if (before.length > 0) placed.set(article, Math.max(...before.map(({ told }) => told)) - 1);
  }
  return placed;
}

/**
 * The articles whose lead states a plan or a prospect (see statesProspect: "Two auction houses said on
 * Wednesday they would review their checks") printed on the day (UTC) of an earlier report that leads
 * with a finished development ("Julian Ferrars was found guilty on Wednesday …"), each placed just after
 * that report (days as the articles' dates give them): what is still to come outranks no development of its own day. A development whose lead
 * tells of an earlier day (see toldDayEnd) is none of that day's.
 */
function plannedTimes(
  candidates: readonly HeadlineCandidate[],
  times: ArticleTimes,
  toldBy: ReadonlyMap<Article, number>,
): Map<Article, number> {
  // The day an article was printed on, as its date says (the times may only order the articles).
  const plans: Array<{ article: Article; time: number; day: string }> = [];
  const developments: Array<{ time: number; day: string }> = [];
  for (const candidate of candidates) {
    const day = publishedDay(candidate.article);
    const time = day ? times.get(candidate.article.id) : undefined;
    if (!candidate.sentence || time === undefined || !day) continue;
    if (statesProspect(candidate.sentence)) plans.push({ article: candidate.article, time, day });
    else if (
      !toldBy.has(candidate.article) &&
      !tellsResponse(candidate.sentence) &&
      !tellsContinuation(candidate.sentence)
    )
      developments.push({ time, day });
  }
  const placed = new Map<Article, number>();
  for (const { article, time, day } of plans) {
    const before = developments.filter((development) => development.time < time && development.day === day);
    if (before.length > 0) placed.set(article, Math.max(...before.map((development) => development.time)) - 1);
  }
  return placed;
}

/**
 * Headline candidates, best first. A headline says what happened most recently, with a verb.
 * Candidates are the outlets' own titles (section labels such as "…: Live Updates" removed; a title
 * with no verb, such as "Israel-Hamas War Ceasefire Talks", or whose only verb the story's prose uses
 * as a noun, as "Teachers Pay Dispute" (see namesTopic), is a label and is left out) and the main
 * clauses of the articles' lead sentences; neither may address the reader (see addressesReader) nor
 * state how things usually are (see generalises).
 * With a known chronology the latest dated articles' candidates come first (an undated one's come
 * after every dated one's), so a finished story is headed by how it ended; among candidates of one moment, the one
 * closest to the story's centroid first, a real title before a lead clause when equally central.
 * Given the facts' sentence dates, a follow-up whose lead retells earlier reports' news offers the
 * sentence after it instead (see recaps).
 * The caller takes the first one its citations verify.
 */
export function rankHeadlines(
  articles: readonly Article[],
  evidence: readonly RankedSentence[],
  times: ArticleTimes | null,
  dates?: StoryFacts["sentenceDates"],
): string[] {
  return rankHeadlineCandidates(articles, evidence, times, dates).map((candidate) => candidate.text);
}

/** A headline candidate and the article it comes from (its title or its lead). */
export interface RankedHeadline {
  text: string;
  article: Article;
}

/** rankHeadlines' candidates, best first, each with its article: the first one's article has the latest news. */
export function rankHeadlineCandidates(
  articles: readonly Article[],
  evidence: readonly RankedSentence[],
  times: ArticleTimes | null,
  dates?: StoryFacts["sentenceDates"],
): RankedHeadline[] {
  const outer = taggedTexts;
  taggedTexts = outer ?? new Map();
  try {
    return headlinesBest(articles, evidence, times, dates);
  } finally {
    taggedTexts = outer;
  }
}

function headlinesBest(
  articles: readonly Article[],
  evidence: readonly RankedSentence[],
  times: ArticleTimes | null,
  dates?: StoryFacts["sentenceDates"],
): RankedHeadline[] {
  // An opinion piece reports no development: it heads the story only when nothing else could.
  const reports = articles.filter((article) => !article.duplicateOf && !isOpinionPiece(article));
  const independent = reports.length > 0 ? reports : articles.filter((article) => !article.duplicateOf);
  const candidates: HeadlineCandidate[] = [];
  // The story's prose in lower case, read only for titles in Title Case (see namesTopic).
  let prose: string | null = null;
  const storyProse = () => {
    prose ??= independent.map((article) => article.text.toLowerCase()).join("\n");
    return prose;
  };
  // Syndicated copies share titles: each distinct title is tagged and looked up in the prose once.
  const topics = new Map<string, boolean>();
  const isTopic = (title: string) => {
    let known = topics.get(title);
    if (known === undefined) {
      known = namesTopic(title, storyProse);
      topics.set(title, known);
    }
    return known;
  };
  for (const article of independent) {
    if (!article.titleInferred && article.title.trim() !== "") {
      const title = cleanTitle(article.title);
      const words = title.split(/\s+/).length;
      if (
        words >= 4 &&
        words <= MAX_HEADLINE_WORDS &&
        hasVerb(title) &&
        hasMainVerb(title) &&
        !addressesReader(title) &&
        !speaksAsWriter(title) &&
        !leansOnPronoun(title) &&
        !generalises(title) &&
        !onlyQuotes(title) &&
        !statesLastingState(title) &&
        !isTopic(title)
      )
        candidates.push({ text: title, article, title: true });
    }
  }
  // The lead sentence of each article: its first sentence an editor would publish (what comes before
  // it, page furniture or mangled text, was left out of the evidence).
  // A lead with no main verb (a caption: "The scene of collapsed houses…") gives way to the next
  // sentence of the lead paragraphs.
  const leads = new Map<string, RankedSentence[]>();
  // Rewrites share their leads: each distinct lead is tagged and cut once.
  const clauseOf = oncePerText((text) => {
    if (addressesReader(text) || speaksAsWriter(text) || generalises(text) || statesLastingState(text)) return null;
    const clause = leadClause(text);
    return clause && !onlyQuotes(clause) && !leansOnPronoun(clause) ? clause : null;
  });
  const saysWhatHappened = oncePerText(hasMainVerb);
  // Earlier reports' sentences, read for what a follow-up's lead retells (see recaps), once each.
  const wordsOf = oncePerText((text) => new Set(contentWords(text)));
  for (const candidate of evidence) {
    if (candidate.follows !== null || candidate.item.position > MAX_LEAD_POSITION) continue;
    if (reports.length > 0 && isOpinionPiece(candidate.item.article)) continue;
    const list = leads.get(candidate.item.article.id);
    if (list) list.push(candidate);
    else leads.set(candidate.item.article.id, [candidate]);
  }
  for (const list of leads.values()) {
    const sorted = list.sort((a, b) => a.item.position - b.item.position);
    for (const [index, lead] of sorted.entries()) {
      const text = lead.item.sentence.text;
      const clause = clauseOf(text);
      if (clause) {
        // A follow-up that retells the news in its lead tells its own next (see newsAfterRecap).
        const next = sorted[index + 1];
        const news =
          dates &&
          next &&
          next.item.position === lead.item.position + 1 &&
          recaps(lead, clause, next, independent, dates, wordsOf)
            ? clauseOf(next.item.sentence.text)
            : null;
        candidates.push({
          text: news ?? clause,
          article: lead.item.article,
          title: false,
          afterCaption: index > 0,
          sentence: news && next ? next.item.sentence.text : text,
          toldDayEnd: toldDayEnd(news && next ? next : lead, dates),
        });
        break;
      }
      // Only a lead that says nothing happened (no main verb) gives way; a lead too long to cut or
      // one speaking to the reader leaves the article without a candidate, as the next sentence is
      // no lead.
      if (saysWhatHappened(text.replace(/[.!]["”’']?$/u, ""))) break;
    }
  }
  if (candidates.length === 0) return [];
  const { vectors } = buildTermVectors([
    ...candidates.map((candidate) => candidate.text),
    ...independent.map((article) => article.text),
  ]);
  const centroid = centroidOf(vectors.slice(candidates.length));
  // An undated article's place among dated ones is inferred (from the figures it repeats): its title or
  // lead is no report of the latest news, so dated articles' candidates come first.
  const anyDated = candidates.some((candidate) => candidate.article.publishedAt);
  // An article leading with what comes next after a result is placed just after the result's first
  // report, its title with it (see lookingAhead).
  const looking = times ? lookingAhead(candidates, evidence, times) : null;
  // An article whose lead tells of a day before its own is of that day, its title with it.
  const toldBy = new Map<Article, number>();
  for (const candidate of candidates)
    if (candidate.toldDayEnd !== undefined) toldBy.set(candidate.article, candidate.toldDayEnd);
  const planned = times ? plannedTimes(candidates, times, toldBy) : new Map<Article, number>();
  const placedBy = new Map(toldBy);
  for (const [article, time] of planned) placedBy.set(article, Math.min(time, placedBy.get(article) ?? time));
  const responding = times ? respondingTimes(candidates, times, placedBy) : new Map<Article, number>();
  const scored = candidates.map((candidate, index) => ({
    text: candidate.text,
    article: candidate.article,
    time: looking?.ahead.has(candidate.article)
      ? looking.resultTime
      : anyDated && !candidate.article.publishedAt
        ? Number.NEGATIVE_INFINITY
        : Math.min(
            times?.get(candidate.article.id) ?? 0,
            placedBy.get(candidate.article) ?? Number.POSITIVE_INFINITY,
            responding.get(candidate.article) ?? Number.POSITIVE_INFINITY,
          ),
    ahead: looking?.ahead.has(candidate.article) ? 1 : 0,
    afterCaption: candidate.afterCaption ? 1 : 0,
    score: cosineSimilarity(vectors[index]!, centroid) + (candidate.title ? 0.05 : 0),
  }));
  return scored
    .sort((a, b) => b.time - a.time || a.ahead - b.ahead || a.afterCaption - b.afterCaption || b.score - a.score)
    .map(({ text, article }) => ({ text, article }));
}
