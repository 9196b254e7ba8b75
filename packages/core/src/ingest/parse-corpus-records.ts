import { z } from "zod";
import { RoundupError } from "../errors/index.js";
import type { ArticleDraft } from "../model/index.js";

/** One article in the corpus format (see samples and the shared corpus README). */
const corpusRecordSchema = z.object({
  id: z.union([z.string(), z.number()]).optional().nullable(),
  title: z.string().optional().nullable(),
  text: z.string().refine((text) => text.trim() !== "", "text is empty"),
  source: z.string().optional().nullable(),
  url: z.string().optional().nullable(),
  author: z.string().optional().nullable(),
  publishedAt: z.string().optional().nullable(),
  story: z.union([z.string(), z.number()]).optional().nullable(),
});

export interface ParsedRecords {
  drafts: ArticleDraft[];
  /** One error per unusable record or line; the others are still returned. */
  errors: RoundupError[];
}

/**
 * Articles from a corpus file: JSONL (one record a line) or JSON (an array of records, or one
 * record). `id` is kept as `externalId` and `story` as `goldStory`; each draft's input is
 * `<file>#<id>` so results can be traced back to the record.
 */
export function parseCorpusRecords(text: string, context: { input: string; format: "json" | "jsonl" }): ParsedRecords {
  const drafts: ArticleDraft[] = [];
  const errors: RoundupError[] = [];
  const add = (value: unknown, position: string) => {
    const result = corpusRecordSchema.safeParse(value);
    if (!result.success) {
      const reason = result.error.issues
        .map((issue) => `${issue.path.join(".") || "record"}: ${issue.message}`)
        .join("; ");
      errors.push(
        new RoundupError("INPUT_MALFORMED", `Record ${position} is not a corpus article (${reason}).`, {
          input: `${context.input}#${position}`,
          fix: 'Each record needs at least a non-empty "text".',
        }),
      );
      return;
    }
    const record = result.data;
    const externalId = record.id === undefined || record.id === null ? null : String(record.id);
    drafts.push({
      input: `${context.input}#${externalId ?? position}`,
      file: context.input,
      externalId,
      title: record.title ?? null,
      originalText: record.text,
      source: record.source || null,
      url: record.url || null,
      author: record.author || null,
      publishedAt: record.publishedAt || null,
      goldStory: record.story === undefined || record.story === null ? null : String(record.story),
    });
  };

  if (context.format === "jsonl") {
    text.split("\n").forEach((line, index) => {
      if (line.trim() === "") return;
      const position = `L${index + 1}`;
      try {
        add(JSON.parse(line), position);
      } catch (cause) {
        errors.push(
          new RoundupError("INPUT_MALFORMED", `Line ${index + 1} is not valid JSON.`, {
            input: `${context.input}#${position}`,
            fix: "Write one JSON object per line.",
            cause,
          }),
        );
      }
    });
    return { drafts, errors };
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new RoundupError("INPUT_MALFORMED", "The file is not valid JSON.", {
      input: context.input,
      fix: "Check the JSON syntax, or use JSONL with one article per line.",
      cause,
    });
  }
  const records = Array.isArray(value) ? value : [value];
  for (const [index, record] of records.entries()) add(record, String(index));
  return { drafts, errors };
}
