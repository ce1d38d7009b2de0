import "server-only";
import { db } from "@/lib/db";
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

/** A whole thread in one indexed query, flat (parentId); the page builds the tree. */
export async function getThreadReplies(target: ThreadTarget, viewer: Actor): Promise<ReplyView[]> {
  const where = "reviewId" in target ? { reviewId: target.reviewId } : { postId: target.postId, reviewId: null };
  const rows = await db.reply.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      parentId: true,
      depth: true,
      body: true,
      authorId: true,
      createdAt: true,
      editedAt: true,
      deletedAt: true,
      hiddenAt: true,
      descendantCount: true,
      author: { select: { name: true, handle: true } },
    },
  });
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
