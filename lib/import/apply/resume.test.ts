// A web import whose server died mid-run resumes from its committed batches: the job ends
// with exactly the counts an uninterrupted run gives (the preview's), every post once, the
// reading list made from the whole file complete, counters equal to a recount. A job whose
// runner still beats (another instance) is left alone.
import { beforeAll, describe, expect, it } from "vitest";
import { recountAll } from "@/lib/mutations/counters";
import { setupTestDatabase } from "@/tests/support/setup-test-db";
import { readData } from "../test-data";
import { confirmPreview, createPreviewJob } from "./jobs";
import { parseBytes } from "./read-input";
import { resumeStoppedImports } from "./resume";
import { runImport } from "./run";

const t = setupTestDatabase();
beforeAll(async () => {
  await t.db.user.create({ data: { id: "u1", name: "One", email: "one@example.test", handle: "one" } });
});

class Killed extends Error {}

/** Confirms a preview of part of af-posts.csv and runs it until `batches` batches are committed. */
async function interruptedJob(listTitle: string | undefined, batches: number) {
  const full = parseBytes(new TextEncoder().encode(readData("af-posts.csv")), "af-posts.csv");
  // The first 300 posts (and the rows the parser set aside): enough for several batches.
  const input = { ...full, parse: { ...full.parse, posts: full.parse.posts.slice(0, 300) } };
  const preview = await createPreviewJob(t.db, { userId: "u1", ...input, listTitle });
  const job = await confirmPreview(t.db, { previewId: preview.id, actor: { id: "u1" } });
  let committed = 0;
  // The "kill": the run stops right after a committed batch, as a dead process would.
  await expect(
    runImport(t.db, {
      parse: job.parse!,
      actorId: "u1",
      jobId: job.id,
      listTitle,
      batchSize: 40,
      onProgress: () => {
        if (++committed > batches) throw new Killed();
      },
    }),
  ).rejects.toThrow(Killed);
  return { jobId: job.id, preview: preview.report.counts, newPosts: preview.report.byKind.post.created, posts: input.parse.posts.length };
}

const age = (jobId: string, seconds: number) => t.db.importJob.update({ where: { id: jobId }, data: { heartbeatAt: new Date(Date.now() - seconds * 1000) } });

describe("resuming an interrupted web import", () => {
  it("leaves a job whose heartbeat is fresh, then finishes a stopped one with the preview's counts", async () => {
    const postsBefore = await t.db.post.count();
    const { jobId, preview, newPosts, posts } = await interruptedJob("Resumed list", 3);
    const stopped = await t.db.importJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(stopped.status).toBe("running");
    expect(stopped.processed).toBeGreaterThan(0);
    expect(stopped.processed).toBeLessThan(stopped.total);

    await age(jobId, 2);
    expect(await resumeStoppedImports(t.db)).toBe(0);
    expect((await t.db.importJob.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("running");

    await age(jobId, 60);
    expect(await resumeStoppedImports(t.db)).toBe(1);
    const done = await t.db.importJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(done.status).toBe("done");
    expect(done.processed).toBe(done.total);
    expect({ created: done.created, merged: done.merged, skipped: done.skipped }).toEqual({ created: preview.created, merged: preview.merged, skipped: preview.skipped + preview.errors });
    // The file is dropped once the job is done.
    expect(JSON.stringify(done.report)).not.toContain('"resume"');

    expect(await t.db.post.count()).toBe(postsBefore + newPosts);
    const list = await t.db.readingList.findFirstOrThrow({ where: { title: "Resumed list" }, select: { _count: { select: { entries: true } } } });
    expect(list._count.entries).toBe(posts);

    // Nothing left to resume, and counters equal a recount.
    expect(await resumeStoppedImports(t.db)).toBe(0);
    const before = await t.db.post.findMany({ select: { id: true, reviewCount: true, readerCount: true }, orderBy: { id: "asc" } });
    const tags = await t.db.tag.findMany({ select: { id: true, postCount: true }, orderBy: { id: "asc" } });
    await recountAll(t.db);
    expect(await t.db.post.findMany({ select: { id: true, reviewCount: true, readerCount: true }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await t.db.tag.findMany({ select: { id: true, postCount: true }, orderBy: { id: "asc" } })).toEqual(tags);
  });
});
