// The library's URL query <-> a typed LibraryQuery. Pure (no I/O), shared by pages, links
// and the JSON API.
//
// - parseLibraryQuery: lenient, for pages. Never throws; every bad value silently becomes
//   its default. Unknown parameters are ignored.
// - parseLibraryQueryStrict: same rules, but bad values are reported (for a 400).
// - toSearchParams: the canonical form (fixed order, defaults omitted, tags sorted), so
//   parse(toSearchParams(q)) deep-equals q and equal filters give equal URLs.
//
// Enum values are accepted with "_" or "-" and in any case (alignment_forum,
// Alignment-Forum); the canonical URL uses "-" (source=alignment-forum, status=to-read,
// sort=most-reviewed). Empty values (`agenda=` from a GET form) mean "not set" in both modes.

import { z } from "zod";
import {
  LIBRARY_SORTS,
  POST_SOURCES,
  READING_STATUSES,
  SOURCE_LABELS,
  STATUS_LABELS,
  type LibrarySort,
  type PostSource,
  type ReadingStatusValue,
} from "@/lib/domain";

export const PAGE_SIZE = 25;
export const MAX_PAGE = 10_000;
export const MAX_QUERY_LENGTH = 200;
export const MAX_TAGS = 10;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export const STATUS_FILTERS = [...READING_STATUSES, "none"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const REVIEWED_FILTERS = ["yes", "no"] as const;
export type ReviewedFilter = (typeof REVIEWED_FILTERS)[number];

export interface LibraryQuery {
  /** Search text: trimmed, whitespace collapsed, control characters removed, <= 200 chars. */
  q: string | null;
  /** Agenda slug. */
  agenda: string | null;
  /** Tag slugs, all of which must match; deduplicated and sorted. */
  tags: string[];
  /** Author slug (used by author links; not part of the filter form). */
  author: string | null;
  source: PostSource | null;
  /** Inclusive year range; either end may be open. Both null: no year filter. */
  yearFrom: number | null;
  yearTo: number | null;
  /** The viewer's reading status; "none" = posts the viewer has no status for. */
  status: StatusFilter | null;
  /** Whether the post has reviews. */
  reviewed: ReviewedFilter | null;
  sort: LibrarySort;
  /** 1-based; PAGE_SIZE posts per page. */
  page: number;
}

export type LibraryQueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

export interface LibraryQueryError {
  param: string;
  message: string;
}

export type StrictLibraryQueryResult = { ok: true; query: LibraryQuery } | { ok: false; errors: LibraryQueryError[] };

export const LIBRARY_PARAMS = ["q", "agenda", "tag", "author", "source", "year", "status", "reviewed", "sort", "page"] as const;

/** Default sort for a query: relevance when searching, else newest. */
export function defaultSort(q: string | null): LibrarySort {
  return q ? "relevance" : "newest";
}

export const EMPTY_LIBRARY_QUERY: Readonly<LibraryQuery> = Object.freeze({
  q: null,
  agenda: null,
  tags: [],
  author: null,
  source: null,
  yearFrom: null,
  yearTo: null,
  status: null,
  reviewed: null,
  sort: "newest",
  page: 1,
}) as Readonly<LibraryQuery>;

// ---------------------------------------------------------------------------------------
// Field schemas (each parses one non-empty string value)

const SLUG_RE = /^[a-z0-9][a-z0-9-]{0,119}$/;
// C0/C1 controls except tab, LF, CR (those become spaces), plus lone surrogates.
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function cleanText(value: string): string {
  return value
    .normalize("NFC")
    .replace(LONE_SURROGATE_RE, "\uFFFD")
    .replace(new RegExp(CONTROL_RE.source, "g"), "")
    .replace(/\s+/g, " ")
    .trim();
}

function truncateCodePoints(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = max;
  const code = value.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return value.slice(0, cut).trimEnd();
}

/** Lenient q: cleaned and cut to MAX_QUERY_LENGTH. */
const qLenient = z.string().transform((v) => truncateCodePoints(cleanText(v), MAX_QUERY_LENGTH));

/** Strict q: control characters and over-long text are errors. */
const qStrict = z
  .string()
  .refine((v) => !CONTROL_RE.test(v), "must not contain control characters")
  .transform(cleanText)
  .pipe(z.string().max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`));

const slug = (what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(SLUG_RE, `expected ${what} slug (lowercase letters, digits and hyphens)`);

function urlEnum<const T extends readonly [string, ...string[]]>(values: T) {
  const canonical = values.map(toUrlValue).join(", ");
  return z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v.replace(/-/g, "_"))
    .pipe(z.enum(values, { error: `expected one of ${canonical}` }));
}

const reviewedSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) => (["yes", "true", "1"].includes(v) ? "yes" : ["no", "false", "0"].includes(v) ? "no" : v))
  .pipe(z.enum(REVIEWED_FILTERS, { error: "expected yes or no" }));

const pageSchema = z
  .string()
  .trim()
  .regex(/^\d{1,6}$/, `expected a whole number from 1 to ${MAX_PAGE}`)
  .transform(Number)
  .pipe(z.number().int().min(1, "pages start at 1").max(MAX_PAGE, `at most ${MAX_PAGE}`));

type YearRange = { from: number | null; to: number | null; reversed: boolean };

const YEAR_RE = /^(\d{4})?\s*(?:(-|–|—|\.\.)\s*(\d{4})?)?$/;

const yearSchema = z
  .string()
  .trim()
  .transform((v, ctx): YearRange => {
    const m = YEAR_RE.exec(v);
    if (!m || (!m[1] && !m[3])) {
      ctx.addIssue({ code: "custom", message: "expected a year (2021) or a range (2019-2022, 2019-, -2020)" });
      return z.NEVER;
    }
    const from = m[1] ? Number(m[1]) : null;
    const to = m[2] ? (m[3] ? Number(m[3]) : null) : from;
    for (const y of [from, to]) {
      if (y !== null && (y < MIN_YEAR || y > MAX_YEAR)) {
        ctx.addIssue({ code: "custom", message: `years must be between ${MIN_YEAR} and ${MAX_YEAR}` });
        return z.NEVER;
      }
    }
    if (from !== null && to !== null && from > to) return { from: to, to: from, reversed: true };
    return { from, to, reversed: false };
  });

const FIELD = {
  agenda: slug("an agenda"),
  author: slug("an author"),
  tag: slug("a tag"),
  source: urlEnum(POST_SOURCES),
  status: urlEnum(STATUS_FILTERS),
  sort: urlEnum(LIBRARY_SORTS),
  reviewed: reviewedSchema,
  page: pageSchema,
  year: yearSchema,
};

export function toUrlValue(value: string): string {
  return value.replace(/_/g, "-");
}

// ---------------------------------------------------------------------------------------
// Parsing

function valuesOf(input: LibraryQueryInput, key: string): string[] {
  let raw: unknown;
  if (input instanceof URLSearchParams) raw = input.getAll(key);
  else if (input && typeof input === "object" && Object.prototype.hasOwnProperty.call(input, key)) raw = input[key];
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return list.filter((v): v is string => typeof v === "string");
}

function parse(input: LibraryQueryInput, strict: boolean): { query: LibraryQuery; errors: LibraryQueryError[] } {
  const errors: LibraryQueryError[] = [];
  const fail = (param: string, message: string) => errors.push({ param, message });

  /** The single non-empty value of a scalar parameter (the first one, leniently). */
  const single = (param: string): string | null => {
    const values = valuesOf(input, param).filter((v) => v.trim() !== "");
    if (values.length > 1 && strict) fail(param, "given more than once");
    return values[0] ?? null;
  };
  function field<S extends z.ZodType>(param: string, schema: S): z.output<S> | null {
    const value = single(param);
    if (value === null) return null;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    fail(param, result.error.issues[0]?.message ?? "invalid value");
    return null;
  }

  const rawQ = single("q");
  let q: string | null = null;
  if (rawQ !== null) {
    const result = (strict ? qStrict : qLenient).safeParse(rawQ);
    if (result.success) q = result.data || null;
    else fail("q", result.error.issues[0]?.message ?? "invalid search text");
  }

  const tagValues = valuesOf(input, "tag")
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
  const tags: string[] = [];
  for (const value of tagValues) {
    const result = FIELD.tag.safeParse(value);
    if (result.success) {
      if (!tags.includes(result.data)) tags.push(result.data);
    } else {
      fail("tag", `${JSON.stringify(truncateCodePoints(value, 40))}: ${result.error.issues[0]?.message ?? "invalid tag"}`);
    }
  }
  if (tags.length > MAX_TAGS) fail("tag", `at most ${MAX_TAGS} tags`);

  const year = field("year", FIELD.year);
  if (year?.reversed && strict) fail("year", "the range is reversed: put the earlier year first");

  const sort = field("sort", FIELD.sort);
  const page = field("page", FIELD.page);

  const query = normalizeQuery({
    q,
    agenda: field("agenda", FIELD.agenda),
    tags: tags.slice(0, MAX_TAGS),
    author: field("author", FIELD.author),
    source: field("source", FIELD.source),
    yearFrom: year?.from ?? null,
    yearTo: year?.to ?? null,
    status: field("status", FIELD.status),
    reviewed: field("reviewed", FIELD.reviewed),
    sort: sort ?? undefined,
    page: page ?? undefined,
  });
  return { query, errors };
}

/** Lenient parse for pages: never throws, junk becomes the default, unknown params ignored. */
export function parseLibraryQuery(input: LibraryQueryInput): LibraryQuery {
  try {
    return parse(input, false).query;
  } catch {
    return { ...EMPTY_LIBRARY_QUERY, tags: [] };
  }
}

/** Strict parse for the JSON API: any malformed parameter is reported (respond 400). */
export function parseLibraryQueryStrict(input: LibraryQueryInput): StrictLibraryQueryResult {
  const { query, errors } = parse(input, true);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, query };
}

/**
 * Coerce a possibly partial or hand-built query into canonical form: invalid fields become
 * defaults, tags are deduplicated/sorted/capped, years ordered, sort defaulted (relevance
 * needs q).
 */
export function normalizeQuery(partial: Partial<LibraryQuery> | null | undefined): LibraryQuery {
  const p = partial ?? {};
  const q = typeof p.q === "string" ? truncateCodePoints(cleanText(p.q), MAX_QUERY_LENGTH) || null : null;
  const slugOrNull = (v: unknown) => (typeof v === "string" && SLUG_RE.test(v) ? v : null);
  const tags = Array.isArray(p.tags)
    ? [...new Set(p.tags.filter((t): t is string => typeof t === "string" && SLUG_RE.test(t)))].sort().slice(0, MAX_TAGS)
    : [];
  const year = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR ? v : null);
  let yearFrom = year(p.yearFrom);
  let yearTo = year(p.yearTo);
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  let sort: LibrarySort = LIBRARY_SORTS.includes(p.sort as LibrarySort) ? (p.sort as LibrarySort) : defaultSort(q);
  if (sort === "relevance" && !q) sort = "newest";
  const page = typeof p.page === "number" && Number.isInteger(p.page) && p.page >= 1 && p.page <= MAX_PAGE ? p.page : 1;
  return {
    q,
    agenda: slugOrNull(p.agenda),
    tags,
    author: slugOrNull(p.author),
    source: POST_SOURCES.includes(p.source as PostSource) ? (p.source as PostSource) : null,
    yearFrom,
    yearTo,
    status: STATUS_FILTERS.includes(p.status as StatusFilter) ? (p.status as StatusFilter) : null,
    reviewed: p.reviewed === "yes" || p.reviewed === "no" ? p.reviewed : null,
    sort,
    page,
  };
}

// ---------------------------------------------------------------------------------------
// Serializing and links

export function formatYearRange(from: number | null, to: number | null): string | null {
  if (from === null && to === null) return null;
  if (from !== null && from === to) return String(from);
  return `${from ?? ""}-${to ?? ""}`;
}

/** Canonical search params: fixed order, defaults omitted; round-trips through parseLibraryQuery. */
export function toSearchParams(query: LibraryQuery): URLSearchParams {
  const c = normalizeQuery(query);
  const s = new URLSearchParams();
  if (c.q) s.set("q", c.q);
  if (c.agenda) s.set("agenda", c.agenda);
  for (const tag of c.tags) s.append("tag", tag);
  if (c.author) s.set("author", c.author);
  if (c.source) s.set("source", toUrlValue(c.source));
  const year = formatYearRange(c.yearFrom, c.yearTo);
  if (year) s.set("year", year);
  if (c.status) s.set("status", toUrlValue(c.status));
  if (c.reviewed) s.set("reviewed", c.reviewed);
  if (c.sort !== defaultSort(c.q)) s.set("sort", toUrlValue(c.sort));
  if (c.page > 1) s.set("page", String(c.page));
  return s;
}

/** `basePath` plus the canonical query string ("" when every filter is at its default). */
export function libraryHref(query: LibraryQuery, basePath = "/"): string {
  const search = toSearchParams(query).toString();
  return search ? `${basePath}?${search}` : basePath;
}

/**
 * The query with `changes` applied, for building links. Changing anything other than the
 * page starts again at page 1. A sort that was the default follows the new default when
 * q changes (typing a search switches "newest" to "relevance", clearing it switches back).
 */
export function withParam(query: LibraryQuery, changes: Partial<LibraryQuery>): LibraryQuery {
  const current = normalizeQuery(query);
  const next: Partial<LibraryQuery> = { ...current, ...changes };
  const changedFilter = (Object.keys(changes) as (keyof LibraryQuery)[]).some(
    (key) => key !== "page" && JSON.stringify(changes[key]) !== JSON.stringify(current[key]),
  );
  if (!("page" in changes) && changedFilter) next.page = 1;
  if ("q" in changes && !("sort" in changes) && current.sort === defaultSort(current.q)) {
    const q = normalizeQuery({ q: changes.q ?? null }).q;
    next.sort = defaultSort(q);
  }
  return normalizeQuery(next);
}

export interface FilterChip {
  /** URL parameter name ("tag" for each tag). */
  param: string;
  /** Canonical URL value of this filter. */
  value: string;
  /** e.g. "Agenda: natural-abstractions"; callers may swap slugs for display names. */
  label: string;
  /** Same view without this filter (page reset to 1). */
  removeHref: string;
}

function yearLabel(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return from === to ? String(from) : `${from}–${to}`;
  if (from !== null) return `${from} or later`;
  return `${to} or earlier`;
}

/** The active filters (not sort or page) as removable chips, in URL order. */
export function activeFilterChips(query: LibraryQuery, basePath = "/"): FilterChip[] {
  const c = normalizeQuery(query);
  const chips: FilterChip[] = [];
  const add = (param: string, value: string, label: string, change: Partial<LibraryQuery>) =>
    chips.push({ param, value, label, removeHref: libraryHref(withParam(c, change), basePath) });

  if (c.q) add("q", c.q, `Search: “${c.q}”`, { q: null });
  if (c.agenda) add("agenda", c.agenda, `Agenda: ${c.agenda}`, { agenda: null });
  for (const tag of c.tags) add("tag", tag, `Tag: ${tag}`, { tags: c.tags.filter((t) => t !== tag) });
  if (c.author) add("author", c.author, `Author: ${c.author}`, { author: null });
  if (c.source) add("source", toUrlValue(c.source), `Source: ${SOURCE_LABELS[c.source]}`, { source: null });
  const year = formatYearRange(c.yearFrom, c.yearTo);
  if (year) add("year", year, `Year: ${yearLabel(c.yearFrom, c.yearTo)}`, { yearFrom: null, yearTo: null });
  if (c.status) {
    const label = c.status === "none" ? "None" : STATUS_LABELS[c.status as ReadingStatusValue];
    add("status", toUrlValue(c.status), `Status: ${label}`, { status: null });
  }
  if (c.reviewed) add("reviewed", c.reviewed, `Reviewed: ${c.reviewed === "yes" ? "Yes" : "No"}`, { reviewed: null });
  return chips;
}

/** Row offset for the query's page. */
export function pageOffset(query: Pick<LibraryQuery, "page">): number {
  return (query.page - 1) * PAGE_SIZE;
}
