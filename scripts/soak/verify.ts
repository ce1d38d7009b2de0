// After a soak or a fault: every acknowledged write is in the database as acknowledged,
// and every stored counter equals a recount from the rows (a review without its stats, a
// reply its ancestors' descendantCount missed, a status the reader count missed: all show
// up as a difference). Runs with the server stopped: PGlite allows one process at a time.
import type { Db } from "@/lib/db";
import { recountAll } from "@/lib/mutations/counters";
import type { Acks } from "./workload";

const COUNTERS = [
  `SELECT 'post ' || id AS k, concat_ws(' ', "reviewCount", "ratingCount", "ratingSum", "ratingSquareSum", round(coalesce("ratingMean", 0)::numeric, 6), "discussionCount", "readerCount") AS v FROM "Post"`,
  `SELECT 'review ' || id AS k, "replyCount"::text AS v FROM "Review"`,
  `SELECT 'reply ' || id AS k, "descendantCount"::text AS v FROM "Reply"`,
  `SELECT 'tag ' || id AS k, "postCount"::text AS v FROM "Tag"`,
  `SELECT 'agenda ' || id AS k, "postCount"::text AS v FROM "Agenda"`,
];

async function counters(db: Db) {
  const out = new Map<string, string>();
  for (const sql of COUNTERS) for (const r of await db.$queryRawUnsafe<{ k: string; v: string }[]>(sql)) out.set(r.k, r.v);
  return out;
}

/** Stored counters that differ from a recount, as "what: stored -> recounted" lines. */
export async function counterDrift(db: Db): Promise<string[]> {
  const stored = await counters(db);
  const drift: string[] = [];
  // Recount inside a transaction that is rolled back: the check changes nothing.
  await db
    .$transaction(async (tx) => {
      await recountAll(tx);
      const recounted = await counters(tx as unknown as Db);
      for (const [k, v] of recounted) if (stored.get(k) !== v) drift.push(`${k}: stored ${stored.get(k)} -> recounted ${v}`);
      throw new Rollback();
    })
    .catch((e) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return drift;
}
class Rollback extends Error {}

/** Acknowledged writes missing or different in the database. */
export async function missingWrites(db: Db, acks: Acks): Promise<string[]> {
  const problems: string[] = [];
  const reviews = new Map((await db.review.findMany({ where: { id: { in: [...acks.reviews.keys()] } }, select: { id: true, body: true, deletedAt: true, postId: true } })).map((r) => [r.id, r]));
  for (const [id, a] of acks.reviews) {
    const r = reviews.get(id);
    if (!r) problems.push(`review ${id} (${a.marker}) acknowledged but missing`);
    else if (r.postId !== a.postId) problems.push(`review ${id} is on the wrong post`);
    else if (a.marker !== "?" && !r.body.startsWith(a.marker)) problems.push(`review ${id}: expected ${a.marker}, found "${r.body.slice(0, 40)}"`);
    else if (a.deleted !== null && a.deleted !== (r.deletedAt !== null)) problems.push(`review ${id}: deleted should be ${a.deleted}`);
  }
  const replies = new Map((await db.reply.findMany({ where: { id: { in: [...acks.replies.keys()] } }, select: { id: true, body: true, parentId: true, reviewId: true, postId: true } })).map((r) => [r.id, r]));
  for (const [id, a] of acks.replies) {
    const r = replies.get(id);
    if (!r) problems.push(`reply ${id} (${a.marker}) acknowledged but missing`);
    else if (!r.body.startsWith(a.marker)) problems.push(`reply ${id}: expected ${a.marker}`);
    else if ((a.parent.parentId && r.parentId !== a.parent.parentId) || (a.parent.reviewId && r.reviewId !== a.parent.reviewId) || (a.parent.postId && r.postId !== a.parent.postId)) {
      problems.push(`reply ${id} is under the wrong parent`);
    }
  }
  const userIds = new Map((await db.user.findMany({ where: { handle: { in: [...acks.statuses.keys()] } }, select: { id: true, handle: true } })).map((u) => [u.handle, u.id]));
  const statuses = await db.readingStatus.findMany({ where: { user: { handle: { in: [...acks.statuses.keys()] } } }, select: { userId: true, postId: true, status: true } });
  const byUser = new Map<string, Map<string, string>>();
  for (const s of statuses) {
    if (!byUser.has(s.userId)) byUser.set(s.userId, new Map());
    byUser.get(s.userId)!.set(s.postId, s.status);
  }
  for (const [handle, posts] of acks.statuses) {
    const userId = userIds.get(handle)!;
    for (const [postId, expected] of posts) {
      if (expected === "?") continue;
      const found = byUser.get(userId)?.get(postId) ?? "clear";
      if (found !== expected) problems.push(`status of ${handle} on ${postId}: expected ${expected}, found ${found}`);
    }
  }
  return problems;
}
