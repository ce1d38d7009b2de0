import "server-only";
import type { Db } from "@/lib/db";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { parseInput, refreshPostReviewStats, requireActor } from "@/lib/mutations/reviews/shared";
import { moderationSchema } from "./schema";

/** Admins hide (or unhide) a review; a hidden review leaves the post's ratings and search text. */
export async function setReviewHidden(db: Db, { actor, ...input }: { actor: Actor; reviewId: unknown; hidden: unknown; reason?: unknown }) {
  const user = requireActor(actor);
  if (!canModerate(user)) throw new ForbiddenError("Only a moderator can hide reviews.");
  const { id, hidden, reason } = parseInput(moderationSchema, { id: input.reviewId, hidden: input.hidden, reason: input.reason });
  return db.$transaction(async (tx) => {
    const review = await tx.review.findUnique({ where: { id }, select: { id: true, postId: true, post: { select: { slug: true } } } });
    if (!review) throw new NotFoundError("That review does not exist.");
    await tx.review.update({
      where: { id },
      data: hidden ? { hiddenAt: new Date(), hiddenById: user.id, hiddenReason: reason ?? null } : { hiddenAt: null, hiddenById: null, hiddenReason: null },
    });
    await refreshPostReviewStats(tx, review.postId);
    return { id, postId: review.postId, postSlug: review.post.slug };
  });
}
