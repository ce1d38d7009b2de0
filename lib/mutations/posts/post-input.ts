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

type Named = { id: string; name: string; slug: string };

/**
 * Ids for the names typed in an "other" field, matched by name (any case) or slug. An
 * unknown name or one that several share is an error naming it, so nothing typed is
 * silently dropped.
 */
async function resolveNames(find: (names: string[]) => Promise<Named[]>, names: readonly string[], noun: string): Promise<{ ids: string[]; error?: string }> {
  if (!names.length) return { ids: [] };
  const found = await find([...names]);
  const ids: string[] = [];
  const unknown: string[] = [];
  const ambiguous: string[] = [];
  for (const name of names) {
    const key = name.toLowerCase();
    const bySlug = found.find((f) => f.slug === key);
    const byName = found.filter((f) => f.name.toLowerCase() === key);
    if (bySlug) ids.push(bySlug.id);
    else if (byName.length === 1) ids.push(byName[0].id);
    else if (byName.length > 1) ambiguous.push(`“${name}” (${byName.map((f) => f.slug).join(", ")})`);
    else unknown.push(`“${name}”`);
  }
  const problems = [
    unknown.length ? `No ${noun} is called ${unknown.join(", ")}.` : "",
    ambiguous.length ? `Several ${noun}s share a name; write the slug instead: ${ambiguous.join("; ")}.` : "",
  ].filter(Boolean);
  return { ids, error: problems.length ? problems.join(" ") : undefined };
}

/**
 * Every picked tag and agenda must exist; a core agenda must also be picked. Names typed in
 * the "other" fields join the picked ids (an agenda named there is not core; tick it on the
 * next edit, where it is listed).
 */
export async function checkTaxonomy(
  tx: Pick<Tx, "tag" | "agenda">,
  data: Pick<PostInput, "tagIds" | "agendaIds" | "coreAgendaIds"> & Partial<Pick<PostInput, "tagNames" | "agendaNames">>,
) {
  const select = { id: true, name: true, slug: true } as const;
  const matching = (names: string[]) => ({ OR: [{ slug: { in: names.map((n) => n.toLowerCase()) } }, { name: { in: names, mode: "insensitive" as const } }] });
  const [namedTags, namedAgendas] = await Promise.all([
    resolveNames((names) => tx.tag.findMany({ where: matching(names), select }), data.tagNames ?? [], "tag"),
    resolveNames((names) => tx.agenda.findMany({ where: matching(names), select }), data.agendaNames ?? [], "agenda"),
  ]);
  const tagIds = [...new Set([...data.tagIds, ...namedTags.ids])];
  const agendaIds = [...new Set([...data.agendaIds, ...namedAgendas.ids])];
  const [tags, agendas] = await Promise.all([
    tagIds.length ? tx.tag.count({ where: { id: { in: tagIds } } }) : 0,
    agendaIds.length ? tx.agenda.count({ where: { id: { in: agendaIds } } }) : 0,
  ]);
  const errors: Record<string, string[]> = {};
  if (namedTags.error) errors.tagNames = [namedTags.error];
  if (namedAgendas.error) errors.agendaNames = [namedAgendas.error];
  if (tags !== tagIds.length) errors.tagIds = ["One of the picked tags does not exist (any more)."];
  if (agendas !== agendaIds.length) errors.agendaIds = ["One of the picked agendas does not exist (any more)."];
  if (data.coreAgendaIds.some((id) => !agendaIds.includes(id))) errors.coreAgendaIds = ["Mark a post core only for an agenda you picked."];
  if (Object.keys(errors).length) throw new ValidationError("Please correct the highlighted fields.", errors);
  data.tagIds.splice(0, data.tagIds.length, ...tagIds);
  data.agendaIds.splice(0, data.agendaIds.length, ...agendaIds);
}
