import type { EvidencePassage, SummarizeFacts, SummarizeInput } from "./summarize-input.js";

/** Escapes text so nothing inside it can open or close a tag of the prompt. */
export function escapeData(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attribute(value: string | null): string {
  return escapeData(value ?? "unknown").replace(/"/g, "&quot;");
}

export interface RenderOptions {
  /** Mark a passage a later one supersedes with `older-than="P7"` (summarize@5 on). */
  olderThan?: boolean;
  /** Name who gives each side of a disagreement: its outlets and its named source (summarize@7 on). */
  claimSources?: boolean;
}

/** Who gives a disagreement's figure, as the facts say it: "from the coast guard, reported by Reuters". */
function claimSource(claim: SummarizeFacts["disagreements"][number]["claims"][number]): string {
  const outlets = claim.outlets?.filter((outlet) => outlet.trim() !== "") ?? [];
  const parts = [
    claim.source ? `from ${escapeData(claim.source)}` : "",
    outlets.length > 0 ? `reported by ${outlets.map(escapeData).join(" and ")}` : "",
  ].filter(Boolean);
  return parts.length > 0 ? ` ${parts.join(", ")}` : "";
}

/**
 * The passages grouped by article inside `<articles>`: every byte of source text sits inside an
 * `<article>` element with `<`, `>` and `&` escaped, so an article cannot end the data block.
 */
export function renderArticles(passages: readonly EvidencePassage[], options: RenderOptions = {}): string {
  const order: string[] = [];
  const byArticle = new Map<string, EvidencePassage[]>();
  for (const passage of passages) {
    if (!byArticle.has(passage.articleId)) order.push(passage.articleId);
    byArticle.set(passage.articleId, [...(byArticle.get(passage.articleId) ?? []), passage]);
  }
  const blocks = order.map((articleId) => {
    const list = byArticle.get(articleId) ?? [];
    const first = list[0];
    const head = `<article id="${attribute(articleId)}" title="${attribute(first?.articleTitle ?? null)}" source="${attribute(first?.source ?? null)}" published="${attribute(first?.publishedAt ?? null)}">`;
    const body = list
      .map((passage) => {
        const older =
          options.olderThan && passage.olderThan && passage.olderThan.length > 0
            ? ` older-than="${attribute(passage.olderThan.join(" "))}"`
            : "";
        return `<passage id="${attribute(passage.id)}"${older}>${escapeData(passage.text)}</passage>`;
      })
      .join("\n");
    return `${head}\n${body}\n</article>`;
  });
  return `<articles>\n${blocks.join("\n")}\n</articles>`;
}

/** Facts computed by code, as a plain list the model can use. */
export function renderFacts(facts: SummarizeFacts, options: RenderOptions = {}): string {
  const lines: string[] = [];
  for (const disagreement of facts.disagreements) {
    const claims = disagreement.claims
      .map(
        (claim) =>
          `${escapeData(claim.value)}${options.claimSources ? claimSource(claim) : ""} (${claim.passageIds.join(", ") || "no passage"})`,
      )
      .join(" vs ");
    lines.push(`- Sources disagree on ${escapeData(disagreement.topic)}: ${claims}.`);
  }
  for (const entry of facts.timeline) {
    lines.push(
      `- Timeline${entry.date ? ` ${entry.date}` : ""}: ${escapeData(entry.text)} (${entry.passageIds.join(", ") || "no passage"})`,
    );
  }
  return `<facts>\n${lines.length > 0 ? lines.join("\n") : "- none"}\n</facts>`;
}

/** The data part of every summarize user message: story label, delimited articles, computed facts. */
export function renderStoryData(input: SummarizeInput, options: RenderOptions = {}): string[] {
  return [
    `Story: ${input.storyLabel.replace(/[<>]/g, "")}`,
    "",
    renderArticles(input.passages, options),
    "",
    renderFacts(input.facts, options),
    "",
  ];
}
