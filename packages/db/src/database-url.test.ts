import { describe, expect, it } from "vitest";
import { describeDatabaseUrl } from "./database-url.js";

describe("describeDatabaseUrl", () => {
  it("names a PostgreSQL database without its password or parameters, and a SQLite file by its path", () => {
    expect(describeDatabaseUrl("postgresql://roundup:s3cret@db.example:5432/news?sslmode=require")).toBe(
      "postgresql://roundup:***@db.example:5432/news",
    );
    expect(describeDatabaseUrl("postgres://roundup@db.example/news")).toBe("postgres://roundup@db.example/news");
    expect(describeDatabaseUrl("file:/srv/roundup.db")).toBe("/srv/roundup.db");
  });
});
