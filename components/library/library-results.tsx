import Link from "next/link";
import type { LibraryPage } from "@/lib/queries/library";
import { Pagination } from "@/components/ui/pagination";
import { PostListItem } from "./post-list-item";

export type FilterChip = { label: string; href: string };

/** Count, removable filter chips, the posts, an empty state and pagination. */
export function LibraryResults({
  result,
  chips,
  clearHref,
  hrefForPage,
  signedIn,
}: {
  result: LibraryPage;
  chips: FilterChip[];
  clearHref: string;
  hrefForPage: (page: number) => string;
  signedIn: boolean;
}) {
  const { items, total, totalCapped, page, pageSize } = result;
  const from = total ? (page - 1) * pageSize + 1 : 0;
  const to = (page - 1) * pageSize + items.length;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="visually-hidden">Results</h2>
      <p className="muted" role="status" aria-live="polite" data-testid="library-total">
        <strong data-total={total}>{total.toLocaleString("en")}{totalCapped && "+"}</strong> post{total === 1 && !totalCapped ? "" : "s"}
        {items.length > 0 && total > items.length && <> · showing {from}–{to}</>}
      </p>
      {chips.length > 0 && (
        <ul className="active-filters" aria-label="Active filters">
          {chips.map((c) => (
            <li key={c.label}>
              <Link className="chip chip-remove" href={c.href} aria-label={`Remove filter ${c.label}`}>
                {c.label} <span aria-hidden="true">×</span>
              </Link>
            </li>
          ))}
          <li><Link href={clearHref} className="small">Clear all</Link></li>
        </ul>
      )}
      {items.length ? (
        <ul className="post-list">
          {items.map((post) => <PostListItem key={post.id} post={post} signedIn={signedIn} />)}
        </ul>
      ) : (
        <div className="empty">
          <p>{total > 0 ? "This page is past the end of the results." : "No posts match these filters."}</p>
          {(chips.length > 0 || total > 0) && <p><Link href={total > 0 ? hrefForPage(1) : clearHref}>{total > 0 ? "Go to the first page" : "Clear all filters"}</Link></p>}
        </div>
      )}
      <Pagination page={page} pageCount={Math.ceil(total / pageSize)} open={totalCapped} hrefFor={hrefForPage} />
    </section>
  );
}
