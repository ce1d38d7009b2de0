import "server-only";
import type { Db } from "@/lib/db";
import { type Actor } from "@/lib/auth/permissions";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { findVisiblePost, parseInput, requireActor } from "@/lib/mutations/reviews/shared";
import { createReplySchema } from "@/lib/schemas/reply";
import { adjustReplyCounters } from "./counters";

/**
 * A reply to a reply (parentId), to a review (reviewId) or to the post itself (postId).
 * Post and review come from the parent when there is one, so a forged postId cannot move
 * a reply into another thread.
 */
export async function createReply(db: Db, { actor, ...input }: { actor: Actor; body: unknown; postId?: unknown; reviewId?: unknown; parentId?: unknown }) {
  const user = requireActor(actor);
  const data = parseInput(createReplySchema, input);
  return db.$transaction(async (tx) => {
    let place: { postId: string; reviewId: string | null; parentId: string | null; rootId: string | null; depth: number };
    if (data.parentId) {
      const parent = await tx.reply.findUnique({
        where: { id: data.parentId },
        select: { id: true, postId: true, reviewId: true, rootId: true, depth: true, deletedAt: true, hiddenAt: true },
      });
      if (!parent) throw new NotFoundError("The reply you are answering does not exist.");
      if (parent.deletedAt) throw new ValidationError("The reply you are answering was deleted.", { form: ["The reply you are answering was deleted."] });
      if (parent.hiddenAt) throw new ValidationError("The reply you are answering was hidden by a moderator.", { form: ["The reply you are answering was hidden by a moderator."] });
      place = { postId: parent.postId, reviewId: parent.reviewId, parentId: parent.id, rootId: parent.rootId ?? parent.id, depth: parent.depth + 1 };
    } else if (data.reviewId) {
      const review = await tx.review.findUnique({ where: { id: data.reviewId }, select: { id: true, postId: true, deletedAt: true, hiddenAt: true } });
      if (!review) throw new NotFoundError("The review you are answering does not exist.");
      if (review.deletedAt) throw new ValidationError("The review you are answering was deleted.", { form: ["The review you are answering was deleted."] });
      if (review.hiddenAt) throw new ValidationError("The review you are answering was hidden by a moderator.", { form: ["The review you are answering was hidden by a moderator."] });
      place = { postId: review.postId, reviewId: review.id, parentId: null, rootId: null, depth: 0 };
    } else {
      place = { postId: data.postId!, reviewId: null, parentId: null, rootId: null, depth: 0 };
    }
    const post = await findVisiblePost(tx, user, place.postId);
    const now = new Date();
    const created = await tx.reply.create({
      data: { ...place, authorId: user.id, body: data.body, createdAt: now, lastSubthreadActivityAt: now },
      select: { id: true },
    });
    // A top-level reply is the root of its own subtree.
    if (!place.rootId) await tx.reply.update({ where: { id: created.id }, data: { rootId: created.id } });
    await adjustReplyCounters(tx, place, 1, now);
    return { id: created.id, postId: post.id, postSlug: post.slug, reviewId: place.reviewId };
  });
}
