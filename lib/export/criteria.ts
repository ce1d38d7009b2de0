// The library's URL query (q, agenda, tag, source, year, status, reviewed, sort, author) as
// LibraryCriteria for exports. Junk falls back to "no filter", never to an error: an export
// link copied from the library always works.
import type { LibraryCriteria } from "@/lib/queries/library";

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function all(params: Params, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const v = params[key];
  return v == null ? [] : Array.isArray(v) ? v : [v];
}

export function exportCriteria(params: Params): LibraryCriteria {
  const one = (k: string) => all(params, k)[0]?.trim() || null;
  const years = /^(\d{4})(?:\s*(?:-|\.\.)\s*(\d{4}))?$/.exec(one("year") ?? "");
  const yearFrom = Number(one("yearFrom")) || (years ? Number(years[1]) : null);
  const yearTo = Number(one("yearTo")) || (years ? Number(years[2] ?? years[1]) : null);
  return {
    q: one("q"),
    agenda: one("agenda"),
    tags: all(params, "tag").flatMap((t) => t.split(",")).map((t) => t.trim()).filter(Boolean),
    source: one("source") as LibraryCriteria["source"],
    yearFrom,
    yearTo,
    reviewed: one("reviewed") as LibraryCriteria["reviewed"],
    status: one("status") as LibraryCriteria["status"],
    author: one("author"),
    sort: one("sort") as LibraryCriteria["sort"],
  };
}
