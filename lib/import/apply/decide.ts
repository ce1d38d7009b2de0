// Per-row decisions: does an imported row create a post, merge into a stored one, or change
// nothing? Pure given the ImportState; the dry run and the real run share it, so the preview
// says exactly what the import will do.
import { titlesCompatible } from "../merge";
import type { ImportedPost } from "../types";
import { importKeys, type ImportState, type KnownPost } from "./state";

export type MergeData = {
  url?: string;
  canonicalUrl?: string;
  lesswrongId?: string;
  arxivId?: string;
  doi?: string;
  publishedAt?: Date;
  publishedYear?: number;
  summary?: string;
  body?: string;
  wordCount?: number;
  source?: string;
  kind?: string;
};

export type Decision =
  | { action: "create"; row: ImportedPost; reason: string; canonicalUrl: string | null; tags: string[]; agendas: string[] }
  | {
      action: "merge";
      row: ImportedPost;
      post: KnownPost;
      reason: string;
      data: MergeData;
      authors: string[] | null;
      tags: string[];
      agendas: string[];
      changed: string[];
    }
  | { action: "skip"; row: ImportedPost; post?: KnownPost; reason: string };

// A title alone is weak evidence: short generic titles ("Introduction") never match by title.
const MIN_TITLE_MATCH = 12;

export function toDate(day: string | undefined): Date | undefined {
  if (!day) return undefined;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00.000Z` : day);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function conflicts(post: KnownPost, row: ImportedPost) {
  return (
    (!!post.lesswrongId && !!row.lesswrongId && post.lesswrongId !== row.lesswrongId) ||
    (!!post.arxivId && !!row.arxivId && post.arxivId !== row.arxivId) ||
    (!!post.doi && !!row.doi && post.doi !== row.doi.toLowerCase())
  );
}

export function findMatch(row: ImportedPost, state: ImportState): { post: KnownPost; by: string } | null {
  const k = importKeys(row);
  const strong: [string | null, string][] = [
    [k.lw, `LessWrong id ${row.lesswrongId}`],
    [k.arxiv, `arXiv id ${row.arxivId}`],
    [k.doi, `DOI ${row.doi}`],
  ];
  for (const [key, label] of strong) {
    const post = key ? state.index.get(key) : undefined;
    if (post) return { post, by: label };
  }
  if (k.url) {
    const post = state.index.get(k.url);
    if (post && titlesCompatible(post.title, row.title) && !conflicts(post, row)) return { post, by: "URL" };
  }
  if (k.title.length >= MIN_TITLE_MATCH) {
    const post = state.index.get(`title:${k.title}`);
    if (post && !conflicts(post, row)) return { post, by: "title" };
  }
  return null;
}

const edited = (post: KnownPost, ...fields: string[]) => fields.some((f) => post.editedFields.includes(f));

/** A key may be filled in only when no other post holds it (the columns are unique). */
function free(state: ImportState, key: string, post: KnownPost) {
  const holder = state.index.get(key);
  return !holder || holder === post;
}

function missingTags(post: KnownPost | null, names: string[], state: ImportState) {
  const seen = new Set<string>();
  return names.filter((n) => {
    const low = n.trim().toLowerCase();
    if (!low || seen.has(low)) return false;
    seen.add(low);
    const id = state.findTag(n);
    return !post || !id || !post.tagIds.has(id);
  });
}

function missingAgendas(post: KnownPost | null, names: string[], state: ImportState) {
  const seen = new Set<string>();
  return names.filter((n) => {
    const low = n.trim().toLowerCase();
    if (!low || seen.has(low)) return false;
    seen.add(low);
    const id = state.findAgenda(n);
    return !post || !id || !post.agendaIds.has(id);
  });
}

/** Fields the row can add to a stored post: empty there, not edited by hand, key not taken. */
export function mergeData(post: KnownPost, row: ImportedPost, state: ImportState) {
  const data: MergeData = {};
  const k = importKeys(row);
  if (!post.url && row.url && !edited(post, "url")) {
    data.url = row.url;
    if (!post.canonicalUrl && k.url && free(state, k.url, post)) data.canonicalUrl = k.canonical!;
  }
  if (!post.lesswrongId && k.lw && !edited(post, "lesswrongId") && free(state, k.lw, post)) data.lesswrongId = row.lesswrongId;
  if (!post.arxivId && k.arxiv && !edited(post, "arxivId") && free(state, k.arxiv, post)) data.arxivId = row.arxivId;
  if (!post.doi && k.doi && !edited(post, "doi") && free(state, k.doi, post)) data.doi = row.doi!.toLowerCase();
  const day = toDate(row.publishedAt);
  if (!post.publishedAt && day && !edited(post, "publishedAt")) data.publishedAt = day;
  const year = row.publishedYear ?? day?.getUTCFullYear();
  if (post.publishedYear == null && year && !edited(post, "publishedAt", "publishedYear")) data.publishedYear = year;
  if (!post.summary && row.summary && !edited(post, "summary")) data.summary = row.summary;
  if (!post.body && row.body && !edited(post, "body")) data.body = row.body;
  if (post.wordCount == null && row.wordCount && !edited(post, "wordCount")) data.wordCount = row.wordCount;
  if (post.source === "other" && row.source !== "other" && !edited(post, "source")) data.source = row.source;
  if (post.kind === "other" && row.kind !== "other" && !edited(post, "kind")) data.kind = row.kind;
  const authors = !post.authorsText && row.authors.length && !edited(post, "authors") ? row.authors : null;
  return { data, authors };
}

export function decideRow(row: ImportedPost, state: ImportState): Decision {
  if (!row.title?.trim()) return { action: "skip", row, reason: "no title" };
  const match = findMatch(row, state);
  if (!match) {
    const k = importKeys(row);
    const urlTaken = !!k.url && state.index.has(k.url);
    return {
      action: "create",
      row,
      reason: urlTaken ? "new (its URL belongs to a post with a different title; URL kept, not used as identity)" : "new",
      canonicalUrl: urlTaken ? null : k.canonical,
      tags: missingTags(null, row.tags, state),
      agendas: missingAgendas(null, row.agendas, state),
    };
  }
  const { post, by } = match;
  const { data, authors } = mergeData(post, row, state);
  const tags = missingTags(post, row.tags, state);
  const agendas = missingAgendas(post, row.agendas, state);
  const changed = [
    ...Object.keys(data).filter((f) => f !== "canonicalUrl"),
    ...(authors ? ["authors"] : []),
    ...(tags.length ? [`tags (${tags.join(", ")})`] : []),
    ...(agendas.length ? [`agendas (${agendas.join(", ")})`] : []),
  ];
  const where = post.fresh ? "an earlier row of this import" : `"${post.title}"`;
  if (!changed.length) return { action: "skip", row, post, reason: `already in the library (same ${by} as ${where}); nothing new` };
  return { action: "merge", row, post, reason: `same ${by} as ${where}; adds ${changed.join(", ")}`, data, authors, tags, agendas, changed };
}
