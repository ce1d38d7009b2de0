import "server-only";
import type { Db } from "@/lib/db";
import { canDelete, type Actor } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { reviewIdSchema } from "@/lib/schemas/review";
import { parseInput, refreshPostReviewStats, requireActor } from "./shared";

/** Soft delete: the row stays so the thread under it keeps its replies ("review deleted"). */
export async function deleteReview(db: Db, { actor, ...input }: { actor: Actor; reviewId: unknown }) {
  const user = requireActor(actor);
  const { reviewId } = parseInput(reviewIdSchema, input);
  return db.$transaction(async (tx) => {
    const review = await tx.review.findUnique({ where: { id: reviewId }, select: { id: true, authorId: true, postId: true, deletedAt: true, post: { select: { slug: true } } } });
    if (!review || review.deletedAt) throw new NotFoundError("That review does not exist.");
    if (!canDelete(user, review)) throw new ForbiddenError("Only the author can delete this review.");
    await tx.review.update({ where: { id: review.id }, data: { deletedAt: new Date() } });
    await refreshPostReviewStats(tx, review.postId);
    return { id: review.id, postId: review.postId, postSlug: review.post.slug };
  });
}
