import { z } from "zod";
import { ingestIntoDatabase } from "../tasks/ingest-into-database.js";
import { defineJobKind } from "./define-job-kind.js";

/** Stores articles from paths, URLs or feed URLs, once each (by content hash), then enqueues grouping. */
export const ingestJob = defineJobKind({
  name: "ingest",
  payload: z.object({
    /** Paths, URLs or feed URLs, as `roundup ingest` takes them. */
    inputs: z.array(z.string().min(1)).min(1),
    /** Group the stored articles afterwards (enqueues a `group` job). Default true. */
    group: z.boolean().optional(),
  }),
  async handle({ inputs, group = true }, context, runtime) {
    const report = await ingestIntoDatabase(runtime.db, inputs, {
      ...(runtime.load ? { load: runtime.load } : {}),
      ...(runtime.saveBatchSize ? { saveBatchSize: runtime.saveBatchSize } : {}),
      fingerprints: runtime.fingerprints,
      onInput: (_input, done, total) => {
        context.progress(done / total).catch(() => undefined);
      },
    });
    // A storage failure (the database restarting) is retried: what was stored is skipped next time.
    const unsaved = report.failed.filter((item) => item.stage === "save");
    if (unsaved.length > 0)
      throw new Error(`could not store ${unsaved.length} article(s): ${unsaved[0]?.error.split("\n").at(-1)}`);
    // Every input failing is most likely transient (a feed or the network down): retry the job.
    if (report.failed.length > 0 && report.imported.length === 0 && report.skipped.length === 0)
      throw new Error(`ingest failed for every input: ${report.failed.map((item) => item.error).join("; ")}`);
    if (group && report.imported.length > 0) await runtime.enqueueGroup();
    return { imported: report.imported.length, skipped: report.skipped.length, failed: report.failed };
  },
});
