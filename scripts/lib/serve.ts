// A production server on a throwaway database, for the benchmark, the soak test and e2e: a
// fresh PGlite folder under tmp/, or a fresh database on a PostgreSQL server.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
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
      // A bounded request: a server that accepts the connection but never answers must not
      // stall the loop (and with it the run) past its deadline.
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new UserFacingError(`The server did not become healthy in ${seconds} s.`);
}

/**
 * V8's old-space limit for the server, in MB. Without one V8 sizes the heap from the machine's
 * memory (about 4 GB here) and lets garbage pile up between collections: 600 MB resident under
 * load with 70-150 MB live. The limit leaves room for a 64 MB import (parsed in memory) on top
 * of the pages' own heap; see docs/decisions/009-server-heap-limit.md.
 */
export const SERVER_HEAP_MB = 384;

/**
 * V8's young-generation semi-space, in MB (default 16). A page render allocates a few MB
 * that die with the request; a larger nursery collects them in fewer scavenges and
 * promotes less of them by accident. Measured on the benchmark library: 6-18% less server
 * CPU per page for about 20 MB more resident memory (64 MB gave no further gain).
 */
export const SERVER_SEMI_SPACE_MB = 32;

/**
 * The environment `next start` runs with: the heap limit and the nursery size added, each
 * unless NODE_OPTIONS already sets it (an operator's choice wins).
 */
export function serverEnv(env: Env): Env {
  let options = env.NODE_OPTIONS ?? "";
  if (!/--max[-_]old[-_]space[-_]size/.test(options)) options += ` --max-old-space-size=${SERVER_HEAP_MB}`;
  if (!/--max[-_]semi[-_]space[-_]size/.test(options)) options += ` --max-semi-space-size=${SERVER_SEMI_SPACE_MB}`;
  return { ...env, NODE_OPTIONS: options.trim(), NEXT_TELEMETRY_DISABLED: "1" };
}

/** Spawns `next start` (one Node process: it serves in-process, no worker of its own). */
export function spawnNext(port: number, env: Env, options: Omit<SpawnOptions, "env">): ChildProcess {
  return spawn(bin("next"), ["start", "-p", String(port)], { ...options, env: serverEnv(env) as NodeJS.ProcessEnv });
}

/**
 * `next start` in a process group of its own, so the whole tree can be killed at once
 * (kill -9 in the fault tests). Output goes to `logFile` when given.
 */
export function startServer(port: number, env: Env, logFile?: string): ChildProcess {
  const out = logFile ? fs.openSync(logFile, "a") : "ignore";
  return spawnNext(port, { ...process.env, ...env }, { stdio: ["ignore", out, logFile ? out : "inherit"], detached: true });
}

/** How long a SIGTERM gets before the process group is killed outright. */
const STOP_GRACE_MS = 20_000;

/**
 * Stops a server started by startServer: SIGTERM, or SIGKILL of its whole process group. A
 * server that has not exited STOP_GRACE_MS after SIGTERM (stuck in synchronous work) gets
 * SIGKILL, so stopping never waits for ever.
 */
export async function stopServer(child: ChildProcess, signal: "SIGTERM" | "SIGKILL" = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  const kill = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      // already gone
    }
  };
  kill(signal);
  const escalate = signal === "SIGTERM" ? setTimeout(() => kill("SIGKILL"), STOP_GRACE_MS) : undefined;
  await exited;
  clearTimeout(escalate);
}
