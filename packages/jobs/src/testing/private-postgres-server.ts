import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stopWithThisProcess } from "./stop-with-this-process.js";

const binaries = "/usr/lib/postgresql/15/bin";

/** Whether this machine can run a PostgreSQL server of a test's own (Debian's PostgreSQL 15). */
export function canStartPrivatePostgres(): boolean {
  return existsSync(path.join(binaries, "pg_ctl")) && existsSync(path.join(binaries, "initdb"));
}

export interface PrivatePostgresServer {
  /** The server's `postgres` database. */
  url: string;
  restart: () => void;
  stop: () => void;
}

/**
 * Starts a throwaway PostgreSQL server on 127.0.0.1:`port` in a temp folder, so a test may restart
 * it without touching anyone else's server: trust auth, or with `password` the `postgres` user's
 * password checked (scram-sha-256). As root it runs as the `postgres` user. It stops, and its folder
 * goes, when `stop` is called or this process ends in any way (see stopWithThisProcess).
 */
export function startPrivatePostgres(port: number, options: { password?: string } = {}): PrivatePostgresServer {
  const folder = mkdtempSync(path.join(tmpdir(), "roundup-pg-"));
  const data = path.join(folder, "data");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(folder, uid, gid);
  }
  const run = (binary: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", path.join(binaries, binary), ...args], { stdio: "pipe" })
      : execFileSync(path.join(binaries, binary), args, { stdio: "pipe" });
  const ctl = (command: string, extra: string[] = []) =>
    run("pg_ctl", [
      command,
      "-D",
      data,
      "-w",
      "-l",
      path.join(folder, "server.log"),
      "-o",
      `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`,
      ...extra,
    ]);
  const auth = ["-A", "trust"];
  if (options.password !== undefined) {
    const passwordFile = path.join(folder, "password");
    writeFileSync(passwordFile, `${options.password}\n`, { mode: 0o644 });
    auth.splice(0, 2, "-A", "scram-sha-256", `--pwfile=${passwordFile}`);
  }
  run("initdb", ["-D", data, ...auth, "-U", "postgres", "--no-sync"]);
  const pgCtlStop = [path.join(binaries, "pg_ctl"), "stop", "-D", data, "-m", "immediate", "-w"];
  const stop = stopWithThisProcess({
    command: asRoot ? ["runuser", "-u", "postgres", "--", ...pgCtlStop] : (pgCtlStop as [string, ...string[]]),
    folder,
  });
  ctl("start");
  const credentials = options.password === undefined ? "postgres" : `postgres:${encodeURIComponent(options.password)}`;
  return {
    url: `postgresql://${credentials}@127.0.0.1:${port}/postgres`,
    restart: () => ctl("restart", ["-m", "fast"]),
    stop,
  };
}
