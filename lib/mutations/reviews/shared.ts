// Pieces every review and reply mutation needs: input parsing that throws a typed error,
// the signed-in check, and the per-post review statistics recomputed inside the caller's
// transaction.
import type { z } from "zod";
import type { Db } from "@/lib/db";
import { canViewPost, type Actor } from "@/lib/auth/permissions";
import { NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type SignedIn = NonNullable<Actor>;

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  const first = Object.values(fieldErrors)[0]?.[0];
  throw new ValidationError(first ?? "Invalid input.", fieldErrors);
}

export function requireActor(actor: Actor): SignedIn {
  if (!actor) throw new UnauthorizedError();
  return actor;
}

export async function findVisiblePost(tx: Tx, actor: Actor, postId: string) {
  const post = await tx.post.findUnique({ where: { id: postId }, select: { id: true, slug: true, draft: true, createdById: true, version: true } });
  if (!post || !canViewPost(actor, post)) throw new NotFoundError("That post does not exist.");
  return post;
}

/**
 * Review count, rating sums and mean, and the searchable review text of one post, from its
 * visible reviews (not deleted, not hidden). Recomputed from the rows rather than nudged
 * by +1/-1 so an edit that adds or removes a rating can never drift the sums.
 */
export async function refreshPostReviewStats(tx: Tx, postId: string, activityAt?: Date) {
  await tx.$executeRaw`
    UPDATE "Post" p SET
      "reviewCount" = coalesce(r.n, 0),
      "ratingCount" = coalesce(r.rated, 0),
      "ratingSum" = coalesce(r.s, 0),
      "ratingSquareSum" = coalesce(r.s2, 0),
      "ratingMean" = CASE WHEN coalesce(r.rated, 0) > 0 THEN r.s::float / r.rated ELSE NULL END,
      "reviewsText" = coalesce(r.txt, '')
    FROM (
      SELECT count(*) AS n, count(rating) AS rated, sum(rating) AS s, sum(rating * rating) AS s2,
             left(string_agg(body, E'\\n' ORDER BY "createdAt"), 200000) AS txt
      FROM "Review" WHERE "postId" = ${postId} AND "deletedAt" IS NULL AND "hiddenAt" IS NULL
    ) r
    WHERE p.id = ${postId}`;
  if (activityAt) await touchPost(tx, postId, activityAt);
}

export async function touchPost(tx: Tx, postId: string, at: Date) {
  await tx.$executeRaw`UPDATE "Post" SET "lastActivityAt" = greatest("lastActivityAt", ${at}) WHERE id = ${postId}`;
}
