// Reads for the exports, with the database as a parameter (the CLI, route handlers and tests
// pass theirs). Posts are selected with the library's own filter builder, so an export holds
// exactly what the library shows for the same URL; lists obey their visibility.
import type { Db } from "@/lib/db";
import { canViewList } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildLibraryOrder, buildLibraryWhere, type LibraryCriteria, type Viewer } from "@/lib/queries/library";
import type { ExportList, ExportPost } from "./types";

export const MAX_EXPORT_POSTS = 50_000;

const POST_FIELDS = {
  id: true,
  slug: true,
  title: true,
  url: true,
  lesswrongId: true,
  arxivId: true,
  doi: true,
  source: true,
  kind: true,
  publishedAt: true,
  publishedYear: true,
  summary: true,
  wordCount: true,
  reviewCount: true,
  ratingMean: true,
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
  tags: { select: { tag: { select: { name: true } } } },
  agendas: { select: { agenda: { select: { name: true } } } },
} as const;

export async function loadPostsForExport(db: Db, { criteria, viewer }: { criteria: LibraryCriteria; viewer: Viewer }): Promise<ExportPost[]> {
  const ids = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT p.id FROM "Post" p WHERE ${buildLibraryWhere(criteria, viewer)} ORDER BY ${buildLibraryOrder(criteria)} LIMIT ${MAX_EXPORT_POSTS}`,
  );
  const order = new Map(ids.map((r, i) => [r.id, i]));
  const rows: { at: number; post: ExportPost }[] = [];
  // Chunks keep the IN lists and the nested relation queries small.
  for (let i = 0; i < ids.length; i += 2000) {
    const chunk = await db.post.findMany({ where: { id: { in: ids.slice(i, i + 2000).map((r) => r.id) } }, select: POST_FIELDS });
    for (const { id, authors, tags, agendas, ...p } of chunk) {
      rows.push({
        at: order.get(id) ?? 0,
        post: {
          ...p,
          authors: authors.map((a) => a.author.name),
          tags: tags.map((t) => t.tag.name).sort(),
          agendas: agendas.map((a) => a.agenda.name).sort(),
        },
      });
    }
  }
  // findMany by a list of ids does not keep the library's order: restore it.
  return rows.sort((a, b) => a.at - b.at).map((r) => r.post);
}

export async function loadListForExport(db: Db, { slug, viewer }: { slug: string; viewer: Viewer & ({ role?: "member" | "admin" } | null) }): Promise<ExportList | null> {
  const list = await db.readingList.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      description: true,
      visibility: true,
      ownerId: true,
      owner: { select: { name: true } },
      sections: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, title: true } },
      entries: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          sectionId: true,
          note: true,
          core: true,
          post: {
            select: { slug: true, title: true, url: true, publishedYear: true, authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } } },
          },
        },
      },
    },
  });
  if (!list || !canViewList(viewer ? { id: viewer.id, role: viewer.role ?? "member" } : null, list)) return null;
  const entry = (e: (typeof list.entries)[number]) => ({
    note: e.note,
    core: e.core,
    post: { ...e.post, authors: e.post.authors.map((a) => a.author.name) },
  });
  const known = new Set(list.sections.map((s) => s.id));
  const loose = list.entries.filter((e) => !e.sectionId || !known.has(e.sectionId));
  return {
    slug: list.slug,
    title: list.title,
    description: list.description,
    owner: list.owner.name,
    sections: [
      ...(loose.length ? [{ title: null, entries: loose.map(entry) }] : []),
      ...list.sections.map((s) => ({ title: s.title, entries: list.entries.filter((e) => e.sectionId === s.id).map(entry) })),
    ],
  };
}
