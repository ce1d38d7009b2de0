import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/support/setup-test-db";
import { seedDemo } from "@/prisma/seed";
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createList } from "./create-list";
import { addSection } from "./add-section";
import { addEntry } from "./add-entry";
import { moveEntry } from "./move-entry";
import { moveSection } from "./move-section";
import { removeEntry } from "./remove-entry";
import { removeSection } from "./remove-section";
import { copyList } from "./copy-list";
import { getListBySlug } from "@/lib/queries/lists";
import { setReadingStatus } from "@/lib/mutations/progress/set-status";

const t = setupTestDatabase();
let owner: { id: string; role: "member" };
let other: { id: string; role: "member" };
let posts: string[];

beforeAll(async () => {
  await seedDemo(t.db);
  const users = await t.db.user.findMany({ take: 2, orderBy: { id: "asc" }, select: { id: true } });
  owner = { id: users[0].id, role: "member" };
  other = { id: users[1].id, role: "member" };
  posts = (await t.db.post.findMany({ take: 8, orderBy: { id: "asc" }, select: { id: true } })).map((p) => p.id);
});

async function order(listId: string) {
  const entries = await t.db.listEntry.findMany({ where: { listId }, orderBy: { position: "asc" }, select: { postId: true, position: true, sectionId: true } });
  const sections = await t.db.listSection.findMany({ where: { listId }, orderBy: { position: "asc" }, select: { id: true, position: true } });
  return { entries, sections };
}

function expectDense(positions: number[]) {
  expect([...positions].sort((a, b) => a - b)).toEqual(positions.map((_, i) => i));
}

async function snapshot(listId: string) {
  const [entries, sections] = await Promise.all([
    t.db.listEntry.findMany({ where: { listId }, select: { id: true, position: true, sectionId: true, note: true } }),
    t.db.listSection.findMany({ where: { listId }, select: { id: true, position: true } }),
  ]);
  return JSON.stringify([entries.sort((a, b) => a.id.localeCompare(b.id)), sections.sort((a, b) => a.id.localeCompare(b.id))]);
}

async function expectRejected(p: Promise<unknown>, kind: new (...a: never[]) => AppError, message: RegExp) {
  const e = await p.then(() => null, (err) => err);
  expect(e).toBeInstanceOf(kind);
  expect((e as Error).message).toMatch(message);
}

describe("reading lists", () => {
  it("keeps positions dense through adds, moves across sections, section moves and removals", async () => {
    const list = await createList({ actor: owner, fields: { title: "Syllabus", description: "", visibility: "private" } }, t.db);
    const w1 = await addSection({ actor: owner, listId: list.id, title: "Week 1" }, t.db);
    const w2 = await addSection({ actor: owner, listId: list.id, title: "Week 2" }, t.db);
    const e = [];
    for (const [i, postId] of posts.slice(0, 4).entries()) {
      e.push(await addEntry({ actor: owner, listId: list.id, postId, sectionId: i < 2 ? w1.id : w2.id }, t.db));
    }
    let o = await order(list.id);
    expect(o.entries.map((x) => x.postId)).toEqual(posts.slice(0, 4));

    // Last of week 1 moves down: it becomes the first of week 2.
    await moveEntry({ actor: owner, listId: list.id, entryId: e[1].id, direction: "down" }, t.db);
    o = await order(list.id);
    expect(o.entries.map((x) => x.postId)).toEqual([posts[0], posts[1], posts[2], posts[3]]);
    expect(o.entries[1].sectionId).toBe(w2.id);
    expectDense(o.entries.map((x) => x.position));

    await moveEntry({ actor: owner, listId: list.id, entryId: e[3].id, direction: "up" }, t.db);
    o = await order(list.id);
    expect(o.entries.map((x) => x.postId)).toEqual([posts[0], posts[1], posts[3], posts[2]]);

    // Week 2 before week 1: its entries move with it.
    await moveSection({ actor: owner, listId: list.id, sectionId: w2.id, direction: "up" }, t.db);
    o = await order(list.id);
    expect(o.sections.map((s) => s.id)).toEqual([w2.id, w1.id]);
    expect(o.entries.map((x) => x.postId)).toEqual([posts[1], posts[3], posts[2], posts[0]]);
    expectDense(o.entries.map((x) => x.position));

    await removeEntry({ actor: owner, listId: list.id, entryId: e[3].id }, t.db);
    await removeSection({ actor: owner, listId: list.id, sectionId: w1.id }, t.db);
    o = await order(list.id);
    expect(o.entries.map((x) => x.postId)).toEqual([posts[1], posts[2], posts[0]]);
    expect(new Set(o.entries.map((x) => x.sectionId))).toEqual(new Set([w2.id]));
    expectDense(o.entries.map((x) => x.position));
    expectDense(o.sections.map((x) => x.position));
  });

  it("refuses bad input with a clear message and changes nothing", async () => {
    const list = await createList({ actor: owner, fields: { title: "Bad input", description: "", visibility: "public" } }, t.db);
    const s = await addSection({ actor: owner, listId: list.id, title: "S" }, t.db);
    const entry = await addEntry({ actor: owner, listId: list.id, postId: posts[0], sectionId: s.id }, t.db);
    const foreign = await createList({ actor: other, fields: { title: "Theirs", description: "", visibility: "public" } }, t.db);
    const foreignSection = await addSection({ actor: other, listId: foreign.id, title: "Their section" }, t.db);
    const before = await snapshot(list.id);

    await expectRejected(addEntry({ actor: owner, listId: list.id, postId: "no-such-post", sectionId: s.id }, t.db), ValidationError, /no such post/);
    await expectRejected(addEntry({ actor: owner, listId: list.id, postId: posts[0], sectionId: s.id }, t.db), ConflictError, /already in this list/);
    await expectRejected(addEntry({ actor: owner, listId: list.id, postId: posts[1], sectionId: foreignSection.id }, t.db), ValidationError, /section is not in this list/);
    await expectRejected(moveEntry({ actor: owner, listId: list.id, entryId: entry.id, sectionId: s.id, position: 5 }, t.db), ValidationError, /between 1 and 1/);
    await expectRejected(moveEntry({ actor: owner, listId: list.id, entryId: entry.id, sectionId: foreignSection.id, position: 1 }, t.db), ValidationError, /section/);
    await expectRejected(addEntry({ actor: other, listId: list.id, postId: posts[1], sectionId: null }, t.db), ForbiddenError, /owner/);
    expect(await snapshot(list.id)).toBe(before);
  });

  it("hides private lists from everyone but the owner (not found, not forbidden)", async () => {
    const list = await createList({ actor: owner, fields: { title: "Secret", description: "", visibility: "private" } }, t.db);
    const row = await t.db.readingList.findUniqueOrThrow({ where: { id: list.id } });
    expect(await getListBySlug(row.slug, other, t.db)).toBeNull();
    expect(await getListBySlug(row.slug, null, t.db)).toBeNull();
    expect(await getListBySlug(row.slug, owner, t.db)).not.toBeNull();
    await expectRejected(addEntry({ actor: other, listId: list.id, postId: posts[0], sectionId: null }, t.db), NotFoundError, /No such reading list/);
    await expectRejected(copyList({ actor: other, listId: list.id }, t.db), NotFoundError, /No such reading list/);
  });

  it("copies a public list into an independent list of the copier", async () => {
    const list = await createList({ actor: owner, fields: { title: "Original", description: "d", visibility: "public" } }, t.db);
    const s = await addSection({ actor: owner, listId: list.id, title: "Week 1" }, t.db);
    await addEntry({ actor: owner, listId: list.id, postId: posts[0], sectionId: s.id, note: "start here" }, t.db);
    await addEntry({ actor: owner, listId: list.id, postId: posts[1], sectionId: s.id, core: false }, t.db);
    const copy = await copyList({ actor: other, listId: list.id }, t.db);
    const view = await getListBySlug(copy.slug, other, t.db);
    expect(view?.owner.id).toBe(other.id);
    expect(view?.visibility).toBe("private");
    expect(view?.sections.map((x) => x.title)).toEqual(["Week 1"]);
    expect(view?.entries.map((e) => [e.post.id, e.note, e.core])).toEqual([
      [posts[0], "start here", true],
      [posts[1], "", false],
    ]);
    // Independent: changing the copy leaves the original alone.
    await removeEntry({ actor: other, listId: copy.id, entryId: view!.entries[0].id }, t.db);
    expect(await t.db.listEntry.count({ where: { listId: list.id } })).toBe(2);
    expect((await t.db.readingList.findUniqueOrThrow({ where: { id: copy.id } })).copiedFromId).toBe(list.id);
  });

  it("keeps a valid order under concurrent reorders from two tabs", async () => {
    const list = await createList({ actor: owner, fields: { title: "Race", description: "", visibility: "private" } }, t.db);
    const a = await addSection({ actor: owner, listId: list.id, title: "A" }, t.db);
    const b = await addSection({ actor: owner, listId: list.id, title: "B" }, t.db);
    const ids = [];
    for (const [i, postId] of posts.slice(0, 6).entries()) ids.push((await addEntry({ actor: owner, listId: list.id, postId, sectionId: i % 2 ? a.id : b.id }, t.db)).id);
    const ops = [];
    for (let round = 0; round < 5; round++) {
      for (const [i, id] of ids.entries()) ops.push(moveEntry({ actor: owner, listId: list.id, entryId: id, direction: (i + round) % 2 ? "up" : "down" }, t.db));
      ops.push(moveSection({ actor: owner, listId: list.id, sectionId: round % 2 ? a.id : b.id, direction: "up" }, t.db));
      ops.push(moveEntry({ actor: owner, listId: list.id, entryId: ids[round], sectionId: a.id, position: 1 }, t.db));
    }
    const results = await Promise.allSettled(ops);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const o = await order(list.id);
    expect(o.entries).toHaveLength(6);
    expect(new Set(o.entries.map((e) => e.postId))).toEqual(new Set(posts.slice(0, 6)));
    expectDense(o.entries.map((e) => e.position));
    expectDense(o.sections.map((s) => s.position));
    // Each section's entries form one block in section order.
    const rank = new Map(o.sections.map((s) => [s.id, s.position]));
    const ranks = o.entries.map((e) => e.sectionId ? rank.get(e.sectionId)! : -1);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });
});

describe("getListBySlug", () => {
  it("reads sections and entries in order, the unsectioned ones first, with the viewer's own statuses and progress", async () => {
    const list = await createList({ actor: owner, fields: { title: "View", description: "about", visibility: "public" } }, t.db);
    const s1 = await addSection({ actor: owner, listId: list.id, title: "First" }, t.db);
    const s2 = await addSection({ actor: owner, listId: list.id, title: "Second" }, t.db);
    await addEntry({ actor: owner, listId: list.id, postId: posts[2], sectionId: s2.id }, t.db);
    await addEntry({ actor: owner, listId: list.id, postId: posts[0], sectionId: s1.id, note: "begin" }, t.db);
    await addEntry({ actor: owner, listId: list.id, postId: posts[1], sectionId: null, core: false }, t.db);
    await addEntry({ actor: owner, listId: list.id, postId: posts[3], sectionId: s1.id }, t.db);
    await setReadingStatus({ actor: other, postId: posts[0], status: "read" }, t.db);
    await setReadingStatus({ actor: owner, postId: posts[3], status: "skipped" }, t.db);
    const row = await t.db.readingList.findUniqueOrThrow({ where: { id: list.id } });

    const anon = await getListBySlug(row.slug, null, t.db);
    expect(anon?.owner.id).toBe(owner.id);
    expect(anon?.description).toBe("about");
    expect(anon?.createdAt).toBeInstanceOf(Date);
    expect(anon?.createdAt.getTime()).toBe(row.createdAt.getTime());
    expect(anon?.sections.map((s) => [s.id, s.title, s.entries.map((e) => e.post.id)])).toEqual([
      [null, "Unsectioned", [posts[1]]],
      [s1.id, "First", [posts[0], posts[3]]],
      [s2.id, "Second", [posts[2]]],
    ]);
    expect(anon?.entries.map((e) => e.position)).toEqual([...anon!.entries.map((e) => e.position)].sort((a, b) => a - b));
    expect(anon?.entries.find((e) => e.post.id === posts[0])).toMatchObject({ note: "begin", core: true, status: null });
    expect(anon?.entries.every((e) => e.status === null)).toBe(true);
    expect(anon?.progress).toBeNull();
    expect(anon?.canEdit).toBe(false);

    // Each reader sees their own statuses (the demo seed gave them some), never another's.
    const own = async (userId: string) =>
      Object.fromEntries(posts.slice(0, 4).map((id) => [id, null as string | null]).concat(
        (await t.db.readingStatus.findMany({ where: { userId, postId: { in: posts.slice(0, 4) } } })).map((r) => [r.postId, r.status]),
      ));
    const theirs = await getListBySlug(row.slug, other, t.db);
    const theirStatuses = await own(other.id);
    expect(theirStatuses[posts[0]]).toBe("read");
    expect(Object.fromEntries(theirs!.entries.map((e) => [e.post.id, e.status]))).toEqual(theirStatuses);
    const coreIds = [posts[0], posts[2], posts[3]];
    expect(theirs?.progress).toMatchObject({
      total: 4,
      read: Object.values(theirStatuses).filter((v) => v === "read").length,
      coreTotal: 3,
      coreRead: coreIds.filter((id) => theirStatuses[id] === "read").length,
    });
    const mine = await getListBySlug(row.slug, owner, t.db);
    const myStatuses = await own(owner.id);
    expect(myStatuses[posts[3]]).toBe("skipped");
    expect(Object.fromEntries(mine!.entries.map((e) => [e.post.id, e.status]))).toEqual(myStatuses);
    // The owner's next core entry in reading order (First: posts[0], posts[3]; Second: posts[2])
    // that is neither read nor skipped.
    const next = [posts[0], posts[3], posts[2]].find((id) => myStatuses[id] !== "read" && myStatuses[id] !== "skipped");
    expect(mine?.progress?.nextEntryId ?? null).toBe(mine?.entries.find((e) => e.post.id === next)?.id ?? null);
    expect(mine?.canEdit).toBe(true);
  });

  it("names the list it was copied from only to those who may see that list", async () => {
    const source = await createList({ actor: owner, fields: { title: "Source", description: "", visibility: "public" } }, t.db);
    await addEntry({ actor: owner, listId: source.id, postId: posts[0], sectionId: null }, t.db);
    const copy = await copyList({ actor: other, listId: source.id }, t.db);
    await t.db.readingList.update({ where: { id: copy.id }, data: { visibility: "public" } });
    const sourceSlug = (await t.db.readingList.findUniqueOrThrow({ where: { id: source.id } })).slug;
    expect((await getListBySlug(copy.slug, null, t.db))?.copiedFrom).toEqual({ slug: sourceSlug, title: "Source" });
    await t.db.readingList.update({ where: { id: source.id }, data: { visibility: "private" } });
    expect((await getListBySlug(copy.slug, null, t.db))?.copiedFrom).toBeNull();
    expect((await getListBySlug(copy.slug, other, t.db))?.copiedFrom).toBeNull();
    expect((await getListBySlug(copy.slug, owner, t.db))?.copiedFrom).toEqual({ slug: sourceSlug, title: "Source" });
    expect(await getListBySlug("no-such-list", owner, t.db)).toBeNull();
  });
});
