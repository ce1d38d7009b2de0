import type { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/schemas/parse";
import type { PostInput } from "@/lib/schemas/post";
import type { PostFields, Tx } from "./write-post";

/** Mutations parse their own input too: they are called by actions, tests and scripts. */
export function parsePostInput<S extends z.ZodType<PostInput>>(schema: S, input: unknown): PostInput {
  return parseOrThrow(schema, input, "Please correct the highlighted fields.");
}

export function toPostFields(data: PostInput): Omit<PostFields, "createdById"> {
  const publishedAt = data.publishedAt ? new Date(`${data.publishedAt}T00:00:00Z`) : null;
  return {
    title: data.title,
    authors: data.authors,
    url: data.url ?? null,
    lesswrongId: data.lesswrongId ?? null,
    arxivId: data.arxivId ?? null,
    doi: data.doi ?? null,
    source: data.source,
    kind: data.kind,
    publishedAt,
    publishedYear: publishedAt ? publishedAt.getUTCFullYear() : null,
    summary: data.summary ?? "",
    body: data.body ?? null,
    wordCount: data.wordCount ?? null,
    draft: data.draft,
  };
}

/** Every picked tag and agenda must exist; a core agenda must also be picked. */
export async function checkTaxonomy(tx: Pick<Tx, "tag" | "agenda">, data: Pick<PostInput, "tagIds" | "agendaIds" | "coreAgendaIds">) {
  const tagIds = [...new Set(data.tagIds)];
  const agendaIds = [...new Set(data.agendaIds)];
  const [tags, agendas] = await Promise.all([
    tagIds.length ? tx.tag.count({ where: { id: { in: tagIds } } }) : 0,
    agendaIds.length ? tx.agenda.count({ where: { id: { in: agendaIds } } }) : 0,
  ]);
  const errors: Record<string, string[]> = {};
  if (tags !== tagIds.length) errors.tagIds = ["One of the picked tags does not exist (any more)."];
  if (agendas !== agendaIds.length) errors.agendaIds = ["One of the picked agendas does not exist (any more)."];
  if (data.coreAgendaIds.some((id) => !agendaIds.includes(id))) errors.coreAgendaIds = ["Mark a post core only for an agenda you picked."];
  if (Object.keys(errors).length) throw new ValidationError("Please correct the highlighted fields.", errors);
  data.tagIds.splice(0, data.tagIds.length, ...tagIds);
  data.agendaIds.splice(0, data.agendaIds.length, ...agendaIds);
}
