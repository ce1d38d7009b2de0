// BibTeX / BibLaTeX via @retorquere/bibtex-parser (LaTeX commands and accents decoded to Unicode,
// {case-protecting} braces removed, @string macros expanded).
import { parse as parseBibtex, type Creator, type Entry } from "@retorquere/bibtex-parser";
import type { PostKind, PostSource } from "@/lib/domain";
import { extractArxivId, extractDoi, extractLesswrongId, sourceFromUrl, stripHtml } from "../identity";
import { ImportParseError, type ParseOptions, type ParseResult } from "../types";
import { emptyResult, finalizePost, kindForSource, lineAt, parseDate, prepareText, preview } from "../util";

const KIND_BY_TYPE: Record<string, PostKind> = {
  article: "paper",
  inproceedings: "paper",
  conference: "paper",
  proceedings: "paper",
  incollection: "paper",
  inbook: "paper",
  techreport: "paper",
  report: "paper",
  phdthesis: "paper",
  mastersthesis: "paper",
  thesis: "paper",
  unpublished: "paper",
  preprint: "paper",
  manual: "other",
  book: "book",
  mvbook: "book",
  collection: "book",
  online: "blog_post",
  electronic: "blog_post",
  www: "blog_post",
  webpage: "blog_post",
  video: "video",
  movie: "video",
  misc: "other",
};

function creatorName(c: Creator): string {
  if (c.name) return c.name;
  return [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(" ");
}

function field(entry: Entry, name: string): string | undefined {
  const v = (entry.fields as Record<string, unknown>)[name];
  if (typeof v === "string") return v.trim() || undefined;
  if (Array.isArray(v)) return v.join(", ") || undefined;
  return undefined;
}

function hrefIn(html: string | undefined): string | undefined {
  if (!html) return undefined;
  const a = /href="([^"]+)"/.exec(html);
  if (a) return a[1].replace(/&amp;/g, "&");
  const m = /https?:\/\/[^\s<>"{}]+/.exec(html);
  return m?.[0];
}

const ERROR_LINE = /line (\d+)/;

export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const label = options.fileName ?? "BibTeX";
  const input = prepareText(text, label);
  let lib: ReturnType<typeof parseBibtex>;
  try {
    lib = parseBibtex(input, {
      sentenceCase: false,
      english: false,
      caseProtection: false,
      unsupported: "ignore",
      applyCrossRef: true,
    });
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    const line = Number(ERROR_LINE.exec(msg)?.[1]) || undefined;
    throw new ImportParseError(`${label}: unparseable BibTeX${line ? ` at line ${line}` : ""}: ${msg}`, line);
  }
  if (lib.errors.length) {
    const e = lib.errors[0];
    let line = Number(ERROR_LINE.exec(e.error)?.[1]) || undefined;
    if (!line && e.input) {
      const at = input.indexOf(e.input);
      if (at !== -1) line = lineAt(input, at);
    }
    const more = lib.errors.length > 1 ? ` (and ${lib.errors.length - 1} more error${lib.errors.length > 2 ? "s" : ""})` : "";
    const where = line && !/line \d+/.test(e.error) ? ` at line ${line}` : "";
    throw new ImportParseError(`${label}: unparseable BibTeX${where}: ${e.error}${more}`, line);
  }
  if (!lib.entries.length) {
    const lines = input.split(/\r?\n/, 10_000);
    const i = lines.findIndex((l) => l.trim() && !l.trim().startsWith("%"));
    const where = i === -1 ? "" : `; line ${i + 1} starts with ${preview(lines[i], 40)}`;
    throw new ImportParseError(`${label}: no BibTeX entries found (expected @article{key, ...} and the like)${where}`, i === -1 ? undefined : i + 1);
  }

  const result = emptyResult("bibtex");
  let cursor = 0;
  for (const entry of lib.entries) {
    const at = entry.input ? input.indexOf(entry.input, cursor) : -1;
    const line = at === -1 ? 1 : lineAt(input, at);
    if (at !== -1) cursor = at + entry.input.length;
    const type = entry.type.toLowerCase();
    const title = field(entry, "title") ?? field(entry, "shorttitle");
    if (!title) {
      result.skipped.push({ line, field: "title", message: `@${type}{${entry.key}} has no title` });
      continue;
    }
    const urlField = field(entry, "url") ?? hrefIn(field(entry, "howpublished")) ?? hrefIn(field(entry, "note"));
    const eprint = field(entry, "eprint");
    const archivePrefix = (field(entry, "archiveprefix") ?? field(entry, "eprinttype") ?? "").toLowerCase();
    const arxivId =
      (eprint && (archivePrefix === "arxiv" || !archivePrefix) ? extractArxivId(eprint) : null) ??
      extractArxivId(urlField ?? "") ??
      extractArxivId(field(entry, "journal") ?? field(entry, "journaltitle") ?? "") ??
      extractArxivId(field(entry, "note") ?? "") ??
      extractArxivId(field(entry, "howpublished") ?? "") ??
      undefined;
    const doi = extractDoi(field(entry, "doi") ?? "") ?? undefined;
    const lesswrongId = extractLesswrongId(urlField ?? "") ?? undefined;

    let source: PostSource = sourceFromUrl(urlField);
    if (source === "other") {
      source = arxivId
        ? "arxiv"
        : type === "article"
          ? "journal"
          : /proceedings|conference/.test(type)
            ? "conference"
            : doi && KIND_BY_TYPE[type] === "paper"
              ? "journal"
              : "other";
    }
    const kind: PostKind =
      source === "lesswrong" || source === "alignment_forum" ? "forum_post" : KIND_BY_TYPE[type] ?? kindForSource(source);
    const kindFinal: PostKind = kind === "other" && (arxivId || doi) ? "paper" : kind;

    const date = parseDate(field(entry, "date"));
    const year = Number((field(entry, "year") ?? "").match(/\d{4}/)?.[0]) || date.publishedYear;
    const month = Number(field(entry, "month"));
    const day = Number(field(entry, "day"));
    let publishedAt = date.publishedAt;
    if (!publishedAt && year && month && day) publishedAt = parseDate(`${year}-${month}-${day}`).publishedAt;

    const creators = (entry.fields.author ?? entry.fields.editor ?? []) as Creator[];
    const keywords = entry.fields.keywords ?? [];
    result.posts.push(
      finalizePost({
        line,
        title: stripHtml(title),
        authors: creators.map(creatorName),
        url: urlField,
        lesswrongId,
        arxivId,
        doi,
        source,
        kind: kindFinal,
        publishedAt,
        publishedYear: year || undefined,
        summary: field(entry, "abstract"),
        tags: keywords,
      }),
    );
  }
  return result;
}
