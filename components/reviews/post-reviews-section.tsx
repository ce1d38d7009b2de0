import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { getPostReviews } from "@/lib/queries/reviews";
import { ReviewCard } from "./review-card";
import { ReviewForm } from "./review-form";

/** The reviews of a post, with the viewer's own review form or a link to edit it. */
export async function PostReviewsSection({ postId, postSlug }: { postId: string; postSlug: string }) {
  const user = await getCurrentUser();
  const { reviews, mine } = await getPostReviews(postId, user);
  const visible = reviews.filter((r) => !r.deleted).length;
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
