import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { replyMutations } from "@/lib/mutations/replies";
import { getThreadReplies } from "@/lib/queries/replies";
import { threadViewSchema } from "@/lib/schemas/reply";
import { ReplyForm } from "./reply-form";
import { Thread } from "./thread";

/**
 * Questions and answers on the post itself. `query` is the page's search params (sort, and
 * which part of a long thread to show), when the page passes them on.
 */
export async function PostDiscussion({ postId, postSlug, query = {} }: { postId: string; postSlug: string; query?: Record<string, unknown> }) {
  const user = await getCurrentUser();
  const [replies, lastVisit] = await Promise.all([
    getThreadReplies({ postId }, user),
    user ? replyMutations.recordVisit({ userId: user.id, threadKey: `post:${postId}` }) : null,
  ]);
  const path = `/posts/${postSlug}`;
  const count = replies.filter((r) => !r.deleted).length;
  return (
    <section aria-labelledby="discussion-heading" id="thread">
      <h2 id="discussion-heading">Discussion ({count})</h2>
      <Thread replies={replies} view={threadViewSchema.parse(query)} lastVisit={lastVisit} viewerHandle={user?.handle ?? null} path={path} label="Discussion" />
      {user ? (
        <ReplyForm target={{ postId }} returnTo={path} label="Ask a question or comment on the post" />
      ) : (
        <p className="muted">
          <Link href={`/sign-in?next=${encodeURIComponent(path)}`}>Sign in</Link> to join the discussion.
        </p>
      )}
    </section>
  );
}
