"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, fromZodError, handleAction } from "@/lib/actions/action-state";
import { getCurrentUser } from "@/lib/auth/session";
import { postMutations } from "@/lib/mutations/posts";
import { postFormToObject, postInputSchema } from "@/lib/schemas/post";

/** What the user typed, arrays joined, so the form can be refilled after an error. */
function typedValues(obj: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = Array.isArray(v) ? v.join(",") : String(v ?? "");
  return out;
}

function revalidateLibrary(slug: string) {
  revalidatePath("/");
  revalidatePath(`/posts/${slug}`);
  revalidatePath("/agendas", "layout");
  revalidatePath("/tags", "layout");
}

export async function createPostAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const input = postFormToObject(form);
  const values = typedValues(input);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to add a post.", values };
  const parsed = postInputSchema.safeParse(input);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const result = await handleAction(values, async () => ({ ok: true, data: await postMutations.create({ actor: user, input: parsed.data }) }));
  if (!result.ok || !result.data) return result;
  revalidateLibrary(result.data.slug);
  redirect(`/posts/${result.data.slug}`);
}

export async function updatePostAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const input = postFormToObject(form);
  const values = typedValues(input);
  const slug = typeof input.slug === "string" ? input.slug : "";
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to edit a post.", values };
  const parsed = postInputSchema.safeParse(input);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const result = await handleAction(values, async () => ({ ok: true, data: await postMutations.update({ actor: user, slug, input: parsed.data }) }));
  if (!result.ok || !result.data) return result;
  revalidateLibrary(result.data.slug);
  redirect(`/posts/${result.data.slug}`);
}
