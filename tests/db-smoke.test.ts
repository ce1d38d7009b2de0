import { describe, expect, it } from "vitest";
import { recountAll } from "@/lib/mutations/counters";
import { seedDemo, isPristine, isSeeded } from "@/prisma/seed";
import { setupTestDatabase } from "./support/setup-test-db";

const t = setupTestDatabase();

describe(`database (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("starts pristine, seeds the demo once, and keeps counters equal to a recount", async () => {
    expect(await isPristine(t.db)).toBe(true);
    await seedDemo(t.db);
    expect(await isSeeded(t.db)).toBe(true);
    expect(await isPristine(t.db)).toBe(false);
    expect(await t.db.post.count()).toBeGreaterThanOrEqual(60);
    const before = await t.db.post.findMany({ select: { id: true, reviewCount: true, ratingSum: true, discussionCount: true }, orderBy: { id: "asc" } });
    await recountAll(t.db);
    const after = await t.db.post.findMany({ select: { id: true, reviewCount: true, ratingSum: true, discussionCount: true }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
    expect(before.some((p) => p.reviewCount > 0)).toBe(true);
  });

  it("enforces one review per user per post", async () => {
    const review = await t.db.review.findFirstOrThrow();
    await expect(
      t.db.review.create({ data: { postId: review.postId, authorId: review.authorId, body: "again" } }),
    ).rejects.toThrow();
  });

  it("keeps the search vector current through the trigger", async () => {
    const post = await t.db.post.findFirstOrThrow({ where: { title: { contains: "Learned Optimization" } } });
    await t.db.post.update({ where: { id: post.id }, data: { summary: "zyzzyvaword appears only here" } });
    const hits = await t.db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM "Post" WHERE "searchVector" @@ websearch_to_tsquery('english', $1)`,
      "zyzzyvaword",
    );
    expect(hits.map((h) => h.id)).toEqual([post.id]);
  });

  it("refuses to delete a post that has reviews (nothing a user wrote is cascaded away)", async () => {
    const review = await t.db.review.findFirstOrThrow();
    await expect(t.db.post.delete({ where: { id: review.postId } })).rejects.toThrow();
  });
});
