import { addFeed, type FeedView, feedIntervalMinutes, listFeeds, removeFeed } from "@roundup/db";
import { type FeedPollReport, groupIntoStories, pollDueFeeds } from "@roundup/jobs";
import type { Command } from "commander";
import { readCliEnv } from "../env.js";
import { openDatabase } from "../open-database.js";
import { wholeNumberOption } from "../whole-number-option.js";

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
export function registerFeedsCommand(program: Command): void {
  const feeds = program
    .command("feeds")
    .description("subscribe to RSS/Atom feeds that workers poll on a schedule: add, list, remove, poll");

  feeds
    .command("add")
    .description("subscribe to a feed (polled at once by a running worker, then every --every minutes)")
    .argument("<url>", "the feed's http(s) address")
    .option(
      "--every <minutes>",
      `minutes between polls (${feedIntervalMinutes.min}–${feedIntervalMinutes.max})`,
      wholeNumberOption(feedIntervalMinutes.min),
      feedIntervalMinutes.default,
    )
    .option("--json", "print the subscription as JSON")
    .action(async (url: string, options: { every: number; json?: boolean }) => {
      const db = await openDatabase();
      try {
        const { feed, created } = await addFeed(db, { url, everyMinutes: options.every });
        if (options.json) process.stdout.write(`${JSON.stringify({ created, feed }, null, 2)}\n`);
        else
          process.stdout.write(
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
      const db = await openDatabase();
      try {
        const list = await listFeeds(db);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        for (const feed of list) process.stdout.write(`${describeFeed(feed)}\n`);
        process.stdout.write(`${list.length} feeds\n`);
      } finally {
        await db.$disconnect();
      }
    });

  feeds
    .command("remove")
    .description("unsubscribe (the articles it brought stay)")
    .argument("<id>", "the subscription's id, from `roundup feeds list`")
    .action(async (id: string) => {
      const db = await openDatabase();
      try {
        const removed = await removeFeed(db, id);
        if (!removed) {
          process.stderr.write(`roundup feeds remove: no subscription ${id}: list them with \`roundup feeds list\`\n`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write(`unsubscribed ${removed.id} ${removed.url}\n`);
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
      const env = readCliEnv();
      const db = await openDatabase();
      try {
        const report = await pollDueFeeds(db, {
          load: { allowHosts: env.ROUNDUP_FETCH_ALLOW_HOSTS?.split(",").map((host) => host.trim()) ?? [] },
        });
        const imported = report.feeds.reduce((total, feed) => total + feed.imported.length, 0);
        if (options.group && imported > 0) await groupIntoStories(db, { full: false });
        if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else {
          for (const feed of report.feeds) process.stdout.write(`${describePoll(feed)}\n`);
          process.stdout.write(`${report.feeds.length} feeds due, ${imported} articles imported\n`);
        }
        if (report.feeds.some((feed) => feed.status === "failed")) process.exitCode = 1;
      } finally {
        await db.$disconnect();
      }
    });
}
