import type { RatingSummary as Summary } from "@/lib/queries/posts";

/** Count, mean and spread of the ratings, from the post's stored counters. */
export function RatingSummary({ rating, reviewCount }: { rating: Summary; reviewCount: number }) {
  return (
    <section aria-labelledby="rating-summary-heading" className="card">
      <h2 id="rating-summary-heading" style={{ marginTop: 0 }}>Ratings</h2>
      {rating.count === 0 || rating.mean == null ? (
        <p className="muted" style={{ margin: 0 }}>
          No ratings yet{reviewCount > 0 ? ` (${reviewCount} review${reviewCount === 1 ? "" : "s"} without a rating)` : ""}.
        </p>
      ) : (
        <dl className="facts">
          <dt>Mean</dt>
          <dd><strong>{rating.mean.toFixed(1)}</strong> / 10</dd>
          <dt>Ratings</dt>
          <dd>{rating.count}</dd>
          <dt>Spread</dt>
          <dd title="standard deviation of the ratings">± {rating.spread!.toFixed(1)}{rating.count > 1 && rating.spread! >= 2 ? " (reviewers disagree)" : ""}</dd>
        </dl>
      )}
    </section>
  );
}
