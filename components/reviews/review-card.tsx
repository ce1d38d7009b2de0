import Link from "next/link";
import { deleteReviewAction } from "@/lib/actions/reviews";
import { setReviewHiddenAction } from "@/lib/actions/moderation";
import type { ReviewView } from "@/lib/queries/reviews";
import { ActionButton } from "./action-button";
import { Markdown } from "./markdown";
import { ReviewMeta } from "./review-meta";

/**
 * One review: its text, or the notice that replaces it (deleted, hidden), and the
 * buttons this viewer may use. The queries already blanked what the viewer may not read.
 */
export function ReviewCard({ review, showPost = false, showThreadLink = true }: { review: ReviewView; showPost?: boolean; showThreadLink?: boolean }) {
  const label = review.deleted ? "Deleted review" : `Review by ${review.author.name}`;
  return (
    <article id={`review-${review.id}`} className="card review" aria-label={label}>
      {review.deleted ? (
        <p className="muted">Review deleted.</p>
      ) : (
        <>
          <ReviewMeta review={review} showPost={showPost} />
          {review.hidden && (
            <p className="notice">
              Hidden by a moderator{review.body != null ? " (you can still see it)" : "."}
              {review.hiddenReason ? ` Reason: ${review.hiddenReason}` : ""}
            </p>
          )}
          {review.body != null && <Markdown source={review.body} idPrefix={`review-${review.id}-`} />}
        </>
      )}
      <p className="meta">
        {showThreadLink && (
          <Link href={`/reviews/${review.id}`}>
            {review.replyCount === 1 ? "1 reply" : `${review.replyCount} replies`}
            <span className="visually-hidden"> to this review</span>
          </Link>
        )}
        {review.can.edit && <Link href={`/reviews/${review.id}/edit`}>Edit<span className="visually-hidden"> your review</span></Link>}
      </p>
      {(review.can.delete || review.can.moderate) && (
        <div className="chips">
          {review.can.delete && (
            <ActionButton action={deleteReviewAction} fields={{ reviewId: review.id }} label="Delete review" className="btn secondary" confirm="Delete your review? Replies under it stay." />
          )}
          {review.can.moderate && (
            <ActionButton
              action={setReviewHiddenAction}
              fields={{ reviewId: review.id, hidden: review.hidden ? "false" : "true" }}
              label={review.hidden ? "Unhide review" : "Hide review"}
              className="btn secondary"
            />
          )}
        </div>
      )}
    </article>
  );
}
