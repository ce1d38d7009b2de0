import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RouteResult } from "./measure";
import { floorFor, readPreviousSummary, writeReport, type BenchRun } from "./report";

const result = (route: string, connections: number, median: number, floorMedian?: number): RouteResult => ({
  route, connections, requests: 100, rps: 1000 / median, median, p95: median * 2, errors: 0, non2xx: 0, ...(floorMedian ? { floorMedian } : {}),
});
const targets = { agenda: "a", tag: "t", word: "w", post: "p", review: "r", list: "l" };
const run = (scale: string, results: RouteResult[]): BenchRun => ({ database: "postgres", scale, generateSeconds: 1, importSeconds: null, peakRssMb: 300, targets, results });

describe("benchmark report", () => {
  it("reads a route against the floor measured beside it, and falls back on the run's floor", () => {
    const r = run("S", [result("dynamic floor", 1, 4), result("library", 1, 30, 10), result("old route", 1, 20)]);
    expect(floorFor(r, r.results[1])).toBe(10);
    expect(floorFor(r, r.results[2])).toBe(4);
  });

  it("writes ratios and S-to-L growth against the floor beside each route, and keeps its raw summary", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-report-")), "benchmarks.md");
    // The machine runs twice as slow at L: the raw growth is 2x, against the floor 1x.
    const s = run("S", [result("dynamic floor", 1, 5), result("library", 1, 15, 5), result("library", 10, 150)]);
    const l = run("L", [result("dynamic floor", 1, 10), result("library", 1, 30, 10), result("library", 10, 300)]);
    writeReport({ date: "d", machine: "2 cores", seconds: 8, runs: [s, l] }, file);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain("| library | 15.0 ms | 5.0 ms | 3.00 |");
    expect(text).toContain("| library | 15.0 ms | 30.0 ms | 2.00 | 1.00 |");
    expect(readPreviousSummary(file)?.runs.map((x) => x.scale)).toEqual(["S", "L"]);
  });
});
