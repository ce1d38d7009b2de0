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
  // Two reviews of one post written at once: without this lock each transaction recounts in
  // a snapshot taken before the other committed, and the later UPDATE stores a count that
  // misses the other review (found by the soak on PostgreSQL, READ COMMITTED). Waiting for
  // the post's row first makes the recount statement start after the other commit. NO KEY
  // UPDATE, not UPDATE: the review rows' foreign keys hold KEY SHARE on the post, which
  // FOR UPDATE would wait on (a deadlock between two writers).
  await tx.$queryRaw`SELECT 1 FROM "Post" WHERE id = ${postId} FOR NO KEY UPDATE`;
  await refreshReviewStats(tx, postId);
  if (activityAt) await touchPost(tx, postId, activityAt);
}

export async function touchPost(tx: Tx, postId: string, at: Date) {
  await tx.$executeRaw`UPDATE "Post" SET "lastActivityAt" = greatest("lastActivityAt", ${at}) WHERE id = ${postId}`;
}
