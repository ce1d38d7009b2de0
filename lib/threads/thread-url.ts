// Links within a thread page. Pure; shared by the thread component and the reply actions.
import type { ThreadView } from "@/lib/schemas/reply";

/** `path` with the view's query (default values left out) and an optional #fragment. */
export function threadHref(path: string, view: Partial<ThreadView>, hash?: string) {
  const q = new URLSearchParams();
  if (view.sort && view.sort !== "oldest") q.set("sort", view.sort);
  if (view.thread) q.set("thread", view.thread);
  if (view.reply) q.set("reply", view.reply);
  if (view.page && view.page > 1) q.set("page", String(view.page));
  const query = q.toString();
  return `${path}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}

/** Where a reply is shown, on whichever page or branch holds it (works without JavaScript). */
export const replyPermalink = (path: string, replyId: string) => threadHref(path, { reply: replyId }, `reply-${replyId}`);
