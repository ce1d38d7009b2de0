// The library's URL <-> criteria. Pure (no I/O), used by pages and /api/posts.
// NOTE: lib/library/filters.ts (another engineer's parser) had not landed when this was
// written; this is the one place pages touch URL parsing, so switching to it is local.
import { LIBRARY_SORTS, POST_SOURCES, READING_STATUSES, SOURCE_LABELS, STATUS_LABELS, type LibrarySort, type PostSource, type ReadingStatusValue } from "@/lib/domain";
import { MAX_PAGE, normalizeCriteria, type LibraryCriteria, type NormalizedCriteria, type StatusFilter } from "./library";

export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

const all = (p: RawParams, key: string): string[] => {
  const v = p instanceof URLSearchParams ? p.getAll(key) : p[key];
  return v == null ? [] : Array.isArray(v) ? v : [v];
};
const one = (p: RawParams, key: string): string | undefined => {
  const v = all(p, key).map((s) => s.trim()).filter(Boolean);
  return v.length ? v[v.length - 1] : undefined;
};

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const underscore = (s: string) => s.toLowerCase().replace(/-/g, "_");
export const urlValue = (s: string) => s.replace(/_/g, "-");

type Parsed = { criteria: LibraryCriteria; errors: string[] };

function parse(p: RawParams): Parsed {
  const errors: string[] = [];
  const c: LibraryCriteria = {};
  const q = one(p, "q");
  if (q) {
    if (q.length > 200) errors.push("q: at most 200 characters.");
    c.q = q.slice(0, 200);
  }
  const agenda = one(p, "agenda");
  if (agenda) {
    if (SLUG.test(agenda)) c.agenda = agenda;
    else errors.push("agenda: expected an agenda slug (lowercase letters, digits, hyphens).");
  }
  const author = one(p, "author");
  if (author) {
    if (SLUG.test(author)) c.author = author;
    else errors.push("author: expected an author slug (lowercase letters, digits, hyphens).");
  }
  const tags = all(p, "tag").flatMap((t) => t.split(",")).map((t) => t.trim()).filter(Boolean);
  const goodTags = tags.filter((t) => SLUG.test(t));
  if (goodTags.length !== tags.length) errors.push("tag: expected tag slugs (lowercase letters, digits, hyphens).");
  if (goodTags.length > 10) errors.push("tag: at most 10 tags.");
  c.tags = [...new Set(goodTags)].slice(0, 10);
  const source = one(p, "source");
  if (source) {
    const s = underscore(source);
    if (POST_SOURCES.includes(s as PostSource)) c.source = s as PostSource;
    else errors.push(`source: one of ${POST_SOURCES.map(urlValue).join(", ")}.`);
  }
  const year = one(p, "year");
  if (year) {
    const m = /^(\d{4})?\s*(?:(-|–|\.\.)\s*(\d{4})?)?$/.exec(year);
    if (m && (m[1] || m[3])) {
      const from = m[1] ? Number(m[1]) : null;
      const to = m[2] ? (m[3] ? Number(m[3]) : null) : from;
      c.yearFrom = from;
      c.yearTo = to;
    } else errors.push("year: a year like 2021 or a range like 2019-2023.");
  }
  const reviewed = one(p, "reviewed");
  if (reviewed) {
    const r = reviewed.toLowerCase();
    if (r === "yes" || r === "true" || r === "1") c.reviewed = "yes";
    else if (r === "no" || r === "false" || r === "0") c.reviewed = "no";
    else errors.push("reviewed: yes or no.");
  }
  const status = one(p, "status");
  if (status) {
    const s = underscore(status);
    if (s === "none" || READING_STATUSES.includes(s as ReadingStatusValue)) c.status = s as StatusFilter;
    else errors.push("status: one of to-read, reading, read, skipped, none.");
  }
  const sort = one(p, "sort");
  if (sort) {
    const s = underscore(sort);
    if (LIBRARY_SORTS.includes(s as LibrarySort)) c.sort = s as LibrarySort;
    else errors.push(`sort: one of ${LIBRARY_SORTS.map(urlValue).join(", ")}.`);
  }
  const page = one(p, "page");
  if (page) {
    const n = /^\d{1,7}$/.test(page) ? Number(page) : NaN;
    if (n >= 1 && n <= MAX_PAGE) c.page = n;
    else errors.push(`page: a whole number from 1 to ${MAX_PAGE}.`);
  }
  return { criteria: c, errors };
}

/** Lenient: junk parameters fall back to their defaults (pages never fail on a bad URL). */
export function criteriaFromParams(p: RawParams): NormalizedCriteria {
  return normalizeCriteria(parse(p).criteria);
}

/** Strict, for the JSON API: any malformed parameter is an error message for a 400. */
export function criteriaFromParamsStrict(p: RawParams): { ok: true; criteria: NormalizedCriteria } | { ok: false; error: string } {
  const { criteria, errors } = parse(p);
  return errors.length ? { ok: false, error: `Invalid query: ${errors.join(" ")}` } : { ok: true, criteria: normalizeCriteria(criteria) };
}

/** Canonical query string for criteria; defaults are left out so URLs stay short. */
export function criteriaToSearch(c: NormalizedCriteria, omit: { agenda?: boolean; tag?: string } = {}): string {
  const s = new URLSearchParams();
  if (c.q) s.set("q", c.q);
  if (c.agenda && !omit.agenda) s.set("agenda", c.agenda);
  for (const t of c.tags) if (t !== omit.tag) s.append("tag", t);
  if (c.author) s.set("author", c.author);
  if (c.source) s.set("source", urlValue(c.source));
  if (c.yearFrom != null || c.yearTo != null) {
    s.set("year", c.yearFrom === c.yearTo ? String(c.yearFrom) : `${c.yearFrom ?? ""}-${c.yearTo ?? ""}`);
  }
  if (c.reviewed) s.set("reviewed", c.reviewed);
  if (c.status) s.set("status", urlValue(c.status));
  const defaultSort = c.q ? "relevance" : "newest";
  if (c.sort !== defaultSort) s.set("sort", urlValue(c.sort));
  if (c.page > 1) s.set("page", String(c.page));
  const str = s.toString();
  return str ? `?${str}` : "";
}

export function hrefWith(base: string, c: NormalizedCriteria, change: Partial<NormalizedCriteria>, omit?: { agenda?: boolean; tag?: string }) {
  // Any filter change starts again at page 1; only an explicit page change keeps paging.
  const next = { ...c, page: 1, ...change } as NormalizedCriteria;
  return `${base}${criteriaToSearch(next, omit)}`;
}

/** The active filters as removable chips: each href is the same view without that filter. */
export function filterChips(
  base: string,
  c: NormalizedCriteria,
  names: { agendas: Map<string, string>; tags: Map<string, string>; authors?: Map<string, string> },
  omit: { agenda?: boolean; tag?: string } = {},
) {
  const chips: { label: string; href: string }[] = [];
  const h = (change: Partial<NormalizedCriteria>) => hrefWith(base, c, change, omit);
  if (c.q) chips.push({ label: `Search: “${c.q}”`, href: h({ q: null, sort: c.sort === "relevance" ? "newest" : c.sort }) });
  if (c.agenda && !omit.agenda) chips.push({ label: `Agenda: ${names.agendas.get(c.agenda) ?? c.agenda}`, href: h({ agenda: null }) });
  for (const t of c.tags) {
    if (t === omit.tag) continue;
    chips.push({ label: `Tag: ${names.tags.get(t) ?? t}`, href: h({ tags: c.tags.filter((x) => x !== t) }) });
  }
  if (c.author) chips.push({ label: `Author: ${names.authors?.get(c.author) ?? c.author}`, href: h({ author: null }) });
  if (c.source) chips.push({ label: `Source: ${SOURCE_LABELS[c.source]}`, href: h({ source: null }) });
  if (c.yearFrom != null || c.yearTo != null) {
    const label = c.yearFrom === c.yearTo ? `${c.yearFrom}` : `${c.yearFrom ?? "…"}–${c.yearTo ?? "…"}`;
    chips.push({ label: `Year: ${label}`, href: h({ yearFrom: null, yearTo: null }) });
  }
  if (c.reviewed) chips.push({ label: c.reviewed === "yes" ? "Reviewed" : "Not reviewed", href: h({ reviewed: null }) });
  if (c.status) chips.push({ label: `My status: ${c.status === "none" ? "none" : STATUS_LABELS[c.status]}`, href: h({ status: null }) });
  return chips;
}
