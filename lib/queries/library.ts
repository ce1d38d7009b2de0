// The filter-to-query builder behind `/`, `/api/posts`, agenda and tag pages: a parsed
// library query becomes one SQL WHERE + ORDER BY, run as exactly two round trips per page
// (the page of rows with their chips and the viewer's status, and the total) whatever the
// page size. Every user value goes in as a bound parameter (Prisma.sql), never as text.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { LIBRARY_SORTS, POST_SOURCES, READING_STATUSES, type LibrarySort, type PostKind, type PostSource, type ReadingStatusValue } from "@/lib/domain";
import { jsonArray, jsonObject } from "@/lib/db/raw-rows";
import { agendasJsonSql, authorsJsonSql, tagsJsonSql } from "./post-json";

export type StatusFilter = ReadingStatusValue | "none";

/** What the builder needs; lib/library/filters.ts parses the URL into this shape. */
export type LibraryCriteria = {
  q?: string | null;
  agenda?: string | null;
  tags?: readonly string[];
  source?: PostSource | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  reviewed?: "yes" | "no" | null;
  status?: StatusFilter | null;
  author?: string | null;
  sort?: LibrarySort | null;
  page?: number | null;
};

export type Viewer = { id: string } | null;

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
// Deep pages are never useful to a reader and each costs a longer scan.
export const MAX_PAGE = 10_000;
const MAX_QUERY_LENGTH = 200;
// An agenda filter whose subtree holds at most this many published posts (the stored
// Agenda.postCount, summed) pages from the agenda's own posts: a bounded number of
// index-only lookups and a top-N sort, the same in a library of 10,000 as of 100,000.
// A larger subtree walks the sort's index instead, which finds a page after reading about
// (library size / subtree size) x page size posts, few when the subtree is a good share
// of the library. Either way the rows and their order are the same; only the cost differs.
export const SMALL_AGENDA_POSTS = 2000;
// A search counts its matches up to this many and then says "1,000+": an exact count
// reads every match, and a common word matches a share of the whole library.
export const SEARCH_COUNT_CAP = 1000;
// Private-use code points: they cannot come from the tsquery, so splitting on them is safe.
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

const intIn = (v: unknown, min: number, max: number): number | null =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v : null;

/**
 * Defensive normalisation: whatever reaches the builder (a parser with a bug, an API
 * caller) is coerced into known values, so SQL only ever sees enums from the domain list,
 * bounded integers and trimmed strings.
 */
export type NormalizedCriteria = {
  [K in keyof LibraryCriteria]-?: Exclude<LibraryCriteria[K], undefined>;
} & { tags: string[]; sort: LibrarySort; page: number };

export function normalizeCriteria(c: LibraryCriteria | null | undefined): NormalizedCriteria {
  const str = (v: unknown, max = 120) => (typeof v === "string" && v.trim() ? v.trim().slice(0, max) : null);
  const q = str(c?.q, MAX_QUERY_LENGTH);
  const source = POST_SOURCES.includes(c?.source as PostSource) ? (c!.source as PostSource) : null;
  const status = c?.status === "none" || READING_STATUSES.includes(c?.status as ReadingStatusValue) ? (c!.status as StatusFilter) : null;
  const reviewed = c?.reviewed === "yes" || c?.reviewed === "no" ? c.reviewed : null;
  let yearFrom = intIn(c?.yearFrom, 1000, 3000);
  let yearTo = intIn(c?.yearTo, 1000, 3000);
  if (yearFrom != null && yearTo != null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  const tags = Array.isArray(c?.tags) ? [...new Set(c.tags.map((t) => str(t)).filter((t): t is string => !!t))].slice(0, 10) : [];
  let sort: LibrarySort = LIBRARY_SORTS.includes(c?.sort as LibrarySort) ? (c!.sort as LibrarySort) : q ? "relevance" : "newest";
  // Relevance without a search has nothing to rank by.
  if (sort === "relevance" && !q) sort = "newest";
  const page = intIn(c?.page, 1, MAX_PAGE) ?? 1;
  return { q, agenda: str(c?.agenda), tags, source, yearFrom, yearTo, reviewed, status, author: str(c?.author), sort, page };
}

const tsQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/**
 * True when some word of the query is among the stored vector's summary-and-body lexemes
 * (weight C): a cheap test of whether ts_headline on the summary can mark anything.
 * Negated words are included, which only lets more rows through.
 */
const summaryMayMatch = (q: string) =>
  Prisma.sql`tsvector_to_array(ts_filter(p."searchVector", '{c}')) && tsvector_to_array(to_tsvector('english', ${q}))`;

/** True when the search matches the post's title or authors (never null). */
const headingMatch = (alias: Prisma.Sql, q: string) => Prisma.sql`(${alias}."headingVector" @@ ${tsQuery(q)}) IS TRUE`;

/** The agenda with this slug (or a former slug) and all its sub-agendas, any depth. */
const agendaSubtree = (slug: string) => Prisma.sql`
  WITH RECURSIVE sub(id) AS (
    SELECT a.id FROM "Agenda" a WHERE a.slug = ${slug} OR ${slug} = ANY(a."oldSlugs")
    UNION
    SELECT c.id FROM "Agenda" c JOIN sub ON c."parentId" = sub.id
  ) SELECT id FROM sub`;

const tagSubtree = (slug: string) => Prisma.sql`
  WITH RECURSIVE sub(id) AS (
    SELECT t.id FROM "Tag" t WHERE t.slug = ${slug} OR ${slug} = ANY(t."oldSlugs")
    UNION
    SELECT c.id FROM "Tag" c JOIN sub ON c."parentId" = sub.id
  ) SELECT id FROM sub`;

/**
 * The agenda and tag filters resolved to ids before the page and its count are asked for:
 * the agenda's subtree with its published posts (stored counters, summed) and each tag's
 * subtree. Given ids, the page and count statements carry plain arrays instead of
 * recursive subqueries, so PostgreSQL plans them in a fraction of the time (a recursive
 * CTE per filter, planned again in every statement, cost more than running them), and the
 * agenda plan is chosen here rather than by two branches of one statement.
 */
export type Taxonomy = { agenda: { ids: string[]; posts: number } | null; tags: string[][] };

export async function resolveTaxonomy(db: Pick<Db, "$queryRaw">, criteria: LibraryCriteria): Promise<Taxonomy> {
  const c = normalizeCriteria(criteria);
  if (!c.agenda && !c.tags.length) return { agenda: null, tags: [] };
  const agenda = c.agenda
    ? Prisma.sql`(SELECT json_build_object('ids', coalesce(json_agg(a.id), '[]'::json), 'posts', coalesce(sum(a."postCount"), 0))
        FROM "Agenda" a WHERE a.id IN (${agendaSubtree(c.agenda)}))`
    : Prisma.sql`NULL::json`;
  const tags = c.tags.length
    ? Prisma.join(c.tags.map((tag) => Prisma.sql`(SELECT coalesce(json_agg(id), '[]'::json) FROM (${tagSubtree(tag)}) s)`))
    : Prisma.empty;
  const [row] = await db.$queryRaw<{ agenda: unknown; tags: unknown }[]>`SELECT ${agenda} AS agenda, json_build_array(${tags}) AS tags`;
  const parsedAgenda = jsonObject<{ ids: string[]; posts: number | string }>(row?.agenda);
  return {
    agenda: c.agenda ? { ids: parsedAgenda?.ids ?? [], posts: Number(parsedAgenda?.posts ?? 0) } : null,
    tags: c.tags.map((_, i) => jsonArray<string[]>(row?.tags)[i] ?? []),
  };
}

/** True when a filter names an agenda or tag that does not exist: nothing can match. */
const matchesNothing = (t: Taxonomy) => t.agenda?.ids.length === 0 || t.tags.some((ids) => !ids.length);

/**
 * WHERE conditions on "Post" p for the criteria, as seen by `viewer` (drafts, status).
 * With a resolved `taxonomy` the agenda and tag filters are id arrays; without one they
 * are resolved inside the statement (the export, which runs once, not per page view).
 */
export function buildLibraryWhere(criteria: LibraryCriteria, viewer: Viewer, taxonomy?: Taxonomy): Prisma.Sql {
  const c = normalizeCriteria(criteria);
  const parts: Prisma.Sql[] = [];
  // Drafts are visible to their creator only.
  parts.push(viewer ? Prisma.sql`(p.draft = false OR p."createdById" = ${viewer.id})` : Prisma.sql`p.draft = false`);
  if (c.q) parts.push(Prisma.sql`p."searchVector" @@ ${tsQuery(c.q)}`);
  if (c.agenda) {
    const ids = taxonomy?.agenda ? Prisma.sql`${taxonomy.agenda.ids}::text[]` : Prisma.sql`ARRAY(${agendaSubtree(c.agenda)})`;
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "PostAgenda" pa WHERE pa."postId" = p.id AND pa."agendaId" = ANY(${ids}))`);
  }
  // Several tags: the post must carry every one of them (each including its child tags).
  c.tags.forEach((tag, i) => {
    const resolved = taxonomy?.tags[i];
    const ids = resolved ? Prisma.sql`${resolved}::text[]` : Prisma.sql`ARRAY(${tagSubtree(tag)})`;
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "PostTag" pt WHERE pt."postId" = p.id AND pt."tagId" = ANY(${ids}))`);
  });
  if (c.source) parts.push(Prisma.sql`p.source = CAST(${c.source} AS "PostSource")`);
  if (c.yearFrom != null) parts.push(Prisma.sql`p."publishedYear" >= ${c.yearFrom}`);
  if (c.yearTo != null) parts.push(Prisma.sql`p."publishedYear" <= ${c.yearTo}`);
  if (c.reviewed === "yes") parts.push(Prisma.sql`p."reviewCount" > 0`);
  if (c.reviewed === "no") parts.push(Prisma.sql`p."reviewCount" = 0`);
  if (c.author) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "PostAuthor" pau JOIN "Author" au ON au.id = pau."authorId" WHERE pau."postId" = p.id AND au.slug = ${c.author})`);
  }
  // A reading status belongs to a signed-in user; signed out, the filter means nothing.
  if (c.status && viewer) {
    if (c.status === "none") {
      parts.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "ReadingStatus" s WHERE s."postId" = p.id AND s."userId" = ${viewer.id})`);
    } else {
      parts.push(
        Prisma.sql`EXISTS (SELECT 1 FROM "ReadingStatus" s WHERE s."postId" = p.id AND s."userId" = ${viewer.id} AND s.status = CAST(${c.status} AS "ReadingStatusValue"))`,
      );
    }
  }
  return Prisma.join(parts, " AND ");
}

/** The Post columns buildLibraryOrder reads for the sort (besides id and a search rank). */
function sortColumns(sort: LibrarySort, a: Prisma.Sql): Prisma.Sql {
  switch (sort) {
    case "oldest":
      return Prisma.sql`${a}."publishedAt"`;
    case "most_reviewed":
      return Prisma.sql`${a}."reviewCount"`;
    case "top_rated":
      return Prisma.sql`${a}."ratingMean", ${a}."ratingCount"`;
    case "recent_activity":
      return Prisma.sql`${a}."lastActivityAt"`;
    default:
      return Prisma.sql`${a}."sortDate"`;
  }
}

/**
 * ORDER BY for the sort. Each key ends in p.id so pages are stable. The keys follow the
 * Post indexes (reviewCount, lastActivityAt, sortDate, ratingMean, each with id).
 * "newest" reads sortDate (publishedAt with undated posts at 1970, kept by a trigger),
 * so undated posts go last and the DESC index serves the page without a sort.
 */
export function buildLibraryOrder(criteria: LibraryCriteria, keys: { alias?: string; rank?: Prisma.Sql } = {}): Prisma.Sql {
  const c = normalizeCriteria(criteria);
  const a = Prisma.raw(keys.alias ?? "p");
  switch (c.sort) {
    case "oldest":
      return Prisma.sql`${a}."publishedAt" ASC NULLS LAST, ${a}.id ASC`;
    case "most_reviewed":
      return Prisma.sql`${a}."reviewCount" DESC, ${a}.id ASC`;
    case "top_rated":
      return Prisma.sql`${a}."ratingMean" DESC NULLS LAST, ${a}."ratingCount" DESC, ${a}.id ASC`;
    case "recent_activity":
      return Prisma.sql`${a}."lastActivityAt" DESC, ${a}.id ASC`;
    case "relevance":
      // Heading (title, authors) matches first, then matches in the summary, body or
      // reviews; newest first within each. buildLibraryPageSql reads this order from two
      // index-friendly queries, so keep them in step.
      return c.q
        ? Prisma.sql`${keys.rank ?? headingMatch(a, c.q)} DESC, ${a}."sortDate" DESC, ${a}.id ASC`
        : Prisma.sql`${a}."sortDate" DESC, ${a}.id ASC`;
    case "newest":
    default:
      return Prisma.sql`${a}."sortDate" DESC, ${a}.id ASC`;
  }
}

export type LibraryChip = { slug: string; name: string };

export type LibraryItem = {
  id: string;
  slug: string;
  title: string;
  authors: { name: string; slug: string }[];
  authorsText: string;
  source: PostSource;
  kind: PostKind;
  publishedAt: Date | null;
  publishedYear: number | null;
  draft: boolean;
  reviewCount: number;
  ratingCount: number;
  ratingMean: number | null;
  tags: LibraryChip[];
  agendas: LibraryChip[];
  /** The viewer's reading status; null when signed out or no status. */
  status: ReadingStatusValue | null;
  /** Search highlights, with MARK_START/MARK_END around matched words; null without q. */
  titleHighlight: string | null;
  summaryHighlight: string | null;
  reviewHighlight: string | null;
  summary: string;
};

/** `totalCapped`: a search with more than SEARCH_COUNT_CAP matches; `total` is then the cap. */
export type LibraryPage = { items: LibraryItem[]; total: number; totalCapped: boolean; page: number; pageSize: number };

type Row = Omit<LibraryItem, "tags" | "agendas" | "authors"> & { tags: unknown; agendas: unknown; authors: unknown; pageTotal: number | null };

/** True when the page statement also carries the total (the small agenda plan). */
export function pageCountsItself(criteria: LibraryCriteria, taxonomy: Taxonomy | undefined, smallAgendaPosts = SMALL_AGENDA_POSTS) {
  const c = normalizeCriteria(criteria);
  return !!c.agenda && !(c.q && c.sort === "relevance") && !!taxonomy?.agenda && taxonomy.agenda.posts <= smallAgendaPosts;
}

export function buildLibraryPageSql(
  criteria: LibraryCriteria,
  viewer: Viewer,
  pageSize = DEFAULT_PAGE_SIZE,
  { smallAgendaPosts = SMALL_AGENDA_POSTS, taxonomy }: { smallAgendaPosts?: number; taxonomy?: Taxonomy } = {},
): Prisma.Sql {
  const c = normalizeCriteria(criteria);
  const size = intIn(pageSize, 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE;
  const where = buildLibraryWhere(c, viewer, taxonomy);
  const countsItself = pageCountsItself(c, taxonomy, smallAgendaPosts);
  const order = buildLibraryOrder(c);
  // The outer query re-sorts the page's 25 rows by the same keys, read from the CTE.
  const pageOrder = buildLibraryOrder(c, { alias: "page", rank: Prisma.sql`page.rank` });
  const offset = (c.page - 1) * size;
  // Headlines are computed in the outer query, on the page's rows only: ts_headline is
  // costly and must not run on every match before the LIMIT. Whether the reviews match is
  // read from the stored vector's review lexemes (weight D, see the search trigger) rather
  // than by parsing every review text again; likewise the summary (weight C) is parsed
  // only when one of the query's words is among its lexemes: most rows of a search match
  // in the title, and a summary without a marked word is not shown.
  const headlines = c.q
    ? Prisma.sql`ts_headline('english', p.title, ${tsQuery(c.q)}, ${"HighlightAll=true, StartSel=" + MARK_START + ", StopSel=" + MARK_END}) AS "titleHighlight",
        CASE WHEN p.summary <> '' AND ${summaryMayMatch(c.q)}
             THEN ts_headline('english', p.summary, ${tsQuery(c.q)}, ${HEADLINE_OPTIONS}) END AS "summaryHighlight",
        CASE WHEN p."reviewsText" <> '' AND ts_filter(p."searchVector", '{d}') @@ ${tsQuery(c.q)}
             THEN ts_headline('english', p."reviewsText", ${tsQuery(c.q)}, ${HEADLINE_OPTIONS}) END AS "reviewHighlight"`
    : Prisma.sql`NULL::text AS "titleHighlight", NULL::text AS "summaryHighlight", NULL::text AS "reviewHighlight"`;
  const status = viewer
    ? Prisma.sql`(SELECT s.status::text FROM "ReadingStatus" s WHERE s."userId" = ${viewer.id} AND s."postId" = p.id)`
    : Prisma.sql`NULL::text`;
  // Only the sort's own columns, so a page built from an agenda's posts reads them from
  // the (id, draft, createdById, sortDate) index for "newest" rather than from wide rows.
  const keys = (rank: Prisma.Sql) => Prisma.sql`p.id, ${sortColumns(c.sort, Prisma.raw("p"))}, ${rank} AS rank`;
  let pageCtes: Prisma.Sql;
  if (c.q && c.sort === "relevance") {
    // The relevance order of buildLibraryOrder, without ranking every match: the newest
    // heading matches (through the small headingVector's index), then, only if the page
    // reaches past them, the newest other matches. Each part stops at the rows the page
    // needs, so a common word costs about the same in a small library as in a large one.
    // The gate on other_hits is a one-time filter (its query does not run when the heading
    // matches fill the page), not a computed LIMIT: a LIMIT expression makes the planner
    // plan for a tenth of the rows and walk the date index for rare words.
    const q = tsQuery(c.q);
    const needed = offset + size;
    pageCtes = Prisma.sql`
    heading_hits AS (
      SELECT ${keys(Prisma.sql`true`)}
      FROM "Post" p
      WHERE p."headingVector" @@ ${q} AND ${where}
      ORDER BY p."sortDate" DESC, p.id ASC
      LIMIT ${needed}
    ),
    other_hits AS (
      SELECT ${keys(Prisma.sql`false`)}
      FROM "Post" p
      WHERE (SELECT count(*) FROM heading_hits) < ${needed}
        AND ${where} AND (p."headingVector" @@ ${q}) IS NOT TRUE
      ORDER BY p."sortDate" DESC, p.id ASC
      LIMIT ${needed}
    ),
    page AS (
      SELECT * FROM (SELECT * FROM heading_hits UNION ALL SELECT * FROM other_hits) hits
      ORDER BY rank DESC, "sortDate" DESC, id ASC
      LIMIT ${size} OFFSET ${offset}
    )`;
  } else if (c.agenda) {
    // Two plans for one result, chosen by the subtree's stored post count (see
    // SMALL_AGENDA_POSTS). Small: the agenda's posts, deduplicated, filtered and sorted in
    // full; the MATERIALIZED fence keeps the planner from pushing the ORDER BY ... LIMIT
    // into it, where it would choose to walk the sort index again. Large: the sort index
    // walk, each post's agendas probed as it comes; OFFSET 0 keeps that EXISTS a per-row
    // probe, since left to itself the planner, which cannot tell a subtree's size from the
    // statement, turns it into a join from the agenda's posts whatever their number.
    if (!taxonomy?.agenda) throw new Error("An agenda filter needs resolveTaxonomy() first.");
    const otherFilters = buildLibraryWhere({ ...c, agenda: null }, viewer, { agenda: null, tags: taxonomy.tags });
    const inSubtree = Prisma.sql`pa."agendaId" = ANY(${taxonomy.agenda.ids}::text[])`;
    // The small plan reads all of the agenda's matching posts anyway, so the same
    // statement counts them (pageTotal) and findLibraryPage needs no count query.
    pageCtes = countsItself
      ? Prisma.sql`
    hits AS MATERIALIZED (
      SELECT ${keys(Prisma.sql`false`)}
      FROM "Post" p
      WHERE p.id IN (SELECT pa."postId" FROM "PostAgenda" pa WHERE ${inSubtree})
        AND ${otherFilters}
    ),
    page AS (
      SELECT * FROM hits small_agenda
      ORDER BY ${buildLibraryOrder(c, { alias: "small_agenda" })}
      LIMIT ${size} OFFSET ${offset}
    )`
      : Prisma.sql`
    page AS (
      SELECT ${keys(Prisma.sql`false`)}
      FROM "Post" p
      WHERE EXISTS (SELECT 1 FROM "PostAgenda" pa WHERE pa."postId" = p.id AND ${inSubtree} OFFSET 0)
        AND ${otherFilters}
      ORDER BY ${order}
      LIMIT ${size} OFFSET ${offset}
    )`;
  } else {
    pageCtes = Prisma.sql`
    page AS (
      SELECT ${keys(Prisma.sql`false`)}
      FROM "Post" p
      WHERE ${where}
      ORDER BY ${order}
      LIMIT ${size} OFFSET ${offset}
    )`;
  }
  return Prisma.sql`
    WITH ${pageCtes}
    SELECT ${countsItself ? Prisma.sql`(SELECT count(*) FROM hits)::int` : Prisma.sql`NULL::int`} AS "pageTotal",
      p.id, p.slug, p.title, p."authorsText", p.source::text AS source, p.kind::text AS kind,
      p."publishedAt", p."publishedYear", p.draft, p."reviewCount", p."ratingCount", p."ratingMean", p.summary,
      ${status} AS status,
      ${headlines},
      ${authorsJsonSql} AS authors,
      ${tagsJsonSql} AS tags,
      ${agendasJsonSql()} AS agendas
    FROM page JOIN "Post" p ON p.id = page.id
    ORDER BY ${pageOrder}`;
}

/** The total; for a search, counted up to SEARCH_COUNT_CAP + 1 (more means "capped"). */
export function buildLibraryCountSql(criteria: LibraryCriteria, viewer: Viewer, taxonomy?: Taxonomy): Prisma.Sql {
  const c = normalizeCriteria(criteria);
  const where = buildLibraryWhere(c, viewer, taxonomy);
  return c.q
    ? Prisma.sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM "Post" p WHERE ${where} LIMIT ${SEARCH_COUNT_CAP + 1}) hits`
    : Prisma.sql`SELECT count(*)::int AS total FROM "Post" p WHERE ${where}`;
}

/**
 * One page of the library and the total: two queries, run in parallel, after a small one
 * that resolves an agenda or tag filter to ids (none without such a filter; nothing more
 * when the agenda or a tag does not exist).
 */
export async function findLibraryPage(
  db: Pick<Db, "$queryRaw">,
  { criteria, viewer, pageSize = DEFAULT_PAGE_SIZE }: { criteria: LibraryCriteria; viewer: Viewer; pageSize?: number },
): Promise<LibraryPage> {
  const c = normalizeCriteria(criteria);
  const size = intIn(pageSize, 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE;
  const taxonomy = await resolveTaxonomy(db, c);
  if (matchesNothing(taxonomy)) return { items: [], total: 0, totalCapped: false, page: c.page, pageSize: size };
  const countTotal = async () => Number((await db.$queryRaw<{ total: number }[]>(buildLibraryCountSql(c, viewer, taxonomy)))[0]?.total ?? 0);
  const countsItself = pageCountsItself(c, taxonomy);
  const [rows, count] = await Promise.all([db.$queryRaw<Row[]>(buildLibraryPageSql(c, viewer, size, { taxonomy })), countsItself ? null : countTotal()]);
  // A page past the end has no row to carry its total: only then is it counted apart.
  const counted = !countsItself ? count! : rows.length ? Number(rows[0].pageTotal) : c.page > 1 ? await countTotal() : 0;
  const items = rows.map(
    ({ pageTotal: _total, ...r }): LibraryItem => ({
      ...r,
      publishedAt: r.publishedAt ? new Date(r.publishedAt) : null,
      publishedYear: r.publishedYear == null ? null : Number(r.publishedYear),
      reviewCount: Number(r.reviewCount),
      ratingCount: Number(r.ratingCount),
      ratingMean: r.ratingMean == null ? null : Number(r.ratingMean),
      status: (r.status as ReadingStatusValue | null) ?? null,
      authors: jsonArray(r.authors),
      tags: jsonArray(r.tags),
      agendas: jsonArray(r.agendas),
    }),
  );
  const totalCapped = !!c.q && counted > SEARCH_COUNT_CAP;
  return { items, total: totalCapped ? SEARCH_COUNT_CAP : counted, totalCapped, page: c.page, pageSize: size };
}
