import type { Disagreement } from "@roundup/prompts";
import type { Article } from "../../../model/index.js";
import { escapeRegExp } from "../../../text/escape-reg-exp.js";
import type { ArticleSentence } from "../../evidence/article-sentences.js";
import { outletOf } from "./independent-outlets.js";
import { storyRewrites } from "./rewritten-from.js";

/**
 * The disagreements with each side's uncredited rewrites (see rewrittenFrom) named by the outlet they
 * rewrite, when that original gives the side's figure too: a paper retelling wire copy in its own
 * words tells the wire's figure, and a reader should see where it came from, once. A side whose
 * original gives another figure, or stands on the other side, keeps the rewrite's own name.
 */
export function creditOriginals(
  disagreements: readonly Disagreement[],
  sentences: readonly ArticleSentence[],
  articles: readonly Article[],
): Disagreement[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const rewrites = storyRewrites(sentences, byId);
  if (rewrites.size === 0) return [...disagreements];
  return disagreements.map((disagreement) => {
    const named = disagreement.claims.map((claim) => new Set(claim.outlets ?? []));
    const claims = disagreement.claims.map((claim, index) => {
      if (!claim.outlets) return claim;
      const renamed = new Map<string, string>();
      for (const citation of claim.citations) {
        const rewrite = byId.get(citation.articleId);
        const original = rewrite ? rewrites.get(rewrite.id) : undefined;
        const from = rewrite ? outletOf(rewrite, byId).name : null;
        const to = original ? outletOf(original, byId).name : null;
        if (!from || !to || from === to) continue;
        if (named.some((outlets, other) => other !== index && outlets.has(to))) continue;
        if (!givesFigure(original!, claim.value)) continue;
        renamed.set(from, to);
      }
      if (renamed.size === 0) return claim;
      return { ...claim, outlets: [...new Set(claim.outlets.map((outlet) => renamed.get(outlet) ?? outlet))] };
    });
    return { ...disagreement, claims };
  });
}

/** Whether an article's text writes a figure as the claim writes it ("Thirty-one", "about £2.4m"). */
function givesFigure(article: Article, value: string): boolean {
  const figure = value.replace(/^(?:about|around|roughly|nearly|almost|more than|over|some|at least)\s+/i, "");
  return new RegExp(`(?<![\\p{L}\\p{N}.,])${escapeRegExp(figure)}(?![\\p{L}\\p{N}]|[.,]\\d)`, "iu").test(article.text);
}
