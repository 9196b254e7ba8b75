"use server";

import { isRoundupError } from "@roundup/core";
import { makeFeedDue, removeFeed } from "@roundup/db";
import { enqueuePollFeeds, subscribeToFeed } from "@roundup/jobs";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idSchema } from "../../lib/id-schema";
import { getDatabase } from "../../server/db";
import { getJobQueue } from "../../server/job-queue";
import { authorize, PermissionError } from "../../server/session";

function feedsHref(params: Record<string, string>): string {
  return `/feeds?${new URLSearchParams(params).toString()}`;
}

async function authorizeFeeds() {
  try {
    return await authorize("feeds.manage");
  } catch (error) {
    if (error instanceof PermissionError) {
      if (!error.role) redirect(`/sign-in?next=${encodeURIComponent("/feeds")}`);
      redirect(feedsHref({ error: "not-allowed" }));
    }
    throw error;
  }
}

const subscribeSchema = z.object({
  url: z.string().trim().min(1, "Give the feed's address.").max(4000),
  every: z.coerce.number().int("Give the interval as a whole number of minutes.").default(15),
});

/** Subscribes to a feed and enqueues its first poll; the role is checked here, whatever the page showed. */
export async function subscribeFeedAction(formData: FormData): Promise<void> {
  const user = await authorizeFeeds();
  const parsed = subscribeSchema.safeParse({
    url: formData.get("url") ?? "",
    every: formData.get("every") || undefined,
  });
  if (!parsed.success)
    redirect(
      feedsHref({
        error: parsed.error.issues[0]?.path[0] === "url" ? "feed-address-missing" : "feed-interval-invalid",
      }),
    );
  let created: boolean;
  try {
    ({ created } = await subscribeToFeed(getDatabase(), await getJobQueue(), {
      url: parsed.data.url,
      everyMinutes: parsed.data.every,
      actorId: user.id,
    }));
  } catch (error) {
    // Fixed codes only (a page never shows words from its URL); addFeed refuses the address or the interval.
    if (isRoundupError(error))
      redirect(
        feedsHref({
          error: error.input === String(parsed.data.every) ? "feed-interval-invalid" : "feed-address-invalid",
        }),
      );
    throw error;
  }
  redirect(feedsHref({ notice: created ? "subscribed" : "updated" }));
}

/** A form naming one subscription. */
const feedFormSchema = z.object({ feedId: idSchema });

/** Unsubscribes: the feed's articles stay in their stories. */
export async function unsubscribeFeedAction(formData: FormData): Promise<void> {
  const user = await authorizeFeeds();
  const parsed = feedFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(feedsHref({ error: "request-invalid" }));
  const removed = await removeFeed(getDatabase(), parsed.data.feedId, { audit: { actorId: user.id } });
  if (!removed) redirect(feedsHref({ error: "feed-not-found" }));
  redirect(feedsHref({ notice: "unsubscribed" }));
}

/** Polls a feed now instead of at its next time (after fixing a failing feed, or to check at once). */
export async function pollFeedNowAction(formData: FormData): Promise<void> {
  await authorizeFeeds();
  const parsed = feedFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(feedsHref({ error: "request-invalid" }));
  if (!(await makeFeedDue(getDatabase(), parsed.data.feedId))) redirect(feedsHref({ error: "feed-busy" }));
  await enqueuePollFeeds(
    await getJobQueue(),
    { feedIds: [parsed.data.feedId] },
    { slot: `now:${crypto.randomUUID()}` },
  );
  redirect(feedsHref({ notice: "polling" }));
}
