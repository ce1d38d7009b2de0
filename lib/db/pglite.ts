// One PGlite instance per process, guarded by a lock file in its data folder.
// PGlite takes no cross-process lock, and a folder opened by two instances at once can be
// left unopenable (electric-sql/pglite#1106), so a second opener is refused with a clear
// message instead.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { DatabaseConfigError } from "./config";

const LOCK_FILE = "app.lock";

type Held = { dir: string; db: Promise<PGlite>; instance?: PGlite };
const holder = globalThis as unknown as { __pgliteHeld?: Map<string, Held> };
const held = (holder.__pgliteHeld ??= new Map());

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ensureWritableDir(dir: string) {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    throw new DatabaseConfigError(
      `Cannot write to the data folder ${dir} (${code}). Set PGLITE_DIR to a writable folder, or DATABASE_URL to use a PostgreSQL server.`,
    );
  }
}

function acquireLock(dir: string) {
  const lockPath = path.join(dir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, command: process.argv.slice(1, 3).join(" "), at: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, mine, { flag: "wx" });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      let owner: { pid?: number; command?: string } = {};
      try {
        owner = JSON.parse(fs.readFileSync(lockPath, "utf8"));
      } catch {
        // unreadable lock: treat as stale
      }
      if (owner.pid === process.pid) return;
      if (owner.pid && pidAlive(owner.pid)) {
        throw new DatabaseConfigError(
          `The embedded database in ${dir} is in use by another process (pid ${owner.pid}${owner.command ? `, ${owner.command}` : ""}). Stop it first (only one process may open it at a time), or use a PostgreSQL server via DATABASE_URL.`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseConfigError(`Could not take the lock on ${dir}.`);
}

function releaseLock(dir: string) {
  const lockPath = path.join(dir, LOCK_FILE);
  try {
    const owner = JSON.parse(fs.readFileSync(lockPath, "utf8"));
    if (owner.pid === process.pid) fs.rmSync(lockPath, { force: true });
  } catch {
    // nothing to release
  }
}

let exitHooked = false;
function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  process.on("exit", () => {
    for (const h of held.values()) releaseLock(h.dir);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, async () => {
      await closeAllPGlite();
      // Leave the exit to another handler (Next's own) when there is one.
      if (process.listenerCount(signal) === 0) process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
}

export function openPGlite(dataDir: string): Promise<PGlite> {
  const dir = path.resolve(dataDir);
  const existing = held.get(dir);
  if (existing) return existing.db;
  ensureWritableDir(dir);
  acquireLock(dir);
  hookExit();
  const entry: Held = { dir, db: Promise.resolve(null as unknown as PGlite) };
  entry.db = (async () => {
    try {
      const db = await PGlite.create({ dataDir: dir });
      entry.instance = db;
      return db;
    } catch (e) {
      held.delete(dir);
      releaseLock(dir);
      throw new DatabaseConfigError(
        `Could not open the embedded database in ${dir}: ${(e as Error).message}. If the folder was copied or damaged, move it away to start fresh.`,
      );
    }
  })();
  held.set(dir, entry);
  return entry.db;
}

export async function closePGlite(dataDir: string) {
  const dir = path.resolve(dataDir);
  const entry = held.get(dir);
  if (!entry) return;
  held.delete(dir);
  try {
    const db = await entry.db;
    if (!db.closed) await db.close();
  } finally {
    releaseLock(dir);
  }
}

export async function closeAllPGlite() {
  await Promise.all([...held.keys()].map((dir) => closePGlite(dir).catch(() => undefined)));
}
