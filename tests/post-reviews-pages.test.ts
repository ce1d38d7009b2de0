// A post's reviews come a page at a time (REVIEWS_PER_PAGE), oldest first: the page query
// stays bounded however many reviews a post collects, a link to one review lands on the
// page that holds it, and the viewer's own review is found wherever it sits.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { insertPost } from "@/lib/mutations/posts/write-post";
import { createReply } from "@/lib/mutations/replies/create-reply";
import { createReview } from "@/lib/mutations/reviews/create-review";
import { deleteReview } from "@/lib/mutations/reviews/delete-review";
import { setupTestDatabase } from "./support/setup-test-db";

const holder = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return holder.db;
  },
}));

const t = setupTestDatabase();
let q: typeof import("@/lib/queries/reviews");
let postId: string;
const reviewIds: string[] = [];
const users: NonNullable<Actor>[] = Array.from({ length: 45 }, (_, i) => ({ id: `u-pg-${String(i).padStart(2, "0")}`, role: "member" as const }));

beforeAll(async () => {
  holder.db = t.db;
  q = await import("@/lib/queries/reviews");
  await t.db.user.createMany({ data: users.map((u) => ({ id: u.id, name: u.id, handle: u.id.slice(2), email: `${u.id}@example.test` })) });
  postId = (await t.db.$transaction((tx) => insertPost(tx, { title: "Much reviewed post", authors: ["X"], source: "other", kind: "other" }))).id;
  for (const [i, u] of users.entries()) {
    const r = await createReview(t.db, { actor: u, postId, body: `Review number ${i}` });
    // Distinct times, so "oldest first" is the creation order.
    await t.db.review.update({ where: { id: r.id }, data: { createdAt: new Date(Date.UTC(2024, 0, 1, 0, i)) } });
    reviewIds.push(r.id);
  }
}, 120_000);


describe("getPostReviews", () => {
  it("returns the first page, oldest first, with the totals", async () => {
    const r = await q.getPostReviews(postId, null);
    expect(q.REVIEWS_PER_PAGE).toBe(20);
    expect(r.reviews.map((x) => x.id)).toEqual(reviewIds.slice(0, 20));
    expect([r.page, r.pageCount, r.total, r.visible]).toEqual([1, 3, 45, 45]);
  });

  it("returns a later page and clamps a page past the end", async () => {
    expect((await q.getPostReviews(postId, null, { page: 3 })).reviews.map((x) => x.id)).toEqual(reviewIds.slice(40));
    const past = await q.getPostReviews(postId, null, { page: 99 });
    expect(past.page).toBe(3);
    expect(past.reviews).toHaveLength(5);
  });

  it("opens the page that holds a revealed review, whatever page was asked", async () => {
    const r = await q.getPostReviews(postId, null, { page: 1, reveal: reviewIds[27] });
    expect(r.page).toBe(2);
    expect(r.reviews.map((x) => x.id)).toContain(reviewIds[27]);
    // An id from elsewhere is ignored.
    expect((await q.getPostReviews(postId, null, { page: 3, reveal: "not-a-review" })).page).toBe(3);
  });

  it("finds the viewer's own review even when it is not on the page shown", async () => {
    const r = await q.getPostReviews(postId, users[44], { page: 1 });
    expect(r.mine?.id).toBe(reviewIds[44]);
    expect(r.reviews.map((x) => x.id)).not.toContain(reviewIds[44]);
    expect((await q.getPostReviews(postId, null)).mine).toBeNull();
  });

  it("keeps a deleted review with replies in its place but out of the visible count", async () => {
    await createReply(t.db, { actor: users[1], reviewId: reviewIds[0], body: "an answer" });
    await deleteReview(t.db, { actor: users[0], reviewId: reviewIds[0] });
    await deleteReview(t.db, { actor: users[2], reviewId: reviewIds[2] });
    const r = await q.getPostReviews(postId, null);
    expect(r.reviews[0]).toMatchObject({ id: reviewIds[0], deleted: true });
    expect(r.reviews.map((x) => x.id)).not.toContain(reviewIds[2]);
    expect([r.total, r.visible]).toEqual([44, 43]);
  });
});
