// Figures for the report: request counts, rates and exact percentiles from every sample.
import type { Recorder } from "./browser";

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
const round = (n: number) => Math.round(n * 10) / 10;

export function figures(recorder: Recorder, seconds: number) {
  const all = recorder.samples.map((s) => s.ms).sort((a, b) => a - b);
  const writes = recorder.samples.filter((s) => s.write).map((s) => s.ms).sort((a, b) => a - b);
  return {
    requests: recorder.samples.length,
    writes: writes.length,
    reqPerSec: round(recorder.samples.length / seconds),
    p50Ms: round(percentile(all, 50)),
    p95Ms: round(percentile(all, 95)),
    writeP50Ms: round(percentile(writes, 50)),
    writeP95Ms: round(percentile(writes, 95)),
    status5xx: recorder.serverErrors.length,
    connectionErrors: recorder.connectionErrors.length,
  };
}
