import { type Database, refreshStorySummaries } from "@roundup/db";

const pad = (index: number) => String(index).padStart(5, "0");

/**
 * Fills an empty database with `count` stories for inbox measurements: three articles each (Ledger,
 * Courier, Herald), every 100th story labelled "Harbor strike", every 5th with a draft digest.
 */
export async function seedInboxStories(db: Database, count = 10_000): Promise<void> {
  for (let offset = 0; offset < count; offset += 2000) {
    const indices = Array.from({ length: Math.min(2000, count - offset) }, (_, index) => offset + index);
    await db.story.createMany({
      data: indices.map((index) => ({
        id: `s${pad(index)}`,
        label: index % 100 === 0 ? `Harbor strike, day ${index / 100}` : `Story ${pad(index)} about the council`,
        updatedAt: new Date(Date.parse("2024-01-01T00:00:00Z") + index * 60_000),
      })),
    });
    await db.article.createMany({
      data: indices.flatMap((index) =>
        [0, 1, 2].map((part) => ({
          id: `a${pad(index)}-${part}`,
          contentHash: `h${pad(index)}-${part}`,
          title: `Report ${pad(index)}-${part} on the vote`,
          source: ["Ledger", "Courier", "Herald"][part] ?? null,
          originalText: "text",
          text: "text",
          storyId: `s${pad(index)}`,
        })),
      ),
    });
    await db.digest.createMany({
      data: indices
        .filter((index) => index % 5 === 0)
        .map((index) => ({
          storyId: `s${pad(index)}`,
          content: "{}",
          engine: "offline",
          promptId: "p",
          inputHash: "h",
        })),
    });
  }
  // Written directly above, not through the queries that keep the inbox columns in step.
  await refreshStorySummaries(
    db,
    Array.from({ length: count }, (_, index) => `s${pad(index)}`),
  );
  // After a bulk load PostgreSQL has no statistics yet (autovacuum would gather them within a minute
  // or so): without them the planner reads the whole table for a count an index answers.
  if ((db as unknown as { _activeProvider?: string })._activeProvider === "postgresql")
    await db.$executeRawUnsafe("VACUUM ANALYZE");
}
