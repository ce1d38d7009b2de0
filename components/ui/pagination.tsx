import Link from "next/link";

/**
 * Previous / next links for any paged view (library, a post's reviews, a thread's
 * top-level replies); `hrefFor(page)` keeps the rest of the view in the URL. `open`: the
 * last page is unknown (a capped search total is a lower bound), so "Next" stays offered;
 * past the end, the view says so and links back to the first page.
 */
export function Pagination({
  page,
  pageCount,
  open = false,
  hrefFor,
  label = "Pages",
}: {
  page: number;
  pageCount: number;
  open?: boolean;
  hrefFor: (page: number) => string;
  label?: string;
}) {
  const pages = Math.max(1, pageCount);
  const hasNext = open || page < pages;
  if (pages <= 1 && !hasNext) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? <Link href={hrefFor(page - 1)} rel="prev">← Previous</Link> : <span className="muted" aria-hidden="true">← Previous</span>}
      <span>
        {open ? <>Page {page}</> : <>Page {Math.min(page, pages)} of {pages}</>}
      </span>
      {hasNext ? <Link href={hrefFor(page + 1)} rel="next">Next →</Link> : <span className="muted" aria-hidden="true">Next →</span>}
    </nav>
  );
}
