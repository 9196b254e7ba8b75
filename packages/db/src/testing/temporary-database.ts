import { createHash, randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createDatabase, type Database } from "../create-database.js";
import { migrateDatabase } from "../migrate-database.js";

export type TestProvider = "sqlite" | "postgresql";

export interface TemporaryDatabase {
  provider: TestProvider;
  db: Database;
  url: string;
  /** A scratch folder for files the test writes (always on local disk). */
  folder: string;
  remove: () => Promise<void>;
}

const prismaFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma");

/**
 * The providers database tests run against: SQLite always, and PostgreSQL when
 * ROUNDUP_TEST_POSTGRES_URL points at a server (CI starts one, and there it is required).
 */
export function testProviders(env: NodeJS.ProcessEnv = process.env): TestProvider[] {
  if (env.ROUNDUP_TEST_POSTGRES_URL) return ["sqlite", "postgresql"];
  if (env.CI === "true")
    throw new Error("CI must set ROUNDUP_TEST_POSTGRES_URL so database tests also run against PostgreSQL");
  return ["sqlite"];
}

/** A fingerprint of the migrations, so a template database is rebuilt whenever they change. */
function migrationsFingerprint(provider: TestProvider): string {
  const folder =
    provider === "postgresql"
      ? path.join(prismaFolder, "postgresql", "migrations")
      : path.join(prismaFolder, "migrations");
  const hash = createHash("sha256");
  for (const name of readdirSync(folder).sort()) {
    const file = path.join(folder, name, "migration.sql");
    if (existsSync(file)) hash.update(name).update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 12);
}

/** Migrating takes seconds (the Prisma CLI); tests copy a database migrated once instead. */
function sqliteTemplate(): string {
  const template = path.join(tmpdir(), `roundup-template-${migrationsFingerprint("sqlite")}.db`);
  if (!existsSync(template)) {
    const building = `${template}.${process.pid}.${randomBytes(4).toString("hex")}`;
    migrateDatabase(`file:${building}`);
    renameSync(building, template);
  }
  return template;
}

async function withServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function postgresTemplate(serverUrl: string): Promise<string> {
  const name = `roundup_template_${migrationsFingerprint("postgresql")}`;
  await withServer(serverUrl, async (client) => {
    // One test process builds the template; the others wait on the lock.
    await client.query("SELECT pg_advisory_lock(727274)");
    try {
      const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (exists.rowCount === 0) {
        await client.query(`CREATE DATABASE ${name}`);
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        migrateDatabase(url.toString());
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock(727274)");
    }
  });
  return name;
}

/** A migrated, empty database of its own: a SQLite file in a temp folder, or a new PostgreSQL database. */
export async function createTemporaryDatabase(provider: TestProvider = "sqlite"): Promise<TemporaryDatabase> {
  const folder = mkdtempSync(path.join(tmpdir(), "roundup-db-"));
  if (provider === "sqlite") {
    const file = path.join(folder, "test.db");
    copyFileSync(sqliteTemplate(), file);
    const url = `file:${file}`;
    const db = createDatabase(url);
    return {
      provider,
      db,
      url,
      folder,
      async remove() {
        await db.$disconnect();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  const serverUrl = process.env.ROUNDUP_TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error("set ROUNDUP_TEST_POSTGRES_URL to a PostgreSQL server to run PostgreSQL tests");
  const template = await postgresTemplate(serverUrl);
  const name = `roundup_test_${randomBytes(6).toString("hex")}`;
  await withServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = createDatabase(url.toString());
  return {
    provider,
    db,
    url: url.toString(),
    folder,
    async remove() {
      await db.$disconnect();
      await withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
