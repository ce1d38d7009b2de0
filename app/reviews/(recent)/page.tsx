import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { ReviewCard } from "@/components/reviews/review-card";
import { getCurrentUser } from "@/lib/auth/session";
import { getReviewFilterOptions, listRecentReviews, reviewFilterSchema } from "@/lib/queries/reviews";

export const metadata: Metadata = { title: "Recent reviews" };
export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const raw = await searchParams;
  const one = (k: string) => (typeof raw[k] === "string" && raw[k] !== "" ? (raw[k] as string) : undefined);
  const filter = reviewFilterSchema.parse({ agenda: one("agenda"), tag: one("tag"), reviewer: one("reviewer"), page: one("page") });
  const viewer = await getCurrentUser();
  const [{ items, total, page, pageSize }, options] = await Promise.all([listRecentReviews(filter, viewer), getReviewFilterOptions()]);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const query = (p: number) => {
    const q = new URLSearchParams();
    if (filter.agenda) q.set("agenda", filter.agenda);
    if (filter.tag) q.set("tag", filter.tag);
    if (filter.reviewer) q.set("reviewer", filter.reviewer);
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `/reviews?${s}` : "/reviews";
  };
  const feed = new URLSearchParams();
  if (filter.agenda) feed.set("agenda", filter.agenda);
  if (filter.tag) feed.set("tag", filter.tag);
  return (
    <div className="stack">
      <h1>Recent reviews</h1>
      <form method="get" action="/reviews" className="card chips" aria-label="Filter reviews" style={{ alignItems: "end", gap: "1rem" }}>
        <div className="field">
          <label htmlFor="filter-agenda">Agenda</label>
          <select id="filter-agenda" name="agenda" defaultValue={filter.agenda ?? ""}>
            <option value="">Any agenda</option>
            {options.agendas.map((a) => (
              <option key={a.slug} value={a.slug}>{a.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-tag">Tag</label>
          <select id="filter-tag" name="tag" defaultValue={filter.tag ?? ""}>
            <option value="">Any tag</option>
            {options.tags.map((t) => (
              <option key={t.slug} value={t.slug}>{t.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-reviewer">Reviewer handle</label>
          <input id="filter-reviewer" name="reviewer" type="text" defaultValue={filter.reviewer ?? ""} />
        </div>
        <div className="field">
          <button type="submit" className="btn">Filter</button> <Link href="/reviews">Clear</Link>
        </div>
      </form>
      <p className="meta">
        <span>{total === 1 ? "1 review" : `${total} reviews`}</span>
        <a href={`/feeds/reviews.xml${feed.size ? `?${feed}` : ""}`}>Atom feed of these reviews</a>
      </p>
      {items.length === 0 ? (
        <p className="empty">No reviews match these filters.</p>
      ) : (
        <ol className="post-list" aria-label="Reviews">
          {items.map((r) => (
            <li key={r.id}>
              <ReviewCard review={r} showPost />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={pages} hrefFor={query} label="Pages of reviews" />
    </div>
  );
}
