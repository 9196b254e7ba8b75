import { checkSupport } from "@roundup/core";
import { z } from "zod";

const lineSchema = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String),
    sentence: z.string().min(1, { message: "sentence is empty" }),
    source: z.string().min(1).optional(),
    sources: z.array(z.string().min(1)).min(1).optional(),
    label: z.enum(["supported", "unsupported"]).optional(),
  })
  .refine((line) => line.source !== undefined || line.sources !== undefined, {
    message: 'needs "source" (a passage) or "sources" (a list of passages)',
  });

interface VerifyResult {
  id: string;
  verdict: "supported" | "unsupported";
  score: number;
  reasons: string[];
}

/** Agreement with human labels: how many unsupported sentences are caught and supported ones passed. */
interface VerifyFigures {
  sentences: number;
  balancedAccuracy: number;
  unsupportedCaught: number;
  supportedPassed: number;
}

export interface VerifyReport {
  results: VerifyResult[];
  /** "line N: reason" for each line that could not be checked. */
  problems: string[];
  /** Per group of lines that carry a `label` (the part of the id before its number, e.g. qags-cnndm), and all together. */
  figures: Record<string, VerifyFigures>;
}

function groupOf(id: string): string {
  // "qags-cnndm-000-1" → "qags-cnndm": rows of one data set share the id's leading words.
  return id.match(/^(.*?[a-z])-\d/i)?.[1] ?? "all";
}

function figuresOf(pairs: ReadonlyArray<{ label: string; verdict: string }>): VerifyFigures {
  const supported = pairs.filter((pair) => pair.label === "supported");
  const unsupported = pairs.filter((pair) => pair.label === "unsupported");
  const supportedPassed =
    supported.filter((pair) => pair.verdict === "supported").length / Math.max(1, supported.length);
  const unsupportedCaught =
    unsupported.filter((pair) => pair.verdict === "unsupported").length / Math.max(1, unsupported.length);
  const round = (value: number) => Number(value.toFixed(3));
  return {
    sentences: pairs.length,
    balancedAccuracy: round((supportedPassed + unsupportedCaught) / 2),
    unsupportedCaught: round(unsupportedCaught),
    supportedPassed: round(supportedPassed),
  };
}

/**
 * Checks each line of a JSONL text ({id, sentence, source} or {id, sentence, sources}) against its
 * passages. A bad line is reported with its number and the rest goes on; lines with a `label` give
 * the agreement figures.
 */
export function verifyLines(text: string): VerifyReport {
  const results: VerifyResult[] = [];
  const problems: string[] = [];
  const labelled: Array<{ group: string; label: string; verdict: string }> = [];
  text.split("\n").forEach((raw, index) => {
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push(`line ${index + 1}: not JSON (${(error as Error).message})`);
      return;
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      problems.push(
        `line ${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "line"}: ${issue.message}`).join("; ")}`,
      );
      return;
    }
    const line = parsed.data;
    const check = checkSupport(line.sentence, line.sources ?? [line.source!]);
    results.push({ id: line.id, verdict: check.verdict, score: check.score, reasons: check.reasons });
    if (line.label) labelled.push({ group: groupOf(line.id), label: line.label, verdict: check.verdict });
  });
  const figures: Record<string, VerifyFigures> = {};
  if (labelled.length > 0) {
    for (const group of new Set(labelled.map((pair) => pair.group)))
      figures[group] = figuresOf(labelled.filter((pair) => pair.group === group));
    if (Object.keys(figures).length > 1) figures.all = figuresOf(labelled);
  }
  return { results, problems, figures };
}
