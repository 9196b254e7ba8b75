import {
  type DigestEngine,
  type DigestPlan,
  draftDigest,
  draftDigests,
  isRoundupError,
  planDigest,
  type RoundupError,
  type Story,
} from "@roundup/core";
import { type Database, findDigestFingerprint, loadArticles, loadStories, saveGeneratedDigest } from "@roundup/db";
import type { Digest } from "@roundup/prompts";

export interface DigestStoriesOptions {
  engine: DigestEngine;
  all?: boolean;
  storyId?: string;
  /** Prompt id@version for model engines. */
  prompt?: string;
  force?: boolean;
  /** The user the new revision is recorded against (null: the system). */
  authorId?: string | null;
  /** What the user asked for, kept in the audit event written with the revision. */
  auditDetail?: Record<string, unknown>;
  signal?: AbortSignal;
  onStory?: (label: string) => void;
}

export interface DigestStoriesReport {
  results: Array<{
    storyId: string;
    label: string;
    status: "created" | "regenerated" | "reused";
    sentences: number;
    unsupported: number;
  }>;
  failed: Array<{ storyId: string; error: string }>;
}

function sentenceCounts(digest: Digest): { sentences: number; unsupported: number } {
  return {
    sentences: digest.summary.length,
    unsupported: digest.summary.filter((sentence) => sentence.verification?.status === "unsupported").length,
  };
}

/**
 * Writes (or reuses) a digest for each chosen story; one story's failure does not stop the rest.
 * An engine that drafts many stories at once (the batch engine) gets every story to write in one
 * call, so they share one batch.
 */
export async function digestStories(db: Database, options: DigestStoriesOptions): Promise<DigestStoriesReport> {
  // One story's job reads that story only, not every story of the corpus.
  const stories = options.all
    ? await loadStories(db)
    : options.storyId
      ? await loadStories(db, { ids: [options.storyId] })
      : [];
  if (!options.all && stories.length === 0) {
    throw new Error(`story ${options.storyId} not found: list them with \`roundup stories\``);
  }
  const report: DigestStoriesReport = { results: [], failed: [] };
  const fail = (story: Story, error: unknown) =>
    report.failed.push({ storyId: story.id, error: isRoundupError(error) ? error.describe() : String(error) });
  const save = async (story: Story, digest: Digest) => {
    // An engine that ignores the signal still finishes its draft: a cancelled run stores nothing.
    options.signal?.throwIfAborted();
    const saved = await saveGeneratedDigest(db, story.id, digest, {
      force: Boolean(options.force),
      authorId: options.authorId ?? null,
      ...(options.auditDetail ? { auditDetail: options.auditDetail } : {}),
    });
    report.results.push({ storyId: story.id, label: story.label, status: saved.status, ...sentenceCounts(digest) });
  };
  const toDraft: Array<{ story: Story; plan: DigestPlan }> = [];
  for (const story of stories) {
    try {
      const articles = await loadArticles(db, story.articleIds);
      const plan = planDigest({
        story,
        articles,
        engine: options.engine,
        ...(options.prompt ? { prompt: options.prompt } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      // Unchanged evidence, engine and prompt: the stored digest stands, and no model is called.
      const stored = await findDigestFingerprint(db, story.id);
      if (!options.force && stored && stored.inputHash === plan.inputHash && stored.promptId === plan.promptId) {
        report.results.push({
          storyId: story.id,
          label: story.label,
          status: "reused",
          ...sentenceCounts(stored.digest),
        });
        options.onStory?.(story.label);
        continue;
      }
      if (options.engine.draftMany) {
        toDraft.push({ story, plan });
        continue;
      }
      await save(story, await draftDigest(plan));
    } catch (error) {
      fail(story, error);
    }
    options.onStory?.(story.label);
  }
  if (toDraft.length > 0) {
    let digests: Array<Digest | RoundupError> = [];
    try {
      digests = await draftDigests(toDraft.map((item) => item.plan));
    } catch (error) {
      for (const { story } of toDraft) {
        fail(story, error);
        options.onStory?.(story.label);
      }
    }
    for (const [index, digest] of digests.entries()) {
      const { story } = toDraft[index]!;
      try {
        // A story the engine could not draft (its answer failed twice) fails alone.
        if (isRoundupError(digest)) throw digest;
        await save(story, digest);
      } catch (error) {
        fail(story, error);
      }
      options.onStory?.(story.label);
    }
  }
  return report;
}
