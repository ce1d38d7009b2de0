// The driver adapter the Prisma CLI (WebAssembly schema engine) uses, via prisma.config.ts.
// It mends three things the stock adapters get wrong for migrations:
// - PGlite's executeScript does not await its work, and executeRaw runs one statement
//   only, but the engine replays whole migration.sql files through them on the shadow
//   database (`migrate dev`): both go through PGlite's multi-statement exec here.
// - The in-memory shadow PGlite is never closed, which keeps the CLI from exiting.
// - PrismaPg splits scripts on ";" (breaks on quoted semicolons): run them whole instead.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { readDatabaseConfig } from "./config";
import { openPGlite } from "./pglite";
import { createPool } from "./postgres";

type Mappable = SqlDriverAdapter & { onError?: (e: unknown) => never };

function routeScriptsTo(adapter: Mappable, db: PGlite, onDispose?: () => Promise<void>): SqlDriverAdapter {
  const mapError = (e: unknown): never => {
    if (adapter.onError) return adapter.onError.call(adapter, e);
    throw e;
  };
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeScript = async (script: string) => {
    await db.exec(script).catch(mapError);
  };
  adapter.executeRaw = async (query: SqlQuery) => {
    if (query.args.length > 0) return executeRaw(query);
    const results = await db.exec(query.sql).catch(mapError);
    return results.reduce((n, r) => n + (r.affectedRows ?? 0), 0);
  };
  if (onDispose) adapter.dispose = onDispose;
  return adapter;
}

function pgliteMigrationFactory(dataDir: string): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    async connect() {
      const db = await openPGlite(dataDir);
      return routeScriptsTo((await new PrismaPGlite(db).connect()) as Mappable, db);
    },
    async connectToShadowDb() {
      const shadow = await PGlite.create();
      const adapter = (await new PrismaPGlite(shadow).connect()) as Mappable;
      return routeScriptsTo(adapter, shadow, async () => {
        if (!shadow.closed) await shadow.close();
      });
    },
  };
}

function postgresMigrationFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  // Idle connections must not hold the CLI open: without allowExitOnIdle every
  // `migrate deploy` on PostgreSQL (run before each import, start and bench) waited out the
  // pool's 30 s idle timeout after its work was done.
  const pool = createPool(url, 2, { allowExitOnIdle: true });
  const inner = new PrismaPg(pool);
  return {
    provider: "postgres",
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      adapter.executeScript = async (script: string) => {
        await pool.query(script);
      };
      return adapter;
    },
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
}

let memo: SqlMigrationAwareDriverAdapterFactory | undefined;

/** The CLI may call this more than once per command: hand out one factory (one PGlite). */
export async function migrationAdapterFactory(): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (memo) return memo;
  const config = readDatabaseConfig();
  memo = config.kind === "postgres" ? postgresMigrationFactory(config.url) : pgliteMigrationFactory(config.dataDir);
  return memo;
}

/**
 * `prisma migrate dev` (6.19, WebAssembly engine) finishes its work and then never exits,
 * with no handle or request left that Node can see. Once the process has had nothing
 * pending for a few consecutive checks, the command is done: exit with its code.
 */
export function exitWhenIdle(intervalMs = 500, checks = 4) {
  let idle = 0;
  const timer = setInterval(() => {
    // The process's own stdout/stderr show as TTYWrap on a terminal and PipeWrap when a
    // script captures them (npm run import, start, bench): neither is pending work.
    const pending = process.getActiveResourcesInfo().filter((r) => r !== "Timeout" && r !== "TTYWrap" && r !== "PipeWrap");
    idle = pending.length === 0 ? idle + 1 : 0;
    if (idle >= checks) process.exit(process.exitCode ?? 0);
  }, intervalMs);
  timer.unref();
}
