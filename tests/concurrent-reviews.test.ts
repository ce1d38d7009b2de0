// Many people reviewing, editing and deleting reviews of one post at the same moment: the
// stored statistics still equal a recount. On PostgreSQL (READ COMMITTED, several
// connections) this is a real race; the soak found it (scripts/soak).
import { beforeAll, describe, expect, it } from "vitest";
import { insertPost } from "@/lib/mutations/posts/write-post";
import { createReview } from "@/lib/mutations/reviews/create-review";
import { deleteReview } from "@/lib/mutations/reviews/delete-review";
import { updateReview } from "@/lib/mutations/reviews/update-review";
import { setupTestDatabase } from "./support/setup-test-db";

const t = setupTestDatabase();
const USERS = 12;

beforeAll(async () => {
  await t.db.user.createMany({ data: Array.from({ length: USERS }, (_, i) => ({ id: `u${i}`, name: `U${i}`, handle: `u${i}`, email: `u${i}@example.test` })) });
});

async function stats(postId: string) {
  const p = await t.db.post.findUniqueOrThrow({ where: { id: postId }, select: { reviewCount: true, ratingCount: true, ratingSum: true } });
  const live = await t.db.review.findMany({ where: { postId, deletedAt: null, hiddenAt: null }, select: { rating: true } });
  const recount = { reviewCount: live.length, ratingCount: live.filter((r) => r.rating !== null).length, ratingSum: live.reduce((n, r) => n + (r.rating ?? 0), 0) };
  return { stored: p, recount };
}

describe("concurrent reviews of one post", () => {
  it("keep the review count and rating sums equal to a recount", async () => {
    const post = await t.db.$transaction((tx) => insertPost(tx, { title: "A post everyone reviews at once", authors: ["Someone"], source: "other", kind: "other" }));
    const actor = (i: number) => ({ id: `u${i}`, role: "member" as const });
    const created = await Promise.all(Array.from({ length: USERS }, (_, i) => createReview(t.db, { actor: actor(i), postId: post.id, body: `Review ${i}`, rating: String(1 + (i % 10)) })));
    let s = await stats(post.id);
    expect(s.recount.reviewCount).toBe(USERS);
    expect(s.stored).toEqual(s.recount);

    // Edits and deletes racing each other.
    await Promise.all(
      created.map((r, i) =>
        i % 3 === 0
          ? deleteReview(t.db, { actor: actor(i), reviewId: r.id })
          : updateReview(t.db, { actor: actor(i), reviewId: r.id, body: `Edited ${i}`, rating: String(10 - (i % 10)) }),
      ),
    );
    s = await stats(post.id);
    expect(s.recount.reviewCount).toBe(USERS - Math.ceil(USERS / 3));
    expect(s.stored).toEqual(s.recount);
  });
});
