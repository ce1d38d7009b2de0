import "server-only";
import { db as defaultDb, Prisma, type Db } from "@/lib/db";
import { canEdit, canViewList } from "@/lib/auth/permissions";
import type { ListVisibility, PostSource, ReadingStatusValue } from "@/lib/domain";
import { jsonArray } from "@/lib/db/raw-rows";
import { computeListProgress, getStatusesForPosts, type ListProgress, type StatusMap } from "./progress";

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
  status: ReadingStatusValue | null;
  statusChangedAt: Date | null;
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

/** A list as the viewer may see it, or null when it is missing or not theirs to see. */
export async function getListBySlug(slug: string, viewer: Viewer, client: Db = defaultDb): Promise<ListView | null> {
  const list = await client.readingList.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      visibility: true,
      ownerId: true,
      createdAt: true,
      updatedAt: true,
      owner: { select: { id: true, name: true, handle: true } },
      copiedFrom: { select: { slug: true, title: true, visibility: true, ownerId: true } },
      sections: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, title: true } },
      entries: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          sectionId: true,
          position: true,
          note: true,
          core: true,
          post: { select: { id: true, slug: true, title: true, authorsText: true, publishedYear: true, source: true } },
        },
      },
    },
  });
  if (!list || !canViewList(viewer, list)) return null;
  const statuses: StatusMap = await getStatusesForPosts(viewer?.id, list.entries.map((e) => e.post.id), client);
  const entries: ListEntryView[] = list.entries.map((e) => ({
    ...e,
    status: statuses[e.post.id]?.status ?? null,
    statusChangedAt: statuses[e.post.id]?.updatedAt ?? null,
  }));
  const unsectioned = entries.filter((e) => !e.sectionId || !list.sections.some((s) => s.id === e.sectionId));
  const sections: ListView["sections"] = [
    ...(unsectioned.length ? [{ id: null, title: "Unsectioned", entries: unsectioned }] : []),
    ...list.sections.map((s) => ({ id: s.id, title: s.title, entries: entries.filter((e) => e.sectionId === s.id) })),
  ];
  const copiedFrom = list.copiedFrom && canViewList(viewer, list.copiedFrom) ? { slug: list.copiedFrom.slug, title: list.copiedFrom.title } : null;
  return {
    id: list.id,
    slug: list.slug,
    title: list.title,
    description: list.description,
    visibility: list.visibility,
    createdAt: list.createdAt,
    updatedAt: list.updatedAt,
    owner: list.owner,
    copiedFrom,
    canEdit: canEdit(viewer, list),
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
      coalesce((SELECT json_agg(json_build_object('id', s.id, 'title', s.title) ORDER BY s.position, s.id)
        FROM "ListSection" s WHERE s."listId" = l.id), '[]'::json) AS sections
    FROM "ReadingList" l
    WHERE l."ownerId" = ${userId}
    ORDER BY l."updatedAt" DESC, l.id ASC`;
  return rows.map((r) => ({ ...r, sections: jsonArray<{ id: string; title: string }>(r.sections) }));
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
