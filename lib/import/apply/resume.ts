// Resumes web imports whose server died mid-run (kill -9, a crash, a redeploy). Each
// committed batch moved the job's counters in the same transaction, so the counters say
// which rows are in the library; the run continues after them (run.ts `resumeFrom`).
// Several app instances may share one PostgreSQL server: a job is taken only once its
// heartbeat is stale, and the claim is one conditional update that only one instance wins.
// Only web jobs have a heartbeat (set when the preview is confirmed): a CLI import is never
// taken over, its own rerun completes it (jobs.ts createImportJob).
import type { Db } from "@/lib/db";
import type { ImportIssue } from "../types";
import { executeJob, STALE_AFTER_MS, type ResumePayload } from "./jobs";

const UNFINISHED = { dryRun: false, status: { in: ["pending" as const, "running" as const] }, heartbeatAt: { not: null } };

/** Claims and runs every stopped web job; returns how many were resumed. */
export async function resumeStoppedImports(db: Db, staleAfterMs = STALE_AFTER_MS): Promise<number> {
  const staleBefore = new Date(Date.now() - staleAfterMs);
  const stopped = await db.importJob.findMany({
    where: { ...UNFINISHED, heartbeatAt: { lt: staleBefore } },
    select: { id: true, heartbeatAt: true },
    orderBy: { createdAt: "asc" },
  });
  let resumed = 0;
  for (const candidate of stopped) {
    // The read above and this claim race with other instances: the heartbeat doubles as a version.
    const won = await db.importJob.updateMany({
      where: { id: candidate.id, ...UNFINISHED, heartbeatAt: candidate.heartbeatAt },
      data: { heartbeatAt: new Date() },
    });
    if (!won.count) continue;
    const job = await db.importJob.findUniqueOrThrow({ where: { id: candidate.id } });
    const payload = (job.report as Partial<ResumePayload> | null)?.resume;
    if (!payload?.parse) {
      // Its file is gone (a job from before jobs kept their file): say how to finish it.
      await db.importJob.update({
        where: { id: job.id },
        data: { status: "failed", finishedAt: new Date(), errors: [{ message: "interrupted; import the file again to complete it (rows already imported merge as no-ops)" }] },
      });
      continue;
    }
    console.log(`Resuming import ${job.id} (${job.fileName}) after ${job.processed} of ${job.total} rows.`);
    resumed++;
    await executeJob(db, {
      jobId: job.id,
      parse: payload.parse,
      actorId: payload.actorId ?? job.userId,
      listTitle: payload.listTitle,
      resumeFrom: {
        processed: job.processed,
        created: job.created,
        merged: job.merged,
        skipped: job.skipped,
        errors: (Array.isArray(job.errors) ? job.errors : []) as ImportIssue[],
      },
    });
  }
  return resumed;
}

/** Are unfinished web jobs left (their runner may be another instance, or may die)? Look again later. */
export async function hasUnfinishedImports(db: Db): Promise<boolean> {
  return (await db.importJob.count({ where: UNFINISHED })) > 0;
}
