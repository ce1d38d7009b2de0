// Is the PostgreSQL server reachable? Asked by proxy.ts before pages render, so an outage
// gets a 503 page instead of each page's error. One real probe (connect + `select 1` on a
// connection of its own, not the app's pool) at most every few seconds, shared by all
// requests meanwhile: no database round-trip is added per request. A down result expires
// sooner, so the app comes back within a second of the server (no restart).
import pg from "pg";

const TRUST_UP_MS = 5_000;
const TRUST_DOWN_MS = 1_000;
const PROBE_TIMEOUT_MS = 2_000;

type Known = { reachable: boolean; at: number };
const memo = globalThis as unknown as { __dbReachability?: { known: Known | null; probing: Promise<boolean> | null } };
const cache = (memo.__dbReachability ??= { known: null, probing: null });

async function probe(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
  // A dropped connection emits "error" on the client; unhandled it would end the process.
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    client.end().catch(() => undefined);
  }
}

export async function databaseReachable(url: string, now = Date.now()): Promise<boolean> {
  const { known } = cache;
  if (known && now - known.at < (known.reachable ? TRUST_UP_MS : TRUST_DOWN_MS)) return known.reachable;
  cache.probing ??= probe(url).then((reachable) => {
    cache.known = { reachable, at: Date.now() };
    cache.probing = null;
    return reachable;
  });
  return cache.probing;
}
