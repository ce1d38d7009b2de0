import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ReviewForm } from "@/components/reviews/review-form";
import { getCurrentUser } from "@/lib/auth/session";
import { getReviewForEdit } from "@/lib/queries/reviews";

export const metadata: Metadata = { title: "Edit review" };
export const dynamic = "force-dynamic";

export default async function EditReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getCurrentUser();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(`/reviews/${id}/edit`)}`);
  // Someone else's review is "not found" here: no hint that it could be edited.
  const review = await getReviewForEdit(id, viewer);
  if (!review) notFound();
  return (
    <div className="stack">
      <h1>Edit your review</h1>
      <p className="muted">
        of <Link href={`/posts/${review.post.slug}`}>{review.post.title}</Link>
      </p>
      <ReviewForm postId="" existing={review} />
    </div>
  );
}
