import type { NumberMention } from "../figures/index.js";

/**
 * "1,200 of its 2,600 drivers had joined the walkout", "64 of its 112 routes were suspended", "380 of
 * the company's 950 buses left", "Nineteen of the garage's fleet of 70 buses": the first figure is the part the event counts, the second the whole
 * its owner has. Between them only "of" and whose the whole is; never "of the 12 killed", whose whole
 * is the event's own count.
 */
const OF_WHOLE =
  /^\s+of\s+(?:its|their|his|her|our|the|(?:the\s+)?[\p{L}-]+['’]s?)\s+(?:(?:fleet|stock|herd|flock)\s+of\s+)?$/u;
/**
 * After "of the" the whole may be a group the event picks from ("90 of the 212 animals that stranded
 * … have died", "12 of the 40 passengers were injured"), but only when the whole's noun is not told
 * by the event itself ("three of the 12 people killed were children": the 12 are the event's count).
 */
const THE_WHOLE = /^\s+of\s+the\s+$/;
const EVENT_AFTER_NOUN = /^\s+(?:[a-z]+ed|hurt|held|taken|killed|slain|shot|stuck|trapped|left|lost)\b/;

/**
 * Figures read as a newsroom writes a part of a whole: the part counts the event with the whole's unit
 * (it is what joined the walkout), the whole counts what the thing has, an event of its own ("has"),
 * never the event's count. Other figures are returned as they are.
 */
export function partsOfWholes(mentions: readonly NumberMention[]): NumberMention[] {
  const read = [...mentions];
  for (let index = 0; index + 1 < read.length; index++) {
    const [part, whole] = [read[index]!, read[index + 1]!];
    // "Of the 212 whales, 90 have died": the whole told first, the part after a comma.
    const fronted = frontedPartOf(part, whole);
    if (fronted) {
      read[index] = { ...part, event: "has" };
      read[index + 1] = fronted;
      continue;
    }
    if (part.item !== whole.item || part.range || whole.range || !whole.unit) continue;
    const between = part.item.sentence.text.slice(
      part.end - part.item.sentence.start,
      whole.start - whole.item.sentence.start,
    );
    if (!OF_WHOLE.test(between) || whole.value <= part.value) continue;
    if (THE_WHOLE.test(between) && EVENT_AFTER_NOUN.test(afterNoun(whole))) continue;
    read[index] = { ...part, unit: part.unit ?? whole.unit, event: part.event ?? whole.event };
    read[index + 1] = { ...whole, event: "has" };
  }
  return read;
}

/** Before a whole told first: "Of the", "Of its", "Of the county's", opening the sentence or a clause. */
const FRONTED_OF =
  /(?:^|[;:]\s*|,\s+(?:and|but)\s+)of\s+(?:its|their|his|her|our|the|(?:the\s+)?[\p{L}-]+['’]s?)\s+$/iu;
/** Between a fronted whole's figure and its part: the whole's noun and its words, then a comma ("homes in the park, "). */
const WHOLE_THEN_PART =
  /^\s+[^,;:.]{1,60},\s+(?:(?:only|just|some|about|around|nearly|almost|at\s+least|more\s+than)\s+)?$/iu;
/** The verb after a fronted partitive's part: "40 were destroyed", "90 have died", "12 have since been rescued". */
const PART_VERB =
  /^\s+(?:(?:have|has|had|were|was|are|is|been|now|since|already|so\s+far)\s+)*(died|[a-z]+ed|killed|hurt|lost|burnt|sunk|taken|stolen)\b/i;

/**
 * The part of a fronted partitive ("Of the 180 homes in the park, 40 were destroyed", "Of the 212
 * whales, 90 have died") read with the whole's noun and its own event (the one read already, else
 * the verb after it; a death counted as "killed", as every count of the dead is), or null when `whole` and `part` are no such pair: the part counts
 * the whole's noun, whatever noun a bare count would otherwise get.
 */
function frontedPartOf(whole: NumberMention, part: NumberMention): NumberMention | null {
  if (part.item !== whole.item || part.range || whole.range || !whole.unit) return null;
  if (part.start <= whole.start || part.value >= whole.value) return null;
  const text = whole.item.sentence.text;
  const offset = whole.item.sentence.start;
  if (!FRONTED_OF.test(text.slice(0, whole.start - offset))) return null;
  if (!WHOLE_THEN_PART.test(text.slice(whole.end - offset, part.start - offset))) return null;
  // "Of the 12 people killed, three were children": the whole is the event's own count.
  if (EVENT_AFTER_NOUN.test(afterNoun(whole))) return null;
  const verb = PART_VERB.exec(text.slice(part.end - offset))?.[1]?.toLowerCase();
  const event = part.event ?? (verb === "died" ? "killed" : verb) ?? null;
  return { ...part, unit: whole.unit, event };
}

/** The text after a whole's figure and its noun ("212 animals| that stranded…", "14 miners| trapped"). */
function afterNoun(whole: NumberMention): string {
  const text = whole.item.sentence.text.slice(whole.end - whole.item.sentence.start);
  const stem = (whole.unit ?? "").slice(0, 4).replace(/[^\p{L}]/gu, "");
  if (stem === "") return text;
  const noun = new RegExp(`^(?:\\s+[\\p{L}'’-]+){0,2}?\\s+${stem}[\\p{L}'’-]*`, "iu").exec(text);
  // A noun the unit renames ("miners" counted as people): the word after the figure.
  return text.slice((noun ?? /^\s+[\p{L}'’-]+/u.exec(text))?.[0].length ?? 0);
}
