import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { canDelete, canEdit, canModerate, canSeeHidden, canViewPost, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

export const reviewSelect = {
  id: true,
  body: true,
  rating: true,
  confidence: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  hiddenAt: true,
  hiddenReason: true,
  replyCount: true,
  postVersion: true,
  authorId: true,
  author: { select: { name: true, handle: true } },
  post: { select: { id: true, slug: true, title: true, draft: true, createdById: true } },
} as const satisfies Prisma.ReviewSelect;

type ReviewRow = Prisma.ReviewGetPayload<{ select: typeof reviewSelect }>;

export type ReviewView = {
  id: string;
  /** Null when this viewer may not read it (hidden or deleted). */
  body: string | null;
  rating: number | null;
  confidence: number | null;
  createdAt: Date;
  editedAt: Date | null;
  deleted: boolean;
  hidden: boolean;
  hiddenReason: string | null;
  replyCount: number;
  author: { name: string; handle: string };
  post: { id: string; slug: string; title: string };
  can: { edit: boolean; delete: boolean; moderate: boolean };
};

/** The one place that decides what a viewer sees of a review. */
export function toReviewView(r: ReviewRow, viewer: Actor): ReviewView {
  const deleted = !!r.deletedAt;
  const hidden = !!r.hiddenAt;
  const readable = !deleted && (!hidden || canSeeHidden(viewer, r));
  return {
    id: r.id,
    body: readable ? r.body : null,
    rating: readable ? r.rating : null,
    confidence: readable ? r.confidence : null,
    createdAt: r.createdAt,
    editedAt: r.editedAt,
    deleted,
    hidden,
    hiddenReason: hidden && canSeeHidden(viewer, r) ? r.hiddenReason : null,
    replyCount: r.replyCount,
    author: deleted ? { name: "[deleted]", handle: "" } : r.author,
    post: { id: r.post.id, slug: r.post.slug, title: r.post.title },
    can: {
      edit: !deleted && canEdit(viewer, r),
      delete: !deleted && canDelete(viewer, r),
      moderate: !deleted && canModerate(viewer),
    },
  };
}

/** Filters of /reviews and the feed; junk falls back to "no filter". */
export const reviewFilterSchema = z.object({
  agenda: z.string().trim().max(100).regex(/^[a-z0-9-]+$/).optional().catch(undefined),
  tag: z.string().trim().max(100).regex(/^[a-z0-9-]+$/).optional().catch(undefined),
  reviewer: z.string().trim().max(30).regex(/^[a-z0-9_-]+$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type ReviewFilter = z.infer<typeof reviewFilterSchema>;

function filterWhere(f: Omit<ReviewFilter, "page">): Prisma.ReviewWhereInput {
  return {
    deletedAt: null,
    hiddenAt: null,
    post: {
      draft: false,
      ...(f.agenda ? { agendas: { some: { agenda: { slug: f.agenda } } } } : {}),
      ...(f.tag ? { tags: { some: { tag: { slug: f.tag } } } } : {}),
    },
    ...(f.reviewer ? { author: { handle: f.reviewer } } : {}),
  };
}

export const REVIEWS_PAGE_SIZE = 20;

/** Recent visible reviews, newest first. Hidden reviews stay out of public lists. */
export async function listRecentReviews(filter: ReviewFilter, viewer: Actor, pageSize = REVIEWS_PAGE_SIZE) {
  const where = filterWhere(filter);
  const [rows, total] = await Promise.all([
    db.review.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * pageSize,
      take: pageSize,
      select: reviewSelect,
    }),
    db.review.count({ where }),
  ]);
  return { items: rows.map((r) => toReviewView(r, viewer)), total, page: filter.page, pageSize };
}

/** A review for its permalink page, deleted or hidden ones included (they show a notice). */
export async function getReview(id: string, viewer: Actor) {
  const row = await db.review.findUnique({ where: { id }, select: reviewSelect });
  if (!row || !canViewPost(viewer, row.post)) return null;
  return toReviewView(row, viewer);
}

/**
 * The reviews under a post: visible ones, hidden ones as a notice, and the viewer's own
 * review (to edit) even when hidden. Deleted ones only when replies hang under them.
 */
export async function getPostReviews(postId: string, viewer: Actor) {
  const rows = await db.review.findMany({
    where: { postId, OR: [{ deletedAt: null }, { replyCount: { gt: 0 } }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: reviewSelect,
  });
  const views = rows.map((r) => toReviewView(r, viewer));
  const mine = viewer ? (rows.find((r) => r.authorId === viewer.id && !r.deletedAt) ?? null) : null;
  return { reviews: views, mine: mine ? { id: mine.id, body: mine.body, rating: mine.rating, confidence: mine.confidence } : null };
}

/** Raw fields of the viewer's own review, for the edit form. */
export async function getReviewForEdit(id: string, viewer: Actor) {
  if (!viewer) return null;
  const r = await db.review.findUnique({ where: { id }, select: { id: true, authorId: true, body: true, rating: true, confidence: true, deletedAt: true, post: { select: { slug: true, title: true } } } });
  if (!r || r.deletedAt || !canEdit(viewer, r)) return null;
  return { id: r.id, body: r.body, rating: r.rating, confidence: r.confidence, post: r.post };
}

/** Agendas and tags for the filter menus of /reviews. */
export async function getReviewFilterOptions() {
  const [agendas, tags] = await Promise.all([
    db.agenda.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.tag.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { agendas, tags };
}
