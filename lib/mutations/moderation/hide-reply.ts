import "server-only";
import type { Db } from "@/lib/db";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { parseInput, requireActor } from "@/lib/mutations/reviews/shared";
import { moderationSchema } from "./schema";

/** Admins hide (or unhide) a reply. It keeps its place and counts: only its text is withheld. */
export async function setReplyHidden(db: Db, { actor, ...input }: { actor: Actor; replyId: unknown; hidden: unknown }) {
  const user = requireActor(actor);
  if (!canModerate(user)) throw new ForbiddenError("Only a moderator can hide replies.");
  const { id, hidden } = parseInput(moderationSchema, { id: input.replyId, hidden: input.hidden });
  const reply = await db.reply.findUnique({ where: { id }, select: { id: true, postId: true, reviewId: true, post: { select: { slug: true } } } });
  if (!reply) throw new NotFoundError("That reply does not exist.");
  await db.reply.update({ where: { id }, data: hidden ? { hiddenAt: new Date(), hiddenById: user.id } : { hiddenAt: null, hiddenById: null } });
  return { id, postId: reply.postId, postSlug: reply.post.slug, reviewId: reply.reviewId };
}
