"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, formValues, handleAction } from "@/lib/actions/action-state";
import { getCurrentUser } from "@/lib/auth/session";
import { moderationMutations } from "@/lib/mutations/moderation";
import { replyPermalink } from "@/lib/threads/thread-url";

// The mutations parse and check the role; these only authenticate and route.
export async function setReviewHiddenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to moderate.", values };
  const result = await handleAction(values, async () => ({
    ok: true,
    data: await moderationMutations.setReviewHidden({ actor: user, reviewId: values.reviewId, hidden: values.hidden, reason: values.reason || undefined }),
  }));
  if (!result.ok || !result.data) return result;
  revalidatePath(`/posts/${result.data.postSlug}`);
  revalidatePath("/reviews");
  redirect(`/reviews/${result.data.id}`);
}

export async function setReplyHiddenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to moderate.", values };
  const result = await handleAction(values, async () => ({
    ok: true,
    data: await moderationMutations.setReplyHidden({ actor: user, replyId: values.replyId, hidden: values.hidden }),
  }));
  if (!result.ok || !result.data) return result;
  revalidatePath(`/posts/${result.data.postSlug}`);
  if (result.data.reviewId) revalidatePath(`/reviews/${result.data.reviewId}`);
  const back = result.data.reviewId ? `/reviews/${result.data.reviewId}` : `/posts/${result.data.postSlug}`;
  redirect(replyPermalink(back, result.data.id));
}
