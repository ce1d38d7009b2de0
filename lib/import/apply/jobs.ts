// ImportJob rows: a preview (dry run) keeps the parsed file so the user can confirm it later
// without uploading again; a real job is started from a preview or from the CLI, and its
// counters move with each committed batch (see run.ts). A web job keeps the parsed file
// until it finishes, so a server that was killed mid-import can resume it (resume.ts).
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { ParseResult } from "../types";
import { runImport, importTotal, type ResumePoint } from "./run";
import type { ImportReport } from "./report";
import { writeJobReport } from "./job-report";

type PreviewPayload = { parse: ParseResult; listTitle?: string; report: Pick<ImportReport, "counts" | "byKind" | "rows"> };
/** What an unfinished web job holds in its `report` column until the run overwrites it. */
export type ResumePayload = { resume: { parse: ParseResult; listTitle?: string; actorId: string | null } };

/** How often a running job renews its heartbeat, and how old one must be to count as stopped. */
export const HEARTBEAT_MS = 5_000;
export const STALE_AFTER_MS = 20_000;

export async function createPreviewJob(
  db: Db,
  input: { userId: string | null; fileName: string; contentHash: string; parse: ParseResult; listTitle?: string },
) {
  const report = await runImport(db, { parse: input.parse, actorId: input.userId, dryRun: true, listTitle: input.listTitle });
  const payload: PreviewPayload = {
    parse: input.parse,
    listTitle: input.listTitle,
    report: { counts: report.counts, byKind: report.byKind, rows: report.rows.slice(0, 5000) },
  };
  const job = await db.$transaction(async (tx) => {
    const created = await tx.importJob.create({
      data: {
        userId: input.userId,
        format: input.parse.format,
        fileName: input.fileName.slice(0, 300),
        contentHash: input.contentHash,
        dryRun: true,
        status: "done",
        total: report.rows.length,
        processed: report.rows.length,
        created: report.counts.created,
        merged: report.counts.merged,
        skipped: report.counts.skipped,
        finishedAt: new Date(),
      },
      select: { id: true },
    });
    await writeJobReport(tx, created.id, payload);
    return created;
  });
  return { id: job.id, report };
}

export async function createImportJob(
  db: Db,
  input: { userId: string | null; fileName: string; contentHash: string; parse: ParseResult; listTitle?: string },
) {
  // An earlier run of the same file that never finished (killed, server restarted) is over:
  // this run completes it (its rows merge as no-ops), so say so on the old row.
  if (input.contentHash) {
    await db.importJob.updateMany({
      where: { contentHash: input.contentHash, dryRun: false, status: { in: ["pending", "running"] } },
      data: { status: "failed", finishedAt: new Date(), errors: [{ message: "interrupted before it finished; a later import of the same file completed it" }] },
    });
  }
  return db.importJob.create({
    data: {
      userId: input.userId,
      format: input.parse.format,
      fileName: input.fileName.slice(0, 300),
      contentHash: input.contentHash,
      total: importTotal(input.parse, input.listTitle),
    },
    select: { id: true },
  });
}

/** Turns the user's own preview into a pending job; the caller then runs it with `executeJob`. */
export async function confirmPreview(db: Db, input: { previewId: string; actor: { id: string } }) {
  const preview = await db.importJob.findUnique({ where: { id: input.previewId } });
  if (!preview || !preview.dryRun) throw new NotFoundError("That import preview does not exist.");
  if (preview.userId !== input.actor.id) throw new ForbiddenError("That import preview belongs to someone else.");
  const payload = preview.report as unknown as (PreviewPayload & { confirmedAs?: string }) | null;
  if (payload?.confirmedAs) return { id: payload.confirmedAs, parse: null, listTitle: undefined };
  if (!payload?.parse) throw new ValidationError("That preview has expired; upload the file again.");
  return db.$transaction(async (tx) => {
    // finishedAt doubles as a version: of two confirmations racing, only one wins this update.
    // Claimed first, so the loser stops before writing the parsed file (megabytes of JSON).
    const won = await tx.importJob.updateMany({
      where: { id: preview.id, finishedAt: preview.finishedAt },
      data: { finishedAt: new Date() },
    });
    if (!won.count) throw new ConflictError("That preview is being confirmed already.");
    const job = await tx.importJob.create({
      data: {
        userId: input.actor.id,
        format: payload.parse.format,
        fileName: preview.fileName,
        contentHash: preview.contentHash,
        total: importTotal(payload.parse, payload.listTitle),
        heartbeatAt: new Date(),
      },
      select: { id: true },
    });
    await writeJobReport(tx, job.id, { resume: { parse: payload.parse, listTitle: payload.listTitle, actorId: input.actor.id } } satisfies ResumePayload);
    // The parsed rows move from the preview to the real job; the preview's table stays.
    await writeJobReport(tx, preview.id, { report: payload.report, confirmedAs: job.id });
    return { id: job.id, parse: payload.parse as ParseResult | null, listTitle: payload.listTitle };
  });
}

/** Runs a pending job to the end; a failure is recorded on the job row, then rethrown. */
export async function executeJob(
  db: Db,
  input: { jobId: string; parse: ParseResult; actorId: string | null; listTitle?: string; batchSize?: number; resumeFrom?: ResumePoint },
) {
  // While this process lives the job is not resumed elsewhere; a batch can take longer than
  // the staleness limit under load, so the heartbeat runs on a timer, not per batch.
  const beat = setInterval(() => {
    db.importJob.updateMany({ where: { id: input.jobId, status: { in: ["pending", "running"] } }, data: { heartbeatAt: new Date() } }).catch(() => undefined);
  }, HEARTBEAT_MS);
  beat.unref();
  try {
    return await runImport(db, { parse: input.parse, actorId: input.actorId, jobId: input.jobId, listTitle: input.listTitle, batchSize: input.batchSize, resumeFrom: input.resumeFrom });
  } catch (e) {
    await db.importJob
      .update({
        where: { id: input.jobId },
        data: { status: "failed", finishedAt: new Date(), report: Prisma.DbNull, errors: [{ message: `import stopped: ${(e as Error).message.slice(0, 500)}` }] },
      })
      .catch(() => undefined);
    throw e;
  } finally {
    clearInterval(beat);
  }
}
