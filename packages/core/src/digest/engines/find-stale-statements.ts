import type { EvidencePassage } from "@roundup/prompts";
import { publishedDay } from "../facts/reading/index.js";
import { analyzeText } from "../verify/reading/index.js";

/** A model's statement as it answered it: its text and the passage ids it cites. */
export interface ModelStatement {
  text: string;
  passageIds: readonly string[];
}

// Finite forms that tell a state as it stands now (or as it is about to be): "is waiting", "has
// offered", "will continue", "remain". A past form ("offered", "was", "had") tells what happened before.
const CURRENT_FORMS = new Set([
  "is",
  "are",
  "am",
  "has",
  "have",
  "does",
  "do",
  "will",
  "wo",
  "shall",
  "remain",
  "remains",
  "stays",
  "continues",
]);

/** Whether a sentence tells what it says as current: a present or future finite verb. */
function readsAsCurrent(text: string): boolean {
  return analyzeText(text).tokens.some((token) => {
    if (token.pos !== "AUX" && token.pos !== "VERB") return false;
    const word = token.text.toLowerCase();
    if (CURRENT_FORMS.has(word)) return true;
    // "responds", "offers": a verb's present third person, which its lemma is not.
    return token.pos === "VERB" && /[^s]s$/.test(word) && !token.key.endsWith("s") && word !== token.key;
  });
}

/** Figures as written ("1,200", "4.5"), without separators. */
export const figuresIn = (text: string) =>
  (text.match(/\d[\d,.]*\d|\d/g) ?? []).map((figure) => figure.replace(/,/g, ""));

/** A figure of the statement that the earlier passage gives and none of the later ones does, or null. */
function earlierFigure(text: string, older: EvidencePassage, later: readonly EvidencePassage[]): string | null {
  const olderFigures = new Set(figuresIn(older.text));
  const laterFigures = new Set(later.flatMap((passage) => figuresIn(passage.text)));
  return figuresIn(text).find((figure) => olderFigures.has(figure) && !laterFigures.has(figure)) ?? null;
}

function describe(passage: EvidencePassage): string {
  const day = publishedDay(passage);
  const from = [passage.source, day].filter(Boolean).join(", ");
  const words = passage.text.split(/\s+/);
  const excerpt = words.length > 14 ? `${words.slice(0, 14).join(" ")}…` : passage.text;
  return `${from ? `${from}: ` : ""}"${excerpt}"`;
}

/**
 * What a model's answer makes of the passages code marked `older-than` (summarize@5: an earlier
 * state of a matter that later passages tell as it stands now: a proposal, then the response to it;
 * a running figure, then a later one). Per statement, the reasons it tells that earlier state as
 * current, in words an editor reads:
 * - a headline that rests on an earlier passage and on none of the later ones (a headline says how
 *   the story stands now);
 * - a summary sentence or key point that cites an earlier passage and none of the later ones on its
 *   matter, unless a statement before it already tells a later one and it is told in the past tense
 *   (what happened before, as the prompt allows); the headline does not count, a summary must lead
 *   with the later news itself. Citing a later passage beside the earlier one leaves the wording to the
 *   support check, which compares the sentence with both; a figure only the earlier one gives, stated
 *   as current, is flagged.
 * Statements are read in the digest's order: summary, then key points.
 */
export function findStaleStatements(
  headline: ModelStatement | null,
  statements: readonly ModelStatement[],
  passages: readonly EvidencePassage[],
): { headline: string[]; statements: string[][] } {
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  const told = new Set<string>();
  const faultsOf = (statement: ModelStatement, isHeadline: boolean): string[] => {
    const faults: string[] = [];
    for (const id of new Set(statement.passageIds)) {
      const older = byId.get(id);
      const newer = (older?.olderThan ?? []).filter((later) => byId.has(later));
      if (!older || newer.length === 0) continue;
      const citedLater = newer.filter((later) => statement.passageIds.includes(later));
      if (citedLater.length > 0) {
        // Both cited: the support check compares the wording with both, but not which figure is current.
        const figure = earlierFigure(
          statement.text,
          older,
          citedLater.flatMap((later) => byId.get(later) ?? []),
        );
        if (figure && !isHeadline && readsAsCurrent(statement.text))
          faults.push(
            `states the earlier figure ${figure} (${describe(older)}) as current, though a later report it cites supersedes it (${describe(byId.get(citedLater[0]!)!)})`,
          );
        continue;
      }
      const toldBefore = newer.some((later) => told.has(later));
      if (!isHeadline && toldBefore && !readsAsCurrent(statement.text)) continue;
      const later = byId.get(newer.find((candidate) => told.has(candidate)) ?? newer[0]!)!;
      faults.push(
        isHeadline
          ? `rests on an earlier report (${describe(older)}) that a later one supersedes (${describe(later)}): a headline says how the story stands now`
          : `tells an earlier report (${describe(older)}) as current, though a later one supersedes it (${describe(later)}): ${toldBefore ? "tell it in the past tense, as what happened before" : "state the later news first, then this as what happened before"}`,
      );
    }
    // The summary must stand on its own: a later report in the headline does not count as told before.
    if (!isHeadline) for (const id of statement.passageIds) told.add(id);
    return faults;
  };
  return {
    headline: headline ? faultsOf(headline, true) : [],
    statements: statements.map((statement) => faultsOf(statement, false)),
  };
}
