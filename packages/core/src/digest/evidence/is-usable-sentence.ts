const BOILERPLATE =
  /\b(leave a (comment|reply)|source link|related articles?|see also|your email address|required fields|i am a (dedicated|passionate)|contributed to this report|reported from|all rights reserved|sign up for|subscribe|click here|read more|cookie)/i;

/**
 * Whether a sentence can stand in a summary: a whole, well-formed sentence of reasonable length,
 * not web boilerplate and not one of the broken machine rewrites (`… reduced. ing.`, `Withdrawn.`,
 * glued words such as `MabhuThe`).
 */
export function isUsableSentence(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).filter(Boolean);
  if (words.length < 6 || words.length > 70) return false;
  if (!/^[\p{Lu}\p{N}“"‘']/u.test(trimmed)) return false;
  if (!/[.!?]["”’']?$/u.test(trimmed)) return false;
  if (BOILERPLATE.test(trimmed)) return false;
  if (/\p{Ll}\p{Lu}\p{Ll}/u.test(trimmed.replace(/\b(Mc|Mac|iP|eB|YouT)\p{Lu}/gu, ""))) return false;
  if (/\.\s+\p{Ll}{1,8}\.$/u.test(trimmed)) return false;
  if (/\?["”’']?$/.test(trimmed)) return false;
  // Unbalanced quotation marks: the sentence is a piece of a longer quote.
  const opens = (trimmed.match(/“/g) ?? []).length;
  const closes = (trimmed.match(/”/g) ?? []).length;
  if (opens !== closes) return false;
  if ((trimmed.match(/"/g) ?? []).length % 2 === 1) return false;
  return true;
}
