import { oncePerTextOf } from "../../text/once-per-text-of.js";
import { CLOCK_STAMP } from "./clock-stamp.js";
import { isCorrectionNotice } from "./correction-notice.js";
import { isPhotoCaption } from "./photo-caption.js";
import { isWordSalad } from "./word-salad.js";

const BOILERPLATE =
  /\b(leave a (comment|reply)|source link|related articles?|see also|your email address|required fields|i am a (dedicated|passionate)|contributed to this report|reported from|all rights reserved|sign up for|subscribe|click here|read more|cookie|your tweets?|enable javascript|javascript is disabled|wayback machine|crawl data|no more 404|please try again later|this feature is not available|mailing list|newsletter|web[ -]wide crawl|crawl of outlinks|seed ?list|crawler configuration|by submitting (this|the|your)\b|breaking news alerts|when the video has been rented|interactive transcript|could not be loaded|do not imply the expression of any opinion)/i;
/** An editor's note on the page itself: "Some wording in this piece has been changed…", "The post has been updated to include…". */
const EDITORS_NOTE =
  /\b(this|the) (piece|post|article)\b[^.]{0,60}\b(has been|have been|was|were) (updated|changed|corrected|edited)\b|\b(has|have) been (updated|changed|corrected|edited) to (include|reflect|correct|clarify|add)\b/i;
/** A site thanking its reader or donor ("Thank you for supporting the campaign…"): not news unless quoted. */
const THANKS = /^thank you for (reading|visiting|watching|listening|supporting|your (support|interest|patience))\b/i;

/** Section labels and page furniture that read as titles, not news: "Live Updates", "Photos", "Watch". */
const LABEL =
  /^(live( updates| blog| coverage)?|updates?|photos?|videos?|watch|listen|opinion|analysis|explainer|breaking( news)?|advertisement)\b[:\s]*$/i;

/** "By Jane Doe", "Reporting by …", "Photo: …", "(AP Photo/…)": credits, not news. */
const BYLINE =
  /^(by\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}\s*$|(additional )?reporting by\b|writing by\b|editing by\b|photo(graph)?s?( by)?:|\(?(ap|afp|reuters|getty) (photo|images))/iu;

/**
 * Openers that lean on a sentence before them: a contrast or continuation ("However,", "But",
 * "Meanwhile,"), or a pronoun whose referent is elsewhere ("He said", "They", "This"). Out of
 * their article such a sentence either means nothing or means something else.
 */
const NEEDS_ANTECEDENT =
  /^(however|but|and|yet|still|also|instead|meanwhile|nevertheless|nonetheless|moreover|furthermore|in addition|additionally|thus|therefore|hence|so|then(?!-)|otherwise|likewise|similarly|besides|even so|that said|as a result|in turn|indeed|again|rather|conversely|on the other hand|by contrast|in contrast|in response|after that|afterwards|later|sure|except|plus|he|she|they|it|his|her|their|its|him|them|this|that|these|those|such|both|the two|the latter|the former|the same|there, |here|the (officials?|sources?|spokes(man|woman|person)|plan|proposal|deal|agreement|offer|move|decision|announcement|statement)\b)\b/i;

/**
 * An item of a list: numbered ("2) Qua economics, …") or a later one ("Third, weeks later…",
 * "Finally, the board…"). It carries on the list and the items before it.
 */
const LIST_ITEM =
  /^(?:(?:second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth|sixth|finally|lastly|last but not least),|\d{1,2}\)\s)/i;

/**
 * A sentence set in capitals: a page's shouted subhead ("COUPLES ARE SPENDING MORE…") or a
 * broadcast's caption transcript. Newsroom copy writes only acronyms so, and an editor would not
 * publish the sentence as it stands.
 */
function inCapitals(text: string): boolean {
  // The shouted words first: most sentences have none, and every sentence of a story is asked.
  const shouted = text.match(/\b\p{Lu}{3,}\b/gu) ?? [];
  if (shouted.length < 4) return false;
  const letters = text.replace(/\P{L}/gu, "");
  return letters.replace(/\P{Lu}/gu, "").length / letters.length >= 0.8;
}

/**
 * "The two" defined by what follows it, a name among it, before the main verb: "The two people
 * arrested over the Gatwick drone disruption were released". "The two men were released" and "The
 * two sides agreed on a deal" still need the sentence that said which two.
 */
const DEFINED_PAIR =
  /^[Tt]he two \p{Ll}+ (?:who|that|\p{Ll}+(?:ed|en)) [^,;]*?\s\p{Lu}[^,;]*?\s(?:was|were|are|is|have|has|had|will|would|remain(?:ed)?)\s/u;

/** A quotation whose only attribution is a pronoun ("“…,” he said", "“…,” she told reporters"). */
const PRONOUN_ATTRIBUTED_QUOTE =
  /^(?:[“"][^“”"]+[”"]|‘(?:[^‘’]|(?<=\p{L})’(?=\p{L}))+’|'(?:[^']|(?<=\p{L})'(?=\p{L}))+')\s*,?\s*(?:he|she|they)\s+(?:said|says|added|adds|told|tells|wrote|writes|explained|continued|recalled|noted|insisted|argued|replied|warned)\b/u;

const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";

/**
 * A spun rewrite that stitched two times together: an event pinned to a date of a given year that is
 * said to come after something of "last week" ("…responded to the attack on October 7, 2023, after
 * Israel launched an attack on Gaza last week…"). Relative times are counted from the article's
 * own date, so both cannot hold.
 */
const STITCHED_TIMES = new RegExp(
  `\\bon ${MONTH} \\d{1,2}, \\d{4},? (after|following|when)\\b[^.;]*\\b(last week|this week|yesterday|days ago|last month)\\b`,
  "i",
);

/** "It is unclear…", "It was not immediately clear…": an impersonal "it" that needs nothing before it. */
const IMPERSONAL_IT =
  /^it (is|was|remains|remained|has been) (not )?(immediately )?(unclear|clear|likely|unlikely|expected|possible|impossible|uncertain)\b/i;

/**
 * A sentence whose news is that something is not known ("It is unclear how many…", "It remains to
 * be seen whether…") or that someone said nothing ("…did not respond to a request for comment"): it
 * fills a short summary's budget with no fact.
 */
const UNINFORMATIVE =
  /^(it(?:'s|’s| is| was| remains| remained| has been| had been)(?: still)?(?: (?:not )?yet)?(?: (?:unclear|uncertain|unknown)| not(?: yet)?(?: immediately| entirely| exactly| yet)? (?:clear|known))\b|it remains to be seen\b|(?:no one|nobody) (?:knows|knew)\b)/i;
const NO_COMMENT =
  /\b((did not|didn['’]t|could not|couldn['’]t|has not|hasn['’]t|have not|haven['’]t) (immediately )?(respond|reply|return)\w* to [^.]{0,60}\bcomment|(declined|refused) to comment|could not be reached( for comment)?|did not respond to (a )?requests?|(has|have|had|did) not (yet )?(said|disclosed|revealed|confirmed|announced|decided|say|disclose|reveal|confirm|announce|decide) (whether|if|how|when|what|who|why))\b/i;
/** A sentence of at most this many words that is about not commenting says nothing else… */
const NO_COMMENT_WORDS = 20;
/** …unless another clause adds something ("…declined to comment, but engineers said…"). */
const ANOTHER_CLAUSE = /\b(but|although|though|while|whereas)\b|;/i;

/**
 * A time told only from a moment before it ("conceded hours later", "two days later", "later that
 * night", "the next morning", "shortly afterwards"): out of its article the reader does not know
 * what it came after, and beside another sentence it reads as after that one. "Three days after the
 * collapse" and "two days later than planned" name their moment and lean on nothing.
 */
const TIME_AFTER_UNNAMED =
  /\b(?:(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d{1,2})\s+)?(?:seconds?|minutes?|moments?|hours?|days?|weeks?|months?|years?)\s+later(?!\s+than\b)|later that (?:day|night|morning|afternoon|evening|week)|the (?:next|following) (?:day|morning|afternoon|evening|night))\b|\b(?:shortly|soon)\s+after(?:wards?\b|\s+that\b|(?=\s*[,.;]))/i;

/**
 * Whether a text holds a word every form of TIME_AFTER_UNNAMED needs ("later", "after", "the next",
 * "the following"): few sentences do, and the pattern is tried from every word of every sentence.
 */
function mayTellTimeAfterUnnamed(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    lower.includes("later") || lower.includes("after") || lower.includes("the next") || lower.includes("the following")
  );
}

/**
 * A collective noun that points back to an organisation named elsewhere ("until the group ends",
 * "the militants said"): when the sentence names nothing after its first word, the reader cannot
 * tell which group it means.
 */
const ANAPHORIC_GROUP = /\bthe (militant |armed |rebel )?(group|militants|organi[sz]ation|movement)\b/i;

/** Words a period may follow inside a sentence without ending it. */
const ABBREVIATION_BEFORE_LOWERCASE = /\b(etc|vs|approx|incl|esp|est|govt|dept|no|nos|vol|pp|ca)\.\s+\p{Ll}/iu;

/**
 * Why an editor would not publish this sentence on its own, or null when it can stand in a summary.
 * Checks, in order: length and shape of a whole sentence, web boilerplate and credits, labels,
 * questions, machine-mangled text (two sentences glued without a space, a sentence cut mid-word
 * and carried on in lower case, stray symbols, unbalanced quotation marks), and openers that need
 * a sentence before them, and sentences with no news (an unknown, a refusal to comment).
 */
export function editorialProblem(text: string): string | null {
  const trimmed = text.trim().slice(datelineEnd(text.trim()));
  const words = trimmed.split(/\s+/).filter(Boolean);
  if (LABEL.test(trimmed) || /[:|]\s*live( updates)?$/i.test(trimmed)) return "label";
  if (BYLINE.test(trimmed)) return "byline";
  // A caption describes a picture beside the story, not what happened.
  if (isPhotoCaption(trimmed)) return "caption";
  if (words.length < 6) return "fragment";
  if (words.length > 70) return "too long";
  if (inCapitals(trimmed)) return "capitals";
  if (!/^[\p{Lu}\p{N}“"‘']/u.test(trimmed)) return "fragment";
  if (/\?["”’']?$/.test(trimmed)) return "question";
  if (!/[.!]["”’']?$/u.test(trimmed)) return "fragment";
  // "…put down my thoughts in a sketch (Fig.": split inside a parenthesis, at an abbreviation's period.
  if (/\([^()]*$/.test(trimmed)) return "fragment";
  if (
    BOILERPLATE.test(trimmed) ||
    THANKS.test(trimmed) ||
    EDITORS_NOTE.test(trimmed) ||
    isCorrectionNotice(trimmed) ||
    /^(follow|rt)\b.*@/i.test(trimmed)
  )
    return "boilerplate";
  // The four patterns below try every word of every sentence; each needs a lower-case letter right
  // before a capital or a full stop with lower case after it, which few sentences have: asked first.
  const lowerBeforeCapital = /\p{Ll}\p{Lu}/u.test(trimmed);
  const lowerAfterStop = /[.!]\s+\p{Ll}/u.test(trimmed);
  // "…Faike MabhuThe Israel Defense Forces…": two sentences glued where a space and a period were lost.
  // Brand names in camel case (iPod, WhatsApp, LeBron) do not glue a sentence opener to a word.
  if (
    lowerBeforeCapital &&
    /\p{Ll}{2}(The|He|She|This|That|They|We|But|And|His|Her|Its|Their|According)\b/u.test(trimmed)
  )
    return "garbled";
  // "…has been drastically reduced. ing.": a broken-off word carried on as its own sentence.
  if (lowerAfterStop && /\b\p{Ll}{3,}\.\s+\p{Ll}{1,8}\.$/u.test(trimmed)) return "garbled";
  // "…completely disruptive. in the southern city…": a sentence broken off and carried on.
  if (lowerAfterStop && /\b\p{Ll}{3,}[.!]\s+\p{Ll}/u.test(trimmed) && !ABBREVIATION_BEFORE_LOWERCASE.test(trimmed))
    return "garbled";
  // "Donald John TrumpTrump Jr. getting…": a name's link text glued to the next name, as a scraper leaves it.
  if (lowerBeforeCapital && /\b(\p{Lu}\p{Ll}{2,})\1\b/u.test(trimmed)) return "garbled";
  if (/[·•�]|â€|Ã./u.test(trimmed) || /\b(the|a|an|of|to|in|on|and|for|with) \1\b/.test(trimmed)) return "garbled";
  if (STITCHED_TIMES.test(trimmed)) return "garbled";
  // "…centered on Hamas According to a Western diplomat…": two sentences glued without their period.
  // Its literal is tested first: the pattern is tried from every letter of every sentence.
  if (trimmed.includes(" According to") && /[\p{L}\p{N}] According to\b/u.test(trimmed)) return "garbled";
  // "Halden shares the recovered regulator a Tuesday 2 percent on fell board.": words a machine shuffled.
  if (isWordSalad(trimmed)) return "garbled";
  const opens = (trimmed.match(/“/g) ?? []).length;
  const closes = (trimmed.match(/”/g) ?? []).length;
  if (opens !== closes || (trimmed.match(/"/g) ?? []).length % 2 === 1) return "partial quote";
  if (/^[“"][^“”"]+[.!,]?[”"]$/u.test(trimmed)) return "quote without speaker";
  // "“I am incredibly flattered …,” he said in a statement.": the speaker is only a pronoun, named elsewhere.
  if (PRONOUN_ATTRIBUTED_QUOTE.test(trimmed)) return "needs antecedent";
  if (
    UNINFORMATIVE.test(trimmed) ||
    (NO_COMMENT.test(trimmed) && words.length <= NO_COMMENT_WORDS && !ANOTHER_CLAUSE.test(trimmed))
  )
    return "uninformative";
  if (LIST_ITEM.test(trimmed)) return "needs antecedent";
  if (NEEDS_ANTECEDENT.test(trimmed) && !IMPERSONAL_IT.test(trimmed) && !DEFINED_PAIR.test(trimmed))
    return "needs antecedent";
  if (ANAPHORIC_GROUP.test(trimmed) && !/\s[“"‘']?\p{Lu}/u.test(trimmed)) return "needs antecedent";
  if (mayTellTimeAfterUnnamed(trimmed) && TIME_AFTER_UNNAMED.test(trimmed)) return "needs antecedent";

  return null;
}

/**
 * editorialProblem read once per text a digest: evidence ranking and both timeline builds ask it of
 * the same sentences. The owner is the digest's list of articles (see oncePerTextOf).
 */
export const editorialProblemOf = oncePerTextOf(editorialProblem);

/**
 * Whether this piece of text carries on a sentence that was broken off before it: it opens in lower
 * case ("announced its reopening.") or with a closing quotation mark ("” he said."). Sentence
 * splitting ends a sentence only at a full stop, so such a piece means words were lost at the break,
 * as spun or badly scraped text loses them, and the sentence before the break is damaged too: its end
 * was cut off or mangled ("…after months of failing to seal off a U.S.-led plan. announced its
 * reopening."). Brand names in camel case (iPhone, eBay) open sentences in lower case and are not breaks.
 */
export function continuesBrokenSentence(text: string): boolean {
  const trimmed = text.trim();
  return /^[”’]/u.test(trimmed) || (/^\p{Ll}/u.test(trimmed) && !/^\p{Ll}+\p{Lu}/u.test(trimmed));
}

/**
 * An agency tag closing a dateline without a dash, before the news's first capital: "Washington (CNN) ",
 * "FORT WAYNE, Ind. (WANE) ", "(Reuters) ". The place is a few capitalised words; the tag an
 * all-capitals call sign or one capitalised word.
 */
const AGENCY_DATELINE =
  /^(?:\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?)?\s+)?\((?:\p{Lu}{2,10}|\p{Lu}\p{Ll}{2,15})\)\s*(?:[:—–-]+\s*)?(?=[\p{Lu}"“])/u;

/** A live blog's time stamp with the entry's news right after it ("8:15 a.m. Divers resumed…"). */
function stampBeforeNews(text: string): RegExpExecArray | null {
  const stamp = CLOCK_STAMP.exec(text);
  return stamp && /^[\p{Lu}"“]/u.test(text.slice(stamp[0].length)) ? stamp : null;
}

/**
 * Page furniture a scraper leaves before an article's first words: a video player's controls
 * ("CLOSE", "Skip in Skip x Embed x Share"), a notice that the page changed ("Updated |", "UPDATE:"),
 * a photo shop's button ("Buy Photo"), a
 * newspaper's reading prompt ("Advertisement Continue reading the main story"), a player's notice ("Media playback is unsupported on your
 * device") and a picture's credit before its caption ("Image copyright Getty Images"). They are no
 * part of the sentence that follows them. "CLOSE" only in capitals: "Close to 300 people…" is news.
 */
const LEADING_FURNITURE =
  /^(?:CLOSE\s+(?=[\p{Lu}\d"“'‘])|Skip in Skip x Embed x Share\s+|(?:UPDATED?|Updated?)\s*[|:]\s*|Buy Photo\s+|(?:Advertisement\s+)?Continue reading the main story\s+|Media playback is unsupported on your device\s+|Image copyright\s+(?:\S+\s+){1,4}?(?=Image caption\b))/u;

function furnitureEnd(text: string): number {
  let end = 0;
  for (let match = LEADING_FURNITURE.exec(text); match; match = LEADING_FURNITURE.exec(text.slice(end)))
    end += match[0].length;
  return end;
}

/**
 * Where the news starts after leading page furniture ("CLOSE ", "Updated | "), a dateline or agency
 * tag ("DOHA, Qatar — ", "WASHINGTON (AP) — ", "(CNN) -- ", "BRAMFORD, May 9 (MPA) - ",
 * "Washington (CNN) ") or a live blog's time stamp: 0 when the sentence has none. A summary cites the
 * sentence from there on.
 */
export function datelineEnd(text: string): number {
  const furniture = furnitureEnd(text);
  return furniture + newsStart(text.slice(furniture));
}

/** "DOHA, Qatar — ", "(CNN) -- ", "BRAMFORD, May 9 (MPA) - ": a dateline or an agency tag and its dash. */
const DATELINE =
  /^(\(\p{Lu}{2,}\)\s*(—|–|--|-)\s*|\p{Lu}[\p{Lu} .'-]{2,}(,\s*\p{Lu}[\p{L}\d .'-]{1,30}){0,2}(\s*\([\p{L} ]{2,20}\))?\s*(—|–|--|-)\s+)/u;
/** "MIAMI—When speaking…": an all-capitals place closed by a dash with no space around it. */
const DATELINE_CLOSED_UP =
  /^\p{Lu}{3,}(?:[ .'-]+\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?—(?=[\p{Lu}"“])/u;

// The patterns are built once, not in the function: a literal with \p{…} inside a function is rebuilt
// on every call where the build lowers it to `new RegExp` (esbuild does, for Node 20).
function newsStart(text: string): number {
  const match =
    DATELINE.exec(text) ?? AGENCY_DATELINE.exec(text) ?? stampBeforeNews(text) ?? DATELINE_CLOSED_UP.exec(text);
  return match ? match[0].length : 0;
}
