// A draft is its creator's: the post counts of its tags and agendas (shown to everyone on
// /tags, /agendas and their APIs) must not move until it is published, and must move back
// when it is unpublished. The stored counts always equal a recount.
import { beforeAll, describe, expect, it } from "vitest";
import { recountAll } from "@/lib/mutations/counters";
import { createPost } from "@/lib/mutations/posts/create-post";
import { updatePost } from "@/lib/mutations/posts/update-post";
import { seedDemo } from "@/prisma/seed";
import { setupTestDatabase } from "./support/setup-test-db";

const t = setupTestDatabase();
const member = { id: "", role: "member" as const };

beforeAll(async () => {
  await seedDemo(t.db);
  member.id = (await t.db.user.findFirstOrThrow({ where: { role: "member" }, orderBy: { id: "asc" } })).id;
});

async function counts(tagId: string, agendaId: string) {
  const [tag, agenda] = await Promise.all([t.db.tag.findUniqueOrThrow({ where: { id: tagId } }), t.db.agenda.findUniqueOrThrow({ where: { id: agendaId } })]);
  return [tag.postCount, agenda.postCount];
}

async function storedEqualsRecount() {
  const snap = async () => [await t.db.tag.findMany({ select: { id: true, postCount: true }, orderBy: { id: "asc" } }), await t.db.agenda.findMany({ select: { id: true, postCount: true }, orderBy: { id: "asc" } })];
  const before = await snap();
  await recountAll(t.db);
  expect(await snap()).toEqual(before);
}

describe("tag and agenda post counts", () => {
  it("leave drafts out: creating, publishing, unpublishing and re-tagging a draft", async () => {
    const [tag, agenda] = await Promise.all([t.db.tag.findFirstOrThrow({ orderBy: { id: "asc" } }), t.db.agenda.findFirstOrThrow({ orderBy: { id: "asc" } })]);
    const [tag2] = await t.db.tag.findMany({ where: { id: { not: tag.id } }, orderBy: { id: "asc" }, take: 1 });
    const start = await counts(tag.id, agenda.id);
    const fields = { title: "A draft on shard theory", authors: "Draft Author", source: "blog", kind: "blog_post", tagIds: [tag.id], agendaIds: [agenda.id] };

    const post = await createPost(t.db, { actor: member, input: { ...fields, draft: "on" } });
    expect(await counts(tag.id, agenda.id)).toEqual(start);
    await storedEqualsRecount();

    await updatePost(t.db, { actor: member, slug: post.slug, input: { ...fields, draft: "" } });
    expect(await counts(tag.id, agenda.id)).toEqual([start[0] + 1, start[1] + 1]);
    await storedEqualsRecount();

    await updatePost(t.db, { actor: member, slug: post.slug, input: { ...fields, draft: "on" } });
    expect(await counts(tag.id, agenda.id)).toEqual(start);
    const tag2Before = (await t.db.tag.findUniqueOrThrow({ where: { id: tag2.id } })).postCount;
    await updatePost(t.db, { actor: member, slug: post.slug, input: { ...fields, draft: "on", tagIds: [tag2.id] } });
    expect((await t.db.tag.findUniqueOrThrow({ where: { id: tag2.id } })).postCount).toBe(tag2Before);
    await storedEqualsRecount();
  });
});
