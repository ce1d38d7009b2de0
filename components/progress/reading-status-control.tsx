// One-click reading status for a post: library rows, the post page and list entries.
// Callers that show many posts pass `status` read in their own query (the library's
// rows, a list's entries); leaving it undefined makes this
// component look it up itself, which is fine for a single post.
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { getStatusForPost } from "@/lib/queries/progress";
import type { ReadingStatusValue } from "@/lib/domain";
import { StatusButtons } from "./status-buttons";

type Props = {
  postId: string;
  status?: ReadingStatusValue | null;
  compact?: boolean;
  /** Names the button group for screen readers when several posts are on one page. */
  postTitle?: string;
  /** When the status last changed, shown next to the buttons when not compact. */
  changedAt?: Date | null;
};

export async function ReadingStatusControl({ postId, status, compact, postTitle, changedAt }: Props) {
  const user = await getCurrentUser();
  if (!user) {
    return compact ? null : (
      <p className="small muted">
        <Link href="/sign-in">Sign in</Link> to track your reading.
      </p>
    );
  }
  let current = status ?? null;
  let since = changedAt ?? null;
  if (status === undefined || (!compact && changedAt === undefined && status !== null)) {
    const info = await getStatusForPost(user.id, postId);
    current = info?.status ?? null;
    since = info?.updatedAt ?? null;
  }
  return <StatusButtons postId={postId} postTitle={postTitle} status={current} changedAt={since ? since.toISOString() : null} compact={compact} />;
}
