"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, formValues, fromZodError, handleAction } from "@/lib/actions/action-state";
import { getCurrentUser } from "@/lib/auth/session";
import { replyMutations } from "@/lib/mutations/replies";
import { replyPermalink } from "@/lib/threads/thread-url";
import { createReplySchema, replyIdSchema, updateReplySchema } from "@/lib/schemas/reply";

/** Where the thread is shown; only paths on this site. */
function threadPath(values: Record<string, string>, fallback: string) {
  const p = values.returnTo ?? "";
  return p.startsWith("/") && !p.startsWith("//") && !p.startsWith("/\\") ? p.split(/[?#]/)[0] : fallback;
}

function revalidateThread(r: { postSlug: string; reviewId: string | null }) {
  revalidatePath(`/posts/${r.postSlug}`);
  if (r.reviewId) revalidatePath(`/reviews/${r.reviewId}`);
}

export async function createReplyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to reply.", values };
  const parsed = createReplySchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const result = await handleAction(values, async () => ({ ok: true, data: await replyMutations.create({ actor: user, ...parsed.data }) }));
  if (!result.ok || !result.data) return result;
  revalidateThread(result.data);
  const fallback = result.data.reviewId ? `/reviews/${result.data.reviewId}` : `/posts/${result.data.postSlug}`;
  redirect(replyPermalink(threadPath(values, fallback), result.data.id));
}

export async function updateReplyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to edit your reply.", values };
  const parsed = updateReplySchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const result = await handleAction(values, async () => ({ ok: true, data: await replyMutations.update({ actor: user, ...parsed.data }) }));
  if (!result.ok || !result.data) return result;
  revalidateThread(result.data);
  const fallback = result.data.reviewId ? `/reviews/${result.data.reviewId}` : `/posts/${result.data.postSlug}`;
  redirect(replyPermalink(threadPath(values, fallback), result.data.id));
}

export async function deleteReplyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to delete your reply.", values };
  const parsed = replyIdSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const result = await handleAction(values, async () => ({ ok: true, data: await replyMutations.delete({ actor: user, ...parsed.data }) }));
  if (!result.ok || !result.data) return result;
  revalidateThread(result.data);
  const fallback = result.data.reviewId ? `/reviews/${result.data.reviewId}` : `/posts/${result.data.postSlug}`;
  redirect(replyPermalink(threadPath(values, fallback), result.data.id));
}
