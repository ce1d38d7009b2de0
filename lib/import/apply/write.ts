// Stages decisions in memory and writes a batch of them in one go: missing tags, agendas and
// authors (one createMany each), new posts (one createMany), author links, merges, tag and
// agenda links, and the stored post counts of every tag and agenda the batch touched.
// Staging updates the ImportState at once, so the next row of the file already sees the post
// this row creates; a dry run stages and never flushes.
import crypto from "node:crypto";
import { Prisma } from "@/lib/db";
import type { Tx } from "@/lib/mutations/posts/write-post";
import { toSlug } from "@/lib/slug";
import { normalizeTitle } from "../identity";
import { toDate, type Decision } from "./decide";
import type { ImportState, KnownPost } from "./state";
import { recountAgendas, recountTags } from "@/lib/mutations/counters";

/** Ids in the shape of Prisma's cuid() defaults, made here so links can be written in bulk. */
export function newId() {
  return "c" + crypto.randomBytes(12).toString("hex");
}

const cleanName = (n: string) => n.trim().replace(/\s+/g, " ");

export class BatchWriter {
  private tags: { id: string; name: string; slug: string }[] = [];
  private agendas: { id: string; name: string; slug: string }[] = [];
  private authors: { id: string; name: string; slug: string; normalizedName: string }[] = [];
  private posts = new Map<string, Prisma.PostCreateManyInput>();
  private postAuthors: { postId: string; authorId: string; position: number }[] = [];
  private updates = new Map<string, Prisma.PostUpdateInput>();
  private postTags: { postId: string; tagId: string }[] = [];
  private postAgendas: { postId: string; agendaId: string }[] = [];
  private touchedTags = new Set<string>();
  private touchedAgendas = new Set<string>();

  constructor(
    private state: ImportState,
    private actorId: string | null,
  ) {}

  private tagId(name: string) {
    const s = this.state;
    const n = cleanName(name);
    if (!n) return null;
    const found = s.findTag(n);
    if (found) return found;
    const row = { id: newId(), name: n, slug: s.takeSlug(new Set(s.tagBySlug.keys()), toSlug(n, 60)) };
    this.tags.push(row);
    s.addTag(row);
    return row.id;
  }

  private agendaId(name: string) {
    const s = this.state;
    const n = cleanName(name);
    if (!n) return null;
    const found = s.findAgenda(n);
    if (found) return found;
    const row = { id: newId(), name: n, slug: s.takeSlug(new Set(s.agendaBySlug.keys()), toSlug(n, 60)) };
    this.agendas.push(row);
    s.addAgenda(row);
    return row.id;
  }

  private authorLinks(postId: string, names: string[]) {
    const s = this.state;
    const seen = new Set<string>();
    const clean: string[] = [];
    const links: { postId: string; authorId: string; position: number }[] = [];
    for (const raw of names) {
      const name = cleanName(raw);
      const key = s.authorKey(name);
      if (!name || !key || seen.has(key)) continue;
      seen.add(key);
      let authorId = s.authorIds.get(key);
      if (!authorId) {
        authorId = newId();
        this.authors.push({ id: authorId, name, normalizedName: key, slug: s.takeSlug(s.authorSlugs, toSlug(name, 60)) });
        s.authorIds.set(key, authorId);
      }
      links.push({ postId, authorId, position: links.length });
      clean.push(name);
    }
    return { text: clean.join(", "), links };
  }

  private link(post: KnownPost, tags: string[], agendas: string[]) {
    for (const t of tags) {
      const tagId = this.tagId(t);
      if (!tagId || post.tagIds.has(tagId)) continue;
      post.tagIds.add(tagId);
      this.postTags.push({ postId: post.id, tagId });
      this.touchedTags.add(tagId);
    }
    for (const a of agendas) {
      const agendaId = this.agendaId(a);
      if (!agendaId || post.agendaIds.has(agendaId)) continue;
      post.agendaIds.add(agendaId);
      this.postAgendas.push({ postId: post.id, agendaId });
      this.touchedAgendas.add(agendaId);
    }
  }

  /** Records the decision's writes and updates the state; returns the post's id, if any. */
  stage(d: Decision): string | undefined {
    if (d.action === "skip") return d.post?.id;
    if (d.action === "create") {
      const r = d.row;
      const id = newId();
      const title = r.title.trim();
      const publishedAt = toDate(r.publishedAt) ?? null;
      const { text, links } = this.authorLinks(id, r.authors);
      const data = {
        id,
        slug: this.state.takeSlug(this.state.slugs, toSlug(title)),
        title,
        normalizedTitle: normalizeTitle(title),
        url: r.url ?? null,
        canonicalUrl: d.canonicalUrl,
        lesswrongId: r.lesswrongId ?? null,
        arxivId: r.arxivId ?? null,
        doi: r.doi ? r.doi.toLowerCase() : null,
        source: r.source,
        kind: r.kind,
        publishedAt,
        publishedYear: r.publishedYear ?? publishedAt?.getUTCFullYear() ?? null,
        summary: r.summary ?? "",
        body: r.body ?? null,
        wordCount: r.wordCount ?? null,
        authorsText: text,
        createdById: this.actorId,
        lastActivityAt: publishedAt ?? new Date(),
      };
      this.posts.set(id, data);
      this.postAuthors.push(...links);
      const known: KnownPost = { ...data, editedFields: [], tagIds: new Set(), agendaIds: new Set(), fresh: true };
      this.state.remember(known);
      this.link(known, d.tags, d.agendas);
      return id;
    }
    const post = d.post;
    const data: Record<string, unknown> = { ...d.data };
    if (d.authors) {
      const { text, links } = this.authorLinks(post.id, d.authors);
      if (links.length) {
        this.postAuthors.push(...links);
        data.authorsText = text;
      }
    }
    // A post created earlier in this batch is still only staged: complete its row instead.
    const staged = this.posts.get(post.id);
    if (staged) Object.assign(staged, data);
    else if (Object.keys(data).length) this.updates.set(post.id, { ...(this.updates.get(post.id) ?? {}), ...(data as Prisma.PostUpdateInput) });
    Object.assign(post, data);
    this.state.remember(post);
    this.link(post, d.tags, d.agendas);
    return post.id;
  }

  async flush(tx: Tx) {
    if (this.tags.length) await tx.tag.createMany({ data: this.tags });
    if (this.agendas.length) await tx.agenda.createMany({ data: this.agendas });
    if (this.authors.length) await tx.author.createMany({ data: this.authors });
    if (this.posts.size) await tx.post.createMany({ data: [...this.posts.values()] });
    if (this.postAuthors.length) await tx.postAuthor.createMany({ data: this.postAuthors, skipDuplicates: true });
    for (const [id, data] of this.updates) await tx.post.update({ where: { id }, data });
    if (this.postTags.length) await tx.postTag.createMany({ data: this.postTags, skipDuplicates: true });
    if (this.postAgendas.length) await tx.postAgenda.createMany({ data: this.postAgendas, skipDuplicates: true });
    await recountTags(tx, [...this.touchedTags]);
    await recountAgendas(tx, [...this.touchedAgendas]);
  }
}
