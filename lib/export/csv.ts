// CSV of posts: one row per post, lists joined with "; " (as Zotero writes them).
import { stringify } from "csv-stringify/sync";
import type { ExportPost } from "./types";

export const CSV_COLUMNS = [
  "slug", "title", "authors", "year", "published_at", "source", "kind", "url", "lesswrong_id", "arxiv_id", "doi",
  "tags", "agendas", "summary", "word_count", "review_count", "rating_mean",
] as const;

// A cell that starts with = + @ (or a tab/CR) runs as a formula in spreadsheet apps.
const defuse = (s: string) => (/^[=+@\t\r]/.test(s) ? `'${s}` : s);

export function toCsv(posts: ExportPost[]): string {
  const rows = posts.map((p) => [
    p.slug,
    defuse(p.title),
    defuse(p.authors.join("; ")),
    p.publishedYear ?? "",
    p.publishedAt ? p.publishedAt.toISOString().slice(0, 10) : "",
    p.source,
    p.kind,
    p.url ?? "",
    p.lesswrongId ?? "",
    p.arxivId ?? "",
    p.doi ?? "",
    defuse(p.tags.join("; ")),
    defuse(p.agendas.join("; ")),
    defuse(p.summary),
    p.wordCount ?? "",
    p.reviewCount,
    p.ratingMean == null ? "" : p.ratingMean.toFixed(2),
  ]);
  return stringify([[...CSV_COLUMNS], ...rows], { bom: false, record_delimiter: "\n" });
}
