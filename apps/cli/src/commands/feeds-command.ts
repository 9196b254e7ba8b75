import type { FeedView } from "@roundup/db";
import type { FeedPollReport } from "@roundup/jobs";
import type { Command } from "commander";
import type { CommandIo } from "../cli-io.js";
import { wholeNumberOption } from "../whole-number-option.js";

/** The database, opened with the command's environment (loaded only when a subcommand runs). */
async function open(io: CommandIo) {
  const [{ openDatabase }, db] = await Promise.all([import("../open-database.js"), import("@roundup/db")]);
  return { db: await openDatabase(io.env), queries: db };
}

function describeFeed(feed: FeedView): string {
  const last = feed.lastPolledAt ? `${feed.lastStatus} ${feed.lastPolledAt.toISOString()}` : "never polled";
  const error = feed.lastError ? `  last error: ${feed.lastError}` : "";
  return `${feed.id}  every ${feed.everyMinutes} min  ${last}  next ${feed.nextPollAt.toISOString()}  ${feed.itemsImported} imported${feed.itemsEdited ? `, ${feed.itemsEdited} edited` : ""}  ${feed.url}${error}`;
}

function describePoll(feed: FeedPollReport): string {
  const counts = `${feed.imported.length} imported, ${feed.alreadyStored} already stored, ${feed.edited} edited, ${feed.failed.length} failed`;
  return `${feed.status.padEnd(9)} ${feed.url}  ${feed.status === "failed" ? feed.error : counts}`;
}

/** `roundup feeds`: subscriptions kept in the database and polled by every worker on their schedule. */
export function registerFeedsCommand(program: Command, io: CommandIo): void {
  const feeds = program
    .command("feeds")
    .description("subscribe to RSS/Atom feeds that workers poll on a schedule: add, list, remove, poll");

  feeds
    .command("add")
    .description("subscribe to a feed (polled at once by a running worker, then every --every minutes)")
    .argument("<url>", "the feed's http(s) address")
    .option("--every <minutes>", "minutes between polls (default 30)", wholeNumberOption(1))
    .option("--json", "print the subscription as JSON")
    .action(async (url: string, options: { every?: number; json?: boolean }) => {
      const { db, queries } = await open(io);
      try {
        const { min, max, default: fallback } = queries.feedIntervalMinutes;
        const everyMinutes = options.every ?? fallback;
        if (everyMinutes < min || everyMinutes > max) {
          io.stderr.write(`roundup feeds add: --every must be between ${min} and ${max} minutes\n`);
          io.setExitCode(2);
          return;
        }
        const { feed, created } = await queries.addFeed(db, { url, everyMinutes });
        if (options.json) io.stdout.write(`${JSON.stringify({ created, feed }, null, 2)}\n`);
        else
          io.stdout.write(
            `${created ? "subscribed" : "already subscribed (interval updated)"}: ${feed.id} ${feed.url} every ${feed.everyMinutes} min\n`,
          );
      } finally {
        await db.$disconnect();
      }
    });

  feeds
    .command("list")
    .description("list the subscriptions with their last poll, next poll, items imported and last error")
    .option("--json", "print JSON on stdout")
    .action(async (options: { json?: boolean }) => {
      const { db, queries } = await open(io);
      try {
        const list = await queries.listFeeds(db);
        if (options.json) {
          io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        for (const feed of list) io.stdout.write(`${describeFeed(feed)}\n`);
        io.stdout.write(`${list.length} feeds\n`);
      } finally {
        await db.$disconnect();
      }
    });

  feeds
    .command("remove")
    .description("unsubscribe (the articles it brought stay)")
    .argument("<id>", "the subscription's id, from `roundup feeds list`")
    .action(async (id: string) => {
      const { db, queries } = await open(io);
      try {
        const removed = await queries.removeFeed(db, id);
        if (!removed) {
          io.stderr.write(`roundup feeds remove: no subscription ${id}: list them with \`roundup feeds list\`\n`);
          io.setExitCode(1);
          return;
        }
        io.stdout.write(`unsubscribed ${removed.id} ${removed.url}\n`);
      } finally {
        await db.$disconnect();
      }
    });

  feeds
    .command("poll")
    .description("poll the feeds that are due, once, import their new items and group them (for cron and tests)")
    .option("--json", "print the report as JSON on stdout")
    .option("--no-group", "store the articles without grouping them")
    .action(async (options: { json?: boolean; group: boolean }) => {
      const [{ groupIntoStories, pollDueFeeds, StoredFingerprints }, { readCliEnv }] = await Promise.all([
        import("@roundup/jobs"),
        import("../env.js"),
      ]);
      const env = readCliEnv(io.env);
      const { db } = await open(io);
      try {
        const report = await pollDueFeeds(db, {
          load: { allowHosts: env.ROUNDUP_FETCH_ALLOW_HOSTS },
          fingerprints: new StoredFingerprints({ windowDays: env.ROUNDUP_GROUP_WINDOW_DAYS }),
        });
        const imported = report.feeds.reduce((total, feed) => total + feed.imported.length, 0);
        if (options.group && imported > 0)
          await groupIntoStories(db, { full: false, windowDays: env.ROUNDUP_GROUP_WINDOW_DAYS });
        if (options.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else {
          for (const feed of report.feeds) io.stdout.write(`${describePoll(feed)}\n`);
          io.stdout.write(`${report.feeds.length} feeds due, ${imported} articles imported\n`);
        }
        if (report.feeds.some((feed) => feed.status === "failed")) io.setExitCode(1);
      } finally {
        await db.$disconnect();
      }
    });
}
