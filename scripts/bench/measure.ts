// Load on one route with autocannon (in-process, loopback only), keeping every latency so
// the median and p95 are exact, and sampling the server's resident memory meanwhile.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import autocannon from "autocannon";

export type RouteResult = {
  route: string;
  connections: number;
  requests: number;
  rps: number;
  median: number;
  p95: number;
  errors: number;
  non2xx: number;
  /** The dynamic floor's median (1 connection) measured just before this route: its ratio's denominator. */
  floorMedian?: number;
};

function percentile(sorted: number[], p: number) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function load(baseUrl: string, route: string, connections: number, seconds: number): Promise<RouteResult> {
  const latencies: number[] = [];
  const instance = autocannon({ url: baseUrl + route, connections, duration: seconds, timeout: 30 });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    route,
    connections,
    requests: result.requests.total,
    rps: Math.round((result.requests.total / seconds) * 10) / 10,
    median: Math.round(percentile(latencies, 50) * 10) / 10,
    p95: Math.round(percentile(latencies, 95) * 10) / 10,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function descendants(pid: number): number[] {
  try {
    const out = execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" });
    const kids = out.split("\n").map((s) => Number(s.trim())).filter(Boolean);
    return kids.flatMap((k) => [k, ...descendants(k)]);
  } catch {
    return [];
  }
}

/** Resident memory of a process and all its descendants, in MB. */
export function rssMb(pid: number): number {
  let kb = 0;
  for (const p of [pid, ...descendants(pid)]) {
    try {
      const m = fs.readFileSync(`/proc/${p}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
      if (m) kb += Number(m[1]);
    } catch {
      // exited
    }
  }
  return Math.round(kb / 1024);
}

/** Resident memory of a process tree split by kind (kB fields of /proc/PID/status), in MB. */
export function rssBreakdown(pid: number): { anonMb: number; fileMb: number; shmemMb: number } {
  const kb = { anon: 0, file: 0, shmem: 0 };
  for (const p of [pid, ...descendants(pid)]) {
    try {
      const st = fs.readFileSync(`/proc/${p}/status`, "utf8");
      kb.anon += Number(st.match(/RssAnon:\s+(\d+)/)?.[1] ?? 0);
      kb.file += Number(st.match(/RssFile:\s+(\d+)/)?.[1] ?? 0);
      kb.shmem += Number(st.match(/RssShmem:\s+(\d+)/)?.[1] ?? 0);
    } catch {
      // exited
    }
  }
  return { anonMb: Math.round(kb.anon / 1024), fileMb: Math.round(kb.file / 1024), shmemMb: Math.round(kb.shmem / 1024) };
}
