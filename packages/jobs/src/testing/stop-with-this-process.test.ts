import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { stopWithThisProcess } from "./stop-with-this-process.js";

const scratch = mkdtempSync(path.join(tmpdir(), "roundup-cleanup-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A cleanup that leaves a mark (a file) and removes a folder, standing for stopping a server. */
function markingCleanup(name: string) {
  const marker = path.join(scratch, `${name}.stopped`);
  const folder = path.join(scratch, `${name}-server`);
  mkdirSync(folder);
  const command: [string, ...string[]] = [
    process.execPath,
    "-e",
    `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "")`,
  ];
  return { marker, folder, cleanup: { command, folder } };
}

describe("stopWithThisProcess", () => {
  it("cleans up once when called, and not again when the process exits", () => {
    const { marker, folder, cleanup } = markingCleanup("called");
    const stop = stopWithThisProcess(cleanup);
    stop();
    expect(existsSync(marker)).toBe(true);
    expect(existsSync(folder)).toBe(false);
    rmSync(marker);
    stop();
    expect(existsSync(marker)).toBe(false);
  });

  it("cleans up after a process that was killed with SIGKILL", async () => {
    const { marker, folder, cleanup } = markingCleanup("killed");
    const module = fileURLToPath(new URL("./stop-with-this-process.ts", import.meta.url));
    const script = path.join(scratch, "server-owner.ts");
    writeFileSync(
      script,
      `import { stopWithThisProcess } from ${JSON.stringify(module)};
stopWithThisProcess(${JSON.stringify(cleanup)});
console.log("ready");
setInterval(() => undefined, 60_000);
`,
    );
    const owner = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) =>
      owner.stdout?.on("data", (chunk) => String(chunk).includes("ready") && resolve()),
    );
    expect(existsSync(marker)).toBe(false);
    owner.kill("SIGKILL");
    await vi.waitFor(() => expect(existsSync(marker) && !existsSync(folder)).toBe(true), {
      timeout: 20_000,
      interval: 100,
    });
  });
});
