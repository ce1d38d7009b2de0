import Link from "next/link";
import { LIBRARY_SORTS, POST_SOURCES, SOURCE_LABELS, STATUS_LABELS, READING_STATUSES, type LibrarySort } from "@/lib/domain";
import type { NormalizedCriteria } from "@/lib/queries/library";

type Option = { slug: string; name: string; depth: number };

const SORT_LABELS: Record<LibrarySort, string> = {
  newest: "Newest",
  oldest: "Oldest",
  most_reviewed: "Most reviewed",
  top_rated: "Top rated",
  recent_activity: "Recent activity",
  relevance: "Best match",
};

const indent = (depth: number) => "\u00a0\u00a0".repeat(depth);

/** Under a select that offers only the most-used options: where the rest are. */
function MoreLink({ total, shown, href, noun }: { total?: number; shown: number; href: string; noun: string }) {
  if (!total || total <= shown) return null;
  return (
    <p className="small muted">
      The most used are listed; <Link href={href}>browse all {total.toLocaleString("en")} {noun}</Link>
    </p>
  );
}

/**
 * The library's filters as a GET form: submitting it writes them into the URL, so a view
 * can be shared and reloaded, and it works without JavaScript. Tags already chosen ride
 * along as hidden fields (several tags = all of them); the select adds one more.
 */
export function FilterForm({
  criteria,
  agendas,
  tags,
  totals,
  signedIn,
  action = "/",
  fixed = {},
}: {
  criteria: NormalizedCriteria;
  agendas: Option[];
  tags: Option[];
  /** How many exist; when more than the options offered, a link leads to all of them. */
  totals?: { agendas: number; tags: number };
  signedIn: boolean;
  action?: string;
  fixed?: { agenda?: boolean; tag?: string };
}) {
  const year = criteria.yearFrom != null && criteria.yearTo != null
    ? criteria.yearFrom === criteria.yearTo ? String(criteria.yearFrom) : `${criteria.yearFrom}-${criteria.yearTo}`
    : criteria.yearFrom != null ? `${criteria.yearFrom}-` : criteria.yearTo != null ? `-${criteria.yearTo}` : "";
  const extraTags = criteria.tags.filter((t) => t !== fixed.tag);
  return (
    <form method="get" action={action} role="search" aria-label="Filter the library" className="filter-form">
      <div className="field search-field">
        <label htmlFor="q">Search titles, summaries, authors and reviews</label>
        <input id="q" name="q" type="search" defaultValue={criteria.q ?? ""} placeholder="e.g. deceptive alignment" />
      </div>
      {!fixed.agenda && (
        <div className="field">
          <label htmlFor="agenda">Agenda</label>
          <select id="agenda" name="agenda" defaultValue={criteria.agenda ?? ""}>
            <option value="">Any agenda</option>
            {agendas.map((a) => (
              <option key={a.slug} value={a.slug}>{indent(a.depth)}{a.name}</option>
            ))}
          </select>
          <MoreLink total={totals?.agendas} shown={agendas.length} href="/agendas" noun="agendas" />
        </div>
      )}
      {extraTags.map((t) => <input key={t} type="hidden" name="tag" value={t} />)}
      {criteria.author && <input type="hidden" name="author" value={criteria.author} />}
      <div className="field">
        <label htmlFor="tag">{extraTags.length ? "And tag" : "Tag"}</label>
        <select id="tag" name="tag" defaultValue="">
          <option value="">{extraTags.length ? "No other tag" : "Any tag"}</option>
          {tags.filter((t) => !criteria.tags.includes(t.slug)).map((t) => (
            <option key={t.slug} value={t.slug}>{indent(t.depth)}{t.name}</option>
          ))}
        </select>
        <MoreLink total={totals?.tags} shown={tags.length} href="/tags" noun="tags" />
      </div>
      <div className="field">
        <label htmlFor="source">Source</label>
        <select id="source" name="source" defaultValue={criteria.source ?? ""}>
          <option value="">Any source</option>
          {POST_SOURCES.map((s) => <option key={s} value={s}>{SOURCE_LABELS[s]}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="year">Year or range</label>
        <input id="year" name="year" type="text" inputMode="numeric" defaultValue={year} placeholder="2021 or 2019-2023" />
      </div>
      <div className="field">
        <label htmlFor="reviewed">Reviewed</label>
        <select id="reviewed" name="reviewed" defaultValue={criteria.reviewed ?? ""}>
          <option value="">Either</option>
          <option value="yes">Reviewed</option>
          <option value="no">Not reviewed yet</option>
        </select>
      </div>
      {signedIn && (
        <div className="field">
          <label htmlFor="status">My status</label>
          <select id="status" name="status" defaultValue={criteria.status ?? ""}>
            <option value="">Any status</option>
            {READING_STATUSES.map((s) => <option key={s} value={s.replace("_", "-")}>{STATUS_LABELS[s]}</option>)}
            <option value="none">No status</option>
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="sort">Sort by</label>
        <select id="sort" name="sort" defaultValue={criteria.sort}>
          {LIBRARY_SORTS.filter((s) => s !== "relevance" || criteria.q).map((s) => (
            <option key={s} value={s.replace("_", "-")}>{SORT_LABELS[s]}</option>
          ))}
        </select>
      </div>
      <div className="filter-actions">
        <button type="submit" className="btn">Apply filters</button>
        <Link href={action} className="small">Clear</Link>
      </div>
    </form>
  );
}
