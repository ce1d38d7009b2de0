import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { canDelete, canEdit, canModerate, canSeeHidden, canViewPost, type Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { jsonObject, toDate, toDateOrNull, toNumber } from "@/lib/db/raw-rows";

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

type PostReviewsRow = {
  total: number | bigint;
  deleted: number | bigint;
  page: number | bigint;
  mine: unknown;
  id: string | null;
  body: string;
  rating: number | null;
  confidence: number | null;
  createdAt: Date | string;
  editedAt: Date | string | null;
  deletedAt: Date | string | null;
  hiddenAt: Date | string | null;
  hiddenReason: string | null;
  replyCount: number | bigint;
  postVersion: number | bigint;
  authorId: string;
  authorName: string;
  authorHandle: string;
  postSlug: string;
  postTitle: string;
  postDraft: boolean;
  postCreatedById: string | null;
};

/**
 * One statement for the whole reviews section: the counts, the page to show (the one that
 * holds `reveal` when it is among the post's reviews, else `page` clamped to the last),
 * that page's reviews with their authors, and the viewer's own review (`mine`, null for
 * no viewer). The first row carries the counts and the post (no row: no such post); with
 * no reviews on the page its review columns are null. `shown` holds keys only, so the
 * counts never read bodies; `current` is MATERIALIZED so the planner plans it once rather
 * than inlining it (and `target`) into both places that read it.
 */
function postReviewsSql(postId: string, viewerId: string | null, page: number, reveal: string | null): Prisma.Sql {
  return Prisma.sql`
    WITH shown AS (
      SELECT r.id, r."createdAt", r."deletedAt" FROM "Review" r
      WHERE r."postId" = ${postId} AND (r."deletedAt" IS NULL OR r."replyCount" > 0)
    ),
    target AS (
      SELECT (SELECT count(*) FROM shown s WHERE (s."createdAt", s.id) < (t."createdAt", t.id)) / ${REVIEWS_PER_PAGE} + 1 AS page
      FROM shown t WHERE t.id = ${reveal}
    ),
    current AS MATERIALIZED (
      SELECT c.total, c.deleted,
        coalesce((SELECT page FROM target), LEAST(${page}::int, GREATEST(1, ceil(c.total / ${REVIEWS_PER_PAGE}::numeric))))::int AS page,
        p.slug AS "postSlug", p.title AS "postTitle", p.draft AS "postDraft", p."createdById" AS "postCreatedById"
      FROM (SELECT count(*)::int AS total, count("deletedAt")::int AS deleted FROM shown) c JOIN "Post" p ON p.id = ${postId}
    )
    SELECT c.total, c.deleted, c.page, c."postSlug", c."postTitle", c."postDraft", c."postCreatedById",
      (SELECT json_build_object('id', m.id, 'body', m.body, 'rating', m.rating, 'confidence', m.confidence)
        FROM "Review" m WHERE m."postId" = ${postId} AND m."authorId" = ${viewerId} AND m."deletedAt" IS NULL) AS mine,
      r.id, r.body, r.rating, r.confidence, r."createdAt", r."editedAt", r."deletedAt", r."hiddenAt", r."hiddenReason",
      r."replyCount", r."postVersion", r."authorId", u.name AS "authorName", u.handle AS "authorHandle"
    FROM current c
    LEFT JOIN LATERAL (
      SELECT s.id FROM shown s ORDER BY s."createdAt", s.id
      OFFSET (c.page - 1) * ${REVIEWS_PER_PAGE} LIMIT ${REVIEWS_PER_PAGE}
    ) on_page ON true
    LEFT JOIN "Review" r ON r.id = on_page.id
    LEFT JOIN "User" u ON u.id = r."authorId"
    ORDER BY r."createdAt", r.id`;
}

function toReviewRow(r: PostReviewsRow & { id: string }, postId: string): ReviewRow {
  return {
    id: r.id, body: r.body, rating: r.rating, confidence: r.confidence,
    createdAt: toDate(r.createdAt), editedAt: toDateOrNull(r.editedAt), deletedAt: toDateOrNull(r.deletedAt),
    hiddenAt: toDateOrNull(r.hiddenAt), hiddenReason: r.hiddenReason,
    replyCount: toNumber(r.replyCount), postVersion: toNumber(r.postVersion), authorId: r.authorId,
    author: { name: r.authorName, handle: r.authorHandle },
    post: { id: postId, slug: r.postSlug, title: r.postTitle, draft: r.postDraft, createdById: r.postCreatedById },
  };
}

/**
 * One page of a post's reviews, oldest first: visible ones, hidden ones as a notice,
 * deleted ones only while replies hang under them; and the viewer's own review (to edit). `reveal` picks the page that holds that review
 * (after posting it, or from a link to it); otherwise `page`, clamped to the last page.
 */
export async function getPostReviews(postId: string, viewer: Actor, { page = 1, reveal }: { page?: number; reveal?: string } = {}) {
  // Bounded before it becomes an int parameter; anything past the last page means the last.
  const asked = Math.min(Math.max(1, Math.trunc(page) || 1), 1_000_000_000);
  const rows = await db.$queryRaw<PostReviewsRow[]>(postReviewsSql(postId, viewer?.id ?? null, asked, reveal || null));
  const first = rows[0];
  const total = toNumber(first?.total ?? 0);
  const visible = total - toNumber(first?.deleted ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / REVIEWS_PER_PAGE));
  const reviews = rows.filter((r): r is PostReviewsRow & { id: string } => r.id != null).map((r) => toReviewView(toReviewRow(r, postId), viewer));
  const mine = jsonObject<{ id: string; body: string; rating: number | null; confidence: number | null }>(first?.mine ?? null);
  return { reviews, total, visible, page: toNumber(first?.page ?? 1), pageCount, mine };
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
