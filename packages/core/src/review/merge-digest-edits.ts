import type { Citation, Digest, Disagreement } from "@roundup/prompts";
import { headlineId, type StatementPart, statementLabel } from "./digest-statements.js";
import { withStatementIds } from "./statement-ids.js";

type MergePart = StatementPart | "disagreements";

export interface MergeConflict {
  part: MergePart;
  id: string;
  /** "Summary sentence 2", "Disagreement 1": where the statement stands in the merged digest. */
  label: string;
  /**
   * both_changed: both editors changed it differently (the merge keeps yours);
   * removed_by_them: they removed what you changed (the merge keeps yours);
   * removed_by_me: you removed what they changed (the merge keeps theirs).
   */
  kind: "both_changed" | "removed_by_them" | "removed_by_me";
  /** The text each side has now; null where that side removed it. */
  mine: string | null;
  theirs: string | null;
}

export interface MergeResult {
  digest: Digest;
  /** Empty when the two edits touched different statements: the merge can be saved as it is. */
  conflicts: MergeConflict[];
}

const citationsSignature = (citations: readonly Citation[]) =>
  citations.map((citation) => `${citation.chunkId}:${citation.start}:${citation.end}`).join(",");

type Item = { id?: string | undefined; text?: string; topic?: string };

/** What an editor can change in an item; two items with the same signature read the same. */
function signature(item: Item & Record<string, unknown>): string {
  if ("topic" in item) {
    const disagreement = item as unknown as Disagreement;
    return JSON.stringify([
      disagreement.topic,
      disagreement.claims.map((claim) => [claim.value, claim.text, citationsSignature(claim.citations)]),
    ]);
  }
  return JSON.stringify([
    item.text,
    citationsSignature((item.citations as Citation[] | undefined) ?? []),
    item.date ?? null,
    item.speaker ?? null,
  ]);
}

const textOf = (item: Item) => (item.topic ?? item.text ?? "") as string;

/**
 * Orders the kept ids: the side that reordered the shared statements leads; what only the other
 * side has goes right after its nearest predecessor on that side.
 */
function weave(primary: string[], secondary: string[], keep: ReadonlySet<string>): string[] {
  const result = primary.filter((id) => keep.has(id));
  const placed = new Set(result);
  secondary.forEach((id, index) => {
    if (placed.has(id) || !keep.has(id)) return;
    let at = 0;
    for (let before = index - 1; before >= 0; before -= 1) {
      const predecessor = secondary[before] as string;
      if (placed.has(predecessor)) {
        at = result.indexOf(predecessor) + 1;
        break;
      }
    }
    result.splice(at, 0, id);
    placed.add(id);
  });
  return result;
}

function mergeList<T extends Item>(
  part: MergePart,
  base: T[],
  mine: T[],
  theirs: T[],
  conflicts: MergeConflict[],
): T[] {
  const id = (item: T) => item.id as string;
  const baseById = new Map(base.map((item) => [id(item), item]));
  const mineById = new Map(mine.map((item) => [id(item), item]));
  const theirsById = new Map(theirs.map((item) => [id(item), item]));
  const changed = (left: T, right: T) =>
    signature(left as T & Record<string, unknown>) !== signature(right as T & Record<string, unknown>);
  const chosen = new Map<string, T>();
  const found: Array<Omit<MergeConflict, "label">> = [];
  for (const their of theirs) {
    const original = baseById.get(id(their));
    const my = mineById.get(id(their));
    if (!original) chosen.set(id(their), their);
    else if (!my) {
      // Removed by me: gone, unless they changed it meanwhile (then theirs stays, for me to decide).
      if (changed(their, original)) {
        chosen.set(id(their), their);
        found.push({ part, id: id(their), kind: "removed_by_me", mine: null, theirs: textOf(their) });
      }
    } else {
      const mineChanged = changed(my, original);
      const theirsChanged = changed(their, original);
      if (mineChanged && theirsChanged && changed(my, their)) {
        chosen.set(id(their), my);
        found.push({ part, id: id(their), kind: "both_changed", mine: textOf(my), theirs: textOf(their) });
      } else chosen.set(id(their), mineChanged ? my : their);
    }
  }
  for (const my of mine) {
    if (theirsById.has(id(my))) continue;
    const original = baseById.get(id(my));
    if (!original) chosen.set(id(my), my);
    else if (changed(my, original)) {
      // They removed what I changed: mine stays, for me to decide.
      chosen.set(id(my), my);
      found.push({ part, id: id(my), kind: "removed_by_them", mine: textOf(my), theirs: null });
    }
  }
  const shared = mine.map(id).filter((item) => baseById.has(item));
  const sharedInBaseOrder = base.map(id).filter((item) => mineById.has(item));
  const iReordered = shared.join("\n") !== sharedInBaseOrder.join("\n");
  const keep = new Set(chosen.keys());
  const order = iReordered ? weave(mine.map(id), theirs.map(id), keep) : weave(theirs.map(id), mine.map(id), keep);
  for (const conflict of found) {
    const position = order.indexOf(conflict.id) + 1;
    conflicts.push({
      ...conflict,
      label: part === "disagreements" ? `Disagreement ${position}` : statementLabel(part, position),
    });
  }
  return order.map((item) => chosen.get(item) as T);
}

function headlineOf(digest: Digest) {
  return { text: digest.headline, citations: digest.headlineCitations ?? [] };
}

/**
 * Merges an editor's version ("mine", made from `base`) with the version someone saved meanwhile
 * ("theirs", also made from `base`), statement by statement by id, never by position: what only
 * one side changed, added, removed or reordered is taken from that side. Where both changed the
 * same statement, or one removed what the other changed, the merge keeps the changed text and
 * reports a conflict, so nothing either wrote is lost. Sources and generation come from theirs.
 */
export function mergeDigestEdits(input: { base: Digest; mine: Digest; theirs: Digest }): MergeResult {
  const base = withStatementIds(input.base);
  const mine = withStatementIds(input.mine);
  const theirs = withStatementIds(input.theirs);
  const conflicts: MergeConflict[] = [];
  const headlineChanged = (left: Digest, right: Digest) =>
    JSON.stringify([left.headline, citationsSignature(headlineOf(left).citations)]) !==
    JSON.stringify([right.headline, citationsSignature(headlineOf(right).citations)]);
  const myHeadline = headlineChanged(mine, base);
  const theirHeadline = headlineChanged(theirs, base);
  if (myHeadline && theirHeadline && headlineChanged(mine, theirs)) {
    conflicts.push({
      part: "headline",
      id: headlineId,
      label: "Headline",
      kind: "both_changed",
      mine: mine.headline,
      theirs: theirs.headline,
    });
  }
  const headlineFrom = myHeadline ? mine : theirs;
  const { headline, headlineCitations, headlineVerification, headlineAcceptance } = headlineFrom;
  const { headlineCitations: _c, headlineVerification: _v, headlineAcceptance: _a, ...rest } = theirs;
  const digest: Digest = {
    ...rest,
    headline,
    ...(headlineCitations ? { headlineCitations } : {}),
    ...(headlineVerification ? { headlineVerification } : {}),
    ...(headlineAcceptance ? { headlineAcceptance } : {}),
    summary: mergeList("summary", base.summary, mine.summary, theirs.summary, conflicts),
    keyPoints: mergeList("keyPoints", base.keyPoints, mine.keyPoints, theirs.keyPoints, conflicts),
    timeline: mergeList("timeline", base.timeline, mine.timeline, theirs.timeline, conflicts),
    quotes: mergeList("quotes", base.quotes, mine.quotes, theirs.quotes, conflicts),
    disagreements: mergeList("disagreements", base.disagreements, mine.disagreements, theirs.disagreements, conflicts),
  };
  return { digest, conflicts };
}
