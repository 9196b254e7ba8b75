/**
 * The thing a length measures when the sentence names it, so that outlets' figures for one thing's size
 * meet however each tells it: before its noun ("the 30-metre balloon", "The 1,200-foot tower"), in a
 * relative clause about it ("The balloon, which stood 35 meters tall", "The mast, which rose 1,350 feet
 * above the prairie"), or as a length of it ("a 15-mile stretch of beach", "about 20 miles of
 * shoreline"). A thing's size does not change in days; a size it was designed to have, or a height
 * something flew at, is no size of the thing and is not read here.
 */
const HEDGE = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|more than|just over|just under|an estimated)\s+)?`;
/**
 * "The balloon, which stood", "the mast, which rose": the thing, then a verb of standing or reaching up
 * (or, for a weight, "the crane, which weighs").
 */
const STOOD_CLAUSE_BEFORE = new RegExp(
  String.raw`\b([a-z]{3,}),\s+which\s+(?:stood|stands|rose|rises|towered|towers|soared|soars|stretched|stretches|measured|measures|weighed|weighs)\s+${HEDGE}$`,
  "u",
);
/**
 * "The crane, which was 60 metres tall", "The towers, each 110 metres tall,", "the mast, 40 metres
 * high,": a verb of being or an apposition, the figure and then an adjective of size.
 */
const WAS_CLAUSE_BEFORE = new RegExp(
  String.raw`\b([a-z]{3,}),\s+(?:which\s+(?:is|was|are|were)\s+|(?:each|both)\s+)?${HEDGE}$`,
  "u",
);
const SIZE_ADJECTIVE_AFTER = /^\s+(?:tall|high|long|in\s+height|in\s+length)\b/;
/** "-mile stretch of beach", " miles of shoreline": a length of the noun after "of". */
const LENGTH_OF_AFTER = /^(?:-[a-z]+\s+(?:stretch|section|length|strip)|\s+[a-z]+)\s+of\s+(?:the\s+)?([a-z]{3,})\b/;
/** "within 500 feet of the tower", "up to 2km of": a distance from the thing or a bound, no length of it. */
const DISTANCE_BEFORE = new RegExp(
  String.raw`\b(?:within|from|to|at|by|under|up\s+to|less\s+than|no\s+more\s+than)\s+${HEDGE}$`,
  "u",
);
/** Nouns after "of" that say no thing measured: water under a wreck, time, rain, a drop. */
const NOT_A_THING =
  /^(?:water|rain|rainfall|snow|snowfall|ice|mud|debris|visibility|height|altitude|length|depth|distance)$/;

/** Debris spread over a length: "Wreckage was strewn along", "debris scattered across some". */
const DEBRIS_SPREAD_BEFORE = new RegExp(
  String.raw`\b(?:debris|wreckage|rubble|remains|pieces|parts)\b[^.;:]{0,30}?\b(?:strewn|scattered|spread|littered|lay|lying|stretched|spilled)\s+(?:out\s+)?(?:along|over|across|for|around)\s+${HEDGE}$`,
  "iu",
);
/** "-metre crane", "-foot mast": a hyphened length before the noun of what it sizes. */
const THING_AFTER_MODIFIER = /^-[a-z]+\s+([a-z]{3,})\b(?!\s+of\b)/;
/**
 * "-metre container ship Nordkap Trader": a thing's kind in two common nouns, then its name; the kind is
 * the last noun, as another outlet calls it ("the feeder ship").
 */
const KIND_BEFORE_NAME_AFTER_MODIFIER =
  /^-[a-z]+\s+[a-z]{3,}\s+(?![a-z]+ed\b|(?:through|across|along|from|into|onto|over|near|off|with|for|outside|inside|toward|towards|under|beneath|above|between|past|after|before)\b)([a-z]{3,})\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;
/**
 * "The fence stands 6 metres high", "The ride reaches 21 metres at the top of its arc": the thing as its
 * sentence's subject, then a verb of standing or reaching up to its top: only a height (a verb of being or
 * measuring may tell a length: "The wall was 12 metres high", "The wall measures 16 metres" are two
 * measures of one wall). A thing that grows or spreads is never read here.
 */
const SUBJECT_STANDS_BEFORE = new RegExp(
  String.raw`(?:^|[,;]\s+|\bsaid\s+)(?:the|its|The|Its)\s+(?:[a-z]+\s+)?([a-z]{3,})\s+(?:(stands|stood|rises|towers)|(reaches|reached))\s+${HEDGE}$`,
  "u",
);
/** "at the top of its arc", "at its highest point": a height something reaches at its top. */
const AT_ITS_TOP_AFTER = /^\s+at\s+(?:the|its)\s+(?:top|peak|highest|tallest)\b/;
/**
 * Things whose size grows or spreads while a story goes on (a crack, a slick, a sinkhole), and an
 * event's extent (a tornado's path), which a later survey revises.
 */
const GROWING_NOUNS =
  "path|track|trail|swath|swathe|crack|tear|hole|sinkhole|breach|slick|spill|plume|cloud|smoke|ash|front|water|river|tide|flood|fire|blaze|wildfire|storm|hurricane|cyclone|typhoon|flow|lava|landslide|mudslide|avalanche|tailback|jam|convoy|line|crowd|oil|fuel|sewage|algae|bloom";
const GROWING_THING = new RegExp(`^(?:${GROWING_NOUNS})$`);
/** "-mile oil slick", "-metre lava flow": a modifier on a compound whose head grows. */
const GROWING_AFTER_MODIFIER = new RegExp(`^-[a-z]+\\s+(?:[a-z]+\\s+)?(?:${GROWING_NOUNS})s?\\b`);
/**
 * Nouns a hyphened length sizes that are no standing thing: a stretch or a zone, a span of travel
 * ("a 26-mile race", "a 30-foot fall"), a gap or a queue.
 */
const NO_THING_MODIFIED =
  /^(?:stretch|section|strip|zone|radius|cordon|exclusion|limit|fall|drop|plunge|race|run|walk|swim|ride|journey|trip|route|climb|dive|jump|throw|gap|queue|tailback|lead|deficit|margin|swell|wave|surge)$/;

/** One thing however outlets name it: a mast is a tower; a beach, a shore and a coastline are one coast. */
const SAME_THING: ReadonlyArray<readonly [string, RegExp]> = [
  ["tower", /^(?:tower|mast|pylon|antenna|aerial)$/],
  ["coast", /^(?:beach|beache|shore|shoreline|coast|coastline|seafront|waterfront|sand)$/],
  // "a 180-mile stretch of highway" and "the 230 miles of road between the mine and the depot": one
  // road, whichever noun of a road an outlet gives it.
  ["road", /^(?:road|highway|motorway|freeway|interstate|expressway|carriageway)$/],
];

/** The thing's noun as outlets' names for it meet (see SAME_THING). */
function thingNamed(noun: string): string {
  return SAME_THING.find(([, pattern]) => pattern.test(noun))?.[0] ?? noun;
}

/** What a misread verb or a noun of extent makes of a length of a thing ("cover 20 miles of", "a stretch of"). */
const WEAK_READING = /^(?:protected|cover|covers|covered|covering|span|spans|spanned|stretch|section|length|strip)$/;

/**
 * The thing a length measures, read from the text before the figure and after its number (from the
 * unit on), or null. `event` is what the figure was read as so far: a relative clause about the thing
 * decides; a length "of" a thing only replaces no reading or a weak one (never "the closure of a
 * 14-kilometre stretch of the motorway", the length closed); a thing named before the figure's noun
 * ("the 1,350-foot mast") is named as other outlets name it.
 */
export function thingDimension(before: string, afterNumber: string, event: string | null): string | null {
  // "Debris was scattered across a quarter of a mile", "wreckage strewn along 1.2 miles of the road":
  // the one debris field of the story, whatever the length is "of".
  if (debrisSpread(before)) return "debris field";
  const stood = STOOD_CLAUSE_BEFORE.exec(before)?.[1];
  if (stood) return thingNamed(stood);
  const was = WAS_CLAUSE_BEFORE.exec(before)?.[1];
  const afterUnit = afterNumber.replace(/^\s*[a-z]+/, "");
  if (was && SIZE_ADJECTIVE_AFTER.test(afterUnit)) return thingNamed(was);
  const subject = SUBJECT_STANDS_BEFORE.exec(before);
  if (
    subject?.[1] &&
    !GROWING_THING.test(subject[1]) &&
    !NOT_A_THING.test(subject[1]) &&
    !NO_THING_MODIFIED.test(subject[1]) &&
    (subject[2] || AT_ITS_TOP_AFTER.test(afterUnit))
  )
    return thingNamed(subject[1]);
  const lengthOf =
    event && !WEAK_READING.test(event)
      ? undefined
      : DISTANCE_BEFORE.test(before)
        ? undefined
        : LENGTH_OF_AFTER.exec(afterNumber)?.[1];
  if (lengthOf) return NOT_A_THING.test(lengthOf) ? null : thingNamed(lengthOf);
  // "The 60-metre crane fell across the site": the thing the modifier sizes, whatever verb follows.
  const modified =
    KIND_BEFORE_NAME_AFTER_MODIFIER.exec(afterNumber)?.[1] ?? THING_AFTER_MODIFIER.exec(afterNumber)?.[1];
  if (modified && !NOT_A_THING.test(modified) && !NO_THING_MODIFIED.test(modified)) return thingNamed(modified);
  return event && SAME_THING.some(([, pattern]) => pattern.test(event)) ? thingNamed(event) : null;
}

/**
 * The thing a length is the own size of (see thingDimension), or null: told before its noun, in a
 * clause about it or as its subject's height, never a length "of" something ("20 miles of shoreline"
 * may be the part an oil slick has reached so far); a debris field once strewn is one extent.
 */
export function sizedThing(before: string, afterNumber: string): string | null {
  if (LENGTH_OF_AFTER.test(afterNumber)) return debrisSpread(before) ? "debris field" : null;
  if (GROWING_AFTER_MODIFIER.test(afterNumber)) return null;
  // A reading that is no weak one keeps thingDimension off the length "of".
  const thing = thingDimension(before, afterNumber, "size");
  return thing && !GROWING_THING.test(thing) ? thing : null;
}

/** Whether the length after `before` is how far debris was spread (no distance anything travelled). */
export function debrisSpread(before: string): boolean {
  return DEBRIS_SPREAD_BEFORE.test(before);
}
