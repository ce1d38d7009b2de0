import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReviewCard } from "@/components/reviews/review-card";
import { ReplyForm } from "@/components/threads/reply-form";
import { Thread } from "@/components/threads/thread";
import { getCurrentUser } from "@/lib/auth/session";
import { replyMutations } from "@/lib/mutations/replies";
import { getThreadReplies } from "@/lib/queries/replies";
import { getReview } from "@/lib/queries/reviews";
import { threadViewSchema } from "@/lib/schemas/reply";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const review = await getReview(id, await getCurrentUser());
  return { title: review ? `Review of ${review.post.title}` : "Review" };
}

export default async function ReviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const viewer = await getCurrentUser();
  const [review, replies] = await Promise.all([getReview(id, viewer), getThreadReplies({ reviewId: id }, viewer)]);
  if (!review) notFound();
  // Read the previous visit before recording this one: replies since then are "new".
  const lastVisit = viewer ? await replyMutations.recordVisit({ userId: viewer.id, threadKey: `review:${id}` }) : null;
  const path = `/reviews/${id}`;
  const open = !review.deleted && !review.hidden;
  return (
    <div className="stack">
      <p className="muted">
        Review of <Link href={`/posts/${review.post.slug}`}>{review.post.title}</Link>
      </p>
      <h1 className="visually-hidden">Review of {review.post.title}</h1>
      <ReviewCard review={review} showThreadLink={false} />
      <section aria-labelledby="thread-heading" id="thread">
        <h2 id="thread-heading">Replies ({review.replyCount})</h2>
        <Thread replies={replies} view={threadViewSchema.parse(query)} lastVisit={lastVisit} viewerHandle={viewer?.handle ?? null} path={path} label="Replies" />
        {viewer && open && <ReplyForm target={{ reviewId: review.id }} returnTo={path} label="Reply to this review" />}
        {!viewer && (
          <p className="muted">
            <Link href={`/sign-in?next=${encodeURIComponent(path)}`}>Sign in</Link> to reply.
          </p>
        )}
      </section>
    </div>
  );
}
