// Counters a reply changes, applied inside the caller's transaction: the reply count of
// its review or the discussion count of its post, the descendant count and subthread
// activity of every ancestor, and the activity times of the review and post.
import type { Tx } from "@/lib/mutations/reviews/shared";

type ReplyPlace = { postId: string; reviewId: string | null; parentId: string | null };

export async function adjustReplyCounters(tx: Tx, reply: ReplyPlace, delta: 1 | -1, at?: Date) {
  if (reply.reviewId) {
    await tx.review.update({
      where: { id: reply.reviewId },
      data: { replyCount: { increment: delta }, ...(at ? { lastActivityAt: at } : {}) },
    });
  } else {
    await tx.post.update({ where: { id: reply.postId }, data: { discussionCount: { increment: delta } } });
  }
  if (reply.parentId) {
    // Every ancestor, walked up in one statement (depth is unbounded).
    if (at) {
      await tx.$executeRaw`
        WITH RECURSIVE anc(id, parent) AS (
          SELECT id, "parentId" FROM "Reply" WHERE id = ${reply.parentId}
          UNION ALL SELECT r.id, r."parentId" FROM "Reply" r JOIN anc ON r.id = anc.parent
        )
        UPDATE "Reply" SET "descendantCount" = "descendantCount" + ${delta}, "lastSubthreadActivityAt" = greatest("lastSubthreadActivityAt", ${at})
        WHERE id IN (SELECT id FROM anc)`;
    } else {
      await tx.$executeRaw`
        WITH RECURSIVE anc(id, parent) AS (
          SELECT id, "parentId" FROM "Reply" WHERE id = ${reply.parentId}
          UNION ALL SELECT r.id, r."parentId" FROM "Reply" r JOIN anc ON r.id = anc.parent
        )
        UPDATE "Reply" SET "descendantCount" = greatest("descendantCount" + ${delta}, 0)
        WHERE id IN (SELECT id FROM anc)`;
    }
  }
  if (at) await tx.$executeRaw`UPDATE "Post" SET "lastActivityAt" = greatest("lastActivityAt", ${at}) WHERE id = ${reply.postId}`;
}
