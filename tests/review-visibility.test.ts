// What the read side shows each viewer: hidden reviews and replies read "hidden by a
// moderator" to others but stay readable for their author and admins; deleted ones keep
// their place with no text; a private note is returned to its owner only.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { setReplyHidden } from "@/lib/mutations/moderation/hide-reply";
import { setReviewHidden } from "@/lib/mutations/moderation/hide-review";
import { saveNote } from "@/lib/mutations/notes/save-note";
import { insertPost } from "@/lib/mutations/posts/write-post";
import { createReply } from "@/lib/mutations/replies/create-reply";
import { deleteReply } from "@/lib/mutations/replies/delete-reply";
import { createReview } from "@/lib/mutations/reviews/create-review";
import { setupTestDatabase } from "./support/setup-test-db";

const holder = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return holder.db;
  },
}));

const t = setupTestDatabase();
let q: typeof import("@/lib/queries/reviews") & typeof import("@/lib/queries/replies") & typeof import("@/lib/queries/notes") & typeof import("@/lib/queries/feeds");
const author: NonNullable<Actor> = { id: "u-author", role: "member" };
const reader: NonNullable<Actor> = { id: "u-reader", role: "member" };
const admin: NonNullable<Actor> = { id: "u-admin", role: "admin" };
let postId: string;
let reviewId: string;
let hiddenReply: string;
let deletedReply: string;

beforeAll(async () => {
  holder.db = t.db;
  q = { ...(await import("@/lib/queries/reviews")), ...(await import("@/lib/queries/replies")), ...(await import("@/lib/queries/notes")), ...(await import("@/lib/queries/feeds")) };
  for (const u of [author, reader, admin]) {
    await t.db.user.create({ data: { id: u.id, name: u.id, handle: u.id.slice(2), email: `${u.id}@example.test`, role: u.role } });
  }
  postId = (await t.db.$transaction((tx) => insertPost(tx, { title: "Visibility post", authors: ["X"], source: "other", kind: "other" }))).id;
  reviewId = (await createReview(t.db, { actor: author, postId, body: "abusive review text", rating: 2 })).id;
  hiddenReply = (await createReply(t.db, { actor: author, reviewId, body: "abusive reply text" })).id;
  deletedReply = (await createReply(t.db, { actor: reader, reviewId, body: "regretted reply" })).id;
  await createReply(t.db, { actor: admin, parentId: deletedReply, body: "answer to the regretted reply" });
  await deleteReply(t.db, { actor: reader, replyId: deletedReply });
  await setReviewHidden(t.db, { actor: admin, reviewId, hidden: true, reason: "abuse" });
  await setReplyHidden(t.db, { actor: admin, replyId: hiddenReply, hidden: true });
  await saveNote(t.db, { actor: author, postId, body: "my secret note" });
});

describe("hidden and deleted content", () => {
  it("a hidden review: text withheld from others and anonymous, kept for its author and admins", async () => {
    expect(await q.getReview(reviewId, reader)).toMatchObject({ hidden: true, body: null, rating: null, hiddenReason: null });
    expect(await q.getReview(reviewId, null)).toMatchObject({ hidden: true, body: null });
    expect(await q.getReview(reviewId, author)).toMatchObject({ hidden: true, body: "abusive review text", rating: 2, hiddenReason: "abuse" });
    expect(await q.getReview(reviewId, admin)).toMatchObject({ hidden: true, body: "abusive review text" });
  });

  it("a hidden review on the post page: a notice for others and anonymous, the text for its author and admins", async () => {
    for (const viewer of [reader, null]) {
      expect((await q.getPostReviews(postId, viewer)).reviews).toEqual([expect.objectContaining({ id: reviewId, hidden: true, body: null, rating: null, hiddenReason: null })]);
    }
    expect((await q.getPostReviews(postId, author)).reviews[0]).toMatchObject({ hidden: true, body: "abusive review text", rating: 2, hiddenReason: "abuse" });
    expect((await q.getPostReviews(postId, admin)).reviews[0]).toMatchObject({ hidden: true, body: "abusive review text", can: { moderate: true } });
    expect((await q.getPostReviews(postId, author)).mine).toMatchObject({ id: reviewId, body: "abusive review text" });
    expect((await q.getPostReviews(postId, reader)).mine).toBeNull();
  });

  it("hidden reviews stay out of /reviews and the feed", async () => {
    const list = await q.listRecentReviews({ page: 1 }, admin);
    expect(list.items.map((r) => r.id)).not.toContain(reviewId);
    const feed = await q.getFeedReviews({});
    expect(feed.reviews.map((r) => r.id)).not.toContain(reviewId);
  });

  it("a hidden reply reads as hidden to others; a deleted reply keeps its place and its answers", async () => {
    const forReader = await q.getThreadReplies({ reviewId }, reader);
    const hidden = forReader.find((r) => r.id === hiddenReply)!;
    expect(hidden).toMatchObject({ hidden: true, body: null });
    const deleted = forReader.find((r) => r.id === deletedReply)!;
    expect(deleted).toMatchObject({ deleted: true, body: null, author: null });
    expect(deleted.can).toEqual({ edit: false, delete: false, moderate: false, reply: false });
    expect(forReader.find((r) => r.parentId === deletedReply)?.body).toBe("answer to the regretted reply");
    const forAuthor = await q.getThreadReplies({ reviewId }, author);
    expect(forAuthor.find((r) => r.id === hiddenReply)).toMatchObject({ hidden: true, body: "abusive reply text" });
    expect(forAuthor.find((r) => r.id === hiddenReply)?.can).toMatchObject({ edit: true, moderate: false });
  });
});

describe("private notes", () => {
  it("are returned to their owner only", async () => {
    expect((await q.getMyNote(postId, author))?.body).toBe("my secret note");
    expect(await q.getMyNote(postId, reader)).toBeNull();
    expect(await q.getMyNote(postId, admin)).toBeNull();
    expect(await q.getMyNote(postId, null)).toBeNull();
  });
});
