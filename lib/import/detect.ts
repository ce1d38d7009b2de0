// Format detection from content (falling back to the file extension) and the parse dispatcher.
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseAfPosts } from "./formats/af-posts-csv";
import { parse as parseNewsletter } from "./formats/alignment-newsletter-csv";
import { parse as parseBibtex } from "./formats/bibtex";
import { parse as parseLesswrongJson } from "./formats/lesswrong-json";
import { parse as parseMarkdownLinks } from "./formats/markdown-links";
import { parse as parseMarkdownPost } from "./formats/markdown-post";
import { parse as parseAgendas } from "./formats/shallow-review-agendas-csv";
import { parse as parsePapers } from "./formats/shallow-review-papers-csv";
import { parse as parseTaxonomy } from "./formats/shallow-review-taxonomy-yaml";
import { parse as parseUrlList, splitUrlLine } from "./formats/url-list";
import { parse as parseZotero } from "./formats/zotero-csv";
import { mergeDuplicatesInResult } from "./merge";
import { IMPORT_FORMATS, ImportParseError, type ImportFormat, type ParseOptions, type ParseResult } from "./types";
import { prepareText, preview } from "./util";

export const PARSERS: Record<ImportFormat, (text: string, options?: ParseOptions) => ParseResult> = {
  "zotero-csv": parseZotero,
  bibtex: parseBibtex,
  "lesswrong-json": parseLesswrongJson,
  "af-posts-csv": parseAfPosts,
  "alignment-newsletter-csv": parseNewsletter,
  "shallow-review-agendas-csv": parseAgendas,
  "shallow-review-papers-csv": parsePapers,
  "shallow-review-taxonomy-yaml": parseTaxonomy,
  "url-list": parseUrlList,
  "markdown-links": parseMarkdownLinks,
  "markdown-post": parseMarkdownPost,
};

/** Column names that identify each CSV format (compared case-insensitively). */
const CSV_SIGNATURES: { format: ImportFormat; label: string; columns: string[]; required: string[] }[] = [
  {
    format: "zotero-csv",
    required: ["Item Type", "Title", "Author"],
    label: "Zotero export (Key, Item Type, Title, Author, Url, Manual Tags)",
    columns: ["Key", "Item Type", "Publication Year", "Author", "Title", "Url", "Abstract Note", "Manual Tags"],
  },
  {
    format: "af-posts-csv",
    required: ["_id", "title", "pageUrl"],
    label: "Alignment Forum posts (_id, title, pageUrl, postedAt)",
    columns: ["_id", "slug", "title", "pageUrl", "author", "postedAt", "wordCount", "af"],
  },
  {
    format: "alignment-newsletter-csv",
    required: ["Category", "Title", "Summary"],
    label: "Alignment Newsletter database (Category, Title, Authors, Summary, My opinion, URL)",
    columns: ["Category", "Highlight?", "Title", "Authors", "Venue", "Year", "Summarizer", "Summary", "My opinion", "URL"],
  },
  {
    format: "shallow-review-agendas-csv",
    required: ["name", "section"],
    label: "shallow-review agendas (name, section, sub_section, one_sentence_summary)",
    columns: ["name", "section", "sub_section", "one_sentence_summary", "theory_of_change"],
  },
  {
    format: "shallow-review-papers-csv",
    required: ["agenda_name", "link_url", "title"],
    label: "shallow-review papers (agenda_name, link_url, title, authors)",
    columns: ["agenda_name", "link_url", "title", "authors", "published_year"],
  },
];

const EXTENSION_FORMATS: Record<string, ImportFormat> = {
  bib: "bibtex",
  bibtex: "bibtex",
  json: "lesswrong-json",
  yaml: "shallow-review-taxonomy-yaml",
  yml: "shallow-review-taxonomy-yaml",
  txt: "url-list",
  urls: "url-list",
  list: "url-list",
  md: "markdown-post",
  markdown: "markdown-post",
  mdx: "markdown-post",
};

function extensionOf(fileName?: string): string | undefined {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName ?? "");
  return m?.[1].toLowerCase();
}

function csvHeader(firstLine: string): string[] | null {
  if (!firstLine.includes(",")) return null;
  try {
    const rows = parseCsv(firstLine, { to: 1, bom: true, relax_column_count: true, relax_quotes: true }) as string[][];
    return (rows[0] ?? []).map((c) => c.trim());
  } catch {
    return null;
  }
}

const LIST_ITEM = /^\s{0,12}(?:[-*+]|\d{1,3}[.)])\s+/;
const LINK_ITEM = /^\s{0,12}(?:[-*+]|\d{1,3}[.)])\s+(?:.*\[[^\]]*\]\(\s*<?(?:https?:)?\/\/[^)\s]+|<https?:\/\/[^>\s]+>)/;

/**
 * Guesses the import format from the content: JSON shape, YAML front matter, @entry{ for BibTeX,
 * a `taxonomy:` tree, the CSV header's columns, "- [Title](url)" lines, lines that are URLs; then
 * from the file extension. Throws ImportParseError with what was seen when nothing fits.
 */
export function detectFormat(text: string, fileName?: string): ImportFormat {
  const label = fileName ?? "import";
  const input = prepareText(text, label);
  const ext = extensionOf(fileName);
  // Only a sample is inspected: the first 200 lines, each cut at 4 kB.
  const head = input.slice(0, 256 * 1024);
  const lines = head.split(/\r?\n/, 200).map((l) => (l.length > 4096 ? l.slice(0, 4096) : l));
  const firstLine = lines.find((l) => l.trim()) ?? "";
  const trimmed = head.trimStart();

  // JSON
  if (/^\{\s*(?:"|\}|$)/.test(trimmed) || /^\[\s*(?:[{["\d\]-]|$)/.test(trimmed)) {
    if (/"(?:data|post|posts|sequence|sequences|result|results|_id|pageUrl|chapters|errors)"\s*:/.test(head)) return "lesswrong-json";
    const keys = [...head.slice(0, 2000).matchAll(/"([^"\\]{1,40})"\s*:/g)].slice(0, 8).map((m) => m[1]);
    throw new ImportParseError(
      `${label}: JSON, but not a LessWrong/Alignment Forum GraphQL response (expected data.post.result, data.posts.results, data.sequence.result or data.sequences.results)${
        keys.length ? `; keys seen: ${keys.join(", ")}` : ""
      }`,
      undefined,
      "data",
    );
  }
  // Front matter (Jekyll/Hugo) or a YAML document
  if (/^(?:---|\+\+\+)\s*$/.test(lines[0] ?? "")) {
    const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.|\+\+\+)\s*$/.test(l));
    const block = lines.slice(1, close === -1 ? undefined : close).join("\n");
    if ((ext === "yaml" || ext === "yml" || /^taxonomy\s*:/m.test(block)) && lines[0].startsWith("---")) return "shallow-review-taxonomy-yaml";
    return "markdown-post";
  }
  // BibTeX
  const firstContent = lines.find((l) => l.trim() && !l.trim().startsWith("%")) ?? "";
  if (/^\s*@[A-Za-z]+\s*[{(]/.test(firstContent)) return "bibtex";
  // Agenda tree
  if (/^taxonomy\s*:\s*$/m.test(head) || ((ext === "yaml" || ext === "yml") && /^\s*-?\s*name\s*:/m.test(head))) {
    return "shallow-review-taxonomy-yaml";
  }
  // CSV by header
  const header = csvHeader(firstLine);
  if (header && header.length >= 2) {
    const lower = new Set(header.map((h) => h.toLowerCase()));
    let best: { format: ImportFormat; score: number } | null = null;
    for (const sig of CSV_SIGNATURES) {
      const hit = sig.columns.filter((c) => lower.has(c.toLowerCase())).length;
      const complete = sig.required.every((c) => lower.has(c.toLowerCase()));
      const score = hit / sig.columns.length + (complete ? 1 : 0);
      if (!best || score > best.score) best = { format: sig.format, score };
    }
    if (best && best.score >= 0.5) return best.format;
    const looksLikeHeader = header.length >= 3 && header.every((h) => /^[\p{L}\p{N} _?/#().&'-]{1,64}$/u.test(h));
    if (ext === "csv" || ext === "tsv" || looksLikeHeader) {
      const shown = header.slice(0, 12).map((h) => preview(h, 24)).join(", ") + (header.length > 12 ? `, … (${header.length} columns)` : "");
      throw new ImportParseError(
        `${label}: CSV whose header (line 1) matches no supported format; columns: ${shown}. Supported CSVs: ${CSV_SIGNATURES.map((s) => s.label).join("; ")}`,
        1,
      );
    }
  }
  // Markdown reading list
  const content = lines.filter((l) => l.trim() && !/^\s{0,3}#/.test(l));
  const listItems = content.filter((l) => LIST_ITEM.test(l)).length;
  const linkItems = content.filter((l) => LINK_ITEM.test(l)).length;
  if (linkItems >= 1 && linkItems * 2 >= listItems && linkItems * 4 >= content.length) return "markdown-links";
  // URL list
  const urlish = content.filter((l) => splitUrlLine(l) !== null).length;
  if (content.length && urlish >= 1 && urlish >= content.length * 0.8) return "url-list";
  // Extension
  if (ext && EXTENSION_FORMATS[ext]) {
    const byExt = EXTENSION_FORMATS[ext];
    if (byExt === "markdown-post" && linkItems >= 3) return "markdown-links";
    return byExt;
  }
  throw new ImportParseError(
    `${label}: unrecognised import format (line ${lines.indexOf(firstLine) + 1}: ${preview(firstLine, 60)}). Supported: Zotero CSV, BibTeX (.bib), Alignment Newsletter CSV, LessWrong GraphQL JSON, Alignment Forum posts CSV, shallow-review agendas/papers CSV and taxonomy YAML, a list of URLs, a Markdown list of [Title](url) links, Markdown posts with front matter`,
    1,
  );
}

export type ParseImportOptions = {
  format?: ImportFormat;
  fileName?: string;
  /** Merge records of the same work within the file (default true); merged records go to `skipped`. */
  mergeDuplicates?: boolean;
};

/** Detects the format (unless given) and parses. Throws ImportParseError for malformed input. */
export function parseImport(text: string, options: ParseImportOptions = {}): ParseResult {
  const format = options.format ?? detectFormat(text, options.fileName);
  if (!IMPORT_FORMATS.includes(format)) {
    throw new ImportParseError(`unknown import format "${String(format)}"; expected one of ${IMPORT_FORMATS.join(", ")}`, undefined, "format");
  }
  const result = PARSERS[format](text, { fileName: options.fileName });
  return options.mergeDuplicates === false ? result : mergeDuplicatesInResult(result);
}
