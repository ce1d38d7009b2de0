// The Alignment Newsletter database: Category, Highlight?, Title, Authors, Venue, Year, H/T,
// Email, Summarizer, Summary, My opinion, Prerequisites, Read more, URL. Each row is a post;
// the category and the issue ("AN #62") become tags, the newsletter summary the post summary.
// The summariser's opinion is a review by someone without an account here, so it is not
// imported as a review (it stays in the file; see the import report).
import { canonicalizeUrl, extractArxivId, sourceFromUrl } from "../identity";
import type { ParseOptions, ParseResult } from "../types";
import { emptyResult, finalizePost, kindForSource, parseAuthorList, prepareText, readCsv, toInt } from "../util";

export const REQUIRED_COLUMNS = ["Title", "Category", "Summary"];
export const OPTIONAL_COLUMNS = ["Highlight?", "Authors", "Venue", "Year", "H/T", "Email", "Summarizer", "My opinion", "Prerequisites", "Read more", "URL"];

export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const label = options.fileName ?? "Alignment Newsletter CSV";
  const input = prepareText(text, label);
  const { rows } = readCsv(input, { label, required: REQUIRED_COLUMNS, optional: OPTIONAL_COLUMNS });
  const result = emptyResult("alignment-newsletter-csv");
  for (const { line, record: r } of rows) {
    const title = (r["Title"] ?? "").trim();
    if (!title) {
      result.skipped.push({ line, field: "Title", message: "row has no title" });
      continue;
    }
    // "URL" sometimes holds several links or prose: the first that canonicalises is the post's.
    const url = (r["URL"] ?? "").split(/\s+/).find((u) => canonicalizeUrl(u)) ?? undefined;
    const venue = (r["Venue"] ?? "").trim();
    const source = url ? (extractArxivId(url) ? "arxiv" : sourceFromUrl(url)) : /arxiv/i.test(venue) ? "arxiv" : "other";
    const year = toInt(r["Year"]);
    result.posts.push(
      finalizePost({
        line,
        title,
        authors: parseAuthorList((r["Authors"] ?? "").replace(/\*/g, ""), { commaMeansList: true }),
        url,
        source,
        kind: kindForSource(source, /arxiv|conference|journal|neurips|icml|iclr|aaai|ijcai/i.test(venue) ? "paper" : "other"),
        publishedYear: year && year > 1900 && year < 2100 ? year : undefined,
        summary: r["Summary"],
        tags: [r["Category"] ?? "", (r["Email"] ?? "").trim()].filter(Boolean),
      }),
    );
  }
  return result;
}
