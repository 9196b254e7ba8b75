import type { Article } from "../../model/index.js";
import { outletOf } from "./independent-outlets.js";

/** A credit line closing an article: "(AP)", "(MPA)", "— APW": the whole text is that agency's copy. */
const CREDIT_LINE = /\n\s*(?:\(([A-Z]{2,6})\)|[—–-]\s*([A-Z]{2,6}))\.?\s*$/u;
/** An agency's tag in its own dateline: "HALIFAX (MPA) —", "CHESTERTON, Md. (APW) —". */
const DATELINE_TAG = /^[^\n]{0,60}?\(([A-Z]{2,6})\)\s*[—–-]/u;
/** Words an agency's initials leave out ("The Associated Press" → AP). */
const UNINITIALLED = /^(?:the|of|and|for|&)$/i;

/** The initials of an outlet's name: "Maritime Press Agency" → "MPA". */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => word && !UNINITIALLED.test(word))
    .map((word) => word[0]!.toUpperCase())
    .join("");
}

/**
 * The article of another outlet of the story each article relays whole, by its closing credit line
 * ("(MPA)" under a paper's text): a paper printing an agency's copy with its own headline and cuts
 * tells the agency's claims, not its own, so it counts as the agency. An agency is known by its tag
 * in its own datelines or by its name's initials; a credit to an agency outside the story changes nothing.
 */
export function wireCredits(articles: readonly Article[], byId: ReadonlyMap<string, Article>): Map<Article, Article> {
  const agencies = new Map<string, Article>();
  for (const article of articles) {
    const tag = DATELINE_TAG.exec(article.text)?.[1];
    if (tag && !agencies.has(tag)) agencies.set(tag, article);
  }
  for (const article of articles) {
    const initials = article.source ? initialsOf(article.source) : "";
    if (initials.length >= 2 && !agencies.has(initials)) agencies.set(initials, article);
  }
  const credits = new Map<Article, Article>();
  for (const article of articles) {
    const credit = CREDIT_LINE.exec(article.text);
    const agency = credit ? agencies.get(credit[1] ?? credit[2]!) : undefined;
    if (agency && outletOf(agency, byId).key !== outletOf(article, byId).key) credits.set(article, agency);
  }
  return credits;
}
