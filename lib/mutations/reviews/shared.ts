// Pieces every review and reply mutation needs: input parsing that throws a typed error,
// the signed-in check, and the per-post review statistics recomputed inside the caller's
// transaction.
import type { Db } from "@/lib/db";
import { canViewPost, type Actor } from "@/lib/auth/permissions";
import { NotFoundError, UnauthorizedError } from "@/lib/errors";
import { refreshReviewStats } from "@/lib/mutations/counters";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type SignedIn = NonNullable<Actor>;

export { parseOrThrow as parseInput } from "@/lib/schemas/parse";

export function requireActor(actor: Actor): SignedIn {
  if (!actor) throw new UnauthorizedError();
  return actor;
}

export async function findVisiblePost(tx: Tx, actor: Actor, postId: string) {
  const post = await tx.post.findUnique({ where: { id: postId }, select: { id: true, slug: true, draft: true, createdById: true, version: true } });
  if (!post || !canViewPost(actor, post)) throw new NotFoundError("That post does not exist.");
  return post;
}

/** The post's review statistics from its visible reviews, inside the caller's transaction. */
export async function refreshPostReviewStats(tx: Tx, postId: string, activityAt?: Date) {
  await refreshReviewStats(tx, postId);
  if (activityAt) await touchPost(tx, postId, activityAt);
}

export async function touchPost(tx: Tx, postId: string, at: Date) {
  await tx.$executeRaw`UPDATE "Post" SET "lastActivityAt" = greatest("lastActivityAt", ${at}) WHERE id = ${postId}`;
}
