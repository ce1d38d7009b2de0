// The web flow on a database: a preview writes only its job row, confirming it once starts one
// real job (a second confirmation points at the same job), and the job's counters end equal to
// what the preview promised.
import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/support/setup-test-db";
import { readFixture } from "../test-data";
import { confirmPreview, createPreviewJob, executeJob } from "./jobs";
import { parseBytes } from "./read-input";

const t = setupTestDatabase();
beforeAll(async () => {
  await t.db.user.createMany({
    data: [
      { id: "u1", name: "One", email: "one@example.test", handle: "one" },
      { id: "u2", name: "Two", email: "two@example.test", handle: "two" },
    ],
  });
});

describe("preview, confirm, run", () => {
  it("runs exactly what the preview showed, once", async () => {
    const input = parseBytes(new TextEncoder().encode(readFixture("reading-list.md")), "reading-list.md");
    const preview = await createPreviewJob(t.db, { userId: "u1", ...input });
    expect(await t.db.post.count()).toBe(0);
    expect(preview.report.counts.created).toBeGreaterThan(0);

    await expect(confirmPreview(t.db, { previewId: preview.id, actor: { id: "u2" } })).rejects.toThrow(/belongs to someone else/);
    const job = await confirmPreview(t.db, { previewId: preview.id, actor: { id: "u1" } });
    expect(job.parse).not.toBeNull();
    const again = await confirmPreview(t.db, { previewId: preview.id, actor: { id: "u1" } });
    expect(again).toMatchObject({ id: job.id, parse: null });

    await executeJob(t.db, { jobId: job.id, parse: job.parse!, actorId: "u1" });
    const row = await t.db.importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(row.status).toBe("done");
    expect(row.processed).toBe(row.total);
    expect({ created: row.created, merged: row.merged }).toEqual({ created: preview.report.counts.created, merged: preview.report.counts.merged });
    expect(await t.db.readingList.count({ where: { ownerId: "u1" } })).toBe(input.parse.lists.length);
    expect(await t.db.post.count({ where: { createdById: "u1" } })).toBe(preview.report.byKind.post.created);
  });
});

describe("the job's stored payload", () => {
  // Its own database: the file's first test has imported these posts already.
  const fresh = setupTestDatabase();
  beforeAll(async () => {
    await fresh.db.user.create({ data: { id: "u1", name: "One", email: "one@example.test", handle: "one" } });
  });

  it("keeps the parsed file exactly through preview, confirmation and the run", async () => {
    const input = parseBytes(new TextEncoder().encode(readFixture("reading-list.md")), "reading-list.md");
    // Text that a hand-built JSON or SQL literal would mangle: quotes, backslashes, a
    // parameter-like "$1", line and paragraph separators, an astral-plane character.
    const tricky = `Quotes " and ' and \\ backslash, $1 and $$, \u2028 \u2029, 🦜 and ${"é".repeat(3)}`;
    input.parse.posts[0].title = tricky;
    const expected = JSON.parse(JSON.stringify(input.parse));

    const preview = await createPreviewJob(fresh.db, { userId: "u1", ...input });
    const stored = await fresh.db.importJob.findUniqueOrThrow({ where: { id: preview.id } });
    expect((stored.report as { parse: unknown }).parse).toEqual(expected);

    const job = await confirmPreview(fresh.db, { previewId: preview.id, actor: { id: "u1" } });
    expect(job.parse?.posts[0].title).toBe(tricky);
    const running = await fresh.db.importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect((running.report as { resume: { parse: unknown; actorId: string } }).resume).toEqual({ parse: expected, actorId: "u1" });
    const confirmed = await fresh.db.importJob.findUniqueOrThrow({ where: { id: preview.id } });
    expect(confirmed.report).toEqual({ report: JSON.parse(JSON.stringify((stored.report as { report: unknown }).report)), confirmedAs: job.id });

    await executeJob(fresh.db, { jobId: job.id, parse: job.parse!, actorId: "u1" });
    const done = await fresh.db.importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(done.status).toBe("done");
    expect(done.report).not.toHaveProperty("resume");
    expect(done.report).toMatchObject({ counts: preview.report.counts });
    expect(await fresh.db.post.count({ where: { title: tricky } })).toBe(1);
  });
});
