import "server-only";
import type { Db } from "@/lib/db";
import { canEditPost, type Actor } from "@/lib/auth/permissions";
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { canonicalizeUrl, normalizeTitle } from "@/lib/import/identity";
import { postInputSchema } from "@/lib/schemas/post";
import { duplicateErrors, findDuplicates } from "./find-duplicates";
import { checkTaxonomy, parsePostInput, toPostFields } from "./post-input";
import { recountAgendas, recountTags } from "@/lib/mutations/counters";
import { setPostAuthors } from "./write-post";

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameSet = (a: readonly string[], b: readonly string[]) => sameList([...a].sort(), [...b].sort());

/**
 * The creator or an admin edits a post. Every changed field is recorded in editedFields
 * (imports merge into the other fields only); a changed body bumps the version so reviews
 * stay pinned to what they read. The slug never changes: links and feeds depend on it.
 */
export async function updatePost(db: Db, { actor, slug, input }: { actor: Actor; slug: string; input: unknown }) {
  if (!actor) throw new UnauthorizedError("Sign in to edit a post.");
  const data = parsePostInput(postInputSchema, input);
  return db.$transaction(async (tx) => {
    const post = await tx.post.findUnique({
      where: { slug },
      select: {
        id: true, slug: true, title: true, url: true, lesswrongId: true, arxivId: true, doi: true, source: true, kind: true, publishedAt: true,
        summary: true, body: true, wordCount: true, draft: true, createdById: true, editedFields: true, version: true,
        authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
        tags: { select: { tagId: true } },
        agendas: { select: { agendaId: true, core: true } },
      },
    });
    if (!post || (post.draft && post.createdById !== actor.id && actor.role !== "admin")) throw new NotFoundError("No such post.");
    if (!canEditPost(actor, post)) throw new ForbiddenError("Only the person who added this post or an admin can edit it.");
    const dupes = duplicateErrors(await findDuplicates(tx, data, post.id), data.confirmDuplicate || normalizeTitle(data.title) === normalizeTitle(post.title));
    if (dupes) throw new ConflictError("Another post already has some of these details.", dupes);
    await checkTaxonomy(tx, data);

    const next = toPostFields(data);
    const changed: string[] = [];
    const scalar = ["title", "url", "lesswrongId", "arxivId", "doi", "source", "kind", "summary", "body", "wordCount", "draft"] as const;
    for (const k of scalar) if ((post[k] ?? null) !== (next[k] ?? null)) changed.push(k);
    if ((post.publishedAt?.getTime() ?? null) !== (next.publishedAt?.getTime() ?? null)) changed.push("publishedAt");
    const oldAuthors = post.authors.map((a) => a.author.name);
    if (!sameList(oldAuthors, data.authors)) changed.push("authors");
    const oldTags = post.tags.map((t) => t.tagId);
    const oldAgendas = post.agendas.map((a) => a.agendaId);
    const oldCore = post.agendas.filter((a) => a.core).map((a) => a.agendaId);
    if (!sameSet(oldTags, data.tagIds)) changed.push("tags");
    if (!sameSet(oldAgendas, data.agendaIds) || !sameSet(oldCore, data.coreAgendaIds)) changed.push("agendas");
    if (!changed.length) return { id: post.id, slug: post.slug, changed };

    await tx.post.update({
      where: { id: post.id },
      data: {
        title: next.title,
        normalizedTitle: normalizeTitle(next.title),
        url: next.url,
        canonicalUrl: next.url ? canonicalizeUrl(next.url) : null,
        lesswrongId: next.lesswrongId,
        arxivId: next.arxivId,
        doi: next.doi ? next.doi.toLowerCase() : null,
        source: next.source,
        kind: next.kind,
        publishedAt: next.publishedAt,
        publishedYear: next.publishedYear,
        summary: next.summary,
        body: next.body,
        wordCount: next.wordCount,
        draft: next.draft,
        editedFields: [...new Set([...post.editedFields, ...changed])],
        version: changed.includes("body") ? post.version + 1 : post.version,
      },
    });
    if (changed.includes("authors")) await setPostAuthors(tx, post.id, data.authors);

    const removedTags = oldTags.filter((id) => !data.tagIds.includes(id));
    const addedTags = data.tagIds.filter((id) => !oldTags.includes(id));
    if (removedTags.length) {
      await tx.postTag.deleteMany({ where: { postId: post.id, tagId: { in: removedTags } } });
    }
    if (addedTags.length) {
      await tx.postTag.createMany({ data: addedTags.map((tagId) => ({ postId: post.id, tagId })) });
    }
    const removedAgendas = oldAgendas.filter((id) => !data.agendaIds.includes(id));
    const addedAgendas = data.agendaIds.filter((id) => !oldAgendas.includes(id));
    if (removedAgendas.length) {
      await tx.postAgenda.deleteMany({ where: { postId: post.id, agendaId: { in: removedAgendas } } });
    }
    if (addedAgendas.length) {
      await tx.postAgenda.createMany({ data: addedAgendas.map((agendaId) => ({ postId: post.id, agendaId, core: data.coreAgendaIds.includes(agendaId) })) });
    }
    // Publishing or unpublishing moves every count the post is in; a tag change, its own.
    const published = changed.includes("draft");
    await recountTags(tx, published ? [...new Set([...oldTags, ...data.tagIds])] : [...removedTags, ...addedTags]);
    await recountAgendas(tx, published ? [...new Set([...oldAgendas, ...data.agendaIds])] : [...removedAgendas, ...addedAgendas]);
    for (const agendaId of data.agendaIds.filter((id) => oldAgendas.includes(id))) {
      const core = data.coreAgendaIds.includes(agendaId);
      if (core !== oldCore.includes(agendaId)) await tx.postAgenda.update({ where: { postId_agendaId: { postId: post.id, agendaId } }, data: { core } });
    }
    return { id: post.id, slug: post.slug, changed };
  });
}
