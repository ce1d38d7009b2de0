// Turns a benchmark summary into docs/benchmarks.md: each route as a multiple of the
// dynamic floor measured in the same run, and each target as met or missed.
import fs from "node:fs";
import type { Targets } from "./generate";
import type { RouteResult } from "./measure";

export type RssBreakdown = { anonMb: number; fileMb: number; shmemMb: number };
export type BenchRun = {
  database: string;
  scale: string;
  /** When this run finished: runs kept from an earlier invocation (--merge) keep theirs. */
  date?: string;
  /** `uptime`'s 1-minute load average when the run ended: other work on a shared machine. */
  loadAverage?: number;
  generateSeconds: number;
  importSeconds: number | null;
  peakRssMb: number;
  /** The server's resident memory at its peak: anonymous (JS heap, WebAssembly, buffers) vs mapped files (code). */
  peakRss?: RssBreakdown;
  targets: Targets;
  results: RouteResult[];
};
export type BenchSummary = { date: string; machine: string; seconds: number; runs: BenchRun[] };

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "–");

/** The dynamic floor a route is read against: the one measured just before it, else the run's. */
export function floorFor(run: BenchRun, r: RouteResult): number {
  const runFloor = run.results.find((x) => x.connections === 1 && x.route === "dynamic floor")?.median ?? NaN;
  return r.floorMedian ?? runFloor;
}

function runTable(run: BenchRun) {
  const one = run.results.filter((r) => r.connections === 1);
  const ten = new Map(run.results.filter((r) => r.connections === 10).map((r) => [r.route, r]));
  const lines = [
    `### ${run.database}, scale ${run.scale}`,
    "",
    `${run.date ? `Run ${run.date}${run.loadAverage != null ? `, load average ${fmt(run.loadAverage, 2)}` : ""}. ` : ""}Generated in ${fmt(run.generateSeconds)} s. Peak server RSS ${run.peakRssMb} MB${run.peakRss ? ` (anonymous ${run.peakRss.anonMb} MB, files ${run.peakRss.fileMb} MB, shared ${run.peakRss.shmemMb} MB)` : ""}.${run.importSeconds != null ? ` Zotero CSV import (1,791 rows) into this library: ${fmt(run.importSeconds)} s.` : ""}`,
    "",
    "| route | median (1 conn) | dynamic floor beside it | × that floor | req/s (1 conn) | p95 (10 conn) | req/s (10 conn) | errors |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of one) {
    const t = ten.get(r.route);
    const floor = floorFor(run, r);
    lines.push(`| ${r.route} | ${fmt(r.median)} ms | ${fmt(floor)} ms | ${fmt(r.median / floor, 2)} | ${fmt(r.rps)} | ${t ? fmt(t.p95) : "–"} ms | ${t ? fmt(t.rps) : "–"} | ${r.errors + r.non2xx + (t ? t.errors + t.non2xx : 0)} |`);
  }
  return lines.join("\n");
}

function growthTable(summary: BenchSummary) {
  const lines: string[] = [];
  for (const db of new Set(summary.runs.map((r) => r.database))) {
    const s = summary.runs.find((r) => r.database === db && r.scale === "S");
    const l = summary.runs.find((r) => r.database === db && r.scale === "L");
    if (!s || !l) continue;
    lines.push(
      `### Growth from S to L on ${db}`,
      "",
      "The last column divides out the machine's speed on each day: each median is first taken as a multiple of the dynamic floor measured beside it.",
      "",
      "| route | median S | median L | L / S | L / S against the floor |",
      "|---|---:|---:|---:|---:|",
    );
    for (const r of s.results.filter((x) => x.connections === 1)) {
      const lr = l.results.find((x) => x.connections === 1 && x.route === r.route);
      if (lr) lines.push(`| ${r.route} | ${fmt(r.median)} ms | ${fmt(lr.median)} ms | ${fmt(lr.median / r.median, 2)} | ${fmt(lr.median / floorFor(l, lr) / (r.median / floorFor(s, r)), 2)} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

export function writeReport(summary: BenchSummary, file = "docs/benchmarks.md") {
  const body = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (scripts/bench). Do not edit by hand: rerun it.",
    "",
    "How it works: a throwaway database is filled with a synthetic library (scale S = 10,000 posts, 30,000 reviews, 100,000 replies, 1,000 users, 500 lists with 2,000 entries, 200 tags, 60 agendas; L = ten times that), its texts cut from the real prose in ../shared/data at lengths drawn from that data's distributions. The production build serves it; autocannon (in-process, loopback only) loads each route for a fixed time at 1 and at 10 connections, after a warm-up. Two floors run in the same server: a prerendered static page and a dynamic page that renders per request without touching the database. Routes are read as multiples of the dynamic floor, measured again just before each route (a shared machine's speed drifts during a run), so the numbers hold on a noisy machine.",
    "",
    `Run: ${summary.date}, ${summary.machine}, ${summary.seconds} s per measurement.`,
    "",
    "Targets (on PostgreSQL; PGlite within 2× of them): at S, one connection, every route's median within 3× of the dynamic floor and search under 100 ms; at S, 10 connections, every p95 under 200 ms with zero errors; S to L median growth under 1.5×; server RSS under 500 MB at L on PostgreSQL; Zotero import under 15 s.",
    "",
    ...summary.runs.map(runTable).flatMap((t) => [t, ""]),
    growthTable(summary),
    "## Raw summary",
    "",
    "```json",
    JSON.stringify(summary, null, 2),
    "```",
    "",
  ].join("\n");
  fs.writeFileSync(file, body);
}

/** The raw summary an earlier run wrote into the report, to keep the runs this one skips. */
export function readPreviousSummary(file = "docs/benchmarks.md"): BenchSummary | null {
  if (!fs.existsSync(file)) return null;
  const m = fs.readFileSync(file, "utf8").match(/```json\n([\s\S]*?)\n```/);
  if (!m) return null;
  try {
    return JSON.parse(m[1]) as BenchSummary;
  } catch {
    return null;
  }
}
