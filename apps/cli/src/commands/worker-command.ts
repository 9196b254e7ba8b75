import { getHeapStatistics } from "node:v8";
import { workerHeapFlags } from "@roundup/core/settings";
import type { Database } from "@roundup/db";
import type { JobRecord, JobStatus } from "@roundup/jobs";
import { type Command, Option } from "commander";
import type { CommandIo } from "../cli-io.js";
import type { EngineName } from "../create-engine.js";
import { wholeNumberOption } from "../whole-number-option.js";

const engineNames: EngineName[] = ["offline", "llm", "batch"];
// Spelled here so that `roundup --help` need not load the job queue; the types keep them complete.
const statusChoices = ["queued", "active", "completed", "failed", "cancelled"] as const satisfies readonly JobStatus[];
const everyStatusListed: Exclude<JobStatus, (typeof statusChoices)[number]> extends never ? true : never = true;

/** The modules the worker and jobs commands run on, loaded when one of them runs. */
async function loadJobModules() {
  const [jobs, db, engines, env, database] = await Promise.all([
    import("@roundup/jobs"),
    import("@roundup/db"),
    import("../create-engine.js"),
    import("../env.js"),
    import("../open-database.js"),
  ]);
  return { ...jobs, readDatabaseEnv: db.readDatabaseEnv, ...engines, ...env, ...database };
}

/** The heap limit V8 runs this process with (the cap plus the young generation), in megabytes. */
function heapLimitMegabytes(): number {
  return Math.round(getHeapStatistics().heap_size_limit / 1024 / 1024);
}

function isEngineName(name: string): name is EngineName {
  return (engineNames as string[]).includes(name);
}

function describeJob(job: JobRecord): string {
  const progress = job.status === "active" && job.progress !== null ? ` ${Math.round(job.progress * 100)}%` : "";
  const error = job.lastError ? `  ${job.lastError.split("\n")[0]}` : "";
  return `${job.id}  ${job.name.padEnd(10)} ${`${job.status}${progress}`.padEnd(10)} ${job.attempts}/${job.maxAttempts}  ${job.createdAt.toISOString()}${error}`;
}

/** A SIGTERM within this long of the first stop is the same stop delivered twice (see onSignal). */
const SAME_STOP_MS = 2_000;

/** `roundup worker`: runs job handlers until SIGINT/SIGTERM, on any machine that reaches the database. */
export function registerWorkerCommand(program: Command, io: CommandIo): void {
  program
    .command("worker")
    .description("run queued jobs (ingest, group, digest, feed polling) until stopped with Ctrl-C or SIGTERM")
    .option("--concurrency <n>", "jobs run at once by this process", wholeNumberOption(1), 1)
    .option("--feed <url...>", "subscribe to these feeds at start (kept in the database: see `roundup feeds`)")
    .option("--poll-minutes <n>", "minutes between polls of the --feed feeds", wholeNumberOption(1), 15)
    .option("--grace <seconds>", "how long running jobs may take to finish on stop", wholeNumberOption(1), 30)
    .option(
      "--wait-for-database <seconds>",
      "how long to wait for an unreachable PostgreSQL database at start, then exit 2 (0: try once; default: until it answers)",
      wholeNumberOption(0),
    )
    .addHelpText(
      "after",
      `
Started while PostgreSQL is unreachable (connection refused or reset, timed out, host name not
found yet, server starting up or full), the worker waits: it retries 1 s, 2 s, 4 s … up to every
30 s, prints one line per step naming the database (without its password) and the reason, and
takes jobs as soon as it answers; SIGINT/SIGTERM while waiting exit 0 at once. It exits 2 at once
for what waiting cannot fix: a malformed DATABASE_URL, a user or password the server refuses, a
database that does not exist. Pending migrations are applied at start; on SQLite a missing file
is created and migrated.

Every worker polls the subscribed feeds that are due (\`roundup feeds add\`): it looks every 15 s,
and workers share the polls without polling one feed twice at once.`,
    )
    .action(
      async (options: {
        concurrency: number;
        feed?: string[];
        pollMinutes: number;
        grace: number;
        waitForDatabase?: number;
      }) => {
        const { readCliEnv } = await import("../env.js");
        const env = readCliEnv(io.env);
        // The worker holds the grouping index: under V8's default limit its heap grows lazily to
        // twice what it holds, so it caps its own heap, which V8 only takes at start.
        const heapFlags = workerHeapFlags({
          heapMegabytes: env.ROUNDUP_WORKER_HEAP_MB,
          windowDays: env.ROUNDUP_GROUP_WINDOW_DAYS,
          execArgv: io.nodeFlags,
          nodeOptions: env.NODE_OPTIONS,
        });
        if (heapFlags.length > 0 && io.startAgainWith) {
          io.setExitCode(await io.startAgainWith(heapFlags));
          return;
        }
        const { createEngine, openDatabase, openWhenDatabaseReachable, readDatabaseEnv, runWorker } =
          await loadJobModules();
        const { databaseUrl } = readDatabaseEnv(io.env);
        const stop = new AbortController();
        let db: Database | null = null;
        let firstStopAt = 0;
        const onSignal = (signal: string) => {
          if (stop.signal.aborted) {
            // A service manager that signals every process of the unit reaches this one twice at once:
            // directly and through the relay of the process that started it under the heap cap. A
            // SIGTERM that soon after the first is that same stop; a second Ctrl-C still means "now".
            if (signal === "SIGTERM" && Date.now() - firstStopAt < SAME_STOP_MS) return;
            io.stderr.write(`roundup worker: ${signal} again, exiting now\n`);
            io.exitNow(130);
            return;
          }
          io.stderr.write(
            db
              ? `roundup worker: ${signal}, finishing running jobs (up to ${options.grace}s)…\n`
              : `roundup worker: ${signal}, stopping\n`,
          );
          firstStopAt = Date.now();
          stop.abort();
        };
        const stopListening = io.onStop(onSignal);
        const outage = { log: (line: string) => io.stderr.write(`${line}\n`) };
        try {
          // Started before its database (a machine booting, containers started together), the worker
          // waits for it instead of exiting; a setting that waiting cannot fix still exits 2 at once.
          db = await openWhenDatabaseReachable(databaseUrl, () => openDatabase(io.env), {
            signal: stop.signal,
            outage,
            ...(options.waitForDatabase === undefined ? {} : { maxWaitSeconds: options.waitForDatabase }),
          });
          if (!db) {
            io.stderr.write("roundup worker: stopped before the database answered\n");
            return;
          }
          await runWorker({
            databaseUrl,
            db,
            concurrency: options.concurrency,
            graceSeconds: options.grace,
            signal: stop.signal,
            queue: {
              outage,
              ...(env.ROUNDUP_JOB_RETENTION_DAYS ? { keepFinishedJobsDays: env.ROUNDUP_JOB_RETENTION_DAYS } : {}),
            },
            load: { allowHosts: env.ROUNDUP_FETCH_ALLOW_HOSTS },
            ...(env.ROUNDUP_GROUP_WINDOW_DAYS ? { groupWindowDays: env.ROUNDUP_GROUP_WINDOW_DAYS } : {}),
            createEngine: (name, { model, batch }) => {
              if (!isEngineName(name))
                throw new Error(`unknown engine "${name}": use one of ${engineNames.join(", ")}`);
              // The model an editor chose for a web-enqueued digest wins over this worker's default;
              // a batch's ids are kept with the job, so a retried job resumes its batch.
              return createEngine(name, model ? { ...env, ROUNDUP_MODEL: model } : env, batch);
            },
            ...(options.feed ? { feeds: options.feed, pollFeedsEveryMinutes: options.pollMinutes } : {}),
            onReady: (queue) =>
              io.stderr.write(
                `roundup worker: ${process.pid} taking jobs on ${queue.provider} with concurrency ${options.concurrency}, heap limit ${heapLimitMegabytes()} MB\n`,
              ),
          });
          io.stderr.write("roundup worker: stopped\n");
        } finally {
          // Stopped by a signal, it keeps listening until it exits: the copy a service manager's
          // stop sends through the relay may come after the jobs finished, and would kill it (143).
          if (!stop.signal.aborted) stopListening();
          await db?.$disconnect();
        }
      },
    );
}

/** `roundup jobs`: lists jobs with status, attempts and error; `--retry <id>` revives a dead job. */
export function registerJobsCommand(program: Command, io: CommandIo): void {
  const jobs = program
    .command("jobs")
    .description("list queued, running, finished and dead jobs, or retry a dead one")
    .addOption(new Option("--status <status>", "only jobs in this status").choices(everyStatusListed && statusChoices))
    .option("--limit <n>", "how many, newest first", wholeNumberOption(1), 50)
    .option("--retry <id>", "put a dead (failed) job back in the queue")
    .option("--json", "print JSON on stdout")
    .action(async (options: { status?: JobStatus; limit: number; retry?: string; json?: boolean }) => {
      const { createJobQueue, openDatabase, readDatabaseEnv } = await loadJobModules();
      const { databaseUrl } = readDatabaseEnv(io.env);
      const db = await openDatabase(io.env);
      const queue = await createJobQueue(databaseUrl, { db, supervise: false });
      try {
        if (options.retry) {
          if (!(await queue.retry(options.retry))) {
            io.stderr.write(
              `roundup jobs: ${options.retry} is not a dead job: list them with \`roundup jobs --status failed\`\n`,
            );
            io.setExitCode(1);
          } else io.stdout.write(`queued ${options.retry} again\n`);
          return;
        }
        const list = await queue.list({ ...(options.status ? { status: options.status } : {}), limit: options.limit });
        if (options.json) {
          io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        for (const job of list) io.stdout.write(`${describeJob(job)}\n`);
        io.stdout.write(`${list.length} jobs\n`);
      } finally {
        await queue.stop({ graceSeconds: 0 });
        await db.$disconnect();
      }
    });

  jobs
    .command("enqueue")
    .description("queue work for `roundup worker`: ingest <inputs...>, group, or digest --story <id>")
    .argument("<job>", "ingest, group or digest")
    .argument("[inputs...]", "for ingest: paths, URLs or feed URLs")
    .option("--story <id>", "for digest: the story")
    .addOption(new Option("--engine <name>", "for digest: offline, llm or batch").choices(engineNames))
    .option("--prompt <id@version>", "for digest: the prompt template")
    .option("--full", "for group: regroup everything")
    .action(
      async (
        job: string,
        inputs: string[],
        options: { story?: string; engine?: EngineName; prompt?: string; full?: boolean },
      ) => {
        const {
          createJobQueue,
          enqueueDigest,
          enqueueGroup,
          enqueueIngest,
          openDatabase,
          readCliEnv,
          readDatabaseEnv,
        } = await loadJobModules();
        const env = readCliEnv(io.env);
        const { databaseUrl } = readDatabaseEnv(io.env);
        const db = await openDatabase(io.env);
        const queue = await createJobQueue(databaseUrl, { db, supervise: false });
        try {
          let id: string;
          if (job === "ingest" && inputs.length > 0) id = await enqueueIngest(queue, { inputs });
          else if (job === "group") id = await enqueueGroup(queue, db, { full: Boolean(options.full) });
          else if (job === "digest" && options.story)
            id = await enqueueDigest(queue, db, {
              storyId: options.story,
              engine: options.engine ?? env.ROUNDUP_ENGINE ?? "offline",
              ...(options.prompt ? { prompt: options.prompt } : {}),
            });
          else {
            io.stderr.write(
              "roundup jobs enqueue: give `ingest <inputs...>`, `group [--full]` or `digest --story <id>`\n",
            );
            io.setExitCode(2);
            return;
          }
          io.stdout.write(`${id}\n`);
        } finally {
          await queue.stop({ graceSeconds: 0 });
          await db.$disconnect();
        }
      },
    );
}
