import "server-only";
import type { Db } from "@/lib/db";
import { canEdit, type Actor } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { parseInput, requireActor } from "@/lib/mutations/reviews/shared";
import { updateReplySchema } from "@/lib/schemas/reply";

export async function updateReply(db: Db, { actor, ...input }: { actor: Actor; replyId: unknown; body: unknown }) {
  const user = requireActor(actor);
  const data = parseInput(updateReplySchema, input);
  const reply = await db.reply.findUnique({ where: { id: data.replyId }, select: { id: true, authorId: true, postId: true, reviewId: true, deletedAt: true, post: { select: { slug: true } } } });
  if (!reply || reply.deletedAt) throw new NotFoundError("That reply does not exist.");
  if (!canEdit(user, reply)) throw new ForbiddenError("Only the author can edit this reply.");
  await db.reply.update({ where: { id: reply.id }, data: { body: data.body, editedAt: new Date() } });
  return { id: reply.id, postId: reply.postId, postSlug: reply.post.slug, reviewId: reply.reviewId };
}
