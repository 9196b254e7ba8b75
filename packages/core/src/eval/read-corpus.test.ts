import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isRoundupError } from "../errors/index.js";
import { parseCorpus, readCorpus } from "./read-corpus.js";
import { lookAlikeEventsPath } from "./testing/look-alike-events.js";

describe("readCorpus", () => {
  it("reads a corpus file with its gold labels, missing fields as null", async () => {
    const records = await readCorpus(lookAlikeEventsPath);
    expect(records).toHaveLength(64);
    expect(new Set(records.map((record) => record.story)).size).toBe(12);
    expect(records[0]).toMatchObject({ id: "quake-peru-1", story: "quake-peru-2009", publishedAt: null, source: null });
    expect(records.find((record) => record.id === "ferry-victoria-1")?.publishedAt).toBe("2018-09-20T18:40:00Z");
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
