import "server-only";
import type { Db } from "@/lib/db";
import { canWrite, type Actor } from "@/lib/auth/permissions";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { createReviewSchema } from "@/lib/schemas/review";
import { findVisiblePost, parseInput, refreshPostReviewStats, requireActor } from "./shared";

/**
 * One review per user per post. A user who deleted their review and writes again gets the
 * same row back (the unique key is (post, author)), so the thread under it reattaches.
 */
export async function createReview(db: Db, { actor, ...input }: { actor: Actor; postId: unknown; body: unknown; rating?: unknown; confidence?: unknown }) {
  const user = requireActor(actor);
  if (!canWrite(user)) throw new ForbiddenError();
  const data = parseInput(createReviewSchema, input);
  return db.$transaction(async (tx) => {
    const post = await findVisiblePost(tx, user, data.postId);
    const existing = await tx.review.findUnique({
      where: { postId_authorId: { postId: post.id, authorId: user.id } },
      select: { id: true, deletedAt: true },
    });
    if (existing && !existing.deletedAt) {
      throw new ConflictError("You have already reviewed this post: edit your review instead.", { form: ["You have already reviewed this post."] });
    }
    const now = new Date();
    const fields = { body: data.body, rating: data.rating ?? null, confidence: data.confidence ?? null, postVersion: post.version, lastActivityAt: now };
    const review = existing
      ? await tx.review.update({ where: { id: existing.id }, data: { ...fields, deletedAt: null, createdAt: now, editedAt: null }, select: { id: true } })
      : await tx.review.create({ data: { ...fields, postId: post.id, authorId: user.id, createdAt: now }, select: { id: true } });
    await refreshPostReviewStats(tx, post.id, now);
    return { id: review.id, postId: post.id, postSlug: post.slug };
  });
}
