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
import { freshDatabase, startServer, stopServer, waitForHealth, type Engine, type FreshDatabase } from "../lib/serve";
import type { Targets } from "./workload";

// Whatever happens to this script, its servers do not outlive it.
const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const server of live) process.kill(-server.pid!, "SIGKILL");
});

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
    if (await fetch(`${this.base}/api/health`).then(() => true, () => false)) throw new Error(`Port ${this.port} is already in use.`);
    const server = startServer(this.port, env, this.logFile);
    this.server = server;
    live.add(server);
    server.once("exit", () => live.delete(server));
    await waitForHealth(this.base, server, 90);
    this.sampler = setInterval(() => (this.peakRssMb = Math.max(this.peakRssMb, rssMb(this.server!.pid!))), 1000);
  }

  get pid() {
    return this.server?.pid;
  }

  /** SIGTERM, or kill -9 of the whole process tree. */
  async stop(signal: "SIGTERM" | "SIGKILL" = "SIGTERM") {
    if (this.sampler) clearInterval(this.sampler);
    if (this.server) await stopServer(this.server, signal);
    this.server = null;
  }
}
