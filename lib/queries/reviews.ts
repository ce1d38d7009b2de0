import "server-only";
import { cache } from "react";
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

/**
 * A review for its permalink page, deleted or hidden ones included (they show a notice).
 * cache(): the page's metadata and body ask for it in the same request; one query serves both.
 */
export const getReview = cache(async function getReview(id: string, viewer: Actor) {
  const row = await db.review.findUnique({ where: { id }, select: reviewSelect });
  if (!row || !canViewPost(viewer, row.post)) return null;
  return toReviewView(row, viewer);
});

/** Reviews per page on a post: bounded render and query cost however many a post collects. */
export const REVIEWS_PER_PAGE = 20;

/**
 * One page of a post's reviews, oldest first: visible ones, hidden ones as a notice,
 * deleted ones only while replies hang under them; and the viewer's own review (to edit). `reveal` picks the page that holds that review
 * (after posting it, or from a link to it); otherwise `page`, clamped to the last page.
 */
export async function getPostReviews(postId: string, viewer: Actor, { page = 1, reveal }: { page?: number; reveal?: string } = {}) {
  const where = { postId, OR: [{ deletedAt: null }, { replyCount: { gt: 0 } }] } satisfies Prisma.ReviewWhereInput;
  // One count for both numbers: every non-deleted review is in `where`, so the visible
  // ones are all of them less those with a deletedAt (a field count counts non-nulls).
  const [counts, target, own] = await Promise.all([
    db.review.count({ where, select: { _all: true, deletedAt: true } }),
    reveal ? db.review.findFirst({ where: { ...where, id: reveal }, select: { id: true, createdAt: true } }) : null,
    viewer ? db.review.findFirst({ where: { postId, authorId: viewer.id, deletedAt: null }, select: { id: true, body: true, rating: true, confidence: true } }) : null,
  ]);
  const total = counts._all;
  const visible = total - counts.deletedAt;
  const pageCount = Math.max(1, Math.ceil(total / REVIEWS_PER_PAGE));
  let current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  if (target) {
    const before = await db.review.count({
      where: { ...where, AND: [{ OR: [{ createdAt: { lt: target.createdAt } }, { createdAt: target.createdAt, id: { lt: target.id } }] }] },
    });
    current = Math.floor(before / REVIEWS_PER_PAGE) + 1;
  }
  const rows = await db.review.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (current - 1) * REVIEWS_PER_PAGE,
    take: REVIEWS_PER_PAGE,
    select: reviewSelect,
  });
  return { reviews: rows.map((r) => toReviewView(r, viewer)), total, visible, page: current, pageCount, mine: own };
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
