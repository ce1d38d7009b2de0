// What an import did (or, in a dry run, would do), row by row.
import type { ImportFormat, ImportIssue } from "../types";

export type PlanAction = "create" | "merge" | "skip" | "error";

export type PlanRow = {
  line: number;
  kind: "post" | "agenda" | "list";
  title: string;
  action: PlanAction;
  reason: string;
  slug?: string;
};

export type ImportCounts = { created: number; merged: number; skipped: number; errors: number };

export type ImportReport = {
  format: ImportFormat;
  dryRun: boolean;
  counts: ImportCounts;
  /** Per kind, e.g. { post: { created: 3, ... }, agenda: {...} }. */
  byKind: Record<PlanRow["kind"], ImportCounts>;
  rows: PlanRow[];
  errors: ImportIssue[];
  ms: number;
};

export function emptyCounts(): ImportCounts {
  return { created: 0, merged: 0, skipped: 0, errors: 0 };
}

export function countRows(rows: PlanRow[]) {
  const counts = emptyCounts();
  const byKind = { post: emptyCounts(), agenda: emptyCounts(), list: emptyCounts() };
  for (const r of rows) {
    const key = r.action === "create" ? "created" : r.action === "merge" ? "merged" : r.action === "skip" ? "skipped" : "errors";
    counts[key]++;
    byKind[r.kind][key]++;
  }
  return { counts, byKind };
}

/** One line per kind: "posts: 12 created, 3 merged, 1 skipped". */
export function summarize(report: Pick<ImportReport, "byKind" | "dryRun">): string {
  const verb = report.dryRun ? "would be " : "";
  return (Object.entries(report.byKind) as [string, { created: number; merged: number; skipped: number; errors: number }][])
    .filter(([, c]) => c.created + c.merged + c.skipped + c.errors > 0)
    .map(([kind, c]) => `${kind}s: ${c.created} ${verb}created, ${c.merged} ${verb}merged, ${c.skipped} skipped${c.errors ? `, ${c.errors} errors` : ""}`)
    .join("\n");
}
