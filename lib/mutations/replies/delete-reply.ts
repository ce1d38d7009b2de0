import "server-only";
import type { Db } from "@/lib/db";
import { canDelete, type Actor } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { parseInput, requireActor } from "@/lib/mutations/reviews/shared";
import { replyIdSchema } from "@/lib/schemas/reply";
import { adjustReplyCounters } from "./counters";

/** Soft delete: answers to it stay in place under a "reply deleted" stub. */
export async function deleteReply(db: Db, { actor, ...input }: { actor: Actor; replyId: unknown }) {
  const user = requireActor(actor);
  const { replyId } = parseInput(replyIdSchema, input);
  return db.$transaction(async (tx) => {
    const reply = await tx.reply.findUnique({
      where: { id: replyId },
      select: { id: true, authorId: true, postId: true, reviewId: true, parentId: true, deletedAt: true, post: { select: { slug: true } } },
    });
    if (!reply || reply.deletedAt) throw new NotFoundError("That reply does not exist.");
    if (!canDelete(user, reply)) throw new ForbiddenError("Only the author can delete this reply.");
    await tx.reply.update({ where: { id: reply.id }, data: { deletedAt: new Date() } });
    await adjustReplyCounters(tx, reply, -1);
    return { id: reply.id, postId: reply.postId, postSlug: reply.post.slug, reviewId: reply.reviewId };
  });
}
