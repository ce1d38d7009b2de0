// Public API of the import parsers. Pure: no database access here.
export * from "./types";
export {
  canonicalizeUrl,
  decodeHtmlEntities,
  decodeLatexAccents,
  extractArxivId,
  extractDoi,
  extractLesswrongId,
  lesswrongSlug,
  normalizeTitle,
  sourceFromUrl,
  stripHtml,
  titleFromSlug,
} from "./identity";
export { detectFormat, parseImport, PARSERS, type ParseImportOptions } from "./detect";
export { mergeDuplicatePosts, mergeDuplicatesInResult, strongKeys, titlesCompatible } from "./merge";
export { decodeImportBytes, MAX_IMPORT_CHARS, parseAuthorList, parseDate } from "./util";
export { parseMany as parseMarkdownPosts } from "./formats/markdown-post";
