// Shallow review of technical AI safety: papers and posts filed under agendas.
// agenda_name, agenda_section, agenda_sub_section, agenda_full_name, link_url, link_text, title,
// authors, author_organizations, published_year, date
import { extractArxivId, sourceFromUrl } from "../identity";
import type { ParseOptions, ParseResult } from "../types";
import { emptyResult, finalizePost, kindForSource, parseAuthorList, parseDate, prepareText, readCsv } from "../util";

export const REQUIRED_COLUMNS = ["agenda_name", "link_url", "title"];
export const OPTIONAL_COLUMNS = [
  "agenda_section", "agenda_sub_section", "agenda_full_name", "link_text", "authors", "author_organizations",
  "published_year", "date",
];

/**
 * One ImportedPost per row (the same paper filed under several agendas appears once per agenda;
 * parseImport merges them). The title falls back to link_text; a row with neither URL nor title
 * is a note, not a paper, and is skipped. Authors may be "First Last, First Last", LessWrong
 * user names, team names, or "Last, First; ..." lists.
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const label = options.fileName ?? "shallow-review papers CSV";
  const input = prepareText(text, label);
  const { rows } = readCsv(input, { label, required: REQUIRED_COLUMNS, optional: OPTIONAL_COLUMNS });
  const result = emptyResult("shallow-review-papers-csv");
  for (const { line, record: r } of rows) {
    const url = (r["link_url"] ?? "").trim();
    const title = (r["title"] ?? "").trim() || (r["link_text"] ?? "").trim();
    const agenda = (r["agenda_name"] ?? "").trim();
    if (!url) {
      result.skipped.push({
        line,
        field: "link_url",
        message: `row without a link${title ? ` (a note under "${agenda}": "${title.slice(0, 60)}")` : ""}`,
      });
      continue;
    }
    if (!title) {
      result.skipped.push({ line, field: "title", message: `row without a title (${url})` });
      continue;
    }
    const source = extractArxivId(url) ? "arxiv" : sourceFromUrl(url);
    const date = parseDate(r["date"]);
    const year = Number((r["published_year"] ?? "").trim()) || undefined;
    result.posts.push(
      finalizePost({
        line,
        title,
        authors: parseAuthorList(r["authors"] ?? "", { commaMeansList: true }),
        url,
        source,
        kind: kindForSource(source, "other"),
        publishedAt: date.publishedAt,
        publishedYear: date.publishedAt ? date.publishedYear : (year ?? date.publishedYear),
        tags: [],
        agendas: agenda ? [agenda] : [],
      }),
    );
  }
  return result;
}
