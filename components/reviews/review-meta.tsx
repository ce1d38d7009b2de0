import Link from "next/link";
import type { ReviewView } from "@/lib/queries/reviews";

const fmt = (d: Date) => d.toISOString().slice(0, 10);

export function ReviewMeta({ review, showPost = false }: { review: ReviewView; showPost?: boolean }) {
  return (
    <p className="meta">
      {review.author.handle ? <Link href={`/u/${review.author.handle}`}>{review.author.name}</Link> : <span>{review.author.name}</span>}
      {showPost && (
        <span>
          on <Link href={`/posts/${review.post.slug}`}>{review.post.title}</Link>
        </span>
      )}
      {review.rating != null && <span>Rating {review.rating}/10</span>}
      {review.confidence != null && <span>Confidence {review.confidence}/5</span>}
      <time dateTime={review.createdAt.toISOString()}>{fmt(review.createdAt)}</time>
      {review.editedAt && !review.deleted && (
        <span>
          edited <time dateTime={review.editedAt.toISOString()}>{review.editedAt.toISOString().slice(0, 16).replace("T", " ")}</time>
        </span>
      )}
    </p>
  );
}
