// Folding duplicate records of one import into one post (the same paper filed under several
// agendas, a Zotero item saved twice). Pure; the database layer still matches against stored posts.
import { normalizeTitle } from "./identity";
import type { ImportIssue, ImportedPost, ParseResult } from "./types";

/** Strong identity keys of a post: "lw:ID", "arxiv:ID", "doi:DOI". */
export function strongKeys(p: Pick<ImportedPost, "lesswrongId" | "arxivId" | "doi">): string[] {
  const keys: string[] = [];
  if (p.lesswrongId) keys.push(`lw:${p.lesswrongId}`);
  if (p.arxivId) keys.push(`arxiv:${p.arxivId}`);
  if (p.doi) keys.push(`doi:${p.doi.toLowerCase()}`);
  return keys;
}

/** Same title after normalizeTitle, or one is the other plus a suffix ("X" vs "X: subtitle", "X | Site"). */
export function titlesCompatible(a: string, b: string): boolean {
  const na = normalizeTitle(a);
  const nb = normalizeTitle(b);
  if (!na || !nb || na === nb) return true;
  return na.startsWith(nb + " ") || nb.startsWith(na + " ");
}

const KEY_LABEL: Record<string, string> = { lw: "LessWrong id", arxiv: "arXiv id", doi: "DOI", url: "URL" };

function describe(key: string): string {
  const i = key.indexOf(":");
  return `${KEY_LABEL[key.slice(0, i)] ?? key.slice(0, i)} ${key.slice(i + 1)}`;
}

function union(a: string[], b: string[]): string[] {
  const seen = new Set(a.map((x) => x.toLowerCase()));
  const out = [...a];
  for (const x of b) {
    if (!seen.has(x.toLowerCase())) {
      seen.add(x.toLowerCase());
      out.push(x);
    }
  }
  return out;
}

function mergeInto(target: ImportedPost, dup: ImportedPost): void {
  if (!target.authors.length && dup.authors.length) target.authors = [...dup.authors];
  const fill = <K extends keyof ImportedPost>(k: K) => {
    if (target[k] == null && dup[k] != null) target[k] = dup[k];
  };
  fill("url");
  fill("lesswrongId");
  fill("arxivId");
  fill("doi");
  fill("publishedAt");
  fill("publishedYear");
  fill("summary");
  fill("body");
  fill("wordCount");
  target.tags = union(target.tags, dup.tags);
  target.agendas = union(target.agendas, dup.agendas);
}

/**
 * Merges posts that are the same work: same LessWrong id, arXiv id or DOI (whatever the titles
 * say), or same canonical URL with compatible titles (a shared URL with unrelated titles, such as
 * chapters pointing at their book, is left alone). The first occurrence is kept and completed
 * with the others' missing fields; tags and agendas are united. Each merged record is reported.
 */
export function mergeDuplicatePosts(posts: ImportedPost[]): { posts: ImportedPost[]; merged: ImportIssue[] } {
  const out: ImportedPost[] = [];
  const merged: ImportIssue[] = [];
  const byKey = new Map<string, number>();
  for (const p of posts) {
    const keys = strongKeys(p);
    let target: number | undefined;
    let reason = "";
    for (const k of keys) {
      const t = byKey.get(k);
      if (t !== undefined) {
        target = t;
        reason = k;
        break;
      }
    }
    if (target === undefined && p.url) {
      const t = byKey.get(`url:${p.url}`);
      if (t !== undefined && titlesCompatible(out[t].title, p.title)) {
        target = t;
        reason = `url:${p.url}`;
      }
    }
    if (target === undefined) {
      out.push({ ...p, authors: [...p.authors], tags: [...p.tags], agendas: [...p.agendas] });
      target = out.length - 1;
    } else {
      const kept = out[target];
      const differs = normalizeTitle(kept.title) !== normalizeTitle(p.title);
      merged.push({
        line: p.line,
        message: `duplicate of line ${kept.line} (same ${describe(reason)}), merged into it${differs ? `; its title differs: "${p.title}"` : ""}`,
      });
      mergeInto(kept, p);
    }
    for (const k of [...keys, ...(p.url ? [`url:${p.url}`] : [])]) if (!byKey.has(k)) byKey.set(k, target);
  }
  return { posts: out, merged };
}

/** ParseResult with duplicate posts merged; the merged records are appended to `skipped`. */
export function mergeDuplicatesInResult(result: ParseResult): ParseResult {
  const { posts, merged } = mergeDuplicatePosts(result.posts);
  if (!merged.length) return result;
  const skipped = [...result.skipped, ...merged].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ...result, posts, skipped };
}
