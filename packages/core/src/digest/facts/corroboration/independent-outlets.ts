import type { Article } from "../../../model/index.js";
import { independentSourceKey } from "../../evidence/independent-source-key.js";

/** An outlet as facts count it: near-duplicates belong to their original's outlet. */
export interface Outlet {
  /** Equal for two articles of one outlet, or for a rewrite and its original. */
  key: string;
  /** The outlet's name as a reader knows it, when the article gives one. */
  name: string | null;
}

function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^www\.|\.(?:com|co\.uk|org|net|example)$/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The outlet of an article's copy chain, before any credit line is read. */
function sourceOutletOf(article: Article, byId: ReadonlyMap<string, Article>): Outlet & { root: Article | undefined } {
  const rootId = independentSourceKey(article, byId);
  const root = byId.get(rootId);
  // A copy of an article outside the story: the copies share that original, whatever their outlets.
  if (!root) return { key: `article:${rootId}`, name: article.source?.trim() || null, root };
  const name = root.source?.trim() || null;
  return name ? { key: `outlet:${normalizeName(name)}`, name, root } : { key: `article:${rootId}`, name: null, root };
}

/** A credit line closing an article: "(AP)", "(MPA)", "— APW": the whole text is that agency's copy. */
const CREDIT_LINE = /\n\s*(?:\(([A-Z]{2,6})\)|[—–-]\s*([A-Z]{2,6}))\.?\s*$/u;
/**
 * Whether a text ends as a credit line does, on a capital or a closing bracket (a full stop after
 * either): the pattern's search tries every line break of the text, and most texts end otherwise.
 */
function endsAsCredit(text: string): boolean {
  const end = text.trimEnd();
  const last = end.endsWith(".") ? end.at(-2) : end.at(-1);
  return last !== undefined && (last === ")" || (last >= "A" && last <= "Z"));
}
/** An agency's tag in its own dateline: "HALIFAX (MPA) —", "CHESTERTON, Md. (APW) —". */
const DATELINE_TAG = /^[^\n]{0,60}?\(([A-Z]{2,6})\)\s*[—–-]/u;
/** Words an agency's initials leave out ("The Associated Press" → AP). */
const UNINITIALLED = /^(?:the|of|and|for|&)$/i;

/** The initials of an outlet's or a body's name: "Maritime Press Agency" → "MPA", "State Emergency Service" → "SES". */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => word && !UNINITIALLED.test(word))
    .map((word) => word[0]!.toUpperCase())
    .join("");
}

/**
 * The agency's outlet each article relays whole, by its closing credit line ("(MPA)" under a paper's
 * text): a paper printing an agency's copy with its own headline and cuts tells the agency's claims,
 * not its own. An agency is known by its tag in its own datelines or by its name's initials; a credit
 * to an agency outside the story changes nothing.
 */
function wireCredits(byId: ReadonlyMap<string, Article>): Map<Article, Outlet> {
  const articles = [...byId.values()];
  const agencies = new Map<string, Article>();
  for (const article of articles) {
    const tag = DATELINE_TAG.exec(article.text)?.[1];
    if (tag && !agencies.has(tag)) agencies.set(tag, article);
  }
  for (const article of articles) {
    const initials = article.source ? initialsOf(article.source) : "";
    if (initials.length >= 2 && !agencies.has(initials)) agencies.set(initials, article);
  }
  const credits = new Map<Article, Outlet>();
  for (const article of articles) {
    const credit = endsAsCredit(article.text) ? CREDIT_LINE.exec(article.text) : null;
    const agency = credit ? agencies.get(credit[1] ?? credit[2]!) : undefined;
    if (!agency) continue;
    const { key, name } = sourceOutletOf(agency, byId);
    if (key !== sourceOutletOf(article, byId).key) credits.set(article, { key, name });
  }
  return credits;
}

/** The credits of each map of a story already asked about: every step asks once per mention. */
const creditsOfMap = new WeakMap<ReadonlyMap<string, Article>, Map<Article, Outlet>>();
/** Each article's outlet per story map, read once: figures ask it per pair, tens of thousands of times in a long story. */
const outletsOfMap = new WeakMap<ReadonlyMap<string, Article>, Map<Article, Outlet>>();

/**
 * The outlet an article counts as: its near-duplicate chain leads back to an original, and that
 * original's outlet (source name) is the one counted, so a rewrite or a syndicated copy never adds
 * an outlet, nor do two articles of the same outlet; an original closing on an agency's credit line
 * counts as that agency (see wireCredits). Without a source name, each original is its own outlet.
 * `byId` holds the story's articles.
 */
export function outletOf(article: Article, byId: ReadonlyMap<string, Article>): Outlet {
  let known = outletsOfMap.get(byId);
  if (!known) {
    known = new Map();
    outletsOfMap.set(byId, known);
  }
  const cached = known.get(article);
  if (cached) return cached;
  let credits = creditsOfMap.get(byId);
  if (!credits) {
    credits = wireCredits(byId);
    creditsOfMap.set(byId, credits);
  }
  const { key, name, root } = sourceOutletOf(article, byId);
  const outlet = credits.get(root ?? article) ?? credits.get(article) ?? { key, name };
  known.set(article, outlet);
  return outlet;
}
