import { feedIntervalMinutes, listFeeds } from "@roundup/db";
import type { Metadata } from "next";
import { PageNotices } from "../../components/page-notices";
import { formatDateTime } from "../../lib/format-date";
import { pageErrorMessage } from "../../lib/page-errors";
import { getDatabase } from "../../server/db";
import { can } from "../../server/permissions";
import { requireUser } from "../../server/session";
import { pollFeedNowAction, subscribeFeedAction, unsubscribeFeedAction } from "../actions/feed-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Feeds" };

const notices: Record<string, string> = {
  subscribed: "Subscribed. Its first poll is queued; new items are grouped into stories as they arrive.",
  updated: "You were already subscribed to that feed; its interval is updated.",
  unsubscribed: "Unsubscribed. The articles it brought stay in their stories.",
  polling: "The feed is being polled now; reload to see the result.",
};

/** The last poll in words: what happened and when. */
function lastPoll(status: string | null, at: Date | null): string {
  if (!at) return "not yet";
  const what = status === "unchanged" ? "unchanged (304)" : status === "ok" ? "new version read" : "failed";
  return `${what}, ${formatDateTime(at)}`;
}

export default async function FeedsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/feeds");
  if (!can(user.role, "feeds.manage"))
    return <p className="notice notice-error">Your role ({user.role}) may not manage feed subscriptions.</p>;
  const query = await searchParams;
  const feeds = await listFeeds(getDatabase());
  const notice = typeof query.notice === "string" ? notices[query.notice] : undefined;
  const error = pageErrorMessage(query.error);
  return (
    <>
      <h1>Feeds</h1>
      <PageNotices notice={notice} error={error} />
      <p className="muted">
        Workers poll each feed on its schedule, asking conditionally (an unchanged feed costs one 304), import only new
        items and group them into stories. An item the feed edits in place keeps its first imported article. A failing
        feed is asked less and less often (twice the interval per failure, up to six hours) until it answers again.
      </p>
      <form action={subscribeFeedAction} className="panel row" data-testid="feed-subscribe">
        <div>
          <label htmlFor="feed-url">Feed address</label>
          <input id="feed-url" name="url" type="url" required placeholder="https://example.com/feed.xml" size={50} />
        </div>
        <div>
          <label htmlFor="feed-every">Every (minutes)</label>
          <input
            id="feed-every"
            name="every"
            type="number"
            min={feedIntervalMinutes.min}
            max={feedIntervalMinutes.max}
            defaultValue={feedIntervalMinutes.default}
          />
        </div>
        <button type="submit">Subscribe</button>
      </form>
      {feeds.length === 0 ? (
        <p data-testid="feeds-empty">No subscriptions yet.</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="feeds">
            <thead>
              <tr>
                <th scope="col">Feed</th>
                <th scope="col">Every</th>
                <th scope="col">Last poll</th>
                <th scope="col">Next poll</th>
                <th scope="col">Items imported</th>
                <th scope="col">Last error</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {feeds.map((feed) => (
                <tr key={feed.id} data-feed-id={feed.id} data-status={feed.lastStatus ?? "new"}>
                  <td>
                    {feed.title ? <div>{feed.title}</div> : null}
                    <code>{feed.url}</code>
                  </td>
                  <td>{feed.everyMinutes} min</td>
                  <td>{feed.polling ? "polling now" : lastPoll(feed.lastStatus, feed.lastPolledAt)}</td>
                  <td>{formatDateTime(feed.nextPollAt)}</td>
                  <td>
                    {feed.itemsImported}
                    {feed.itemsEdited > 0 ? <div className="muted">{feed.itemsEdited} edited in place</div> : null}
                  </td>
                  <td>
                    {/* Rendered as text: an error can quote whatever the feed's server sent. */}
                    {feed.lastError ? (
                      <>
                        <pre className="job-error">{feed.lastError}</pre>
                        <div className="muted">
                          {feed.failures} failed {feed.failures === 1 ? "poll" : "polls"} in a row
                        </div>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <div className="row">
                      <form action={pollFeedNowAction}>
                        <input type="hidden" name="feedId" value={feed.id} />
                        <button type="submit" className="button-quiet" aria-label={`Poll ${feed.url} now`}>
                          Poll now
                        </button>
                      </form>
                      <form action={unsubscribeFeedAction}>
                        <input type="hidden" name="feedId" value={feed.id} />
                        <button type="submit" className="button-quiet" aria-label={`Unsubscribe from ${feed.url}`}>
                          Unsubscribe
                        </button>
                      </form>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
