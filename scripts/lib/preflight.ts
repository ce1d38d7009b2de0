// Checks that turn bad configuration into one clear sentence before anything starts.
import pg from "pg";
import { DatabaseConfigError, describeDatabase, type DatabaseConfig } from "@/lib/db/config";
import { closePGlite, openPGlite } from "@/lib/db/pglite";

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function postgresProblem(e: unknown, where: string): string {
  const err = e as NodeJS.ErrnoException & { code?: string };
  switch (err.code) {
    case "ECONNREFUSED":
      return `Cannot reach ${where}: connection refused. Is the server running? Check DATABASE_URL, or unset it to use the embedded database.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach ${where}: the host name does not resolve. Check DATABASE_URL.`;
    case "28P01":
    case "28000":
      return sentence(`${where} refused the user name or password in DATABASE_URL.`);
    case "3D000":
      return sentence(`${where} has no such database. Create it first (createdb), or fix DATABASE_URL.`);
    default:
      if (/timeout/i.test(err.message ?? "")) return `Cannot reach ${where}: the connection timed out. Check DATABASE_URL.`;
      return `Cannot use ${where}: ${err.message ?? String(e)}`;
  }
}

export async function preflight(config: DatabaseConfig) {
  const where = describeDatabase(config);
  if (config.kind === "postgres") {
    const client = new pg.Client({ connectionString: config.url, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      await client.query("select 1");
    } catch (e) {
      throw new DatabaseConfigError(postgresProblem(e, where));
    } finally {
      await client.end().catch(() => undefined);
    }
    return;
  }
  // Opening takes the lock: this also refuses to start beside a running server.
  const db = await openPGlite(config.dataDir);
  await db.query("select 1");
  await closePGlite(config.dataDir);
}
