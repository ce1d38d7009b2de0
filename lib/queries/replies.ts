import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { canDelete, canEdit, canModerate, canSeeHidden, type Actor } from "@/lib/auth/permissions";

export type ReplyView = {
  id: string;
  parentId: string | null;
  depth: number;
  /** Null when this viewer may not read it (deleted, or hidden and not theirs). */
  body: string | null;
  deleted: boolean;
  hidden: boolean;
  createdAt: Date;
  editedAt: Date | null;
  descendantCount: number;
  author: { name: string; handle: string } | null;
  can: { edit: boolean; delete: boolean; moderate: boolean; reply: boolean };
};

export type ThreadTarget = { reviewId: string } | { postId: string };

type ThreadRow = {
  id: string;
  parentId: string | null;
  depth: number;
  body: string;
  authorId: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  descendantCount: number;
  authorName: string;
  authorHandle: string;
};

/**
 * A whole thread in one indexed query, flat (parentId); the page builds the tree. Raw SQL
 * with the author joined in: a thread is the app's biggest read (hundreds of rows), and the
 * ORM's per-row work and second query for authors cost more than the database does.
 */
export async function getThreadReplies(target: ThreadTarget, viewer: Actor): Promise<ReplyView[]> {
  const where = "reviewId" in target ? Prisma.sql`r."reviewId" = ${target.reviewId}` : Prisma.sql`r."postId" = ${target.postId} AND r."reviewId" IS NULL`;
  const found = await db.$queryRaw<ThreadRow[]>`
    SELECT r.id, r."parentId", r.depth, r.body, r."authorId", r."createdAt", r."editedAt", r."deletedAt", r."hiddenAt",
      r."descendantCount", u.name AS "authorName", u.handle AS "authorHandle"
    FROM "Reply" r JOIN "User" u ON u.id = r."authorId"
    WHERE ${where}
    ORDER BY r."createdAt", r.id`;
  // Object.assign rather than a spread plus a property: see build-thread.ts.
  const rows = found.map((r) => Object.assign({}, r, { author: { name: r.authorName, handle: r.authorHandle } }));
  return rows.map((r) => {
    const deleted = !!r.deletedAt;
    const hidden = !!r.hiddenAt;
    const readable = !deleted && (!hidden || canSeeHidden(viewer, r));
    return {
      id: r.id,
      parentId: r.parentId,
      depth: r.depth,
      body: readable ? r.body : null,
      deleted,
      hidden,
      createdAt: r.createdAt,
      editedAt: r.editedAt,
      descendantCount: r.descendantCount,
      author: deleted ? null : r.author,
      can: {
        edit: !deleted && canEdit(viewer, r),
        delete: !deleted && canDelete(viewer, r),
        moderate: !deleted && canModerate(viewer),
        reply: !!viewer && !deleted && !hidden,
      },
    };
  });
}
