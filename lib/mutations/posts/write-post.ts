// Row-level writing of a post with its authors, tags and agendas. No permission checks:
// callers (the create/edit mutations, the importer, the seed) decide who may write.
import type { Db } from "@/lib/db";
import type { PostKind, PostSource } from "@/lib/domain";
import { canonicalizeUrl, normalizeTitle } from "@/lib/import/identity";
import { toSlug, uniqueSlug } from "@/lib/slug";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type PostFields = {
  title: string;
  authors: string[];
  url?: string | null;
  lesswrongId?: string | null;
  arxivId?: string | null;
  doi?: string | null;
  source: PostSource;
  kind: PostKind;
  publishedAt?: Date | null;
  publishedYear?: number | null;
  summary?: string;
  body?: string | null;
  wordCount?: number | null;
  draft?: boolean;
  createdById?: string | null;
};

export function authorSlug(name: string) {
  return toSlug(name, 60);
}

export function normalizeAuthorName(name: string) {
  return name.normalize("NFKC").toLowerCase().replace(/[.\s]+/g, " ").trim();
}

/** Author rows for names, created when missing; returned in the given order. */
export async function ensureAuthors(tx: Tx, names: string[]) {
  const clean = [...new Set(names.map((n) => n.trim().replace(/\s+/g, " ")).filter(Boolean))];
  const ids: string[] = [];
  for (const name of clean) {
    const normalizedName = normalizeAuthorName(name);
    const existing = await tx.author.findUnique({ where: { normalizedName }, select: { id: true } });
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const slug = await uniqueSlug(authorSlug(name), async (s) => !!(await tx.author.findUnique({ where: { slug: s }, select: { id: true } })));
    const created = await tx.author.create({ data: { name, normalizedName, slug }, select: { id: true } });
    ids.push(created.id);
  }
  return { ids, names: clean };
}

export async function setPostAuthors(tx: Tx, postId: string, names: string[]) {
  const { ids, names: clean } = await ensureAuthors(tx, names);
  await tx.postAuthor.deleteMany({ where: { postId } });
  if (ids.length) {
    await tx.postAuthor.createMany({ data: ids.map((authorId, position) => ({ postId, authorId, position })) });
  }
  await tx.post.update({ where: { id: postId }, data: { authorsText: clean.join(", ") } });
}

export async function insertPost(tx: Tx, fields: PostFields) {
  const slug = await uniqueSlug(toSlug(fields.title), async (s) => !!(await tx.post.findUnique({ where: { slug: s }, select: { id: true } })));
  const url = fields.url?.trim() || null;
  const post = await tx.post.create({
    data: {
      slug,
      title: fields.title.trim(),
      normalizedTitle: normalizeTitle(fields.title),
      url,
      canonicalUrl: url ? canonicalizeUrl(url) : null,
      lesswrongId: fields.lesswrongId || null,
      arxivId: fields.arxivId || null,
      doi: fields.doi ? fields.doi.toLowerCase() : null,
      source: fields.source,
      kind: fields.kind,
      publishedAt: fields.publishedAt ?? null,
      publishedYear: fields.publishedYear ?? (fields.publishedAt ? fields.publishedAt.getUTCFullYear() : null),
      summary: fields.summary ?? "",
      body: fields.body ?? null,
      wordCount: fields.wordCount ?? null,
      draft: fields.draft ?? false,
      createdById: fields.createdById ?? null,
      lastActivityAt: fields.publishedAt ?? new Date(),
    },
    select: { id: true, slug: true },
  });
  await setPostAuthors(tx, post.id, fields.authors);
  return post;
}

export async function linkTags(tx: Tx, postId: string, tagIds: string[]) {
  if (!tagIds.length) return;
  await tx.postTag.createMany({ data: tagIds.map((tagId) => ({ postId, tagId })), skipDuplicates: true });
}

export async function linkAgendas(tx: Tx, postId: string, agendas: { agendaId: string; core?: boolean }[]) {
  if (!agendas.length) return;
  await tx.postAgenda.createMany({
    data: agendas.map((a) => ({ postId, agendaId: a.agendaId, core: a.core ?? false })),
    skipDuplicates: true,
  });
}
