import { z } from "zod";
import { pollDueFeeds } from "../tasks/poll-feeds.js";
import { defineJobKind } from "./define-job-kind.js";

/** Polls the subscribed feeds that are due (only `feedIds` when given: a new subscription's first poll). */
export const pollFeedsJob = defineJobKind({
  name: "poll-feeds",
  payload: z.object({ feedIds: z.array(z.string().min(1)).max(1000).optional() }),
  async handle({ feedIds }, context, runtime) {
    const report = await pollDueFeeds(runtime.db, {
      load: { ...runtime.load, signal: context.signal },
      fingerprints: runtime.fingerprints,
      ...(feedIds ? { feedIds } : {}),
      onFeed: (feed, done, total) => {
        context.progress(done / total, `${done} of ${total} feeds: ${feed.url} ${feed.status}`).catch(() => undefined);
      },
    });
    const imported = report.feeds.reduce((total, feed) => total + feed.imported.length, 0);
    if (imported > 0) await runtime.enqueueGroup();
    return { imported, feeds: report.feeds };
  },
});
