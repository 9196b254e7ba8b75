import type { Article } from "../../model/index.js";

/**
 * Words of a correction notice: "An article on Wednesday misstated…", "An earlier version of this
 * story incorrectly said…", "This article has been corrected…".
 */
const CORRECTION_CUE =
  /\b(?:misstated|misreported|misquoted|incorrectly|erroneously|wrongly (?:said|stated|reported|gave)|should have (?:said|read|been)|(?:earlier|previous) version of this|has been corrected|was corrected)\b/i;
/** A correction's own title: "Correction: rail strike ballot result", "CORRECTION - …", "Clarification". */
const CORRECTION_TITLE = /^\s*(?:correction|clarification)s?\b/i;
/**
 * A notice about an outlet's own earlier text, not about the news: "An article on Wednesday
 * misstated the share of members…", "An earlier version of this story incorrectly said…". Only as
 * the sentence's subject: "A report found the agency had wrongly denied claims" is news.
 */
const NOTICE =
  /^\s*(?:Correction\s*[:—–-]\s*)?(?:An?|The|This|Our)\s+(?:earlier\s+|previous\s+)?(?:article|story|report|version|headline|caption|graphic|post)\b[^.]{0,60}?\b(?:misstated|misreported|misidentified|misspelled|misquoted|misattributed|(?:incorrectly|erroneously|wrongly)\s+(?:said|stated|reported|gave|described|identified|attributed|named|referred))\b/i;

/** Whether a sentence uses a correction's words (it may still state the corrected fact). */
export function mentionsCorrection(text: string): boolean {
  return CORRECTION_CUE.test(text);
}

/** Whether a sentence is a notice about an outlet's own earlier text (see NOTICE). */
export function isCorrectionNotice(text: string): boolean {
  return NOTICE.test(text);
}

/** Whether an article is a correction ("Correction: …"): what it corrects is applied, not summarised. */
export function isCorrectionArticle(article: Pick<Article, "title">): boolean {
  return CORRECTION_TITLE.test(article.title);
}
