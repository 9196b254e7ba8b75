import { addFeed, type Database, type FeedView } from "@roundup/db";
import { enqueuePollFeeds } from "../handlers/enqueue-jobs.js";
import type { JobQueue } from "../queue/job-queue.js";

export interface SubscribeToFeedInput {
  url: string;
  everyMinutes?: number;
  /** The editor subscribing: the subscription's creator and the audit event's actor. */
  actorId: string;
}

/**
 * An editor's subscription from the workbench (the feeds page and the sources form): the feed and
 * its audit row are stored in one transaction, then its first poll is queued at once (a feed already
 * subscribed is polled only when due: the poll's result says so). The subscription is due at once,
 * so should queueing fail, the scheduler still polls it.
 */
export async function subscribeToFeed(
  db: Database,
  queue: JobQueue,
  input: SubscribeToFeedInput,
): Promise<{ feed: FeedView; created: boolean; jobId: string }> {
  const { feed, created } = await addFeed(db, {
    url: input.url,
    ...(input.everyMinutes === undefined ? {} : { everyMinutes: input.everyMinutes }),
    createdById: input.actorId,
    audit: { actorId: input.actorId },
  });
  const jobId = await enqueuePollFeeds(queue, { feedIds: [feed.id] }, { slot: `subscribe:${crypto.randomUUID()}` });
  return { feed, created, jobId };
}
