import type { Citation, Digest, DigestSentence, Disagreement, Quote, TimelineEntry } from "@roundup/prompts";
import { RoundupError } from "../errors/index.js";
import type { DigestEdit, StatementEdit } from "./digest-edit.js";
import { statementLabel } from "./digest-statements.js";
import { withStatementIds } from "./statement-ids.js";

/** Where each passage an editor may cite lies: its article and span in the cleaned text. */
export type PassageSpans = ReadonlyMap<string, { articleId: string; start: number; end: number }>;

function normalize(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function citationKey(citation: Citation): string {
  return `${citation.articleId}:${citation.chunkId}:${citation.start}:${citation.end}`;
}

function sameCitations(left: readonly Citation[], right: readonly Citation[]): boolean {
  return (
    left.length === right.length &&
    left.every((citation, index) => citationKey(citation) === citationKey(right[index] as Citation))
  );
}

function invalid(message: string, input: string, fix: string): RoundupError {
  return new RoundupError("EDIT_INVALID", message, { input, fix });
}

/** Each citation must point inside a passage of this story; the same citation once per statement. */
function checkCitations(citations: Citation[], label: string, passages: PassageSpans | undefined): Citation[] {
  const unique = [...new Map(citations.map((citation) => [citationKey(citation), citation])).values()];
  if (!passages) return unique;
  for (const citation of unique) {
    const passage = passages.get(citation.chunkId);
    if (
      !passage ||
      passage.articleId !== citation.articleId ||
      citation.start < passage.start ||
      citation.end > passage.end ||
      citation.start >= citation.end
    ) {
      throw invalid(
        "cites a passage that is not part of this story",
        label,
        "remove that citation and choose a passage from the list of this story's sources",
      );
    }
  }
  return unique;
}

/**
 * Keeps the stored statement when the editor left it as it was (its verification, acceptance and
 * corroboration still hold); otherwise a new statement without them, for the caller to verify.
 */
function editStatements<T extends DigestSentence | TimelineEntry | Quote>(
  part: "summary" | "keyPoints" | "timeline" | "quotes",
  stored: T[],
  edits: Array<StatementEdit & Partial<Pick<TimelineEntry, "date">> & Partial<Pick<Quote, "speaker">>>,
  passages: PassageSpans | undefined,
): T[] {
  const byId = new Map(stored.map((item) => [item.id, item]));
  const result: T[] = [];
  const seen = new Set<string>();
  for (const edit of edits) {
    const text = normalize(edit.text);
    // An emptied statement is removed, with its citations.
    if (text === "") continue;
    const label = statementLabel(part, result.length + 1);
    if (!edit.id || seen.has(edit.id))
      throw invalid("has no id or the id of another statement", label, "reload the page and edit again");
    seen.add(edit.id);
    const citations = checkCitations(edit.citations, label, passages);
    const extra: Record<string, unknown> = {};
    if (part === "timeline") extra.date = edit.date ? normalize(edit.date) || null : null;
    if (part === "quotes") extra.speaker = edit.speaker ? normalize(edit.speaker) || null : null;
    const current = byId.get(edit.id);
    // A week's entry stays a week while its date (the week's Monday) is left as it was.
    if (part === "timeline" && current && "precision" in current && current.precision && current.date === extra.date)
      extra.precision = current.precision;
    const unchanged =
      current &&
      current.text === text &&
      sameCitations(current.citations, citations) &&
      Object.entries(extra).every(([key, value]) => (current as Record<string, unknown>)[key] === value);
    result.push(unchanged ? current : ({ id: edit.id, text, citations, ...extra } as T));
  }
  return result;
}

function editDisagreements(
  stored: Disagreement[],
  edits: DigestEdit["disagreements"],
  passages: PassageSpans | undefined,
): Disagreement[] {
  const byId = new Map(stored.map((item) => [item.id, item]));
  const result: Disagreement[] = [];
  for (const edit of edits) {
    const topic = normalize(edit.topic);
    const claims = edit.claims
      .map((claim) => ({ value: normalize(claim.value), text: normalize(claim.text), citations: claim.citations }))
      .filter((claim) => claim.value !== "" || claim.text !== "");
    if (topic === "" && claims.length === 0) continue;
    const label = `Disagreement ${result.length + 1}`;
    if (topic === "")
      throw invalid("has no topic", label, "say what the sources disagree about, or empty its claims to remove it");
    if (
      claims.length < 2 ||
      claims.some((claim) => claim.value === "" || claim.text === "" || claim.citations.length === 0)
    )
      throw invalid(
        "needs at least two claims, each with a value, a text and a cited passage",
        label,
        "complete the claims, or empty the topic and the claims to remove it",
      );
    const checked = claims.map((claim) => ({ ...claim, citations: checkCitations(claim.citations, label, passages) }));
    const current = byId.get(edit.id);
    const unchanged =
      current &&
      current.topic === topic &&
      current.claims.length === checked.length &&
      current.claims.every(
        (claim, index) =>
          claim.value === checked[index]?.value &&
          claim.text === checked[index]?.text &&
          sameCitations(claim.citations, checked[index]?.citations ?? []),
      );
    result.push(unchanged ? current : { id: edit.id, topic, claims: checked });
  }
  return result;
}

/**
 * Applies an editor's changes to a digest: every part, the headline's citations included;
 * statements added, removed (emptied) and reordered. A statement keeps its verification and a
 * reviewer's acceptance only while its text and citations are unchanged; a changed one has none, so
 * the caller verifies it again (see reverifyEditedStatements). Throws an EDIT_INVALID RoundupError
 * naming the part to fix; nothing is stored by this function.
 */
export function applyDigestEdit(stored: Digest, edit: DigestEdit, options: { passages?: PassageSpans } = {}): Digest {
  const current = withStatementIds(stored);
  const { passages } = options;
  const headline = normalize(edit.headline);
  if (headline === "") throw invalid("is empty", "Headline", "write a headline");
  const headlineCitations = checkCitations(edit.headlineCitations, "Headline", passages);
  const summary = editStatements("summary", current.summary, edit.summary, passages);
  if (summary.length === 0) throw invalid("has no sentence left", "Summary", "keep at least one summary sentence");
  if (summary.length > 8)
    throw invalid(`has ${summary.length} sentences; at most 8 fit a digest`, "Summary", "remove or merge sentences");
  const headlineUnchanged =
    headline === current.headline && sameCitations(current.headlineCitations ?? [], headlineCitations);
  const {
    headlineVerification,
    headlineAcceptance,
    headlineCitations: storedCitations,
    headlineUnknownCitations,
    headlineModelFaults,
    ...rest
  } = current;
  return {
    ...rest,
    headline,
    // What a model got wrong in its headline goes with that headline: an edited one is verified afresh.
    ...(headlineUnchanged
      ? {
          ...(storedCitations ? { headlineCitations: storedCitations } : {}),
          ...(headlineVerification ? { headlineVerification } : {}),
          ...(headlineAcceptance ? { headlineAcceptance } : {}),
          ...(headlineUnknownCitations ? { headlineUnknownCitations } : {}),
          ...(headlineModelFaults ? { headlineModelFaults } : {}),
        }
      : { headlineCitations }),
    summary,
    keyPoints: editStatements("keyPoints", current.keyPoints, edit.keyPoints, passages),
    timeline: editStatements("timeline", current.timeline, edit.timeline, passages),
    quotes: editStatements("quotes", current.quotes, edit.quotes, passages),
    disagreements: editDisagreements(current.disagreements, edit.disagreements, passages),
  };
}
