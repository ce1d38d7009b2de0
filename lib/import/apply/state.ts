// What the importer knows about the library while it runs: slugs, authors, tags and agendas
// loaded once per job (so a batch never asks "is this slug taken?" row by row), and the posts
// that match a batch's identity keys, loaded per batch. Rows created during the job are added
// to the same maps, so later rows of the file see them.
import type { Db } from "@/lib/db";
import { normalizeAuthorName } from "@/lib/mutations/posts/write-post";
import { toSlug } from "@/lib/slug";
import { canonicalizeUrl, normalizeTitle } from "../identity";
import type { ImportedPost } from "../types";

type Reader = Pick<Db, "post" | "author" | "tag" | "agenda" | "postTag" | "postAgenda">;

export type KnownPost = {
  id: string;
  slug: string;
  title: string;
  normalizedTitle: string;
  url: string | null;
  canonicalUrl: string | null;
  lesswrongId: string | null;
  arxivId: string | null;
  doi: string | null;
  source: string;
  kind: string;
  publishedAt: Date | null;
  publishedYear: number | null;
  summary: string;
  body: string | null;
  wordCount: number | null;
  authorsText: string;
  editedFields: string[];
  tagIds: Set<string>;
  agendaIds: Set<string>;
  /** Created by this job (or, in a dry run, would be). */
  fresh?: boolean;
};

export const POST_SELECT = {
  id: true,
  slug: true,
  title: true,
  normalizedTitle: true,
  url: true,
  canonicalUrl: true,
  lesswrongId: true,
  arxivId: true,
  doi: true,
  source: true,
  kind: true,
  publishedAt: true,
  publishedYear: true,
  summary: true,
  body: true,
  wordCount: true,
  authorsText: true,
  editedFields: true,
} as const;

/** Identity keys of an imported row, strongest first. */
export function importKeys(p: ImportedPost) {
  const canonical = p.url ? canonicalizeUrl(p.url) : null;
  return {
    lw: p.lesswrongId ? `lw:${p.lesswrongId}` : null,
    arxiv: p.arxivId ? `arxiv:${p.arxivId}` : null,
    doi: p.doi ? `doi:${p.doi.toLowerCase()}` : null,
    url: canonical ? `url:${canonical}` : null,
    canonical,
    title: normalizeTitle(p.title),
  };
}

export function postKeys(p: Pick<KnownPost, "lesswrongId" | "arxivId" | "doi" | "canonicalUrl" | "normalizedTitle">): string[] {
  const keys: string[] = [];
  if (p.lesswrongId) keys.push(`lw:${p.lesswrongId}`);
  if (p.arxivId) keys.push(`arxiv:${p.arxivId}`);
  if (p.doi) keys.push(`doi:${p.doi.toLowerCase()}`);
  if (p.canonicalUrl) keys.push(`url:${p.canonicalUrl}`);
  if (p.normalizedTitle) keys.push(`title:${p.normalizedTitle}`);
  return keys;
}

export class ImportState {
  slugs = new Set<string>();
  authorIds = new Map<string, string>(); // normalizedName -> id
  authorSlugs = new Set<string>();
  tagBySlug = new Map<string, string>();
  tagByName = new Map<string, string>();
  agendaBySlug = new Map<string, string>();
  agendaByName = new Map<string, string>();
  /** identity key -> post; "title:" keys keep the first post with that title. */
  index = new Map<string, KnownPost>();
  private loadedPosts = new Set<string>();

  static async load(db: Reader): Promise<ImportState> {
    const s = new ImportState();
    const [posts, authors, tags, agendas] = await Promise.all([
      db.post.findMany({ select: { slug: true } }),
      db.author.findMany({ select: { id: true, slug: true, normalizedName: true } }),
      db.tag.findMany({ select: { id: true, slug: true, name: true } }),
      db.agenda.findMany({ select: { id: true, slug: true, name: true } }),
    ]);
    for (const p of posts) s.slugs.add(p.slug);
    for (const a of authors) {
      s.authorIds.set(a.normalizedName, a.id);
      s.authorSlugs.add(a.slug);
    }
    for (const t of tags) s.addTag(t);
    for (const a of agendas) s.addAgenda(a);
    return s;
  }

  addTag(t: { id: string; slug: string; name: string }) {
    this.tagBySlug.set(t.slug, t.id);
    if (!this.tagByName.has(t.name.toLowerCase())) this.tagByName.set(t.name.toLowerCase(), t.id);
  }

  addAgenda(a: { id: string; slug: string; name: string }) {
    this.agendaBySlug.set(a.slug, a.id);
    if (!this.agendaByName.has(a.name.toLowerCase())) this.agendaByName.set(a.name.toLowerCase(), a.id);
  }

  findTag(name: string) {
    return this.tagByName.get(name.trim().toLowerCase()) ?? this.tagBySlug.get(toSlug(name, 60));
  }

  findAgenda(name: string) {
    return this.agendaByName.get(name.trim().toLowerCase()) ?? this.agendaBySlug.get(toSlug(name, 60));
  }

  /** A free slug for `base`, reserved at once. */
  takeSlug(set: Set<string>, base: string) {
    let slug = base;
    for (let n = 2; set.has(slug); n++) slug = `${base}-${n}`;
    set.add(slug);
    return slug;
  }

  remember(p: KnownPost) {
    for (const k of postKeys(p)) {
      if (k.startsWith("title:") && this.index.has(k)) continue;
      this.index.set(k, p);
    }
  }

  /** Loads the stored posts that share any identity key with the batch (one query + links). */
  async loadMatches(db: Reader, batch: ImportedPost[]) {
    const lw = new Set<string>();
    const arxiv = new Set<string>();
    const doi = new Set<string>();
    const urls = new Set<string>();
    const titles = new Set<string>();
    for (const p of batch) {
      const k = importKeys(p);
      if (p.lesswrongId) lw.add(p.lesswrongId);
      if (p.arxivId) arxiv.add(p.arxivId);
      if (p.doi) doi.add(p.doi.toLowerCase());
      if (k.canonical) urls.add(k.canonical);
      if (k.title) titles.add(k.title);
    }
    const or = [
      lw.size && { lesswrongId: { in: [...lw] } },
      arxiv.size && { arxivId: { in: [...arxiv] } },
      doi.size && { doi: { in: [...doi] } },
      urls.size && { canonicalUrl: { in: [...urls] } },
      titles.size && { normalizedTitle: { in: [...titles] } },
    ].filter(Boolean) as object[];
    if (!or.length) return;
    const rows = await db.post.findMany({ where: { OR: or }, select: POST_SELECT, orderBy: { createdAt: "asc" } });
    const fresh = rows.filter((r) => !this.loadedPosts.has(r.id));
    if (!fresh.length) return;
    const ids = fresh.map((r) => r.id);
    const [tags, agendas] = await Promise.all([
      db.postTag.findMany({ where: { postId: { in: ids } }, select: { postId: true, tagId: true } }),
      db.postAgenda.findMany({ where: { postId: { in: ids } }, select: { postId: true, agendaId: true } }),
    ]);
    const byId = new Map<string, KnownPost>();
    for (const r of fresh) {
      const known: KnownPost = { ...r, source: r.source, kind: r.kind, tagIds: new Set(), agendaIds: new Set() };
      byId.set(r.id, known);
      this.loadedPosts.add(r.id);
      this.remember(known);
    }
    for (const t of tags) byId.get(t.postId)?.tagIds.add(t.tagId);
    for (const a of agendas) byId.get(a.postId)?.agendaIds.add(a.agendaId);
  }

  authorKey(name: string) {
    return normalizeAuthorName(name);
  }
}
