// Every review, reply, note and moderation mutation called as anonymous, as another
// member, as the owner and as an admin; bad input; and the stored counters after a
// sequence of writes equal a recount from the rows.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { recountAll } from "@/lib/mutations/counters";
import { setReplyHidden } from "@/lib/mutations/moderation/hide-reply";
import { setReviewHidden } from "@/lib/mutations/moderation/hide-review";
import { saveNote } from "@/lib/mutations/notes/save-note";
import { insertPost } from "@/lib/mutations/posts/write-post";
import { createReply } from "@/lib/mutations/replies/create-reply";
import { deleteReply } from "@/lib/mutations/replies/delete-reply";
import { updateReply } from "@/lib/mutations/replies/update-reply";
import { createReview } from "@/lib/mutations/reviews/create-review";
import { deleteReview } from "@/lib/mutations/reviews/delete-review";
import { updateReview } from "@/lib/mutations/reviews/update-review";
import { updateProfile } from "@/lib/mutations/users/update-profile";
import { createUser } from "@/lib/mutations/users/create-user";
import { setupTestDatabase } from "./support/setup-test-db";

const t = setupTestDatabase();
let db: Db;
let owner: NonNullable<Actor>;
let other: NonNullable<Actor>;
let admin: NonNullable<Actor>;
const anon: Actor = null;
let postId: string;

async function makeUser(handle: string, role: "member" | "admin" = "member") {
  const u = await db.user.create({ data: { id: `u-${handle}`, name: handle, handle, email: `${handle}@example.test`, role } });
  return { id: u.id, role };
}

async function newPost(title: string) {
  return db.$transaction((tx) => insertPost(tx, { title, authors: ["Someone"], source: "other", kind: "other" }));
}

async function rowCounts() {
  const [reviews, replies, notes] = await Promise.all([db.review.count(), db.reply.count(), db.note.count()]);
  return { reviews, replies, notes };
}

beforeAll(async () => {
  db = t.db;
  owner = await makeUser("owner");
  other = await makeUser("other");
  admin = await makeUser("admin", "admin");
  postId = (await newPost("Authorization test post")).id;
});

describe("reviews", () => {
  let reviewId: string;

  it("anonymous cannot create; a member can, once", async () => {
    await expect(createReview(db, { actor: anon, postId, body: "x" })).rejects.toBeInstanceOf(UnauthorizedError);
    const r = await createReview(db, { actor: owner, postId, body: "Solid argument.", rating: "8", confidence: "3" });
    reviewId = r.id;
    await expect(createReview(db, { actor: owner, postId, body: "again" })).rejects.toBeInstanceOf(ConflictError);
    const post = await db.post.findUniqueOrThrow({ where: { id: postId } });
    expect(post).toMatchObject({ reviewCount: 1, ratingCount: 1, ratingSum: 8, ratingSquareSum: 64, ratingMean: 8 });
    expect(post.reviewsText).toContain("Solid argument.");
  });

  it("only the owner edits: anonymous 401, other member 403, admin 403", async () => {
    await expect(updateReview(db, { actor: anon, reviewId, body: "hijack" })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(updateReview(db, { actor: other, reviewId, body: "hijack" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateReview(db, { actor: admin, reviewId, body: "hijack" })).rejects.toBeInstanceOf(ForbiddenError);
    await updateReview(db, { actor: owner, reviewId, body: "Solid argument, revised.", rating: "6" });
    const row = await db.review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(row.body).toBe("Solid argument, revised.");
    expect(row.editedAt).toBeInstanceOf(Date);
    expect(row.confidence).toBeNull();
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).ratingMean).toBe(6);
  });

  it("only an admin hides; hiding drops the review from aggregates, unhiding restores it", async () => {
    await expect(setReviewHidden(db, { actor: anon, reviewId, hidden: true })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(setReviewHidden(db, { actor: other, reviewId, hidden: true })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setReviewHidden(db, { actor: owner, reviewId, hidden: true })).rejects.toBeInstanceOf(ForbiddenError);
    await setReviewHidden(db, { actor: admin, reviewId, hidden: true, reason: "test" });
    let post = await db.post.findUniqueOrThrow({ where: { id: postId } });
    expect(post).toMatchObject({ reviewCount: 0, ratingCount: 0, ratingSum: 0, ratingMean: null, reviewsText: "" });
    await setReviewHidden(db, { actor: admin, reviewId, hidden: "false" });
    post = await db.post.findUniqueOrThrow({ where: { id: postId } });
    expect(post).toMatchObject({ reviewCount: 1, ratingSum: 6 });
  });

  it("only the owner deletes (soft); the row stays and aggregates drop it", async () => {
    const p2 = await newPost("Delete me review post");
    const r = await createReview(db, { actor: other, postId: p2.id, body: "to be deleted", rating: 3 });
    await expect(deleteReview(db, { actor: anon, reviewId: r.id })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(deleteReview(db, { actor: owner, reviewId: r.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteReview(db, { actor: admin, reviewId: r.id })).rejects.toBeInstanceOf(ForbiddenError);
    await deleteReview(db, { actor: other, reviewId: r.id });
    expect((await db.review.findUniqueOrThrow({ where: { id: r.id } })).deletedAt).toBeInstanceOf(Date);
    expect(await db.post.findUniqueOrThrow({ where: { id: p2.id } })).toMatchObject({ reviewCount: 0, ratingCount: 0, ratingMean: null });
    await expect(deleteReview(db, { actor: other, reviewId: r.id })).rejects.toBeInstanceOf(NotFoundError);
    // Writing again revives the same row (one review per user per post).
    const again = await createReview(db, { actor: other, postId: p2.id, body: "second thoughts" });
    expect(again.id).toBe(r.id);
    expect(await db.post.findUniqueOrThrow({ where: { id: p2.id } })).toMatchObject({ reviewCount: 1 });
  });
});

describe("replies", () => {
  let reviewId: string;
  let rootReply: string;

  beforeAll(async () => {
    const p = await newPost("Reply authorization post");
    reviewId = (await createReview(db, { actor: owner, postId: p.id, body: "review for replies" })).id;
  });

  it("anonymous cannot reply; members reply to a review, a reply and the post", async () => {
    await expect(createReply(db, { actor: anon, reviewId, body: "hi" })).rejects.toBeInstanceOf(UnauthorizedError);
    rootReply = (await createReply(db, { actor: other, reviewId, body: "B replies" })).id;
    const nested = await createReply(db, { actor: owner, parentId: rootReply, body: "A answers B" });
    const deeper = await createReply(db, { actor: other, parentId: nested.id, body: "B again" });
    const row = await db.reply.findUniqueOrThrow({ where: { id: deeper.id } });
    expect(row).toMatchObject({ reviewId, parentId: nested.id, rootId: rootReply, depth: 2 });
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).replyCount).toBe(3);
    expect((await db.reply.findUniqueOrThrow({ where: { id: rootReply } })).descendantCount).toBe(2);
    await createReply(db, { actor: other, postId, body: "a question on the post" });
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).discussionCount).toBe(1);
  });

  it("only the author edits or deletes a reply; admins cannot", async () => {
    await expect(updateReply(db, { actor: anon, replyId: rootReply, body: "x" })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(updateReply(db, { actor: owner, replyId: rootReply, body: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateReply(db, { actor: admin, replyId: rootReply, body: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await updateReply(db, { actor: other, replyId: rootReply, body: "B replies (edited)" });
    expect((await db.reply.findUniqueOrThrow({ where: { id: rootReply } })).editedAt).toBeInstanceOf(Date);

    const leaf = await createReply(db, { actor: other, parentId: rootReply, body: "to delete" });
    expect((await db.reply.findUniqueOrThrow({ where: { id: rootReply } })).descendantCount).toBe(3);
    await expect(deleteReply(db, { actor: anon, replyId: leaf.id })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(deleteReply(db, { actor: owner, replyId: leaf.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteReply(db, { actor: admin, replyId: leaf.id })).rejects.toBeInstanceOf(ForbiddenError);
    await deleteReply(db, { actor: other, replyId: leaf.id });
    expect((await db.reply.findUniqueOrThrow({ where: { id: rootReply } })).descendantCount).toBe(2);
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).replyCount).toBe(3);
  });

  it("only an admin hides a reply", async () => {
    await expect(setReplyHidden(db, { actor: anon, replyId: rootReply, hidden: true })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(setReplyHidden(db, { actor: owner, replyId: rootReply, hidden: true })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setReplyHidden(db, { actor: other, replyId: rootReply, hidden: true })).rejects.toBeInstanceOf(ForbiddenError);
    await setReplyHidden(db, { actor: admin, replyId: rootReply, hidden: true });
    const row = await db.reply.findUniqueOrThrow({ where: { id: rootReply } });
    expect(row.hiddenAt).toBeInstanceOf(Date);
    expect(row.hiddenById).toBe(admin.id);
    await setReplyHidden(db, { actor: admin, replyId: rootReply, hidden: false });
  });
});

describe("notes", () => {
  it("anonymous cannot save; each member writes only their own note; admins get no access to others'", async () => {
    await expect(saveNote(db, { actor: anon, postId, body: "x" })).rejects.toBeInstanceOf(UnauthorizedError);
    await saveNote(db, { actor: owner, postId, body: "owner's private thoughts" });
    await saveNote(db, { actor: other, postId, body: "other's note" });
    await saveNote(db, { actor: admin, postId, body: "admin's note" });
    const notes = await db.note.findMany({ where: { postId }, orderBy: { userId: "asc" } });
    expect(notes.map((n) => [n.userId, n.body])).toEqual([
      [admin.id, "admin's note"],
      [other.id, "other's note"],
      [owner.id, "owner's private thoughts"],
    ]);
    await saveNote(db, { actor: owner, postId, body: "   " });
    expect(await db.note.count({ where: { postId, userId: owner.id } })).toBe(0);
  });
});

describe("profiles and the CLI user", () => {
  it("anonymous cannot edit a profile; a member edits only their own", async () => {
    await expect(updateProfile(db, { actor: anon, name: "x", bio: "" })).rejects.toBeInstanceOf(UnauthorizedError);
    await updateProfile(db, { actor: other, name: "Other Person", bio: "I read *papers*." });
    expect(await db.user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ name: "Other Person", bio: "I read *papers*." });
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).name).toBe("owner");
  });

  it("creates an admin with a credential account; duplicates and bad handles are refused", async () => {
    const u = await createUser(db, { name: "Root", handle: "root-admin", email: "Root@Example.test", password: "a long enough password", admin: true });
    expect(u).toMatchObject({ role: "admin", email: "root@example.test" });
    expect(await db.account.count({ where: { userId: u.id, providerId: "credential" } })).toBe(1);
    await expect(createUser(db, { name: "x", handle: "root-admin", email: "new@example.test", password: "a long enough password" })).rejects.toBeInstanceOf(ConflictError);
    await expect(createUser(db, { name: "x", handle: "fresh", email: "root@example.test", password: "a long enough password" })).rejects.toBeInstanceOf(ConflictError);
    await expect(createUser(db, { name: "x", handle: "Bad Handle!", email: "b@example.test", password: "a long enough password" })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("bad input writes nothing and says why", () => {
  const cases: [string, () => Promise<unknown>, RegExp][] = [
    ["empty body", () => createReview(db, { actor: admin, postId, body: "   " }), /cannot be empty/],
    ["200 KB body", () => createReview(db, { actor: admin, postId, body: "x".repeat(200_000) }), /too long/],
    ["rating 11", () => createReview(db, { actor: admin, postId, body: "ok", rating: "11" }), /Rating must be from 1 to 10/],
    ["rating 2.5", () => createReview(db, { actor: admin, postId, body: "ok", rating: "2.5" }), /whole number/],
    ["confidence 0", () => createReview(db, { actor: admin, postId, body: "ok", confidence: 0 }), /Confidence must be from 1 to 5/],
    ["a post that does not exist", () => createReview(db, { actor: admin, postId: "no-such-post", body: "ok" }), /post does not exist/],
    ["reply to a missing parent", () => createReply(db, { actor: admin, parentId: "no-such-reply", body: "ok" }), /does not exist/],
    ["reply to a missing review", () => createReply(db, { actor: admin, reviewId: "no-such-review", body: "ok" }), /does not exist/],
    ["reply to nothing", () => createReply(db, { actor: admin, body: "ok" }), /Reply to what/],
    ["empty reply", () => createReply(db, { actor: admin, postId, body: "" }), /cannot be empty/],
    ["200 KB reply", () => createReply(db, { actor: admin, postId, body: "y".repeat(200_000) }), /too long/],
  ];
  for (const [name, run, message] of cases) {
    it(name, async () => {
      const before = await rowCounts();
      await expect(run()).rejects.toThrow(message);
      expect(await rowCounts()).toEqual(before);
    });
  }

  it("reply to a deleted reply or deleted review", async () => {
    const p = await newPost("Deleted parents post");
    const review = await createReview(db, { actor: other, postId: p.id, body: "will go" });
    const parent = await createReply(db, { actor: owner, reviewId: review.id, body: "will go too" });
    await deleteReply(db, { actor: owner, replyId: parent.id });
    await deleteReview(db, { actor: other, reviewId: review.id });
    const before = await rowCounts();
    await expect(createReply(db, { actor: admin, parentId: parent.id, body: "late" })).rejects.toThrow(/was deleted/);
    await expect(createReply(db, { actor: admin, reviewId: review.id, body: "late" })).rejects.toThrow(/was deleted/);
    expect(await rowCounts()).toEqual(before);
  });
});

it("stored counters equal a recount from the rows after all of the above", async () => {
  const snapshot = async () => ({
    posts: await db.post.findMany({
      select: { id: true, reviewCount: true, ratingCount: true, ratingSum: true, ratingSquareSum: true, ratingMean: true, reviewsText: true, discussionCount: true },
      orderBy: { id: "asc" },
    }),
    reviews: await db.review.findMany({ select: { id: true, replyCount: true }, orderBy: { id: "asc" } }),
    replies: await db.reply.findMany({ select: { id: true, descendantCount: true }, orderBy: { id: "asc" } }),
  });
  const before = await snapshot();
  await recountAll(db);
  expect(await snapshot()).toEqual(before);
});
