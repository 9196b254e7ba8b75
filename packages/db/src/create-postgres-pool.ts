import pg from "pg";

/**
 * The connection pool of Prisma's PostgreSQL adapter, made to give back a client whose connection
 * ended while it was checked out. Prisma 6.19's transaction manager hands a transaction's client
 * back to the pool only after COMMIT or ROLLBACK succeeded; when the connection died (PostgreSQL
 * restarting, a terminated backend) neither can, so the client stayed checked out for ever:
 * `$disconnect()` (`pool.end()`, which waits for every client) hung, and each such loss shrank the
 * pool until queries waited for ever too.
 */
export function createPostgresPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString });
  const checkedOut = new Set<pg.PoolClient>();
  pool.on("acquire", (client) => checkedOut.add(client));
  pool.on("release", (_error, client) => checkedOut.delete(client as pg.PoolClient));
  pool.on("connect", (client) => {
    client.on("end", () => {
      const poolClient = client as pg.PoolClient;
      if (!checkedOut.has(poolClient)) return;
      // With an error the pool drops the client. It is never handed out again, so a late release
      // by Prisma (which pg-pool would reject as a double release) has nothing left to do.
      poolClient.release(new Error("the connection to PostgreSQL ended while the client was checked out"));
      poolClient.release = () => undefined;
    });
  });
  return pool;
}
