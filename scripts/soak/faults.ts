// Faults: kill -9 the server's process tree in the middle of writes, and in the middle of a
// web import; restart on the same database. Afterwards every acknowledged write is there,
// the counters equal a recount, and the import resumed by itself and finished complete.
import fs from "node:fs";
import path from "node:path";
import { actionFields, newRecorder } from "./browser";
import type { SoakApp } from "./app";
import { fetchWithin, pollUntil, SoakTimeout } from "./deadline";
import { counterDrift, missingWrites } from "./verify";
import { runWorkload, signIn, type Acks, type SoakUser, type Targets, type Templates } from "./workload";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Writes under load, kill -9 after `killAfterMs`; returns the problems found after a restart. */
export async function killDuringWrites(app: SoakApp, users: SoakUser[], targets: Targets, tpl: Templates, acks: Acks, connections: number): Promise<string[]> {
  const recorder = newRecorder();
  for (const u of users) u.browser.useRecorder(recorder);
  await app.start();
  const stop = { stopped: false };
  const load = runWorkload(users, targets, tpl, acks, connections, 60, { writeHeavy: true, stop });
  // Kill with writes in flight and a few dozen already answered (a slow machine answers fewer per second).
  const started = Date.now();
  while (Date.now() - started < 40_000 && (Date.now() - started < 5_000 || recorder.samples.filter((s) => s.write).length < 40)) await sleep(250);
  const writesBefore = recorder.samples.filter((s) => s.write).length;
  // Stop the workers first so they do not spin on refused connections; the requests in
  // flight are cut by the kill.
  stop.stopped = true;
  await app.stop("SIGKILL");
  await load.catch(() => undefined);
  console.log(`  killed -9 after ${writesBefore} write requests; ${recorder.connectionErrors.length} requests lost with the connection (expected)`);
  await app.start();
  // Sessions live in the database: the users are still signed in; a sign-in works too.
  const browser = await signIn(users[0], recorder);
  const back = await browser.get("/me");
  if (back?.status !== 200) return [`/me answered ${back?.status} after the restart`];
  await app.stop();
  return app.withDb(async (db) => [...(await missingWrites(db, acks)), ...(await counterDrift(db))]);
}

type JobStatus = { status: string; processed: number; total: number; created: number; merged: number; skipped: number };

/** How long the restarted server may take to pick the job up and finish it (PostgreSQL waits 20 s for the heartbeat to go stale; the file takes 10-30 s). */
const RESUME_MS = 300_000;

/** Uploads the file through /import, kills -9 mid-import, restarts, waits for the job to resume and finish. */
export async function killDuringImport(app: SoakApp, user: SoakUser, file: string): Promise<{ problems: string[]; figures: Record<string, unknown> }> {
  const problems: string[] = [];
  const b = user.browser;
  b.useRecorder(newRecorder());
  await app.start();
  const importPage = await b.get("/import");
  const upload = importPage && actionFields(importPage.text, ["file"]);
  if (!upload) return { problems: ["no upload form on /import"], figures: {} };
  const bytes = fs.readFileSync(file);
  const previewed = await b.submit("/import", upload, { file: new Blob([bytes], { type: "text/csv" }), format: "auto", text: "", listTitle: "" }, path.basename(file));
  const previewId = previewed?.location.match(/\/import\/([^/?#]+)/)?.[1];
  if (!previewId) return { problems: [`the upload was not previewed (status ${previewed?.status})`], figures: {} };
  const jobStatus = (id: string, timeoutMs: number): Promise<JobStatus | null> =>
    fetchWithin(`${app.base}/api/import/${id}`, { headers: b.headers() }, timeoutMs)
      .then((res) => (res.ok ? (JSON.parse(res.text) as JobStatus) : null))
      .catch(() => null);
  const preview = await jobStatus(previewId, 30_000);
  if (!preview) return { problems: [`the preview's status (/api/import/${previewId}) did not answer`], figures: {} };
  const previewPage = await b.get(`/import/${previewId}`);
  const confirm = previewPage && actionFields(previewPage.text, ["previewId"]);
  const confirmed = confirm && (await b.submit(`/import/${previewId}`, confirm, { previewId }));
  const jobId = confirmed?.location.match(/\/import\/([^/?#]+)/)?.[1];
  if (!jobId) return { problems: [`the preview was not confirmed (status ${confirmed?.status})`], figures: {} };
  // null when the server does not answer in time (busy importing, or killed). These short
  // polls are often cut mid-body while the server imports: fetchWithin bounds them whatever
  // fetch does then (deadline.ts).
  const status = (timeoutMs = 10_000) => jobStatus(jobId, timeoutMs);
  // Kill once a batch of posts is committed, or after 2.5 s (the whole file takes several seconds;
  // under the import the poll itself can be slow to answer). The restarted server's log
  // then says how far the job had got.
  let seen: JobStatus | null = null;
  const confirmedAt = Date.now();
  while (Date.now() - confirmedAt < 2_500) {
    seen = (await status(500)) ?? seen;
    if (seen && (seen.processed >= 250 || seen.status === "done" || seen.status === "failed")) break;
    await sleep(100);
  }
  await app.stop("SIGKILL");
  // Then there was nothing to resume: the step would pass without testing what it claims.
  if (seen?.status === "done" || seen?.status === "failed") return { problems: [`the import ended before the kill (${JSON.stringify(seen)})`], figures: {} };
  console.log(`  killed -9 ${Date.now() - confirmedAt} ms after confirming; last poll: ${seen ? `${seen.processed} of ${seen.total} rows` : "no answer"}`);
  const logBefore = fs.readFileSync(app.logFile, "utf8").length;
  const restarted = Date.now();
  await app.start();
  let final: JobStatus | null = null;
  try {
    final = await pollUntil(`${app.engine}: the import resuming and ending after the restart`, { timeoutMs: RESUME_MS, intervalMs: 500 }, () => status(), (s) => s.status === "done" || s.status === "failed");
  } catch (e) {
    if (!(e instanceof SoakTimeout)) throw e;
    problems.push(e.message);
  }
  const resumeSeconds = Math.round((Date.now() - restarted) / 100) / 10;
  await app.stop();
  // The new server says where it picked the job up (lib/import/apply/resume.ts).
  const resumedAt = fs.readFileSync(app.logFile, "utf8").slice(logBefore).match(new RegExp(`Resuming import ${jobId} .* after (\\d+) of`))?.[1];
  if (resumedAt === undefined) problems.push("the restarted server did not log resuming the import");
  // Each batch moves the counters in its own transaction: rows reported before the kill stay counted.
  else if (seen && Number(resumedAt) < seen.processed) problems.push(`the job resumed after ${resumedAt} rows, but ${seen.processed} were reported before the kill`);
  if (final && final.status !== "done") problems.push(`the import did not resume and finish: ${JSON.stringify(final)}`);
  else if (final) {
    for (const k of ["total", "created", "merged", "skipped"] as const) {
      if (final[k] !== preview[k]) problems.push(`import ${k}: ${final[k]}, the preview promised ${preview[k]}`);
    }
    if (final.processed !== final.total) problems.push(`import processed ${final.processed} of ${final.total}`);
  }
  const dbProblems = await app.withDb(async (db) => {
    const out: string[] = [];
    const dup = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM (SELECT 1 FROM "Post" WHERE "createdById" = (SELECT id FROM "User" WHERE handle = $1)
       GROUP BY "normalizedTitle", coalesce("lesswrongId", "canonicalUrl", '') HAVING count(*) > 1) d`, user.id);
    // The file holds distinct posts that share a title; a duplicate is the same post twice.
    if (Number(dup[0].n)) out.push(`${dup[0].n} posts imported twice`);
    const imported = await db.post.count({ where: { createdBy: { handle: user.id } } });
    if (final && imported !== final.created) out.push(`${imported} posts created by the import, the job says ${final.created}`);
    return [...out, ...(await counterDrift(db))];
  });
  return { problems: [...problems, ...dbProblems], figures: { resumedAfterRows: Number(resumedAt), total: final?.total, created: final?.created, merged: final?.merged, skipped: final?.skipped, resumeSeconds } };
}
