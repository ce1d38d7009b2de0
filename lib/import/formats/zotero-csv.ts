// Zotero "Export Collection… → CSV". About 87 columns; we read the bibliographic ones.
import type { PostKind, PostSource } from "@/lib/domain";
import { extractArxivId, extractDoi, extractLesswrongId, sourceFromUrl } from "../identity";
import type { ParseOptions, ParseResult } from "../types";
import { emptyResult, finalizePost, kindForSource, parseDate, parseTagList, prepareText, readCsv, flipLastFirst, cleanNames } from "../util";

export const REQUIRED_COLUMNS = ["Item Type", "Title", "Author"];
export const OPTIONAL_COLUMNS = [
  "Key", "Publication Year", "Publication Title", "DOI", "Url", "Abstract Note", "Date", "Extra", "Manual Tags",
  "Automatic Tags", "Archive ID",
];

/** Zotero item types that are not works to read (standalone notes and attachments). */
const NON_WORK_TYPES = new Set(["note", "attachment", "annotation"]);

const KIND_BY_ITEM_TYPE: Record<string, PostKind> = {
  journalArticle: "paper",
  conferencePaper: "paper",
  preprint: "paper",
  report: "paper",
  thesis: "paper",
  manuscript: "paper",
  bookSection: "paper",
  patent: "paper",
  book: "book",
  blogPost: "blog_post",
  webpage: "blog_post",
  magazineArticle: "blog_post",
  newspaperArticle: "blog_post",
  forumPost: "forum_post",
  videoRecording: "video",
  film: "video",
  podcast: "video",
  presentation: "other",
  encyclopediaArticle: "other",
  dataset: "other",
  computerProgram: "other",
};

const SOURCE_BY_ITEM_TYPE: Record<string, PostSource> = {
  journalArticle: "journal",
  conferencePaper: "conference",
  blogPost: "blog",
  videoRecording: "video",
};

/** "Last, First; Last, First" -> ["First Last", ...]; one-word and organisation names stay as they are. */
export function parseZoteroAuthors(value: string): string[] {
  return cleanNames(value.split(";").map(flipLastFirst));
}

export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const label = options.fileName ?? "Zotero CSV";
  const input = prepareText(text, label);
  const { rows } = readCsv(input, { label, required: REQUIRED_COLUMNS, optional: OPTIONAL_COLUMNS });
  const result = emptyResult("zotero-csv");
  for (const { line, record: r } of rows) {
    const itemType = (r["Item Type"] ?? "").trim();
    const title = (r["Title"] ?? "").trim();
    if (NON_WORK_TYPES.has(itemType)) {
      result.skipped.push({ line, field: "Item Type", message: `Zotero ${itemType} item, not a work to import` });
      continue;
    }
    if (!title) {
      result.skipped.push({ line, field: "Title", message: "row without a title" });
      continue;
    }
    const url = (r["Url"] ?? "").trim();
    const extra = r["Extra"] ?? "";
    const arxivId = extractArxivId(url) ?? extractArxivId(extra) ?? extractArxivId(r["Archive ID"] ?? "") ?? undefined;
    const doi = extractDoi(r["DOI"] ?? "") ?? undefined;
    const lesswrongId = extractLesswrongId(url) ?? undefined;
    // The URL says most (a NeurIPS page stays "conference" even with an arXiv id in Extra);
    // unknown hosts fall back to the arXiv id, then the item type, then the DOI.
    let source: PostSource = sourceFromUrl(url);
    if (source === "other") {
      source = arxivId
        ? "arxiv"
        : SOURCE_BY_ITEM_TYPE[itemType] ?? (doi && KIND_BY_ITEM_TYPE[itemType] === "paper" ? "journal" : "other");
    }
    const kind: PostKind =
      source === "lesswrong" || source === "alignment_forum"
        ? "forum_post"
        : itemType === "webpage"
          ? kindForSource(source, "blog_post")
          : KIND_BY_ITEM_TYPE[itemType] ?? kindForSource(source);
    const date = parseDate(r["Date"]);
    const year = Number((r["Publication Year"] ?? "").trim()) || undefined;
    result.posts.push(
      finalizePost({
        line,
        title,
        authors: parseZoteroAuthors(r["Author"] ?? ""),
        url,
        lesswrongId,
        arxivId,
        doi,
        source,
        kind,
        publishedAt: date.publishedAt,
        publishedYear: year ?? date.publishedYear,
        summary: r["Abstract Note"],
        tags: parseTagList(r["Manual Tags"] ?? "", /;/),
      }),
    );
  }
  return result;
}
