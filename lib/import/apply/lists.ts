// Reading lists from an import (LessWrong sequences with chapters, Markdown link lists with
// headings, or --list-title): one list per owner and title; a rerun adds only the sections
// and entries that are missing, so importing twice changes nothing.
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/mutations/posts/write-post";
import { toSlug } from "@/lib/slug";
import { canonicalizeUrl, normalizeTitle } from "../identity";
import type { ImportedList, ImportedListPostRef } from "../types";
import type { PlanRow } from "./report";
import type { ImportState } from "./state";
import { newId } from "./write";

type Reader = Pick<Db, "post" | "readingList" | "listSection" | "listEntry">;

/** A list whose entries are already known post ids (from --list-title). */
export type ResolvedList = { title: string; description?: string; sections: { title: string; postIds: string[] }[] };

async function resolveRefs(reader: Reader, state: ImportState, refs: ImportedListPostRef[]): Promise<(string | null)[]> {
  const keyOf = (r: ImportedListPostRef) => {
    const keys: string[] = [];
    if (r.lesswrongId) keys.push(`lw:${r.lesswrongId}`);
    const c = r.url ? canonicalizeUrl(r.url) : null;
    if (c) keys.push(`url:${c}`);
    const t = normalizeTitle(r.title);
    if (t) keys.push(`title:${t}`);
    return keys;
  };
  const found = refs.map((r) => keyOf(r).map((k) => state.index.get(k)?.id).find(Boolean) ?? null);
  const missing = refs.filter((_, i) => !found[i]);
  if (!missing.length) return found;
  const lw = missing.map((r) => r.lesswrongId).filter(Boolean) as string[];
  const urls = missing.map((r) => (r.url ? canonicalizeUrl(r.url) : null)).filter(Boolean) as string[];
  const titles = missing.map((r) => normalizeTitle(r.title)).filter(Boolean);
  const rows = await reader.post.findMany({
    where: { OR: [{ lesswrongId: { in: lw } }, { canonicalUrl: { in: urls } }, { normalizedTitle: { in: titles } }] },
    select: { id: true, lesswrongId: true, canonicalUrl: true, normalizedTitle: true },
  });
  const byKey = new Map<string, string>();
  for (const p of rows) {
    if (p.lesswrongId) byKey.set(`lw:${p.lesswrongId}`, p.id);
    if (p.canonicalUrl) byKey.set(`url:${p.canonicalUrl}`, p.id);
    if (!byKey.has(`title:${p.normalizedTitle}`)) byKey.set(`title:${p.normalizedTitle}`, p.id);
  }
  return refs.map((r, i) => found[i] ?? keyOf(r).map((k) => byKey.get(k)).find(Boolean) ?? null);
}

export async function resolveList(reader: Reader, state: ImportState, list: ImportedList): Promise<{ list: ResolvedList; unresolved: number }> {
  let unresolved = 0;
  const sections: ResolvedList["sections"] = [];
  for (const s of list.sections) {
    const ids = await resolveRefs(reader, state, s.postRefs);
    unresolved += ids.filter((x) => !x).length;
    sections.push({ title: s.title, postIds: ids.filter((x): x is string => !!x) });
  }
  return { list: { title: list.title, description: list.description, sections }, unresolved };
}

/** Creates or completes the owner's list. With `tx` null it only reports what it would do. */
export async function applyList(reader: Reader, tx: Tx | null, list: ResolvedList, ownerId: string | null, line: number, unresolved = 0): Promise<PlanRow> {
  const title = list.title.trim() || "Imported reading list";
  const base = { line, kind: "list" as const, title };
  const note = unresolved ? `; ${unresolved} entries not found in the library` : "";
  if (!ownerId) return { ...base, action: "skip", reason: "a reading list needs an owner (sign in, or pass --user on the command line)" };
  const db = tx ?? reader;
  const existing = await db.readingList.findFirst({
    where: { ownerId, title },
    select: { id: true, slug: true, sections: { select: { id: true, title: true, position: true } }, entries: { select: { postId: true, position: true } } },
  });
  const sectionIds = new Map((existing?.sections ?? []).map((s) => [s.title, s.id]));
  const inList = new Set((existing?.entries ?? []).map((e) => e.postId));
  let sectionPos = Math.max(-1, ...(existing?.sections ?? []).map((s) => s.position)) + 1;
  let entryPos = Math.max(-1, ...(existing?.entries ?? []).map((e) => e.position)) + 1;

  const listId = existing?.id ?? newId();
  let slug = existing?.slug;
  if (!existing) {
    const baseSlug = toSlug(title);
    const taken = new Set((await db.readingList.findMany({ where: { slug: { startsWith: baseSlug } }, select: { slug: true } })).map((l) => l.slug));
    slug = baseSlug;
    for (let n = 2; taken.has(slug); n++) slug = `${baseSlug}-${n}`;
    if (tx) await tx.readingList.create({ data: { id: listId, slug, title, description: list.description ?? "", ownerId, visibility: "private" } });
  }
  const newSections: { id: string; listId: string; title: string; position: number }[] = [];
  const newEntries: { id: string; listId: string; sectionId: string | null; postId: string; position: number }[] = [];
  for (const s of list.sections) {
    const wanted = s.postIds.filter((id) => !inList.has(id));
    let sectionId: string | null = null;
    if (s.title) {
      sectionId = sectionIds.get(s.title) ?? null;
      if (!sectionId && wanted.length) {
        sectionId = newId();
        sectionIds.set(s.title, sectionId);
        newSections.push({ id: sectionId, listId, title: s.title, position: sectionPos++ });
      }
    }
    for (const postId of wanted) {
      if (inList.has(postId)) continue;
      inList.add(postId);
      newEntries.push({ id: newId(), listId, sectionId, postId, position: entryPos++ });
    }
  }
  if (tx && newSections.length) await tx.listSection.createMany({ data: newSections });
  if (tx && newEntries.length) await tx.listEntry.createMany({ data: newEntries, skipDuplicates: true });
  const what = `${newEntries.length} entries${newSections.length ? ` in ${newSections.length} sections` : ""}`;
  if (!existing) return { ...base, slug, action: "create", reason: `new reading list with ${what}${note}` };
  if (!newEntries.length) return { ...base, slug, action: "skip", reason: `reading list already holds every entry${note}` };
  return { ...base, slug, action: "merge", reason: `adds ${what} to the existing reading list${note}` };
}
