import Link from "next/link";

/** Previous / next links; `hrefFor(page)` keeps every other filter in the URL. */
export function Pagination({ page, pageSize, total, hrefFor }: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? <Link href={hrefFor(page - 1)} rel="prev">← Previous</Link> : <span className="muted" aria-hidden="true">← Previous</span>}
      <span>
        Page {Math.min(page, pages)} of {pages}
      </span>
      {page < pages ? <Link href={hrefFor(page + 1)} rel="next">Next →</Link> : <span className="muted" aria-hidden="true">Next →</span>}
    </nav>
  );
}
