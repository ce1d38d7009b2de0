import "server-only";
import { db } from "@/lib/db";
import { isAdmin } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import type { ImportIssue } from "@/lib/import/types";
import type { ImportCounts, PlanRow } from "@/lib/import/apply/report";

type Viewer = Pick<CurrentUser, "id" | "role"> | null;

export type ImportJobView = {
  id: string;
  fileName: string;
  format: string;
  dryRun: boolean;
  status: "pending" | "running" | "done" | "failed";
  total: number;
  processed: number;
  created: number;
  merged: number;
  skipped: number;
  errors: ImportIssue[];
  createdAt: Date;
  finishedAt: Date | null;
  /** For a preview: the real job it was confirmed as, if any. */
  confirmedAs: string | null;
};

const SELECT = {
  id: true,
  userId: true,
  fileName: true,
  format: true,
  dryRun: true,
  status: true,
  total: true,
  processed: true,
  created: true,
  merged: true,
  skipped: true,
  errors: true,
  createdAt: true,
  finishedAt: true,
} as const;

// Jobs are private to the person who ran them (and admins): file names can say a lot.
const visible = (viewer: Viewer, job: { userId: string | null }) => !!viewer && (job.userId === viewer.id || isAdmin(viewer));

/** The job's progress numbers, cheap enough to poll; null when missing or not the viewer's. */
export async function getImportJobStatus(id: string, viewer: Viewer) {
  const job = await db.importJob.findUnique({ where: { id }, select: SELECT });
  if (!job || !visible(viewer, job)) return null;
  const { userId: _userId, errors, ...rest } = job;
  return { ...rest, errors: (Array.isArray(errors) ? errors : []) as ImportIssue[] };
}

/** The job with its per-row report (the preview table, or what the import did). */
export async function getImportJob(id: string, viewer: Viewer): Promise<(ImportJobView & { rows: PlanRow[]; byKind: Record<string, ImportCounts> | null }) | null> {
  const job = await db.importJob.findUnique({ where: { id }, select: { ...SELECT, report: true } });
  if (!job || !visible(viewer, job)) return null;
  const report = (job.report ?? {}) as { rows?: PlanRow[]; byKind?: Record<string, ImportCounts>; report?: { rows?: PlanRow[]; byKind?: Record<string, ImportCounts> }; confirmedAs?: string };
  const inner = report.report ?? report;
  const { userId: _userId, report: _report, errors, ...rest } = job;
  return {
    ...rest,
    errors: (Array.isArray(errors) ? errors : []) as ImportIssue[],
    rows: inner.rows ?? [],
    byKind: inner.byKind ?? null,
    confirmedAs: report.confirmedAs ?? null,
  };
}

export async function findRecentImportJobs(viewer: Viewer, take = 10) {
  if (!viewer) return [];
  return db.importJob.findMany({
    where: { userId: viewer.id },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, fileName: true, format: true, dryRun: true, status: true, total: true, processed: true, created: true, merged: true, skipped: true, createdAt: true },
  });
}
