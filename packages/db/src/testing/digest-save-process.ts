// Saves edits of digests from a process of its own and prints what happened as JSON, for the
// concurrent-writer test (several processes writing one SQLite file, as the web server's do).
// Usage: digest-save-process.ts <database url> <author id> <rounds> <digest id>...
import { buildDigest } from "@roundup/prompts/testing";
import { createDatabase } from "../create-database.js";
import { saveDigestEdit } from "../queries/digest-review.js";

const [databaseUrl, authorId, rounds, ...digestIds] = process.argv.slice(2);
if (!databaseUrl || !authorId || !rounds || digestIds.length === 0)
  throw new Error("usage: digest-save-process.ts <database url> <author id> <rounds> <digest id>...");
const db = createDatabase(databaseUrl);
const content = buildDigest();
const outcome = { saved: 0, refused: [] as string[], errors: [] as string[] };
for (let round = 0; round < Number(rounds); round += 1) {
  // Every digest of this process at once: the saves are concurrent within the process and across processes.
  await Promise.all(
    digestIds.map(async (digestId) => {
      try {
        const current = await db.digest.findUniqueOrThrow({ where: { id: digestId }, select: { version: true } });
        const result = await saveDigestEdit(db, {
          digestId,
          expectedVersion: current.version,
          content: { ...content, headline: `${digestId} round ${round}` },
          authorId,
        });
        if (result.ok) outcome.saved += 1;
        else outcome.refused.push(result.reason);
      } catch (error) {
        const code = (error as { code?: string }).code;
        outcome.errors.push(`${code ?? "no code"}: ${(error as Error).message.split("\n").at(-1)}`);
      }
    }),
  );
}
process.stdout.write(`${JSON.stringify(outcome)}\n`);
await db.$disconnect();
