// Control characters (C0, DEL, C1), bidirectional formatting marks, Unicode noncharacters, a byte-order
// mark inside text, and surrogates without their pair.
const unsafeCharacters =
  /[\p{Cc}\p{Bidi_Control}\p{Noncharacter_Code_Point}\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const kept = new Set(["\t", "\n", "\r"]);
const lineBreaking = new Set(["\x0B", "\x0C", "\x85"]);

/**
 * Text as it may enter Roundup from anywhere (files, feeds, pages, corpus records, web forms): control
 * characters, bidi controls and noncharacters removed. A NUL would break the Atom feed (XML cannot
 * carry it) and PostgreSQL text; bidi controls make text display in another order than it is stored
 * (the "Trojan Source" trick); a lone surrogate is not text at all. Vertical tab, form feed and NEL
 * become line breaks; tab, newline and carriage return stay; everything else is untouched.
 */
export function sanitizeInputText(text: string): string {
  return text.replace(unsafeCharacters, (character) =>
    kept.has(character) ? character : lineBreaking.has(character) ? "\n" : "",
  );
}
