// npm run bench [-- --scale S|L|XS] [--db pglite|postgres|both] [--seconds N] [--port N] [--merge]
// --merge keeps the runs of the previous report that this invocation does not repeat (so S
// and L, or the two engines, can be measured in separate invocations); the report is
// rewritten after every run, so a long L run that is stopped keeps what finished.
// Fills a throwaway database at the chosen scale, serves the production build on it, and
// loads each route at 1 and 10 connections beside two floors (a static page and a
// dynamic page without database). Prints a JSON summary and rewrites docs/benchmarks.md.
// PostgreSQL runs need BENCH_DATABASE_URL (a server where it may create databases).
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { closeAllPGlite } from "@/lib/db/pglite";
import { buildIfNeeded } from "../lib/build";
import { migrateDeploy } from "../lib/migrate";
import { main, run, UserFacingError } from "../lib/run";
import { freshDatabase, startServer, stopServer, waitForHealth } from "../lib/serve";
import { calibrate } from "./calibrate";
import { generateLibrary, SCALES, type Targets } from "./generate";
import os from "node:os";
import { load, rssBreakdown, rssMb, type RouteResult } from "./measure";
import { readPreviousSummary, writeReport, type BenchRun, type RssBreakdown } from "./report";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};

const FLOOR_PATH = "/bench/dynamic";

function routesFor(t: Targets) {
  return [
    { name: "static floor", path: "/bench/static", floor: true },
    { name: "dynamic floor", path: FLOOR_PATH, floor: true },
    { name: "library", path: "/" },
    { name: "library agenda+tag", path: `/?agenda=${t.agenda}&tag=${t.tag}` },
    { name: "search", path: `/?q=${encodeURIComponent(t.word)}` },
    { name: "post (50 reviews, 300 replies)", path: `/posts/${t.post}` },
    { name: "review (300-reply thread)", path: `/reviews/${t.review}` },
    { name: "list (200 entries)", path: `/lists/${t.list}` },
    { name: "API posts by agenda", path: `/api/posts?agenda=${t.agenda}` },
  ];
}

async function benchOne(kind: "pglite" | "postgres", scaleName: string, seconds: number, port: number): Promise<BenchRun> {
  const scale = SCALES[scaleName];
  console.log(`\n## ${kind}, scale ${scaleName}`);
  const { config, env } = await freshDatabase(kind, `bench-${scaleName}`, process.env.BENCH_DATABASE_URL, "Set BENCH_DATABASE_URL to a PostgreSQL server to benchmark on PostgreSQL.");
  await migrateDeploy(env);
  const db = createPrismaClient(config);
  const genStart = Date.now();
  const targets = await generateLibrary(db, scale, calibrate());
  const generateSeconds = (Date.now() - genStart) / 1000;
  await db.$disconnect();
  await closeAllPGlite();

  let importSeconds: number | null = null;
  if (scaleName === "S") {
    const zotero = path.join(process.env.SHARED_DATA_DIR ?? path.resolve("..", "shared", "data"), "zotero-ai-alignment-papers.csv");
    const t = Date.now();
    const r = await run("node", ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", zotero], { env });
    importSeconds = r.code === 0 ? (Date.now() - t) / 1000 : null;
    if (r.code !== 0) console.error(`Zotero import failed:\n${r.output.slice(-2000)}`);
  }

  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, { ...env, BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-0123" });
  const results: RouteResult[] = [];
  let peakRss = 0;
  let peakRssParts: RssBreakdown | undefined;
  try {
    await waitForHealth(base, server);
    for (const route of routesFor(targets)) {
      const warm = await fetch(base + route.path);
      if (!warm.ok) console.error(`  ${route.path} answered ${warm.status}`);
      await load(base, route.path, 2, 1); // warm-up
      // The machine's speed drifts during a run (other tenants of a shared host): each
      // route's ratio is taken against the dynamic floor measured just before it.
      // (Not for the floors themselves: the static floor comes first, while the server is
      // still cold, and is read against the run's dynamic floor.)
      const floorMedian = "floor" in route ? undefined : (await load(base, FLOOR_PATH, 1, Math.max(2, seconds / 2))).median;
      for (const connections of [1, 10]) {
        const r = await load(base, route.path, connections, seconds);
        const rss = rssMb(server.pid!);
        if (rss > peakRss) [peakRss, peakRssParts] = [rss, rssBreakdown(server.pid!)];
        results.push({ ...r, route: route.name, ...(connections === 1 && floorMedian !== undefined ? { floorMedian } : {}) });
        const beside = connections === 1 && floorMedian !== undefined ? `  (floor beside it ${floorMedian} ms)` : "";
        console.log(`  ${route.name.padEnd(32)} c=${String(connections).padEnd(2)} median ${r.median} ms  p95 ${r.p95} ms  ${r.rps} req/s  errors ${r.errors + r.non2xx}${beside}`);
      }
    }
  } finally {
    await stopServer(server);
  }
  return {
    database: kind,
    scale: scaleName,
    date: new Date().toISOString(),
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
    generateSeconds,
    importSeconds,
    peakRssMb: peakRss,
    peakRss: peakRssParts,
    targets,
    results,
  };
}

main(async () => {
  const scales = arg("scale", "S").split(",");
  const dbs = arg("db", process.env.BENCH_DATABASE_URL ? "both" : "pglite");
  const seconds = Number(arg("seconds", "8"));
  // Outside the dev (3000) and e2e (31xx-32xx) ranges by default, so a bench beside them
  // never takes their port; --port moves it.
  const port = Number(arg("port", process.env.BENCH_PORT ?? "3900"));
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new UserFacingError("--port must be a port number from 1024 to 65535.");
  const kinds = (dbs === "both" ? ["postgres", "pglite"] : [dbs]) as ("pglite" | "postgres")[];
  await buildIfNeeded();
  const planned = new Set(scales.flatMap((scale) => kinds.map((kind) => `${kind}/${scale}`)));
  const kept = process.argv.includes("--merge") ? (readPreviousSummary()?.runs ?? []).filter((r) => !planned.has(`${r.database}/${r.scale}`)) : [];
  const runs: BenchRun[] = [];
  const summary = () => ({ date: new Date().toISOString(), machine: `${os.cpus().length} cores`, seconds, runs: [...kept, ...runs] });
  for (const scale of scales) {
    for (const kind of kinds) {
      runs.push(await benchOne(kind, scale, seconds, port));
      writeReport(summary());
    }
  }
  console.log("\n" + JSON.stringify(summary(), null, 2));
});
