import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import type { ReadingStatusValue } from "@/lib/domain";
import { NotFoundError } from "@/lib/errors";

type Actor = { id: string; role: "member" | "admin" };
// Post.readerCount counts people who are reading or have read the post.
const isReader = (s: ReadingStatusValue | null | undefined) => s === "reading" || s === "read";

/**
 * Sets (or with null clears) the actor's reading status of a post. The stored reader
 * count changes in the same transaction, by the difference this write makes.
 */
export async function setReadingStatus(
  { actor, postId, status }: { actor: Actor; postId: string; status: ReadingStatusValue | null },
  client: Db = defaultDb,
) {
  return client.$transaction(async (tx) => {
    const post = await tx.post.findUnique({ where: { id: postId }, select: { id: true, draft: true, createdById: true } });
    if (!post || (post.draft && post.createdById !== actor.id)) throw new NotFoundError("There is no such post in the library.");
    // Row lock: two clicks at once must not both count the same reader. NO KEY UPDATE,
    // so it does not wait on (or deadlock with) rows that merely reference the post.
    await tx.$queryRaw`SELECT 1 FROM "Post" WHERE id = ${postId} FOR NO KEY UPDATE`;
    const key = { userId_postId: { userId: actor.id, postId } };
    const before = await tx.readingStatus.findUnique({ where: key });
    const now = new Date();
    if (status === null) {
      if (before) await tx.readingStatus.delete({ where: key });
    } else if (before?.status !== status) {
      const startedAt = status === "reading" || status === "read" ? (before?.startedAt ?? now) : (before?.startedAt ?? null);
      const finishedAt = status === "read" ? now : null;
      await tx.readingStatus.upsert({
        where: key,
        create: { userId: actor.id, postId, status, updatedAt: now, startedAt, finishedAt },
        update: { status, updatedAt: now, startedAt, finishedAt },
      });
    }
    const delta = Number(isReader(status)) - Number(isReader(before?.status));
    if (delta !== 0) await tx.post.update({ where: { id: postId }, data: { readerCount: { increment: delta } } });
    return { status, changedAt: before?.status === status ? before.updatedAt : now };
  });
}
