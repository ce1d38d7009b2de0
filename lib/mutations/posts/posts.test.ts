import { beforeAll, describe, expect, it } from "vitest";
import { recountAll } from "@/lib/mutations/counters";
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { seedDemo } from "@/prisma/seed";
import { setupTestDatabase } from "@/tests/support/setup-test-db";
import { findMyListsForPost } from "@/lib/queries/lists";
import { findPostPage } from "@/lib/queries/posts";
import { createPost } from "./create-post";
import { updatePost } from "./update-post";

const t = setupTestDatabase();
const member = { id: "", role: "member" as const };
const other = { id: "", role: "member" as const };
const admin = { id: "", role: "admin" as const };

beforeAll(async () => {
  await seedDemo(t.db);
  const users = await t.db.user.findMany({ orderBy: { id: "asc" } });
  const a = users.find((u) => u.role === "admin")!;
  const ms = users.filter((u) => u.role === "member");
  admin.id = a.id;
  member.id = ms[0].id;
  other.id = ms[1].id;
});

const base = { title: "A brand new essay on corrigibility basins", authors: "Ada One\nBo Two", source: "blog", kind: "blog_post", summary: "S." };

async function countersMatchRecount() {
  const snap = async () => ({
    tags: await t.db.tag.findMany({ select: { id: true, postCount: true }, orderBy: { id: "asc" } }),
    agendas: await t.db.agenda.findMany({ select: { id: true, postCount: true }, orderBy: { id: "asc" } }),
  });
  const before = await snap();
  await recountAll(t.db);
  expect(await snap()).toEqual(before);
}

describe("createPost / updatePost", () => {
  it("refuses anonymous and invalid input, writing nothing", async () => {
    const n = await t.db.post.count();
    await expect(createPost(t.db, { actor: null, input: base })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(createPost(t.db, { actor: member, input: { ...base, title: "", url: "javascript:alert(1)", source: "myspace" } })).rejects.toBeInstanceOf(ValidationError);
    await expect(createPost(t.db, { actor: member, input: { ...base, tagIds: ["no-such-tag-id"] } })).rejects.toBeInstanceOf(ValidationError);
    expect(await t.db.post.count()).toBe(n);
  });

  it("creates a post with ordered authors, tags, agendas and counters in step", async () => {
    const [tag, agenda] = await Promise.all([t.db.tag.findFirstOrThrow(), t.db.agenda.findFirstOrThrow()]);
    const post = await createPost(t.db, { actor: member, input: { ...base, url: "https://example.org/basins", tagIds: [tag.id], agendaIds: [agenda.id], coreAgendaIds: [agenda.id], publishedAt: "2024-02-03" } });
    const row = await t.db.post.findUniqueOrThrow({ where: { id: post.id }, include: { authors: { orderBy: { position: "asc" }, include: { author: true } }, agendas: true } });
    expect(row.authors.map((a) => a.author.name)).toEqual(["Ada One", "Bo Two"]);
    expect(row.createdById).toBe(member.id);
    expect(row.publishedYear).toBe(2024);
    expect(row.agendas[0].core).toBe(true);
    await countersMatchRecount();
  });

  it("adds agendas and tags typed by name or slug, and names the ones it cannot match", async () => {
    const [tag, other, agenda] = await Promise.all([
      t.db.tag.findFirstOrThrow({ orderBy: { name: "asc" } }),
      t.db.tag.findFirstOrThrow({ orderBy: { name: "desc" } }),
      t.db.agenda.findFirstOrThrow({ orderBy: { name: "asc" } }),
    ]);
    const n = await t.db.post.count();
    const err = await createPost(t.db, { actor: member, input: { ...base, title: "Typed tags", tagNames: `${tag.name.toUpperCase()}, Not a tag at all` } }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.fieldErrors.tagNames.join(" ")).toContain("“Not a tag at all”");
    expect(err.fieldErrors.tagNames.join(" ")).not.toContain(tag.name.toUpperCase());
    expect(await t.db.post.count()).toBe(n);

    // Two tags with one name: the name alone is refused, the slug picks one.
    const twin = await t.db.tag.create({ data: { name: other.name, slug: `${other.slug}-twin` } });
    const both = await createPost(t.db, { actor: member, input: { ...base, title: "Typed tags", tagNames: other.name } }).catch((e) => e);
    expect(both.fieldErrors.tagNames.join(" ")).toContain(twin.slug);

    const post = await createPost(t.db, {
      actor: member,
      input: { ...base, title: "Typed tags", url: "https://example.org/typed-tags", tagIds: [tag.id], tagNames: `${tag.name.toLowerCase()}, ${twin.slug}`, agendaNames: ` ${agenda.name} ` },
    });
    const row = await t.db.post.findUniqueOrThrow({ where: { id: post.id }, include: { tags: true, agendas: true } });
    expect(row.tags.map((x) => x.tagId).sort()).toEqual([tag.id, twin.id].sort());
    expect(row.agendas.map((x) => ({ id: x.agendaId, core: x.core }))).toEqual([{ id: agenda.id, core: false }]);
    await t.db.postTag.deleteMany({ where: { postId: post.id } });
    await t.db.tag.delete({ where: { id: twin.id } });
    await recountAll(t.db);
  });

  it("blocks a duplicate URL or external id and warns on a duplicate title until confirmed", async () => {
    const seeded = await t.db.post.findFirstOrThrow({ where: { url: { not: null } } });
    const err = await createPost(t.db, { actor: member, input: { ...base, title: "Something else", url: seeded.url } }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.fieldErrors.url[0]).toContain(seeded.slug);
    const titleErr = await createPost(t.db, { actor: member, input: { ...base, title: seeded.title.toUpperCase() + "!" } }).catch((e) => e);
    expect(titleErr).toBeInstanceOf(ConflictError);
    expect(titleErr.fieldErrors.title).toBeDefined();
    const ok = await createPost(t.db, { actor: member, input: { ...base, title: seeded.title, confirmDuplicate: "on" } });
    expect(ok.slug).not.toBe(seeded.slug);
  });

  it("lets the creator or an admin edit, records edited fields and bumps the version on a body change", async () => {
    const post = await createPost(t.db, { actor: member, input: { ...base, title: "Editable essay", body: "# One\n\ntext" } });
    await expect(updatePost(t.db, { actor: other, slug: post.slug, input: { ...base, title: "Editable essay" } })).rejects.toBeInstanceOf(ForbiddenError);
    const tag = await t.db.tag.findFirstOrThrow({ orderBy: { name: "desc" } });
    const res = await updatePost(t.db, { actor: member, slug: post.slug, input: { ...base, title: "Editable essay", body: "# One\n\nnew text", tagIds: [tag.id] } });
    expect(res.changed.sort()).toEqual(["body", "tags"]);
    let row = await t.db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(row.version).toBe(2);
    expect(row.editedFields).toEqual(expect.arrayContaining(["body", "tags"]));
    await updatePost(t.db, { actor: admin, slug: post.slug, input: { ...base, title: "Editable essay, revised", body: "# One\n\nnew text", tagIds: [] } });
    row = await t.db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(row.version).toBe(2);
    expect(row.slug).toBe(post.slug);
    expect(row.normalizedTitle).toBe("editable essay revised");
    await countersMatchRecount();
  });

  it("shows a draft to its creator only", async () => {
    const post = await createPost(t.db, { actor: member, input: { ...base, title: "Secret draft", draft: "on" } });
    expect(await findPostPage(t.db, post.slug, null)).toBeNull();
    expect(await findPostPage(t.db, post.slug, { id: other.id })).toBeNull();
    const mine = await findPostPage(t.db, post.slug, { id: member.id });
    expect(mine?.title).toBe("Secret draft");
  });

  it("reads a seeded post page with relations both ways, related posts and rating spread", async () => {
    const rel = await t.db.postRelation.findFirstOrThrow({ include: { fromPost: true, toPost: true } });
    const from = await findPostPage(t.db, rel.fromPost.slug, null);
    const to = await findPostPage(t.db, rel.toPost.slug, null);
    expect(from!.relations.some((r) => r.direction === "forward" && r.other.slug === rel.toPost.slug)).toBe(true);
    expect(to!.relations.some((r) => r.direction === "backward" && r.other.slug === rel.fromPost.slug)).toBe(true);
    const rated = await t.db.post.findFirstOrThrow({ where: { ratingCount: { gt: 0 } } });
    const page = await findPostPage(t.db, rated.slug, null);
    expect(page!.rating.count).toBe(rated.ratingCount);
    expect(page!.rating.mean).toBeCloseTo(rated.ratingSum / rated.ratingCount);
    expect(page!.rating.spread).toBeGreaterThanOrEqual(0);
    expect(page!.related.length).toBeGreaterThan(0);
    expect(page!.related.some((r) => r.slug === rated.slug)).toBe(false);
  });

  it("keeps someone else's draft out of a post page's relations and related posts, and shows it to its creator", async () => {
    const p = await t.db.post.findFirstOrThrow({ where: { draft: false, tags: { some: {} }, agendas: { some: {} } }, orderBy: { id: "asc" }, include: { tags: true, agendas: true } });
    // A tag only these two posts carry makes the draft the most related post, ahead of any tie.
    const only = await t.db.tag.create({ data: { name: "Only these two", slug: "only-these-two", posts: { create: [{ postId: p.id }] } } });
    const tagIds = [...p.tags.map((x) => x.tagId), only.id];
    const draft = await createPost(t.db, { actor: member, input: { ...base, title: "Draft answer to a seeded post", draft: "on", tagIds, agendaIds: p.agendas.map((x) => x.agendaId) } });
    await recountAll(t.db);
    await t.db.postRelation.create({ data: { fromPostId: draft.id, toPostId: p.id, type: "critiques", crux: "draft crux" } });
    for (const viewer of [null, { id: other.id }]) {
      const page = await findPostPage(t.db, p.slug, viewer);
      expect(page!.relations.map((r) => r.other.slug)).not.toContain(draft.slug);
      expect(page!.related.map((r) => r.slug)).not.toContain(draft.slug);
    }
    const mine = await findPostPage(t.db, p.slug, { id: member.id });
    expect(mine!.relations).toContainEqual(expect.objectContaining({ direction: "backward", type: "critiques", crux: "draft crux", other: expect.objectContaining({ slug: draft.slug }) }));
    expect(mine!.related.map((r) => r.slug)).toContain(draft.slug);
  });

  it("lists only public reading lists on a post page, and the reading status and lists panel of the viewer alone", async () => {
    const p = await t.db.post.findFirstOrThrow({ where: { draft: false }, orderBy: { id: "desc" } });
    const list = (slug: string, ownerId: string, visibility: "public" | "private" | "unlisted") =>
      t.db.readingList.create({ data: { slug, title: slug, visibility, ownerId, sections: { create: [{ title: "Later", position: 2 }, { title: "First", position: 1 }] }, entries: { create: [{ postId: p.id, position: 1 }] } } });
    const shared = await list("pp-public-list", other.id, "public");
    const secret = await list("pp-private-list", member.id, "private");
    await list("pp-unlisted-list", member.id, "unlisted");
    await t.db.readingStatus.create({ data: { userId: member.id, postId: p.id, status: "reading" } });
    for (const viewer of [null, { id: member.id }, { id: other.id }]) {
      const page = await findPostPage(t.db, p.slug, viewer);
      expect(page!.lists.map((l) => l.slug)).toContain(shared.slug);
      expect(page!.lists.map((l) => l.slug)).not.toContain(secret.slug);
      expect(page!.lists.map((l) => l.slug)).not.toContain("pp-unlisted-list");
      expect(page!.status).toBe(viewer?.id === member.id ? "reading" : null);
    }
    const panel = await findMyListsForPost(p.id, member.id, t.db);
    expect(panel.find((l) => l.slug === secret.slug)).toMatchObject({ holdsPost: true, sections: [{ title: "First" }, { title: "Later" }] });
    expect((await findMyListsForPost(p.id, other.id, t.db)).map((l) => l.slug)).not.toContain(secret.slug);
  });
});
