import { readFile } from "node:fs/promises";
import { z } from "zod";
import { RoundupError } from "../errors/index.js";

/** One line of an evaluation corpus (JSONL). `story` is the gold label, when the corpus has one. */
export interface CorpusRecord {
  id: string;
  title: string;
  text: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  story: string | null;
}

const corpusRecordSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullish(),
  text: z.string(),
  source: z.string().nullish(),
  url: z.string().nullish(),
  publishedAt: z.string().nullish(),
  story: z.string().nullish(),
});

/** Parses corpus JSONL text; `name` is only used in error messages. Blank lines are skipped. */
export function parseCorpus(content: string, name = "corpus"): CorpusRecord[] {
  const records: CorpusRecord[] = [];
  const seen = new Set<string>();
  const lines = content.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const where = `${name}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      throw new RoundupError("INPUT_MALFORMED", `line ${index + 1} is not valid JSON`, {
        input: where,
        fix: "write one JSON object per line",
        cause,
      });
    }
    const parsed = corpusRecordSchema.safeParse(value);
    if (!parsed.success) {
      const problems = parsed.error.issues
        .map((issue) => `${issue.path.join(".") || "(line)"}: ${issue.message}`)
        .join("; ");
      throw new RoundupError("INPUT_MALFORMED", `line ${index + 1} is not a corpus record (${problems})`, {
        input: where,
        fix: 'each line needs at least {"id": string, "text": string}; title, source, url, publishedAt and story are optional',
      });
    }
    const record = parsed.data;
    if (seen.has(record.id)) {
      throw new RoundupError("INPUT_MALFORMED", `line ${index + 1} repeats the id "${record.id}"`, {
        input: where,
        fix: "give every record a unique id",
      });
    }
    seen.add(record.id);
    records.push({
      id: record.id,
      title: record.title ?? "",
      text: record.text,
      source: record.source || null,
      url: record.url || null,
      publishedAt: record.publishedAt || null,
      story: record.story || null,
    });
  }
  return records;
}

/** Reads an evaluation corpus from a JSONL file. */
export async function readCorpus(path: string): Promise<CorpusRecord[]> {
  let content: string;
  try {
    content = await readFile(path, "utf8");
  } catch (cause) {
    throw new RoundupError("INPUT_NOT_FOUND", "cannot read the corpus file", {
      input: path,
      fix: "check the path to the .jsonl corpus",
      cause,
    });
  }
  return parseCorpus(content, path);
}
