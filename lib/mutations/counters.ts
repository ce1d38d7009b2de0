// Stored counters (review counts, rating sums, reply counts, post counts of tags and
// agendas) are kept by each write in its own transaction. These statements recompute
// them from the rows: used after bulk writes (seed, import, restore) and by tests that
// check the stored numbers equal a recount.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<Db, "$executeRawUnsafe" | "$executeRaw">;

/**
 * Review count, rating sums and mean, and the searchable review text, from the visible
 * reviews (not deleted, not hidden) of one post, or of every post when postId is null.
 * Recomputed from the rows rather than nudged by +1/-1, so an edit that adds or removes a
 * rating can never drift the sums.
 */
export async function refreshReviewStats(tx: Tx, postId: string | null) {
  const onePost = postId == null ? Prisma.empty : Prisma.sql`AND "postId" = ${postId}`;
  await tx.$executeRaw`
    UPDATE "Post" p SET
      "reviewCount" = coalesce(r.n, 0),
      "ratingCount" = coalesce(r.rated, 0),
      "ratingSum" = coalesce(r.s, 0),
      "ratingSquareSum" = coalesce(r.s2, 0),
      "ratingMean" = CASE WHEN coalesce(r.rated, 0) > 0 THEN r.s::float / r.rated ELSE NULL END,
      "reviewsText" = coalesce(r.txt, '')
    FROM "Post" p2
    LEFT JOIN (
      SELECT "postId", count(*) AS n, count(rating) AS rated, sum(rating) AS s, sum(rating * rating) AS s2,
             left(string_agg(body, E'\\n' ORDER BY "createdAt"), 200000) AS txt
      FROM "Review" WHERE "deletedAt" IS NULL AND "hiddenAt" IS NULL ${onePost} GROUP BY "postId"
    ) r ON r."postId" = p2.id
    WHERE p.id = p2.id ${postId == null ? Prisma.empty : Prisma.sql`AND p2.id = ${postId}`}`;
}

const RECOUNT_STATEMENTS = [
  `UPDATE "Post" p SET "discussionCount" = coalesce(x.n, 0)
   FROM "Post" p2 LEFT JOIN (
     SELECT "postId", count(*) AS n FROM "Reply" WHERE "reviewId" IS NULL AND "deletedAt" IS NULL GROUP BY "postId"
   ) x ON x."postId" = p2.id WHERE p.id = p2.id`,
  `UPDATE "Post" p SET "readerCount" = coalesce(x.n, 0)
   FROM "Post" p2 LEFT JOIN (
     SELECT "postId", count(*) AS n FROM "ReadingStatus" WHERE status IN ('reading', 'read') GROUP BY "postId"
   ) x ON x."postId" = p2.id WHERE p.id = p2.id`,
  `UPDATE "Review" v SET "replyCount" = coalesce(x.n, 0)
   FROM "Review" v2 LEFT JOIN (
     SELECT "reviewId", count(*) AS n FROM "Reply" WHERE "reviewId" IS NOT NULL AND "deletedAt" IS NULL GROUP BY "reviewId"
   ) x ON x."reviewId" = v2.id WHERE v.id = v2.id`,
  // Descendants of every reply: walk up from each reply to all its ancestors.
  `WITH RECURSIVE up(id, ancestor) AS (
     SELECT id, "parentId" FROM "Reply" WHERE "parentId" IS NOT NULL AND "deletedAt" IS NULL
     UNION ALL
     SELECT up.id, r."parentId" FROM up JOIN "Reply" r ON r.id = up.ancestor WHERE r."parentId" IS NOT NULL
   ), counts AS (SELECT ancestor, count(*) AS n FROM up GROUP BY ancestor)
   UPDATE "Reply" r SET "descendantCount" = coalesce(c.n, 0)
   FROM "Reply" r2 LEFT JOIN counts c ON c.ancestor = r2.id WHERE r.id = r2.id`,
  // Published posts only: a draft is its creator's, and a count that moved would reveal it.
  `UPDATE "Tag" t SET "postCount" = coalesce(x.n, 0)
   FROM "Tag" t2 LEFT JOIN (
     SELECT pt."tagId", count(*) AS n FROM "PostTag" pt JOIN "Post" p ON p.id = pt."postId" WHERE NOT p.draft GROUP BY pt."tagId"
   ) x ON x."tagId" = t2.id
   WHERE t.id = t2.id`,
  `UPDATE "Agenda" a SET "postCount" = coalesce(x.n, 0)
   FROM "Agenda" a2 LEFT JOIN (
     SELECT pa."agendaId", count(*) AS n FROM "PostAgenda" pa JOIN "Post" p ON p.id = pa."postId" WHERE NOT p.draft GROUP BY pa."agendaId"
   ) x ON x."agendaId" = a2.id
   WHERE a.id = a2.id`,
];

/**
 * Post counts of the given tags and agendas, recounted from their published posts (drafts
 * never count: a count that moved when a draft was tagged would reveal the draft). Every
 * write that adds or removes a tag or agenda, or publishes or unpublishes a post, calls this.
 */
export async function recountTags(tx: Tx, ids: string[]) {
  if (!ids.length) return;
  await tx.$executeRaw`UPDATE "Tag" t SET "postCount" = (
    SELECT count(*) FROM "PostTag" pt JOIN "Post" p ON p.id = pt."postId" WHERE pt."tagId" = t.id AND NOT p.draft
  ) WHERE t.id IN (${Prisma.join(ids)})`;
}

export async function recountAgendas(tx: Tx, ids: string[]) {
  if (!ids.length) return;
  await tx.$executeRaw`UPDATE "Agenda" a SET "postCount" = (
    SELECT count(*) FROM "PostAgenda" pa JOIN "Post" p ON p.id = pa."postId" WHERE pa."agendaId" = a.id AND NOT p.draft
  ) WHERE a.id IN (${Prisma.join(ids)})`;
}

export async function recountAll(tx: Tx) {
  await refreshReviewStats(tx, null);
  for (const sql of RECOUNT_STATEMENTS) await tx.$executeRawUnsafe(sql);
}
