import type { NumberMention } from "../figures/index.js";

/** A verb of revising right before the new figure: "revised the magnitude of the quake to", "raised its estimate to". */
const REVISED_TO_BEFORE =
  /\b(?:revised|raised|lowered|upgraded|downgraded|increased|cut|reduced|corrected|amended|updated)\b[^.;:]{0,80}?\bto\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?[$£€]?\s*$/i;
/** The old figure after the new one: "to 7.0 from an initial 6.8", "to 22, from 27". */
const FROM_OLD_AFTER =
  /^[^.;:]{0,20}?\bfrom\s+(?:(?:an?|its|the|their)\s+)?(?:(?:initial|earlier|preliminary|first|original|previous|provisional)\s+(?:(?:figure|estimate|reading|count)\s+of\s+)?)?[$£€]?\s*(\d[\d,]*(?:\.\d+)?)/i;

/**
 * Figures a sayer's own revision put aside: "The institute revised the magnitude of the quake to 7.0
 * from an initial 6.8" tells that 6.8 was its earlier reading, so another outlet's 6.8 for the same
 * quake is that reading reported before the revision, no rival of 7.0. The mentions holding such an old
 * value, by the key of the quantity (as `keyOf` gives it) the revision is of.
 */
export function revisedAway(
  mentions: readonly NumberMention[],
  keyOf: (mention: NumberMention) => string | null,
): Set<NumberMention> {
  const old = new Set<string>();
  for (const mention of mentions) {
    const text = mention.item.sentence.text;
    const before = text.slice(0, mention.start - mention.item.sentence.start);
    if (!REVISED_TO_BEFORE.test(before)) continue;
    const raw = FROM_OLD_AFTER.exec(text.slice(mention.end - mention.item.sentence.start))?.[1];
    const key = keyOf(mention);
    if (raw && key)
      old.add(`${key}#${Number(raw.replace(/,/g, "")) * (mention.value / Number(mention.raw.replace(/,/g, "")) || 1)}`);
  }
  const away = new Set<NumberMention>();
  if (old.size === 0) return away;
  for (const mention of mentions) {
    const key = keyOf(mention);
    if (key && old.has(`${key}#${mention.value}`)) away.add(mention);
  }
  return away;
}
