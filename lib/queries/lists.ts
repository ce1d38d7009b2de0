import "server-only";
import { db as defaultDb, Prisma, type Db } from "@/lib/db";
import { canEdit, canViewList } from "@/lib/auth/permissions";
import type { ListVisibility, PostSource, ReadingStatusValue } from "@/lib/domain";
import { jsonArray, jsonObject, toDate } from "@/lib/db/raw-rows";
import { computeListProgress, type ListProgress } from "./progress";

type Viewer = { id: string; role: "member" | "admin" } | null;

const summarySelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  visibility: true,
  updatedAt: true,
  owner: { select: { name: true, handle: true } },
  _count: { select: { entries: true, sections: true } },
} as const;

export type ListSummary = {
  id: string;
  slug: string;
  title: string;
  description: string;
  visibility: ListVisibility;
  updatedAt: Date;
  owner: { name: string; handle: string };
  entryCount: number;
  sectionCount: number;
};

function toSummary(row: Prisma.ReadingListGetPayload<{ select: typeof summarySelect }>): ListSummary {
  const { _count, ...rest } = row;
  return { ...rest, entryCount: _count.entries, sectionCount: _count.sections };
}

export async function findPublicLists({ take = 50 } = {}, client: Db = defaultDb): Promise<ListSummary[]> {
  const rows = await client.readingList.findMany({
    where: { visibility: "public" },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take,
    select: summarySelect,
  });
  return rows.map(toSummary);
}

export async function findListsOwnedBy(userId: string, client: Db = defaultDb): Promise<ListSummary[]> {
  const rows = await client.readingList.findMany({
    where: { ownerId: userId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: summarySelect,
  });
  return rows.map(toSummary);
}

export type ListEntryView = {
  id: string;
  sectionId: string | null;
  position: number;
  note: string;
  core: boolean;
  post: { id: string; slug: string; title: string; authorsText: string; publishedYear: number | null; source: PostSource };
  /** The viewer's reading status of the post (null when none, or nobody is signed in). */
  status: ReadingStatusValue | null;
};
export type ListView = {
  id: string;
  slug: string;
  title: string;
  description: string;
  visibility: ListVisibility;
  createdAt: Date;
  updatedAt: Date;
  owner: { id: string; name: string; handle: string };
  copiedFrom: { slug: string; title: string } | null;
  canEdit: boolean;
  /** Groups in reading order: the unsectioned entries (id null, only when there are any), then each section. */
  sections: { id: string | null; title: string; entries: ListEntryView[] }[];
  entries: ListEntryView[];
  progress: ListProgress | null;
};

/** A list's sections in order, as json [{ id, title }], for a query over "ReadingList" l. */
const sectionsJsonSql = Prisma.sql`coalesce((SELECT json_agg(json_build_object('id', s.id, 'title', s.title) ORDER BY s.position, s.id)
        FROM "ListSection" s WHERE s."listId" = l.id), '[]'::json)`;

type ListRow = {
  id: string;
  slug: string;
  title: string;
  description: string;
  visibility: ListVisibility;
  ownerId: string;
  createdAt: unknown;
  updatedAt: unknown;
  owner: unknown;
  copiedFrom: unknown;
  sections: unknown;
  entries: unknown;
};

/**
 * A list as the viewer may see it, or null when it is missing or not theirs to see.
 * One statement: the list with its owner, the list it was copied from, its sections, and
 * its entries in reading order with their posts and the viewer's reading status (json
 * sub-selects). Through Prisma's nested select it was six statements, each paying the
 * ORM's per-query cost, on a page that can hold hundreds of entries.
 */
export async function getListBySlug(slug: string, viewer: Viewer, client: Db = defaultDb): Promise<ListView | null> {
  const [row] = await client.$queryRaw<ListRow[]>`
    SELECT l.id, l.slug, l.title, l.description, l.visibility::text AS visibility, l."ownerId", l."createdAt", l."updatedAt",
      json_build_object('id', o.id, 'name', o.name, 'handle', o.handle) AS owner,
      (SELECT json_build_object('slug', c.slug, 'title', c.title, 'visibility', c.visibility, 'ownerId', c."ownerId")
        FROM "ReadingList" c WHERE c.id = l."copiedFromId") AS "copiedFrom",
      ${sectionsJsonSql} AS sections,
      (SELECT coalesce(json_agg(json_build_object(
          'id', e.id, 'sectionId', e."sectionId", 'position', e.position, 'note', e.note, 'core', e.core,
          'post', json_build_object('id', p.id, 'slug', p.slug, 'title', p.title, 'authorsText', p."authorsText",
            'publishedYear', p."publishedYear", 'source', p.source),
          'status', rs.status) ORDER BY e.position, e.id), '[]')
        FROM "ListEntry" e
        JOIN "Post" p ON p.id = e."postId"
        LEFT JOIN "ReadingStatus" rs ON rs."userId" = ${viewer?.id ?? null}::text AND rs."postId" = e."postId"
        WHERE e."listId" = l.id) AS entries
    FROM "ReadingList" l JOIN "User" o ON o.id = l."ownerId"
    WHERE l.slug = ${slug}`;
  if (!row || !canViewList(viewer, row)) return null;
  const listSections = jsonArray<{ id: string; title: string }>(row.sections);
  const entries = jsonArray<ListEntryView>(row.entries);
  // One pass over the entries (already in reading order): each to its section, or to
  // "Unsectioned" when it has none or its section is not in the list.
  const bySection = new Map<string | null, ListEntryView[]>([[null, []], ...listSections.map((x) => [x.id, []] as [string, ListEntryView[]])]);
  for (const e of entries) (bySection.get(e.sectionId) ?? bySection.get(null)!).push(e);
  const unsectioned = bySection.get(null)!;
  const sections: ListView["sections"] = [
    ...(unsectioned.length ? [{ id: null, title: "Unsectioned", entries: unsectioned }] : []),
    ...listSections.map((x) => ({ id: x.id, title: x.title, entries: bySection.get(x.id)! })),
  ];
  const source = jsonObject<{ slug: string; title: string; visibility: ListVisibility; ownerId: string }>(row.copiedFrom);
  const statuses = Object.fromEntries(entries.filter((e) => e.status).map((e) => [e.post.id, { status: e.status! }]));
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    visibility: row.visibility,
    createdAt: toDate(row.createdAt),
    updatedAt: toDate(row.updatedAt),
    owner: jsonObject<ListView["owner"]>(row.owner)!,
    copiedFrom: source && canViewList(viewer, source) ? { slug: source.slug, title: source.title } : null,
    canEdit: canEdit(viewer, row),
    sections,
    entries,
    progress: viewer ? computeListProgress(entries.map((e) => ({ id: e.id, postId: e.post.id, core: e.core, position: e.position })), statuses) : null,
  };
}

export type PostHit = { id: string; slug: string; title: string; authorsText: string; publishedYear: number | null };

/** Title and full-text search for the list page's "add a post" box. */
export async function searchPostsForList(q: string, { take = 10 } = {}, client: Db = defaultDb): Promise<PostHit[]> {
  const text = q.trim();
  if (!text) return [];
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return client.$queryRaw<PostHit[]>`
    SELECT id, slug, title, "authorsText", "publishedYear"
    FROM "Post"
    WHERE NOT draft AND (title ILIKE ${like} OR "searchVector" @@ websearch_to_tsquery('english', ${text}))
    ORDER BY (title ILIKE ${like}) DESC, ts_rank("searchVector", websearch_to_tsquery('english', ${text})) DESC, id
    LIMIT ${take}`;
}

type MyListRow = { id: string; slug: string; title: string; holdsPost: boolean; sections: unknown };

/**
 * The viewer's lists for the post page's panel, most recently updated first, each with its
 * sections (the choices of the "add to my list" form) and whether it already holds the
 * post: one statement where the panel used to make four. The owner's id is the only
 * filter, so private lists never reach anyone else.
 */
export async function findMyListsForPost(postId: string, userId: string, client: Pick<Db, "$queryRaw"> = defaultDb) {
  const rows = await client.$queryRaw<MyListRow[]>`
    SELECT l.id, l.slug, l.title,
      EXISTS (SELECT 1 FROM "ListEntry" e WHERE e."listId" = l.id AND e."postId" = ${postId}) AS "holdsPost",
      ${sectionsJsonSql} AS sections
    FROM "ReadingList" l
    WHERE l."ownerId" = ${userId}
    ORDER BY l."updatedAt" DESC, l.id ASC`;
  return rows.map((r) => Object.assign({}, r, { sections: jsonArray<{ id: string; title: string }>(r.sections) }));
}

/** The JSON shape of /api/lists/[slug]: only fields meant to leave the server. */
export function listToJson(list: ListView) {
  return {
    slug: list.slug,
    title: list.title,
    description: list.description,
    visibility: list.visibility,
    owner: { name: list.owner.name, handle: list.owner.handle },
    copiedFrom: list.copiedFrom?.slug ?? null,
    createdAt: list.createdAt.toISOString(),
    updatedAt: list.updatedAt.toISOString(),
    sections: list.sections.map((s) => ({
      title: s.title,
      entries: s.entries.map((e) => ({
        position: e.position,
        core: e.core,
        note: e.note,
        post: { slug: e.post.slug, title: e.post.title, authors: e.post.authorsText, year: e.post.publishedYear },
        ...(list.progress ? { status: e.status } : {}),
      })),
    })),
    ...(list.progress ? { progress: list.progress } : {}),
  };
}
