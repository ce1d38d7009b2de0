// The database goes away under a running server and comes back: on a PRIVATE PostgreSQL
// cluster (initdb into tmp/, its own port), never a shared server. While it is stopped,
// pages answer a 503 page that says so and /api/health says unavailable; once it is started
// again the same server process answers 200 (no restart).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SoakApp } from "./app";
import { newRecorder } from "./browser";
import { fetchWithin } from "./deadline";
import { signUpUsers } from "./workload";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function postgresBinaries(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error("No PostgreSQL server binaries (set PG_BIN_DIR, or install Debian's postgresql).");
  return path.join(root, versions[0], "bin");
}

class PrivateCluster {
  dir = path.resolve("tmp", "soak-pgcluster");
  constructor(
    readonly port: number,
    private bin = postgresBinaries(),
  ) {}

  // PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
  private exec(tool: string, args: string[]) {
    const cmd = path.join(this.bin, tool);
    const asRoot = process.getuid?.() === 0;
    // pg_ctl -w gives up after 60 s by itself; the limit covers a tool that hangs anyway.
    execFileSync(asRoot ? "runuser" : cmd, asRoot ? ["-u", "postgres", "--", cmd, ...args] : args, { stdio: "pipe", timeout: 120_000 });
  }

  init() {
    fs.rmSync(this.dir, { recursive: true, force: true });
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    if (process.getuid?.() === 0) {
      execFileSync("chown", ["postgres:", this.dir]);
      try {
        execFileSync("runuser", ["-u", "postgres", "--", "test", "-w", this.dir]);
      } catch {
        // A checkout the postgres user cannot enter (under /root, say): use the system's temp folder.
        fs.rmSync(this.dir, { recursive: true, force: true });
        this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "soak-pgcluster-"));
        execFileSync("chown", ["postgres:", this.dir]);
      }
    }
    this.exec("initdb", ["-D", this.dir, "-U", "art", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
    this.start();
  }

  start() {
    const opts = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    this.exec("pg_ctl", ["-D", this.dir, "-l", path.join(this.dir, "server.log"), "-o", opts, "-w", "start"]);
  }

  stop() {
    this.exec("pg_ctl", ["-D", this.dir, "-m", "fast", "-w", "stop"]);
  }

  destroy() {
    try {
      this.stop();
    } catch {
      // not running
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  get url() {
    return `postgres://art@127.0.0.1:${this.port}/postgres`;
  }
}

async function waitFor(what: () => Promise<boolean>, seconds: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    if (await what().catch(() => false)) return Math.round((Date.now() - started) / 100) / 10;
    await sleep(200);
  }
  return null;
}

export async function databaseDown(appPort: number): Promise<{ problems: string[]; figures: Record<string, unknown> }> {
  const cluster = new PrivateCluster(Number(process.env.SOAK_PG_PORT ?? 54329));
  const problems: string[] = [];
  const figures: Record<string, unknown> = {};
  cluster.init();
  // A soak step that runs out of time ends the script without reaching `finally`.
  const destroyOnExit = () => cluster.destroy();
  process.once("exit", destroyOnExit);
  const app = new SoakApp("postgres", appPort, "soak-down", cluster.url);
  try {
    const targets = await app.prepare();
    await app.start();
    const pid = app.pid;
    const page = `/posts/${targets.posts[0].slug}`;
    // Each answer within 15 s (the app is meant to answer 503 at once while the database is down).
    const get = (p: string) => fetchWithin(app.base + p, {}, 15_000);
    const status = async (p: string) => (await get(p)).status;
    if ((await status("/")) !== 200) problems.push("the library did not answer 200 before the outage");

    cluster.stop();
    figures.secondsTo503 = await waitFor(async () => (await status("/")) === 503, 15);
    if (figures.secondsTo503 === null) problems.push("the library never answered 503 with the database stopped");
    for (const p of ["/", page, "/reviews"]) {
      const res = await get(p);
      const body = res.text;
      if (res.status !== 503) problems.push(`${p} answered ${res.status} with the database stopped`);
      if (!/database is unreachable/i.test(body) || !/try again/i.test(body)) problems.push(`${p}: the 503 page does not say the database is unreachable`);
      if (/\bat \S+ \(|Error:|PrismaClient|ECONNREFUSED/.test(body)) problems.push(`${p}: the 503 page shows internals`);
      if (!res.headers.get("content-type")?.startsWith("text/html")) problems.push(`${p}: the 503 page is not HTML`);
    }
    const health = await get("/api/health");
    const healthBody = JSON.parse(health.text) as { status?: string };
    if (health.status !== 503 || healthBody.status !== "unavailable") problems.push(`/api/health answered ${health.status} ${JSON.stringify(healthBody)}`);
    const api = await get("/api/posts");
    if (api.status !== 503 || !(JSON.parse(api.text) as { error?: string }).error) problems.push(`/api/posts answered ${api.status} with the database stopped`);

    cluster.start();
    figures.secondsToRecover = await waitFor(async () => (await status("/")) === 200 && (await status(page)) === 200, 30);
    if (figures.secondsToRecover === null) problems.push("the app did not recover within 30 s of the database starting");
    if ((await status("/api/health")) !== 200) problems.push("/api/health is not 200 after the database came back");
    // Writes work again on the same process: a sign-up is a real insert through the pool.
    const recorder = newRecorder();
    await signUpUsers(app.base, 1, recorder).catch((e) => problems.push(`no sign-up after recovery: ${(e as Error).message}`));
    const alive = (() => {
      try {
        return process.kill(pid!, 0);
      } catch {
        return false;
      }
    })();
    if (!alive) problems.push("the server process died during the outage");
    figures.sameServerProcess = alive;
  } finally {
    process.off("exit", destroyOnExit);
    await app.stop();
    cluster.destroy();
  }
  return { problems, figures };
}
