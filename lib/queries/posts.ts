// Reads for the library and the post page. Permission-aware (drafts are their creator's
// only) and returning plain objects; each page makes a fixed number of queries.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import type { PostKind, PostSource, ReadingStatusValue, RelationType } from "@/lib/domain";
import { getCurrentUser } from "@/lib/auth/session";
import { findLibraryPage, type LibraryCriteria, type LibraryPage, type Viewer } from "./library";
import { findRelations, type PostRelationView } from "./relations";

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

/** Posts sharing the most agendas and tags with this one (sub-agendas do not count). */
async function findRelatedBySlug(client: Pick<Db, "$queryRaw">, slug: string, viewer: Viewer, limit = 6): Promise<RelatedRow[]> {
  const viewerId = viewer?.id ?? null;
  const rows = await client.$queryRaw<RelatedRow[]>`
    WITH me AS (SELECT id FROM "Post" WHERE slug = ${slug}),
    shared AS (
      SELECT pa2."postId" AS id, 2 AS w FROM "PostAgenda" pa JOIN "PostAgenda" pa2 ON pa2."agendaId" = pa."agendaId"
        WHERE pa."postId" = (SELECT id FROM me) AND pa2."postId" <> pa."postId"
      UNION ALL
      SELECT pt2."postId", 1 FROM "PostTag" pt JOIN "PostTag" pt2 ON pt2."tagId" = pt."tagId"
        WHERE pt."postId" = (SELECT id FROM me) AND pt2."postId" <> pt."postId"
    )
    SELECT p.slug, p.title, p."authorsText", p."publishedYear", sum(s.w)::int AS shared
    FROM shared s JOIN "Post" p ON p.id = s.id
    WHERE (p.draft = false OR p."createdById" = ${viewerId})
    GROUP BY p.id, p.slug, p.title, p."authorsText", p."publishedYear", p."reviewCount"
    ORDER BY sum(s.w) DESC, p."reviewCount" DESC, p.id
    LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, shared: Number(r.shared), publishedYear: r.publishedYear == null ? null : Number(r.publishedYear) }));
}

/** Everything the post page shows, in five parallel queries; null when missing or not visible. */
export async function findPostPage(client: Db, slug: string, viewer: Viewer): Promise<PostPageData | null> {
  const [post, relations, related, lists, status] = await Promise.all([
    client.post.findUnique({
      where: { slug },
      select: {
        id: true, slug: true, title: true, url: true, lesswrongId: true, arxivId: true, doi: true, source: true, kind: true,
        publishedAt: true, publishedYear: true, summary: true, body: true, version: true, wordCount: true, draft: true,
        createdById: true, updatedAt: true, reviewCount: true, discussionCount: true, readerCount: true,
        ratingCount: true, ratingSum: true, ratingSquareSum: true,
        createdBy: { select: { name: true, handle: true } },
        authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
        tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { name: true, slug: true } } } },
        agendas: { orderBy: { agenda: { name: "asc" } }, select: { core: true, agenda: { select: { name: true, slug: true } } } },
      },
    }),
    findRelations(client, { slug, viewer }),
    findRelatedBySlug(client, slug, viewer),
    client.readingList.findMany({
      where: { visibility: "public", entries: { some: { post: { slug } } } },
      orderBy: { updatedAt: "desc" },
      take: 10,
      select: { slug: true, title: true, owner: { select: { name: true, handle: true } } },
    }),
    viewer
      ? client.readingStatus.findFirst({ where: { userId: viewer.id, post: { slug } }, select: { status: true } })
      : Promise.resolve(null),
  ]);
  if (!post) return null;
  if (post.draft && post.createdById !== viewer?.id) return null;
  const { ratingCount, ratingSum, ratingSquareSum, authors, tags, agendas, ...rest } = post;
  return {
    ...rest,
    rating: ratingSummary({ ratingCount, ratingSum, ratingSquareSum }),
    authors: authors.map((a) => a.author),
    tags: tags.map((t) => t.tag),
    agendas: agendas.map((a) => ({ ...a.agenda, core: a.core })),
    relations,
    related,
    lists,
    status: status?.status ?? null,
  };
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
