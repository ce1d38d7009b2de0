"use server";
import { revalidatePath } from "next/cache";
import { type ActionState, formValues, fromZodError, handleAction } from "@/lib/actions/action-state";
import { getCurrentUser } from "@/lib/auth/session";
import { noteMutations } from "@/lib/mutations/notes";
import { saveNoteSchema } from "@/lib/schemas/note";

export async function saveNoteAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to keep a private note.", values };
  const parsed = saveNoteSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const result = await handleAction(values, async () => ({ ok: true, data: await noteMutations.save({ actor: user, ...parsed.data }) }));
  if (!result.ok || !result.data) return result;
  revalidatePath(`/posts/${result.data.postSlug}`);
  return { ok: true, message: result.data.deleted ? "Note removed." : "Note saved.", values: { ...values, body: parsed.data.body } };
}
