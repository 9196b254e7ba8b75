import { type Clock, repeatEvery } from "./clock.js";
import { describeJobError, type JobQueue } from "./job-queue.js";

/**
 * `JobQueue.schedule` for both databases: enqueues the job at once and then looks every minute (or
 * every period, when shorter); the key names the period's slot, so however many workers schedule it,
 * one job is enqueued per period. Returns the function that stops it.
 */
export async function scheduleEvery(
  enqueue: JobQueue["enqueue"],
  name: string,
  payload: unknown,
  options: { everyMinutes: number; timeoutSeconds?: number },
  clock: Clock,
): Promise<() => void> {
  const periodMs = options.everyMinutes * 60_000;
  const enqueueSlot = () =>
    enqueue(name, payload, {
      key: `schedule:${name}:${Math.floor(clock.now() / periodMs)}`,
      ...(options.timeoutSeconds ? { timeoutSeconds: options.timeoutSeconds } : {}),
    }).catch((error) =>
      process.stderr.write(`roundup worker: could not enqueue scheduled ${name}: ${describeJobError(error)}\n`),
    );
  await enqueueSlot();
  return repeatEvery(clock, Math.min(periodMs, 60_000), () => {
    enqueueSlot();
  });
}
