"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, formValues, fromZodError, handleAction } from "@/lib/actions/action-state";
import { getCurrentUser } from "@/lib/auth/session";
import { reviewMutations } from "@/lib/mutations/reviews";
import { createReviewSchema, reviewIdSchema, updateReviewSchema } from "@/lib/schemas/review";

const SIGN_IN = "Sign in to write a review.";

function revalidateReview(postSlug: string, reviewId: string) {
  revalidatePath(`/posts/${postSlug}`);
  revalidatePath(`/reviews/${reviewId}`);
  revalidatePath("/reviews");
  revalidatePath("/");
}

export async function createReviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SIGN_IN, values };
  const parsed = createReviewSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const result = await handleAction(values, async () => ({ ok: true, data: await reviewMutations.create({ actor: user, ...parsed.data }) }));
  if (!result.ok || !result.data) return result;
  revalidateReview(result.data.postSlug, result.data.id);
  redirect(`/posts/${result.data.postSlug}?review=${encodeURIComponent(result.data.id)}#review-${result.data.id}`);
}

export async function updateReviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SIGN_IN, values };
  const parsed = updateReviewSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const result = await handleAction(values, async () => ({ ok: true, data: await reviewMutations.update({ actor: user, ...parsed.data }) }));
  if (!result.ok || !result.data) return result;
  revalidateReview(result.data.postSlug, result.data.id);
  redirect(`/reviews/${result.data.id}`);
}

export async function deleteReviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to delete your review.", values };
  const parsed = reviewIdSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const result = await handleAction(values, async () => ({ ok: true, data: await reviewMutations.delete({ actor: user, ...parsed.data }) }));
  if (!result.ok || !result.data) return result;
  revalidateReview(result.data.postSlug, result.data.id);
  redirect(`/posts/${result.data.postSlug}`);
}
