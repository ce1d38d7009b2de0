// The app under soak: a production server on a throwaway database (seeded with the demo
// library), started, killed and restarted on the same data. Database checks run with the
// server stopped (PGlite allows one process at a time).
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { closeAllPGlite } from "@/lib/db/pglite";
import { seedDemo } from "@/prisma/seed";
import { rssMb } from "../bench/measure";
import { migrateDeploy } from "../lib/migrate";
import { UserFacingError } from "../lib/run";
import { freshDatabase, startServer, type Engine, type FreshDatabase } from "../lib/serve";
import { fetchWithin, pollUntil, settlesWithin, SoakTimeout } from "./deadline";
import type { Targets } from "./workload";

// Whatever happens to this script (a step that ran out of time included), its servers do
// not outlive it.
const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const server of live) killGroup(server, "SIGKILL");
});

function killGroup(server: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-server.pid!, signal);
  } catch {
    // the group is gone already
  }
}

const hasExited = (server: ChildProcess) => server.exitCode !== null || server.signalCode !== null;

/** How long `next start` may take to answer its health check (a cold start with a resume behind it). */
const START_MS = 90_000;
/** How long a server may take to exit after SIGTERM before it gets kill -9, and after kill -9 before the soak gives up. */
const TERM_MS = 20_000;
const KILL_MS = 15_000;

export class SoakApp {
  readonly base: string;
  private server: ChildProcess | null = null;
  private fresh: FreshDatabase | null = null;
  peakRssMb = 0;
  private sampler: NodeJS.Timeout | null = null;

  constructor(
    readonly engine: Engine,
    readonly port: number,
    private name = `soak-${engine}`,
    private serverUrl = process.env.SOAK_DATABASE_URL,
  ) {
    this.base = `http://127.0.0.1:${port}`;
  }

  get logFile() {
    return path.resolve("tmp", `${this.name}-server.log`);
  }

  /** A fresh database with the demo library; returns what the traffic will aim at. */
  async prepare(): Promise<Targets> {
    fs.mkdirSync(path.dirname(this.logFile), { recursive: true });
    fs.rmSync(this.logFile, { force: true });
    this.fresh = await freshDatabase(this.engine, this.name, this.serverUrl, "Set SOAK_DATABASE_URL to a PostgreSQL server (where databases may be created) to soak on PostgreSQL.");
    await migrateDeploy(this.fresh.env);
    return this.withDb(async (db) => {
      await seedDemo(db);
      const [posts, reviews, agendas, tags, lists] = await Promise.all([
        db.post.findMany({ where: { draft: false }, select: { id: true, slug: true }, orderBy: { slug: "asc" } }),
        db.review.findMany({ where: { deletedAt: null, hiddenAt: null }, select: { id: true, post: { select: { slug: true } } } }),
        db.agenda.findMany({ select: { slug: true } }),
        db.tag.findMany({ select: { slug: true } }),
        db.readingList.findMany({ where: { visibility: "public" }, select: { slug: true } }),
      ]);
      return {
        posts,
        reviews: reviews.map((r) => ({ id: r.id, postSlug: r.post.slug })),
        agendas: agendas.map((a) => a.slug),
        tags: tags.map((t) => t.slug),
        lists: lists.map((l) => l.slug),
      };
    });
  }

  async withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    if (this.server) throw new Error("Stop the server before opening its database.");
    const db = createPrismaClient(this.fresh!.config);
    try {
      return await fn(db);
    } finally {
      await db.$disconnect();
      await closeAllPGlite();
    }
  }

  async start() {
    const env = {
      ...this.fresh!.env,
      PORT: String(this.port),
      APP_URL: `http://127.0.0.1:${this.port}`,
      BETTER_AUTH_SECRET: "soak-secret-soak-secret-soak-secret-0123",
      // Every soak user signs up and in from one address.
      AUTH_RATE_LIMIT_MAX: "100000",
    };
    // A server left on the port would answer the health check in this one's place.
    if (await fetchWithin(`${this.base}/api/health`, {}, 5_000).then(() => true, () => false)) throw new Error(`Port ${this.port} is already in use.`);
    const server = startServer(this.port, env, this.logFile);
    this.server = server;
    live.add(server);
    server.once("exit", () => live.delete(server));
    await pollUntil(
      `${this.name}: the server on port ${this.port} answering /api/health (log: ${this.logFile})`,
      { timeoutMs: START_MS, intervalMs: 500 },
      async () => {
        if (hasExited(server)) throw new UserFacingError(`${this.name}: the server exited during start-up (log: ${this.logFile}).`);
        return fetchWithin(`${this.base}/api/health`, {}, 5_000).then((res) => res.ok, () => false);
      },
      (ok) => ok,
    );
    this.sampler = setInterval(() => (this.peakRssMb = Math.max(this.peakRssMb, rssMb(this.server!.pid!))), 1000);
  }

  get pid() {
    return this.server?.pid;
  }

  /**
   * SIGTERM (then kill -9 if the server is still there after 20 s), or kill -9 of the whole
   * process tree at once. Resolves once the server has exited, at once if it already had;
   * throws if it outlives kill -9 by 15 s.
   */
  async stop(signal: "SIGTERM" | "SIGKILL" = "SIGTERM") {
    if (this.sampler) clearInterval(this.sampler);
    this.sampler = null;
    const server = this.server;
    if (!server) return;
    // Listen before signalling: "exit" comes on a later tick, so it cannot be missed in between.
    const exited = hasExited(server) ? Promise.resolve() : new Promise<void>((r) => server.once("exit", () => r()));
    killGroup(server, signal);
    if (signal === "SIGTERM" && !(await settlesWithin(exited, TERM_MS))) {
      console.warn(`  ${this.name}: the server (pid ${server.pid}) was still running ${TERM_MS / 1000} s after SIGTERM: kill -9`);
      killGroup(server, "SIGKILL");
    }
    if (!(await settlesWithin(exited, KILL_MS))) throw new SoakTimeout(`${this.name}: the server (pid ${server.pid}) was still running ${KILL_MS / 1000} s after kill -9.`);
    this.server = null;
  }
}
