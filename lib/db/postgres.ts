import pg from "pg";

/**
 * The pg adapter maps no type for Postgres' `name` (oid 19), which the schema engine's
 * catalog queries return; report such columns as text (25) so migrations can run.
 */
export class CatalogFriendlyPool extends pg.Pool {
  // pg's overloads are too many to restate; the wrapper only rewrites result metadata.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    if (result && typeof result.then === "function") {
      return result.then((res: pg.QueryResult) => {
        for (const field of res?.fields ?? []) if (field.dataTypeID === 19) field.dataTypeID = 25;
        return res;
      });
    }
    return result;
  }
}

export function createPool(url: string, max = Number(process.env.DATABASE_POOL_SIZE ?? 10), extra: pg.PoolConfig = {}) {
  const pool = new CatalogFriendlyPool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    ...extra,
  });
  // An idle connection the server drops (restart, failover, a dropped test database)
  // emits "error" on the pool; unhandled, that would crash the process. The pool has
  // already discarded the client and the next query opens a new one.
  pool.on("error", (e: Error & { code?: string }) => {
    if (e.code !== "57P01") console.error(`PostgreSQL connection lost: ${e.message}`);
  });
  return pool;
}
