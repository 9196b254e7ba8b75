import { z } from "zod";
import { importSources } from "../tasks/import-sources.js";
import { defineJobKind } from "./define-job-kind.js";

/** One source an editor added in the workbench. A file travels in the payload (base64), so any worker can read it. */
export const sourceInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("url"), url: z.string().trim().min(1).max(4000) }),
  z.object({ kind: z.literal("file"), name: z.string().min(1).max(300), content: z.base64() }),
  z.object({ kind: z.literal("text"), title: z.string().max(500).optional(), text: z.string().min(1) }),
]);
export type SourceInput = z.infer<typeof sourceInputSchema>;

/** Imports the sources an editor added (URLs, files, pasted text), reporting a result per source. */
export const importSourcesJob = defineJobKind({
  name: "import-sources",
  payload: z.object({
    sources: z.array(sourceInputSchema).min(1).max(500),
    /** Who added them (kept with the job, for the audit trail). */
    authorId: z.string().optional(),
    /** Group the stored articles afterwards (enqueues a `group` job). Default true. */
    group: z.boolean().optional(),
  }),
  async handle({ sources, group = true }, context, runtime) {
    context.progress(0, `0 of ${sources.length} sources`).catch(() => undefined);
    const report = await importSources(runtime.db, sources, {
      ...(runtime.load ? { load: runtime.load } : {}),
      fingerprints: runtime.fingerprints,
      signal: context.signal,
      onSource: (result, done, total) => {
        context
          .progress(done / total, `${done} of ${total} sources: ${result.label} ${result.status}`)
          .catch(() => undefined);
      },
    });
    if (group && report.imported > 0) await runtime.enqueueGroup();
    return report;
  },
});
