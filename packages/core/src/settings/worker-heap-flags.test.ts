import { describe, expect, it } from "vitest";
import { sharedSettingsSchema } from "./shared-settings.js";
import { defaultWorkerHeapMegabytes, workerHeapFlags } from "./worker-heap-flags.js";

const unset = { heapMegabytes: undefined, windowDays: undefined, execArgv: [], nodeOptions: undefined };

describe("workerHeapFlags", () => {
  it("caps the heap for the window by default, and at the megabytes set", () => {
    expect(workerHeapFlags(unset)).toEqual(["--max-old-space-size=1024"]);
    expect(workerHeapFlags({ ...unset, windowDays: 90 })).toEqual(["--max-old-space-size=3072"]);
    expect(workerHeapFlags({ ...unset, heapMegabytes: 1536, windowDays: 90 })).toEqual(["--max-old-space-size=1536"]);
  });

  it("leaves a cap the user set on the command line or in NODE_OPTIONS, and none when off", () => {
    expect(workerHeapFlags({ ...unset, execArgv: ["--max-old-space-size=700"] })).toEqual([]);
    expect(
      workerHeapFlags({ ...unset, heapMegabytes: 2048, nodeOptions: "--trace-gc --max_old_space_size=700" }),
    ).toEqual([]);
    expect(workerHeapFlags({ ...unset, heapMegabytes: "off" })).toEqual([]);
    // Other flags are not a cap.
    expect(
      workerHeapFlags({ ...unset, execArgv: ["--max-semi-space-size=64"], nodeOptions: "--enable-source-maps" }),
    ).toEqual(["--max-old-space-size=1024"]);
  });
});

describe("defaultWorkerHeapMegabytes", () => {
  it("grows with a longer window in 64 MB steps and never goes under 1,024 MB", () => {
    expect(defaultWorkerHeapMegabytes()).toBe(1024);
    expect(defaultWorkerHeapMegabytes(7)).toBe(1024);
    expect(defaultWorkerHeapMegabytes(45)).toBe(1536);
    expect(defaultWorkerHeapMegabytes(31)).toBe(1088);
  });
});

describe("ROUNDUP_WORKER_HEAP_MB", () => {
  it("takes megabytes or off, and names itself with the reason otherwise", () => {
    expect(sharedSettingsSchema.parse({ ROUNDUP_WORKER_HEAP_MB: " 1500 " }).ROUNDUP_WORKER_HEAP_MB).toBe(1500);
    expect(sharedSettingsSchema.parse({ ROUNDUP_WORKER_HEAP_MB: "off" }).ROUNDUP_WORKER_HEAP_MB).toBe("off");
    expect(sharedSettingsSchema.parse({}).ROUNDUP_WORKER_HEAP_MB).toBeUndefined();
    for (const bad of ["100", "1.5GB", "-1", "on"]) {
      const refused = sharedSettingsSchema.safeParse({ ROUNDUP_WORKER_HEAP_MB: bad });
      expect(refused.error?.issues[0]?.message, bad).toMatch(
        /ROUNDUP_WORKER_HEAP_MB must be a whole number of megabytes/,
      );
    }
  });
});
