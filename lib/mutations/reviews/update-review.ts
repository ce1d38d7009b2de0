import "server-only";
import type { Db } from "@/lib/db";
import { canEdit, type Actor } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { updateReviewSchema } from "@/lib/schemas/review";
import { parseInput, refreshPostReviewStats, requireActor } from "./shared";

export async function updateReview(db: Db, { actor, ...input }: { actor: Actor; reviewId: unknown; body: unknown; rating?: unknown; confidence?: unknown }) {
  const user = requireActor(actor);
  const data = parseInput(updateReviewSchema, input);
  return db.$transaction(async (tx) => {
    const review = await tx.review.findUnique({
      where: { id: data.reviewId },
      select: { id: true, authorId: true, postId: true, deletedAt: true, post: { select: { slug: true, version: true } } },
    });
    if (!review || review.deletedAt) throw new NotFoundError("That review does not exist.");
    if (!canEdit(user, review)) throw new ForbiddenError("Only the author can edit this review.");
    const now = new Date();
    await tx.review.update({
      where: { id: review.id },
      data: { body: data.body, rating: data.rating ?? null, confidence: data.confidence ?? null, editedAt: now, postVersion: review.post.version },
    });
    await refreshPostReviewStats(tx, review.postId);
    return { id: review.id, postId: review.postId, postSlug: review.post.slug };
  });
}
