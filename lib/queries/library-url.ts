// The library's URL <-> criteria for pages and /api/posts: a thin adapter over
// lib/library/filters.ts (the parser) that adds what pages with a fixed filter need
// (an agenda page omits `agenda` from its links, a tag page its own tag) and display
// names on the chips.
import {
  activeFilterChips,
  libraryHref,
  parseLibraryQuery,
  parseLibraryQueryStrict,
  toSearchParams,
  withParam,
  type LibraryQuery,
  type LibraryQueryInput,
} from "@/lib/library/filters";
import type { NormalizedCriteria } from "./library";

export type RawParams = LibraryQueryInput;
type Omit_ = { agenda?: boolean; tag?: string };

const withoutFixed = (c: LibraryQuery, omit: Omit_ = {}): LibraryQuery => ({
  ...c,
  agenda: omit.agenda ? null : c.agenda,
  tags: omit.tag ? c.tags.filter((t) => t !== omit.tag) : c.tags,
});

/** Lenient: junk parameters fall back to their defaults (pages never fail on a bad URL). */
export function criteriaFromParams(p: RawParams): NormalizedCriteria {
  return parseLibraryQuery(p);
}

/** Strict, for the JSON API: any malformed parameter is an error message for a 400. */
export function criteriaFromParamsStrict(p: RawParams): { ok: true; criteria: NormalizedCriteria } | { ok: false; error: string } {
  const r = parseLibraryQueryStrict(p);
  return r.ok ? { ok: true, criteria: r.query } : { ok: false, error: `Invalid query: ${r.errors.map((e) => `${e.param}: ${e.message}`).join(" ")}` };
}

/** Canonical query string ("" or "?..."); defaults and fixed filters are left out. */
export function criteriaToSearch(c: NormalizedCriteria, omit?: Omit_): string {
  const s = toSearchParams(withoutFixed(c as LibraryQuery, omit)).toString();
  return s ? `?${s}` : "";
}

/** A link to the same view with `change` applied (a filter change resets the page). */
export function hrefWith(base: string, c: NormalizedCriteria, change: Partial<NormalizedCriteria>, omit?: Omit_) {
  return libraryHref(withoutFixed(withParam(c as LibraryQuery, change as Partial<LibraryQuery>), omit), base);
}

/** The active filters as removable chips, slugs swapped for display names. */
export function filterChips(
  base: string,
  c: NormalizedCriteria,
  names: { agendas: Map<string, string>; tags: Map<string, string>; authors?: Map<string, string> },
  omit?: Omit_,
) {
  const label = (param: string, value: string, fallback: string) => {
    const name = param === "agenda" ? names.agendas.get(value) : param === "tag" ? names.tags.get(value) : param === "author" ? names.authors?.get(value) : undefined;
    return name ? `${fallback.slice(0, fallback.indexOf(":") + 1)} ${name}` : fallback;
  };
  return activeFilterChips(withoutFixed(c as LibraryQuery, omit), base).map((chip) => ({
    label: label(chip.param, chip.value, chip.label),
    href: chip.removeHref,
  }));
}
