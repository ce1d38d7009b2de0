// Alignment Forum post dump: _id, slug, title, summary, pageUrl, author, authorSlug, karma,
// voteCount, commentsCount, postedAt, wordCount, af.
import type { ParseOptions, ParseResult } from "../types";
import { emptyResult, finalizePost, parseDate, prepareText, readCsv, toBool, toInt } from "../util";

export const REQUIRED_COLUMNS = ["_id", "title", "pageUrl"];
export const OPTIONAL_COLUMNS = [
  "slug", "summary", "author", "authorSlug", "karma", "voteCount", "commentsCount", "commentCount", "postedAt",
  "wordCount", "af", "url", "tags",
];

export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const label = options.fileName ?? "Alignment Forum posts CSV";
  const input = prepareText(text, label);
  const { columns, rows } = readCsv(input, { label, required: REQUIRED_COLUMNS, optional: OPTIONAL_COLUMNS });
  const hasAf = columns.includes("af");
  const result = emptyResult("af-posts-csv");
  for (const { line, record: r } of rows) {
    const id = (r["_id"] ?? "").trim();
    const title = (r["title"] ?? "").trim();
    const pageUrl = (r["pageUrl"] ?? "").trim();
    if (!title) {
      result.skipped.push({ line, field: "title", message: `post ${id || "(no _id)"} has no title` });
      continue;
    }
    if (/\/events\//.test(pageUrl)) {
      result.skipped.push({ line, field: "pageUrl", message: `event, not a post: "${title}"` });
      continue;
    }
    const external = (r["url"] ?? "").trim();
    const af = hasAf ? toBool(r["af"]) : /alignmentforum\.org/.test(pageUrl);
    const date = parseDate(r["postedAt"]);
    result.posts.push(
      finalizePost({
        line,
        title,
        authors: [r["author"] ?? ""],
        url: external || pageUrl,
        lesswrongId: id || undefined,
        source: af ? "alignment_forum" : "lesswrong",
        kind: "forum_post",
        publishedAt: date.publishedAt,
        publishedYear: date.publishedYear,
        summary: r["summary"],
        wordCount: toInt(r["wordCount"]),
        tags: (r["tags"] ?? "").split(/[;,]/),
      }),
    );
  }
  return result;
}
