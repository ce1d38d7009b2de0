import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { getPostReviews } from "@/lib/queries/reviews";
import { postReviewsViewSchema } from "@/lib/schemas/review";
import { ReviewCard } from "./review-card";
import { ReviewForm } from "./review-form";

/**
 * The reviews of a post, a page at a time, with the viewer's own review form or a link to
 * edit it. `query` is the page's search params (?reviews=N, ?review=ID).
 */
export async function PostReviewsSection({ postId, postSlug, query = {} }: { postId: string; postSlug: string; query?: Record<string, unknown> }) {
  const user = await getCurrentUser();
  const view = postReviewsViewSchema.parse(query);
  const { reviews, visible, mine, page, pageCount } = await getPostReviews(postId, user, { page: view.reviews, reveal: view.review });
  return (
    <section aria-labelledby="reviews-heading" className="stack">
      <h2 id="reviews-heading">Reviews ({visible})</h2>
      {reviews.length === 0 ? (
        <p className="empty">No reviews yet.{user ? " Be the first to review this post." : ""}</p>
      ) : (
        <ol className="post-list" aria-label="Reviews">
          {reviews.map((r) => (
            <li key={r.id}>
              <ReviewCard review={r} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => `/posts/${postSlug}${n > 1 ? `?reviews=${n}` : ""}#reviews-heading`} label="Pages of reviews" />
      {user ? (
        mine ? (
          <p className="muted">
            You reviewed this post. <Link href={`/reviews/${mine.id}/edit`}>Edit your review</Link>
          </p>
        ) : (
          <>
            <h3>Your review</h3>
            <ReviewForm postId={postId} />
          </>
        )
      ) : (
        <p className="muted">
          <Link href={`/sign-in?next=${encodeURIComponent(`/posts/${postSlug}`)}`}>Sign in</Link> to review this post.
        </p>
      )}
    </section>
  );
}
