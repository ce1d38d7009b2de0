import Link from "next/link";

/**
 * Previous / next links; `hrefFor(page)` keeps every other filter in the URL. A capped
 * search total (`totalCapped`) is a lower bound: the last page is unknown, so "Next" stays
 * offered (past the end, the results say so and link back to the first page).
 */
export function Pagination({
  page,
  pageSize,
  total,
  totalCapped = false,
  hrefFor,
}: {
  page: number;
  pageSize: number;
  total: number;
  totalCapped?: boolean;
  hrefFor: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hasNext = totalCapped || page < pages;
  if (pages <= 1 && !hasNext) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? <Link href={hrefFor(page - 1)} rel="prev">← Previous</Link> : <span className="muted" aria-hidden="true">← Previous</span>}
      <span>
        {totalCapped ? <>Page {page}</> : <>Page {Math.min(page, pages)} of {pages}</>}
      </span>
      {hasNext ? <Link href={hrefFor(page + 1)} rel="next">Next →</Link> : <span className="muted" aria-hidden="true">Next →</span>}
    </nav>
  );
}
