// Which existing posts a new or edited post would duplicate: by canonical URL or an
// external id (these are unique, so a match blocks the write) or by normalised title
// (a warning the person may override: two papers can share a title).
import type { Tx } from "./write-post";
import { canonicalizeUrl, normalizeTitle } from "@/lib/import/identity";

export type DuplicateMatch = { id: string; slug: string; title: string; field: "url" | "lesswrongId" | "arxivId" | "doi" | "title" };

export async function findDuplicates(
  tx: Pick<Tx, "post">,
  input: { title: string; url?: string | null; lesswrongId?: string | null; arxivId?: string | null; doi?: string | null },
  excludeId?: string,
): Promise<DuplicateMatch[]> {
  const canonicalUrl = input.url ? canonicalizeUrl(input.url) : null;
  const normalizedTitle = normalizeTitle(input.title);
  const or = [
    canonicalUrl ? { canonicalUrl } : null,
    input.lesswrongId ? { lesswrongId: input.lesswrongId } : null,
    input.arxivId ? { arxivId: input.arxivId } : null,
    input.doi ? { doi: input.doi.toLowerCase() } : null,
    normalizedTitle ? { normalizedTitle } : null,
  ].filter((x) => x !== null);
  if (!or.length) return [];
  const rows = await tx.post.findMany({
    where: { OR: or, ...(excludeId ? { NOT: { id: excludeId } } : {}) },
    select: { id: true, slug: true, title: true, canonicalUrl: true, lesswrongId: true, arxivId: true, doi: true, normalizedTitle: true },
    take: 10,
  });
  const out: DuplicateMatch[] = [];
  for (const r of rows) {
    const base = { id: r.id, slug: r.slug, title: r.title };
    if (canonicalUrl && r.canonicalUrl === canonicalUrl) out.push({ ...base, field: "url" });
    if (input.lesswrongId && r.lesswrongId === input.lesswrongId) out.push({ ...base, field: "lesswrongId" });
    if (input.arxivId && r.arxivId === input.arxivId) out.push({ ...base, field: "arxivId" });
    if (input.doi && r.doi === input.doi.toLowerCase()) out.push({ ...base, field: "doi" });
    if (normalizedTitle && r.normalizedTitle === normalizedTitle) out.push({ ...base, field: "title" });
  }
  return out;
}

/** Field errors for the form: hard conflicts always, the title one unless confirmed. */
export function duplicateErrors(matches: DuplicateMatch[], confirmTitle: boolean): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  const labels = { url: "This URL", lesswrongId: "This LessWrong id", arxivId: "This arXiv id", doi: "This DOI", title: "A post with this title" };
  for (const m of matches) {
    if (m.field === "title") {
      if (confirmTitle) continue;
      (errors.title ??= []).push(`A post with this title is already in the library: “${m.title}” (/posts/${m.slug}). If yours is a different work, tick “This is a different post” and save again.`);
      errors.confirmDuplicate = ["Tick this to save a post whose title matches an existing one."];
    } else {
      (errors[m.field] ??= []).push(`${labels[m.field]} is already in the library: “${m.title}” (/posts/${m.slug}).`);
    }
  }
  return Object.keys(errors).length ? errors : null;
}
