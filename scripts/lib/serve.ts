// A production server on a throwaway database, for the benchmark, the soak test and e2e: a
// fresh PGlite folder under tmp/, or a fresh database on a PostgreSQL server.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { DatabaseConfig } from "@/lib/db/config";
import { bin, UserFacingError, type Env } from "./run";

export type Engine = "pglite" | "postgres";
export type FreshDatabase = { config: DatabaseConfig; env: Record<string, string> };

/** `tmp/<name>` for PGlite, database `art_<name>` on `serverUrl` for PostgreSQL (dropped first). */
export async function freshDatabase(kind: Engine, name: string, serverUrl: string | undefined, missing: string): Promise<FreshDatabase> {
  if (kind === "pglite") {
    const dataDir = path.resolve("tmp", name);
    fs.rmSync(dataDir, { recursive: true, force: true });
    return { config: { kind, dataDir }, env: { PGLITE_DIR: dataDir, DATABASE_URL: "" } };
  }
  if (!serverUrl) throw new UserFacingError(missing);
  const database = `art_${name.toLowerCase().replace(/[^a-z0-9]+/g, "_")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return { config: { kind, url: u.toString() }, env: { DATABASE_URL: u.toString(), PGLITE_DIR: "" } };
}

export async function waitForHealth(base: string, child: ChildProcess, seconds = 60) {
  for (let i = 0; i < seconds * 2; i++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new UserFacingError("The server exited during start-up.");
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new UserFacingError(`The server did not become healthy in ${seconds} s.`);
}

/**
 * `next start` in a process group of its own, so the whole tree can be killed at once
 * (kill -9 in the fault tests). Output goes to `logFile` when given.
 */
export function startServer(port: number, env: Env, logFile?: string): ChildProcess {
  const out = logFile ? fs.openSync(logFile, "a") : "ignore";
  return spawn(bin("next"), ["start", "-p", String(port)], {
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", out, logFile ? out : "inherit"],
    detached: true,
  });
}

/** Stops a server started by startServer: SIGTERM, or SIGKILL of its whole process group. */
export async function stopServer(child: ChildProcess, signal: "SIGTERM" | "SIGKILL" = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
  await exited;
}
