import { digestStatuses, listInboxStories } from "@roundup/db";
import Link from "next/link";
import { NewArticlesNotice } from "../components/new-articles-notice";
import { StatusBadge, statusLabel } from "../components/status-badge";
import { formatDateTime } from "../lib/format-date";
import { inboxHref, parseInboxParams } from "../lib/inbox-params";
import { getDatabase } from "../server/db";
import { can } from "../server/permissions";
import { requireUser } from "../server/session";

export const dynamic = "force-dynamic";

const sortLabels = {
  updated_desc: "Last update, newest first",
  updated_asc: "Last update, oldest first",
  label_asc: "Label, A–Z",
  sources_desc: "Most sources",
} as const;

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const options = parseInboxParams(await searchParams);
  // The session check and the read run together (one wait on PostgreSQL instead of two); without a
  // session, requireUser redirects and the page read is thrown away unseen.
  const [user, inbox] = await Promise.all([
    requireUser("/"),
    listInboxStories(getDatabase(), { ...options, pageSize: 20 }),
  ]);
  const mayRegenerate = can(user.role, "digest.regenerate");
  return (
    <>
      <h1>Inbox</h1>
      <search aria-label="Filter stories">
        <form className="filters row" method="get" action="/">
          <div>
            <label htmlFor="q">Search</label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={options.query ?? ""}
              placeholder="Story, title or outlet"
            />
          </div>
          <div>
            <label htmlFor="status">Status</label>
            <select id="status" name="status" defaultValue={options.status ?? ""}>
              <option value="">Any</option>
              {digestStatuses.map((status) => (
                <option key={status} value={status}>
                  {statusLabel(status)}
                </option>
              ))}
              <option value="none">No digest</option>
            </select>
          </div>
          <div>
            <label htmlFor="sort">Sort</label>
            <select id="sort" name="sort" defaultValue={options.sort ?? "updated_desc"}>
              {Object.entries(sortLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Apply</button>
        </form>
      </search>
      <p className="muted" aria-live="polite">
        {inbox.total} {inbox.total === 1 ? "story" : "stories"}
      </p>
      {inbox.stories.length === 0 ? (
        <p className="panel" data-testid="inbox-empty">
          {inbox.total === 0 && !options.query && !options.status ? "No stories yet." : "No stories match."}{" "}
          {can(user.role, "sources.add") ? (
            <>
              <Link href="/sources">Add sources</Link>: paste addresses, upload files, paste text or subscribe to feeds.
            </>
          ) : (
            "An editor adds sources on the Sources page."
          )}{" "}
          Or change the filters.
        </p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Story</th>
                <th scope="col">Digest</th>
                <th scope="col">Sources</th>
                <th scope="col">Flags</th>
                <th scope="col">Last update</th>
              </tr>
            </thead>
            <tbody>
              {inbox.stories.map((story) => (
                <tr key={story.id} data-story-id={story.id}>
                  <td>
                    {/* No prefetch: twenty story links in view would cost twenty server renders per inbox view. */}
                    <Link href={`/stories/${story.id}`} prefetch={false}>
                      {story.label}
                    </Link>
                    {/* The label is an article's title and goes stale as the story moves; the digest's headline says where it stands. */}
                    {story.headline && story.headline !== story.label ? (
                      <span className="inbox-headline" data-testid="inbox-headline">
                        {story.headline}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <StatusBadge status={story.status} />
                    {/* Only rows with news carry the client component (its props travel in every page otherwise). */}
                    {story.status && story.newArticleCount > 0 ? (
                      <NewArticlesNotice
                        storyId={story.id}
                        count={story.newArticleCount}
                        canRegenerate={mayRegenerate}
                      />
                    ) : null}
                  </td>
                  <td>
                    {story.sourceCount}
                    {story.articleCount !== story.sourceCount ? (
                      <span className="muted"> ({story.articleCount} articles)</span>
                    ) : null}
                  </td>
                  <td>
                    <span className="inbox-flags">
                      {story.flags.unsupportedSentences > 0 ? (
                        <span className="flag" data-testid="flag-unsupported">
                          {story.flags.unsupportedSentences} unsupported{" "}
                          {story.flags.unsupportedSentences === 1 ? "sentence" : "sentences"}
                        </span>
                      ) : null}
                      {story.flags.disagreements > 0 ? (
                        <span className="flag" data-testid="flag-disagree">
                          Sources disagree
                        </span>
                      ) : null}
                    </span>
                  </td>
                  <td>{formatDateTime(story.lastUpdatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {inbox.pageCount > 1 ? (
        <nav className="pagination" aria-label="Pages">
          {inbox.page > 1 ? <Link href={inboxHref(options, inbox.page - 1)}>Previous</Link> : null}
          <span>
            Page {inbox.page} of {inbox.pageCount}
          </span>
          {inbox.page < inbox.pageCount ? <Link href={inboxHref(options, inbox.page + 1)}>Next</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
