import "server-only";
import type { Db } from "@/lib/db";
import { canCreatePost, type Actor } from "@/lib/auth/permissions";
import { ConflictError, UnauthorizedError } from "@/lib/errors";
import { postInputSchema } from "@/lib/schemas/post";
import { duplicateErrors, findDuplicates } from "./find-duplicates";
import { checkTaxonomy, parsePostInput, toPostFields } from "./post-input";
import { recountAgendas, recountTags } from "@/lib/mutations/counters";
import { insertPost, linkAgendas, linkTags } from "./write-post";

/** A member adds a post; duplicates by URL or external id are refused, by title warned. */
export async function createPost(db: Db, { actor, input }: { actor: Actor; input: unknown }) {
  if (!actor || !canCreatePost(actor)) throw new UnauthorizedError("Sign in to add a post.");
  const data = parsePostInput(postInputSchema, input);
  return db.$transaction(async (tx) => {
    const dupes = duplicateErrors(await findDuplicates(tx, data), data.confirmDuplicate);
    if (dupes) throw new ConflictError("This post may already be in the library.", dupes);
    await checkTaxonomy(tx, data);
    const post = await insertPost(tx, { ...toPostFields(data), createdById: actor.id });
    // A person typed every field of a post they created: imports must not overwrite them.
    await tx.post.update({ where: { id: post.id }, data: { editedFields: ["title", "authors", "url", "summary", "body", "publishedAt", "source", "kind"] } });
    await linkTags(tx, post.id, data.tagIds);
    await linkAgendas(tx, post.id, data.agendaIds.map((agendaId) => ({ agendaId, core: data.coreAgendaIds.includes(agendaId) })));
    await recountTags(tx, data.tagIds);
    await recountAgendas(tx, data.agendaIds);
    return post;
  });
}
