import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/support/setup-test-db";
import { seedDemo } from "@/prisma/seed";
import { recountAll } from "@/lib/mutations/counters";
import { NotFoundError } from "@/lib/errors";
import { setReadingStatus } from "./set-status";
import { getAgendaCoverage } from "@/lib/queries/coverage";
import { getReadNotReviewed, getStatusCounts, getMyListsWithProgress } from "@/lib/queries/dashboard";
import { createList } from "@/lib/mutations/lists/create-list";
import { addEntry } from "@/lib/mutations/lists/add-entry";
import { computeListProgress } from "@/lib/queries/progress";

const t = setupTestDatabase();
let actor: { id: string; role: "member" };

beforeAll(async () => {
  await seedDemo(t.db);
  const u = await t.db.user.create({ data: { id: "u-progress", name: "Progress Tester", email: "progress@example.test", handle: "progress-tester" } });
  actor = { id: u.id, role: "member" };
});

const readerCount = async (postId: string) => (await t.db.post.findUniqueOrThrow({ where: { id: postId }, select: { readerCount: true } })).readerCount;

describe("reading status", () => {
  it("keeps Post.readerCount equal to a recount through every transition", async () => {
    const post = await t.db.post.findFirstOrThrow({ orderBy: { id: "asc" } });
    const start = await readerCount(post.id);
    const expected: [Parameters<typeof setReadingStatus>[0]["status"], number][] = [
      ["to_read", 0],
      ["reading", 1],
      ["read", 1],
      ["read", 1],
      ["skipped", 0],
      ["read", 1],
      [null, 0],
      [null, 0],
    ];
    for (const [status, delta] of expected) {
      await setReadingStatus({ actor, postId: post.id, status }, t.db);
      expect(await readerCount(post.id)).toBe(start + delta);
    }
    await setReadingStatus({ actor, postId: post.id, status: "reading" }, t.db);
    const before = await t.db.post.findMany({ select: { id: true, readerCount: true }, orderBy: { id: "asc" } });
    await recountAll(t.db);
    expect(await t.db.post.findMany({ select: { id: true, readerCount: true }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("records when the status changed, and when reading started and finished", async () => {
    const post = await t.db.post.findFirstOrThrow({ orderBy: { id: "desc" } });
    await setReadingStatus({ actor, postId: post.id, status: "reading" }, t.db);
    const reading = await t.db.readingStatus.findUniqueOrThrow({ where: { userId_postId: { userId: actor.id, postId: post.id } } });
    expect(reading.startedAt).not.toBeNull();
    expect(reading.finishedAt).toBeNull();
    await setReadingStatus({ actor, postId: post.id, status: "read" }, t.db);
    const read = await t.db.readingStatus.findUniqueOrThrow({ where: { userId_postId: { userId: actor.id, postId: post.id } } });
    expect(read.startedAt).toEqual(reading.startedAt);
    expect(read.finishedAt).not.toBeNull();
    expect(read.updatedAt.getTime()).toBeGreaterThanOrEqual(reading.updatedAt.getTime());
  });

  it("refuses an unknown post and writes nothing", async () => {
    const before = await t.db.readingStatus.count();
    await expect(setReadingStatus({ actor, postId: "no-such-post", status: "read" }, t.db)).rejects.toBeInstanceOf(NotFoundError);
    expect(await t.db.readingStatus.count()).toBe(before);
  });
});

describe("dashboard and coverage", () => {
  it("counts an agenda's core posts by my status, and reviewed ones from the Review table", async () => {
    const agenda = await t.db.agenda.findFirstOrThrow({ where: { posts: { some: { core: true } } }, include: { posts: { where: { core: true } } } });
    const core = agenda.posts.map((p) => p.postId);
    const before = (await getAgendaCoverage(actor.id, t.db)).find((r) => r.agendaId === agenda.id)!;
    expect(before.core).toBe(core.length);
    await setReadingStatus({ actor, postId: core[0], status: "read" }, t.db);
    await t.db.review.create({ data: { postId: core[0], authorId: actor.id, body: "Reviewed." } });
    const after = (await getAgendaCoverage(actor.id, t.db)).find((r) => r.agendaId === agenda.id)!;
    expect(after.read).toBe(before.read + 1);
    expect(after.reviewed).toBe(before.reviewed + 1);
    expect(after.unread + after.reading + after.read).toBe(after.core);
    // Reviewed, so no longer in "read but not reviewed".
    expect((await getReadNotReviewed(actor.id, {}, t.db)).map((p) => p.id)).not.toContain(core[0]);
    const counts = await getStatusCounts(actor.id, t.db);
    expect(counts.read).toBe(await t.db.readingStatus.count({ where: { userId: actor.id, status: "read" } }));
  });

  it("shows my lists with progress and the next unread core entry", async () => {
    // A fresh reader, so statuses set by the tests above don't count here.
    const u = await t.db.user.create({ data: { id: "u-lists", name: "List Reader", email: "lists@example.test", handle: "list-reader" } });
    const actor = { id: u.id, role: "member" as const };
    const posts = await t.db.post.findMany({ take: 3, orderBy: { title: "asc" }, select: { id: true, slug: true } });
    const list = await createList({ actor, fields: { title: "Mine", description: "", visibility: "private" } }, t.db);
    await addEntry({ actor, listId: list.id, postId: posts[0].id, sectionId: null }, t.db);
    await addEntry({ actor, listId: list.id, postId: posts[1].id, sectionId: null, core: false }, t.db);
    await addEntry({ actor, listId: list.id, postId: posts[2].id, sectionId: null }, t.db);
    await setReadingStatus({ actor, postId: posts[0].id, status: "read" }, t.db);
    await setReadingStatus({ actor, postId: posts[2].id, status: "reading" }, t.db);
    const mine = (await getMyListsWithProgress(actor.id, t.db)).find((l) => l.id === list.id)!;
    expect(mine.progress).toMatchObject({ total: 3, read: 1, coreTotal: 2, coreRead: 1 });
    expect(mine.nextPost?.slug).toBe(posts[2].slug);
  });

  it("skips read and skipped core entries for continue reading", () => {
    const entries = [
      { id: "a", postId: "p1", core: true, position: 0 },
      { id: "b", postId: "p2", core: false, position: 1 },
      { id: "c", postId: "p3", core: true, position: 2 },
      { id: "d", postId: "p4", core: true, position: 3 },
    ];
    const p = computeListProgress(entries, { p1: { status: "read" }, p3: { status: "skipped" } });
    expect(p).toEqual({ total: 4, read: 1, coreTotal: 3, coreRead: 1, nextEntryId: "d" });
    expect(computeListProgress(entries, { p1: { status: "read" }, p4: { status: "read" }, p3: { status: "read" } }).nextEntryId).toBeNull();
  });
});
