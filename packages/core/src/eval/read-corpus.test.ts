import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isRoundupError } from "../errors/index.js";
import { parseCorpus, readCorpus } from "./read-corpus.js";

const CORPUS = new URL("../../../../../shared/corpus/ecbplus-dev.jsonl", import.meta.url).pathname;

describe("readCorpus", () => {
  it("reads the ECB+ dev corpus with its gold labels", async () => {
    const records = await readCorpus(CORPUS);
    expect(records).toHaveLength(277);
    expect(new Set(records.map((record) => record.story)).size).toBe(24);
    expect(records[0]).toMatchObject({ id: "ecb-1-10ecb", story: "ecb-1-ecb", publishedAt: null, source: null });
  });

  it("accepts records without a story and skips blank lines", () => {
    const records = parseCorpus('{"id":"a","title":"T","text":"x"}\n\n{"id":"b","text":"y","story":null}\n');
    expect(records.map((record) => [record.id, record.title, record.story])).toEqual([
      ["a", "T", null],
      ["b", "", null],
    ]);
  });

  it("names the line of invalid JSON", () => {
    const error = catchError(() => parseCorpus('{"id":"a","text":"x"}\n{"id": "b", text}\n', "c.jsonl"));
    expect(isRoundupError(error) && error.code).toBe("INPUT_MALFORMED");
    expect(isRoundupError(error) && error.describe()).toContain("c.jsonl:2");
  });

  it("names the line and field of a record without text", () => {
    const error = catchError(() => parseCorpus('{"id":"a","text":"x"}\n{"id":"b"}\n'));
    expect(isRoundupError(error) && error.message).toMatch(/line 2 .*text/);
  });

  it("rejects repeated ids", () => {
    const error = catchError(() => parseCorpus('{"id":"a","text":"x"}\n{"id":"a","text":"y"}\n'));
    expect(isRoundupError(error) && error.message).toContain('repeats the id "a"');
  });

  it("reports a missing file as INPUT_NOT_FOUND", async () => {
    const folder = await mkdtemp(join(tmpdir(), "roundup-corpus-"));
    await expect(readCorpus(join(folder, "missing.jsonl"))).rejects.toMatchObject({ code: "INPUT_NOT_FOUND" });
    await writeFile(join(folder, "ok.jsonl"), '{"id":"a","text":"x"}\n');
    expect(await readCorpus(join(folder, "ok.jsonl"))).toHaveLength(1);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}
