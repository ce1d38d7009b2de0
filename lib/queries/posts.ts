// Reads for the library and the post page. Permission-aware (drafts are their creator's
// only) and returning plain objects; each page makes a fixed number of queries.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import type { PostKind, PostSource, ReadingStatusValue, RelationType } from "@/lib/domain";
import { getCurrentUser } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import { jsonArray, jsonObject, toDate, toDateOrNull, toNumber, toNumberOrNull } from "@/lib/db/raw-rows";
import { findLibraryPage, type LibraryCriteria, type LibraryPage, type Viewer } from "./library";
import { relationsJsonSql, type PostRelationView } from "./relations";
import { agendasJsonSql, authorsJsonSql, tagsJsonSql } from "./post-json";
import { findPickerOptions } from "./filter-options";

export type { LibraryCriteria, LibraryPage, LibraryItem } from "./library";

/** The library as the current user sees it (their drafts, their reading status). */
export async function findLibrary(criteria: LibraryCriteria, pageSize?: number): Promise<LibraryPage> {
  const user = await getCurrentUser();
  return findLibraryPage(db, { criteria, viewer: user ? { id: user.id } : null, pageSize });
}

/** Kept for callers written against the first version of this module. */
export async function findRecentPosts({ page = 1, pageSize = 25 } = {}) {
  return findLibrary({ page }, pageSize);
}

const visibleTo = (viewer: Viewer) => (viewer ? { OR: [{ draft: false }, { createdById: viewer.id }] } : { draft: false });

export type RatingSummary = { count: number; mean: number | null; spread: number | null; min?: number; max?: number };

/** Mean and standard deviation from the stored counters, no review rows needed. */
export function ratingSummary(p: { ratingCount: number; ratingSum: number; ratingSquareSum: number }): RatingSummary {
  if (!p.ratingCount) return { count: 0, mean: null, spread: null };
  const mean = p.ratingSum / p.ratingCount;
  const variance = Math.max(0, p.ratingSquareSum / p.ratingCount - mean * mean);
  return { count: p.ratingCount, mean, spread: Math.sqrt(variance) };
}

export type PostPageData = {
  id: string;
  slug: string;
  title: string;
  url: string | null;
  lesswrongId: string | null;
  arxivId: string | null;
  doi: string | null;
  source: PostSource;
  kind: PostKind;
  publishedAt: Date | null;
  publishedYear: number | null;
  summary: string;
  body: string | null;
  version: number;
  wordCount: number | null;
  draft: boolean;
  createdById: string | null;
  createdBy: { name: string; handle: string } | null;
  updatedAt: Date;
  reviewCount: number;
  discussionCount: number;
  readerCount: number;
  rating: RatingSummary;
  authors: { name: string; slug: string }[];
  tags: { name: string; slug: string }[];
  agendas: { name: string; slug: string; core: boolean }[];
  relations: PostRelationView[];
  related: { slug: string; title: string; authorsText: string; publishedYear: number | null; shared: number }[];
  lists: { slug: string; title: string; owner: { name: string; handle: string } }[];
  status: ReadingStatusValue | null;
};

type RelatedRow = { slug: string; title: string; authorsText: string; publishedYear: number | null; shared: number };

const RELATED_LIMIT = 6;

/** Posts sharing the most agendas and tags with `p` (sub-agendas do not count), as a json array. */
function relatedJsonSql(viewerId: string | null): Prisma.Sql {
  return Prisma.sql`coalesce((
    SELECT json_agg(json_build_object('slug', x.slug, 'title', x.title, 'authorsText', x."authorsText",
        'publishedYear', x."publishedYear", 'shared', x.shared) ORDER BY x.shared DESC, x."reviewCount" DESC, x.id)
    FROM (
      SELECT o.id, o.slug, o.title, o."authorsText", o."publishedYear", o."reviewCount", sum(s.w)::int AS shared
      FROM (
        SELECT pa2."postId" AS id, 2 AS w FROM "PostAgenda" pa JOIN "PostAgenda" pa2 ON pa2."agendaId" = pa."agendaId"
          WHERE pa."postId" = p.id AND pa2."postId" <> p.id
        UNION ALL
        SELECT pt2."postId", 1 FROM "PostTag" pt JOIN "PostTag" pt2 ON pt2."tagId" = pt."tagId"
          WHERE pt."postId" = p.id AND pt2."postId" <> p.id
      ) s JOIN "Post" o ON o.id = s.id
      WHERE (o.draft = false OR o."createdById" = ${viewerId})
      GROUP BY o.id
      ORDER BY sum(s.w) DESC, o."reviewCount" DESC, o.id
      LIMIT ${RELATED_LIMIT}
    ) x
  ), '[]'::json)`;
}

/** The ten most recently updated public reading lists holding `p`, with their owners, as a json array. */
const publicListsJsonSql = Prisma.sql`coalesce((
    SELECT json_agg(json_build_object('slug', l.slug, 'title', l.title, 'owner', json_build_object('name', u.name, 'handle', u.handle))
      ORDER BY l."updatedAt" DESC, l.id)
    FROM (
      SELECT l.slug, l.title, l."ownerId", l."updatedAt", l.id
      FROM "ListEntry" e JOIN "ReadingList" l ON l.id = e."listId"
      WHERE e."postId" = p.id AND l.visibility = 'public'
      ORDER BY l."updatedAt" DESC, l.id
      LIMIT 10
    ) l JOIN "User" u ON u.id = l."ownerId"
  ), '[]'::json)`;

/**
 * The whole post page in one statement: the post with its creator, authors, tags, agendas,
 * relations, related posts, public lists and the viewer's reading status as sub-selects.
 * The WHERE applies the draft rule (a draft is its creator's only), so a post the viewer
 * may not see is no row at all. One round trip instead of one per relation, and no work
 * in the ORM's query compiler, which recompiles every query on every call.
 */
function postPageSql(slug: string, viewer: Viewer): Prisma.Sql {
  const viewerId = viewer?.id ?? null;
  return Prisma.sql`
    SELECT p.id, p.slug, p.title, p.url, p."lesswrongId", p."arxivId", p.doi, p.source::text AS source, p.kind::text AS kind,
      p."publishedAt", p."publishedYear", p.summary, p.body, p.version, p."wordCount", p.draft, p."createdById", p."updatedAt",
      p."reviewCount", p."discussionCount", p."readerCount", p."ratingCount", p."ratingSum", p."ratingSquareSum",
      (SELECT json_build_object('name', u.name, 'handle', u.handle) FROM "User" u WHERE u.id = p."createdById") AS "createdBy",
      ${authorsJsonSql} AS authors,
      ${tagsJsonSql} AS tags,
      ${agendasJsonSql({ core: true })} AS agendas,
      ${relationsJsonSql(viewerId)} AS relations,
      ${relatedJsonSql(viewerId)} AS related,
      ${publicListsJsonSql} AS lists,
      (SELECT s.status::text FROM "ReadingStatus" s WHERE s."userId" = ${viewerId} AND s."postId" = p.id) AS status
    FROM "Post" p
    WHERE p.slug = ${slug} AND (p.draft = false OR p."createdById" = ${viewerId})`;
}

type PostPageRow = Record<
  "id" | "slug" | "title" | "url" | "lesswrongId" | "arxivId" | "doi" | "source" | "kind" | "summary" | "body" | "createdById" | "status",
  string | null
> &
  Record<"publishedAt" | "publishedYear" | "version" | "wordCount" | "draft" | "updatedAt" | "createdBy" | "authors" | "tags" | "agendas" | "relations" | "related" | "lists", unknown> &
  Record<"reviewCount" | "discussionCount" | "readerCount" | "ratingCount" | "ratingSum" | "ratingSquareSum", number | bigint>;

function toPostPageData(r: PostPageRow): PostPageData {
  return {
    id: r.id!, slug: r.slug!, title: r.title!, url: r.url, lesswrongId: r.lesswrongId, arxivId: r.arxivId, doi: r.doi,
    source: r.source as PostSource, kind: r.kind as PostKind,
    publishedAt: toDateOrNull(r.publishedAt), publishedYear: toNumberOrNull(r.publishedYear),
    summary: r.summary ?? "", body: r.body, version: toNumber(r.version), wordCount: toNumberOrNull(r.wordCount),
    draft: r.draft === true, createdById: r.createdById, createdBy: jsonObject(r.createdBy), updatedAt: toDate(r.updatedAt),
    reviewCount: toNumber(r.reviewCount), discussionCount: toNumber(r.discussionCount), readerCount: toNumber(r.readerCount),
    rating: ratingSummary({ ratingCount: toNumber(r.ratingCount), ratingSum: toNumber(r.ratingSum), ratingSquareSum: toNumber(r.ratingSquareSum) }),
    authors: jsonArray(r.authors),
    tags: jsonArray(r.tags),
    agendas: jsonArray(r.agendas),
    relations: jsonArray(r.relations),
    related: jsonArray<RelatedRow>(r.related),
    lists: jsonArray(r.lists),
    status: (r.status as ReadingStatusValue | null) ?? null,
  };
}

/** Everything the post page shows, in one statement; null when missing or not visible. */
export async function findPostPage(client: Pick<Db, "$queryRaw">, slug: string, viewer: Viewer): Promise<PostPageData | null> {
  const rows = await client.$queryRaw<PostPageRow[]>(postPageSql(slug, viewer));
  return rows[0] ? toPostPageData(rows[0]) : null;
}

/** cache(): the page's metadata and body ask for the same post in one request; one set of queries serves both. */
export const getPostPage = cache(async (slug: string) => {
  const user = await getCurrentUser();
  return findPostPage(db, slug, user ? { id: user.id } : null);
});

/** The post as the JSON API returns it: metadata, visible reviews and reply counts. */
export async function findPostForApi(client: Db, slug: string, viewer: Viewer) {
  const post = await client.post.findFirst({
    where: { slug, ...visibleTo(viewer) },
    select: {
      id: true, slug: true, title: true, url: true, lesswrongId: true, arxivId: true, doi: true, source: true, kind: true,
      publishedAt: true, publishedYear: true, summary: true, version: true, wordCount: true,
      reviewCount: true, ratingCount: true, ratingSum: true, ratingSquareSum: true, discussionCount: true, readerCount: true,
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
      tags: { select: { tag: { select: { name: true, slug: true } } } },
      agendas: { select: { core: true, agenda: { select: { name: true, slug: true } } } },
      reviews: {
        where: { deletedAt: null, hiddenAt: null },
        orderBy: { createdAt: "asc" },
        select: {
          id: true, body: true, rating: true, confidence: true, postVersion: true, createdAt: true, editedAt: true, replyCount: true,
          author: { select: { name: true, handle: true } },
        },
      },
    },
  });
  if (!post) return null;
  const { ratingCount, ratingSum, ratingSquareSum, authors, tags, agendas, ...rest } = post;
  return {
    ...rest,
    rating: ratingSummary({ ratingCount, ratingSum, ratingSquareSum }),
    authors: authors.map((a) => a.author),
    tags: tags.map((t) => t.tag),
    agendas: agendas.map((a) => ({ ...a.agenda, core: a.core })),
  };
}

export async function getPostForApi(slug: string) {
  const user = await getCurrentUser();
  return findPostForApi(db, slug, user ? { id: user.id } : null);
}

/** The post form's agenda and tag pickers: the most used plus the post's own (bounded at any library size). */
export function getPostFormOptions(picked: { tagIds?: readonly string[]; agendaIds?: readonly string[] } = {}) {
  return findPickerOptions(db, picked);
}

/** What the edit form starts from, with the permission facts the page needs. */
export async function getPostForEdit(slug: string) {
  const post = await db.post.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, url: true, lesswrongId: true, arxivId: true, doi: true, source: true, kind: true,
      publishedAt: true, publishedYear: true, summary: true, body: true, wordCount: true, draft: true, createdById: true,
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
      tags: { select: { tagId: true } },
      agendas: { select: { agendaId: true, core: true } },
    },
  });
  if (!post) return null;
  return {
    ...post,
    authors: post.authors.map((a) => a.author.name),
    tagIds: post.tags.map((t) => t.tagId),
    agendaIds: post.agendas.map((a) => a.agendaId),
    coreAgendaIds: post.agendas.filter((a) => a.core).map((a) => a.agendaId),
  };
}

export type RelationTypeValue = RelationType;
