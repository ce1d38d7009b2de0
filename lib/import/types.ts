// Shapes produced by the pure import parsers (lib/import/formats/*). Nothing here touches the
// database: the persistence layer takes a ParseResult and decides how to upsert it.
import type { PostKind, PostSource } from "@/lib/domain";

export type ImportFormat =
  | "zotero-csv"
  | "bibtex"
  | "lesswrong-json"
  | "af-posts-csv"
  | "alignment-newsletter-csv"
  | "shallow-review-agendas-csv"
  | "shallow-review-papers-csv"
  | "shallow-review-taxonomy-yaml"
  | "url-list"
  | "markdown-links"
  | "markdown-post";

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  "zotero-csv",
  "bibtex",
  "lesswrong-json",
  "af-posts-csv",
  "alignment-newsletter-csv",
  "shallow-review-agendas-csv",
  "shallow-review-papers-csv",
  "shallow-review-taxonomy-yaml",
  "url-list",
  "markdown-links",
  "markdown-post",
] as const;

export type ImportedPost = {
  /** 1-based line in the source file where the record starts (1 for single-record files). */
  line: number;
  title: string;
  authors: string[];
  /** Canonical URL (see canonicalizeUrl); for LessWrong link posts the external link. */
  url?: string;
  lesswrongId?: string;
  arxivId?: string;
  /** Lower-cased DOI, e.g. "10.1145/3377325.3377498". */
  doi?: string;
  source: PostSource;
  kind: PostKind;
  /** YYYY-MM-DD, only when the day is known. */
  publishedAt?: string;
  publishedYear?: number;
  /** Plain text, HTML stripped. */
  summary?: string;
  /** Markdown. */
  body?: string;
  wordCount?: number;
  tags: string[];
  /** Agenda names (shallow-review). */
  agendas: string[];
};

export type ImportedAgenda = {
  line: number;
  name: string;
  parentName?: string;
  /** Top-level section the agenda sits in (its root ancestor); undefined for a root. */
  section?: string;
  summary?: string;
  theoryOfChange?: string;
};

export type ImportedListPostRef = { url?: string; lesswrongId?: string; title?: string };

export type ImportedList = {
  title: string;
  description?: string;
  sections: { title: string; postRefs: ImportedListPostRef[] }[];
};

export type ImportIssue = { line?: number; field?: string; message: string };

export type ParseResult = {
  format: ImportFormat;
  posts: ImportedPost[];
  agendas: ImportedAgenda[];
  lists: ImportedList[];
  /** Rows skipped with a reason, e.g. events, rows without title, duplicates merged away. */
  skipped: ImportIssue[];
};

export type ParseOptions = { fileName?: string };

export class ImportParseError extends Error {
  constructor(
    message: string,
    public line?: number,
    public field?: string,
  ) {
    super(message);
    this.name = "ImportParseError";
  }
}
