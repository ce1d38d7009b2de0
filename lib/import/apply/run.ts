// Runs an import: agendas, then posts in batches, then reading lists. Each batch is one
// transaction that also moves the ImportJob's counters, so a killed import leaves a consistent
// database and a job row that says how far it got; a rerun of the same file matches the rows
// already written and merges them as no-ops. A dry run takes the same decisions and writes
// nothing at all.
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/mutations/posts/write-post";
import type { ImportIssue, ParseResult } from "../types";
import { applyAgendas } from "./agendas";
import { decideRow, type Decision } from "./decide";
import { applyList, resolveList, type ResolvedList } from "./lists";
import { countRows, type ImportReport, type PlanRow } from "./report";
import { writeJobReport } from "./job-report";
import { ImportState } from "./state";
import { BatchWriter } from "./write";

export type RunImportOptions = {
  parse: ParseResult;
  /** Who imports: creator of new posts and owner of new reading lists. */
  actorId?: string | null;
  dryRun?: boolean;
  /** Also put every imported post, in file order, into a reading list with this title. */
  listTitle?: string;
  /** ImportJob row to keep current (ignored in a dry run). */
  jobId?: string;
  batchSize?: number;
  /**
   * The job's counters when an interrupted run is resumed. Every committed step moved them
   * in its own transaction, in file order (parser skips and agendas, then posts, then
   * lists), so `processed` says exactly which rows are already in the library.
   */
  resumeFrom?: ResumePoint;
  onProgress?: (processed: number, total: number) => void;
};

export type ResumePoint = { processed: number; created: number; merged: number; skipped: number; errors: ImportIssue[] };

type Progress = { processed: number; created: number; merged: number; skipped: number; errors: number };

function rowFor(d: Decision, slug?: string): PlanRow {
  return { line: d.row.line, kind: "post", title: d.row.title, action: d.action, reason: d.reason, ...(slug ? { slug } : {}) };
}

// push(...xs) overflows the stack for very long arrays (a file of 200,000 skipped lines).
function append<T>(to: T[], xs: T[]) {
  for (const x of xs) to.push(x);
}

function tally(rows: PlanRow[]): Progress {
  const { counts } = countRows(rows);
  return { processed: rows.length, ...counts };
}

export function importTotal(parse: ParseResult, listTitle?: string) {
  return parse.skipped.length + parse.agendas.length + parse.posts.length + parse.lists.length + (listTitle ? 1 : 0);
}

// PGlite runs no autovacuum: without this, rows an import wrote stay out of the visibility
// map (every count over them reads the heap again: 55-80 ms instead of 3-5 ms for the
// library's count at S) and the planner's statistics stay those of the smaller library.
// Where an autovacuum launcher runs (PostgreSQL) it is left to do this. Never fails an import.
const IMPORTED_TABLES = `"Post", "PostAuthor", "Author", "PostTag", "Tag", "PostAgenda", "Agenda", "ListEntry"`;
export async function vacuumIfNoAutovacuum(db: Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">) {
  try {
    const [row] = await db.$queryRawUnsafe<{ running: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum launcher') AS running`,
    );
    if (row?.running) return false;
    await db.$executeRawUnsafe(`VACUUM (ANALYZE) ${IMPORTED_TABLES}`);
    return true;
  } catch (e) {
    console.warn(`import: VACUUM after the import failed (the data is saved): ${(e as Error).message.slice(0, 200)}`);
    return false;
  }
}

export async function runImport(db: Db, options: RunImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const { parse, dryRun = false, listTitle } = options;
  const actorId = options.actorId ?? null;
  const jobId = dryRun ? undefined : options.jobId;
  const batchSize = options.batchSize ?? 250;
  const total = importTotal(parse, listTitle);
  const rows: PlanRow[] = [];
  const base = (!dryRun && options.resumeFrom) || { processed: 0, created: 0, merged: 0, skipped: 0, errors: [] };
  const errors: ImportIssue[] = [...base.errors];
  // Where the interrupted run stopped: the first step's rows, then posts, then lists.
  const firstStep = parse.skipped.length + parse.agendas.length;
  const firstStepDone = base.processed > 0 && base.processed >= firstStep;
  const postsDone = Math.min(parse.posts.length, Math.max(0, base.processed - firstStep));
  const listsDone = Math.max(0, base.processed - firstStep - parse.posts.length);
  let state = await ImportState.load(db);

  // Writes `body` and the job's counters for `batchRows` in one transaction.
  const commit = async (batchRows: PlanRow[], body: (tx: Tx) => Promise<void>) => {
    if (dryRun) return;
    await db.$transaction(
      async (tx) => {
        await body(tx);
        if (jobId) {
          const t = tally(batchRows);
          await tx.importJob.update({
            where: { id: jobId },
            data: {
              processed: { increment: t.processed },
              created: { increment: t.created },
              merged: { increment: t.merged },
              skipped: { increment: t.skipped + t.errors },
              errors: errors as object[],
            },
          });
        }
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  };
  const progress = () => options.onProgress?.(rows.length, total);

  if (jobId) await db.importJob.update({ where: { id: jobId }, data: { status: "running", startedAt: new Date(), total } });

  // Rows the parser already set aside (events, rows without a title, in-file duplicates).
  const parserRows: PlanRow[] = parse.skipped.map((s) => ({
    line: s.line ?? 0,
    kind: "post",
    title: "",
    action: "skip",
    reason: s.field ? `${s.field}: ${s.message}` : s.message,
  }));

  // Agendas first, so posts filed under them link to the full rows.
  if (firstStepDone) {
    // Committed by the interrupted run; its counts are in `base`.
  } else if (dryRun) {
    append(rows, parserRows);
    append(rows, await applyAgendas(db, null, state, parse.agendas));
  } else {
    let agendaRows: PlanRow[] = [];
    await commit(parserRows, async (tx) => {
      agendaRows = await applyAgendas(db, tx, state, parse.agendas);
      if (jobId && agendaRows.length) {
        const t = tally(agendaRows);
        await tx.importJob.update({
          where: { id: jobId },
          data: { processed: { increment: t.processed }, created: { increment: t.created }, merged: { increment: t.merged }, skipped: { increment: t.skipped } },
        });
      }
    });
    append(rows, parserRows);
    append(rows, agendaRows);
  }
  progress();

  const importedIds: string[] = [];
  // The reading list made from the whole file needs the posts the interrupted run wrote:
  // they now match the library, so deciding them again (writing nothing) names them.
  if (listTitle?.trim()) {
    for (let i = 0; i < postsDone; i += batchSize) {
      const batch = parse.posts.slice(i, Math.min(i + batchSize, postsDone));
      await state.loadMatches(db, batch);
      const writer = new BatchWriter(state, actorId);
      for (const row of batch) {
        const id = writer.stage(decideRow(row, state));
        if (id) importedIds.push(id);
      }
    }
  }
  for (let i = postsDone; i < parse.posts.length; i += batchSize) {
    const batch = parse.posts.slice(i, i + batchSize);
    await state.loadMatches(db, batch);
    const writer = new BatchWriter(state, actorId);
    const batchRows: PlanRow[] = [];
    const batchIds: string[] = [];
    for (const row of batch) {
      const d = decideRow(row, state);
      const id = writer.stage(d);
      if (id) batchIds.push(id);
      batchRows.push(rowFor(d));
    }
    if (dryRun) {
      append(rows, batchRows);
      append(importedIds, batchIds);
      progress();
      continue;
    }
    try {
      await commit(batchRows, (tx) => writer.flush(tx));
      append(rows, batchRows);
      append(importedIds, batchIds);
    } catch (e) {
      // Something in the batch broke (a concurrent writer took a slug or a key, a value the
      // database refuses): reload what the library holds and write the rows one by one, so
      // only the bad rows are reported as errors.
      console.warn(`import: batch at line ${batch[0].line} failed, retrying row by row: ${(e as Error).message.slice(0, 300)}`);
      state = await ImportState.load(db);
      for (const row of batch) {
        await state.loadMatches(db, [row]);
        const one = new BatchWriter(state, actorId);
        const d = decideRow(row, state);
        const id = one.stage(d);
        const pr = rowFor(d);
        try {
          await commit([pr], (tx) => one.flush(tx));
          if (id) importedIds.push(id);
          rows.push(pr);
        } catch (rowError) {
          state = await ImportState.load(db);
          const lines = (rowError as Error).message.split("\n").filter((l) => l.trim());
          const message = lines[lines.length - 1] ?? String(rowError);
          errors.push({ line: row.line, message: `could not be saved: ${message}` });
          const er: PlanRow = { ...pr, action: "error", reason: `could not be saved: ${message}` };
          await commit([er], async () => undefined).catch(() => undefined);
          rows.push(er);
        }
      }
    }
    progress();
  }

  const lists: { list: ResolvedList; line: number; unresolved: number }[] = [];
  for (const l of parse.lists) lists.push({ ...(await resolveList(db, state, l)), line: 0 });
  if (listTitle?.trim()) {
    lists.push({ list: { title: listTitle.trim(), sections: [{ title: "", postIds: [...new Set(importedIds)] }] }, line: 0, unresolved: 0 });
  }
  for (const l of lists.slice(listsDone)) {
    if (dryRun) {
      rows.push(await applyList(db, null, l.list, actorId, l.line, l.unresolved));
      continue;
    }
    let row: PlanRow | null = null;
    await db.$transaction(async (tx) => {
      row = await applyList(db, tx, l.list, actorId, l.line, l.unresolved);
      if (jobId) {
        const t = tally([row]);
        await tx.importJob.update({
          where: { id: jobId },
          data: { processed: { increment: 1 }, created: { increment: t.created }, merged: { increment: t.merged }, skipped: { increment: t.skipped } },
        });
      }
    });
    rows.push(row!);
    progress();
  }

  const { counts, byKind } = countRows(rows);
  if (!dryRun && counts.created + counts.merged > 0) await vacuumIfNoAutovacuum(db);
  const report: ImportReport = { format: parse.format, dryRun, counts, byKind, rows, errors, ms: Date.now() - started };
  if (jobId) {
    // One transaction: a job marked done always carries its final report, never the
    // resume payload (the parsed file) it held while running.
    await db.$transaction(async (tx) => {
      await tx.importJob.update({
        where: { id: jobId },
        data: {
          status: "done",
          finishedAt: new Date(),
          processed: base.processed + rows.length,
          created: base.created + counts.created,
          merged: base.merged + counts.merged,
          skipped: base.skipped + counts.skipped + counts.errors,
          errors: errors as object[],
        },
      });
      await writeJobReport(tx, jobId, { counts, byKind, rows: rows.slice(0, 5000), ms: report.ms });
    });
  }
  return report;
}

