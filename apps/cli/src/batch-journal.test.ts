import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { batchStatePath, createBatchJournal, readBatchState } from "./batch-journal.js";

const folder = mkdtempSync(path.join(tmpdir(), "roundup-batch-journal-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the batch journal", () => {
  it("keeps the state beside the SQLite database unless a path is configured", () => {
    expect(batchStatePath(undefined, "file:/data/roundup.db")).toBe("/data/roundup.db.batches.json");
    expect(batchStatePath("/tmp/state.json", "file:/data/roundup.db")).toBe("/tmp/state.json");
    expect(batchStatePath(undefined, "postgresql://localhost/roundup")).toMatch(/\.data\/batches\.json$/);
  });

  it("records a submitted batch and its repair round, resumes them by work id, and forgets them when settled", async () => {
    const file = path.join(folder, "state.json");
    const said: string[] = [];
    const journal = createBatchJournal(file, "gpt-4o-mini", (line) => said.push(line));
    const requests = [
      { customId: "job-0", storyId: "s1" },
      { customId: "job-1", storyId: "s2" },
    ];
    await journal.onSubmitted?.({ workId: "w1", round: 1, batchId: "b1", inputFileId: "f1", requests });
    await journal.onSubmitted?.({
      workId: "w1",
      round: 2,
      batchId: "b2",
      inputFileId: "f2",
      requests: requests.slice(1),
    });
    expect(readBatchState(file).pending.w1).toMatchObject({ batchIds: ["b1", "b2"], stories: ["s2"] });
    expect(typeof journal.resume === "function" ? await journal.resume("w1") : undefined).toEqual(["b1", "b2"]);
    expect(typeof journal.resume === "function" ? await journal.resume("other") : undefined).toBeUndefined();
    expect(said[0]).toMatch(/submitted batch b1 for 2 stories; if this run stops, the same command resumes it/);
    await journal.onSettled?.("w1");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ version: 1, pending: {} });
  });

  it("reads a missing file as empty and refuses one that is not valid, saying what to do", () => {
    expect(readBatchState(path.join(folder, "missing.json"))).toEqual({ version: 1, pending: {} });
    const broken = path.join(folder, "broken.json");
    for (const text of ["{not json", JSON.stringify({ version: 1, pending: { w: { batchIds: [] } } })]) {
      writeFileSync(broken, text);
      expect(() => readBatchState(broken)).toThrow(
        expect.objectContaining({ code: "CONFIG_INVALID", fix: expect.stringMatching(/delete it/) }),
      );
    }
  });
});
