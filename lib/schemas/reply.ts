import { z } from "zod";
import { storableString } from "@/lib/schemas/text";

export const REPLY_BODY_MAX = 20_000;

export const replyBody = storableString({ error: "Write a reply." })
  .trim()
  .min(1, "Write a reply: it cannot be empty.")
  .max(REPLY_BODY_MAX, `The reply is too long (at most ${REPLY_BODY_MAX.toLocaleString("en")} characters).`);

const id = storableString().min(1).max(100);
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), id.optional());

/**
 * A reply goes under exactly one thing: another reply (parentId), a review (reviewId)
 * or the post itself (postId). The most specific one given wins.
 */
export const createReplySchema = z
  .object({ body: replyBody, postId: optionalId, reviewId: optionalId, parentId: optionalId })
  .refine((v) => v.postId || v.reviewId || v.parentId, { message: "Reply to what? No post, review or reply given.", path: ["form"] });

export const updateReplySchema = z.object({ replyId: id, body: replyBody });
export const replyIdSchema = z.object({ replyId: id });

export const THREAD_SORTS = ["oldest", "newest", "top"] as const;
export type ThreadSort = (typeof THREAD_SORTS)[number];
export const threadSortSchema = z.enum(THREAD_SORTS).catch("oldest");

export type CreateReplyInput = z.infer<typeof createReplySchema>;

/** A thread page's view: sort, one branch on its own (`thread`), a reply to reveal, a page of top-level replies. Junk falls back to the whole thread. */
export const threadViewSchema = z.object({
  sort: threadSortSchema,
  thread: id.optional().catch(undefined),
  reply: id.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
});
export type ThreadView = z.infer<typeof threadViewSchema>;
