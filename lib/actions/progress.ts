"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { formValues, fromZodError, handleAction, type ActionState } from "@/lib/actions/action-state";
import { setStatusSchema } from "@/lib/schemas/progress";
import { setReadingStatus } from "@/lib/mutations/progress/set-status";
import { STATUS_LABELS } from "@/lib/domain";

export async function setReadingStatusAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  return handleAction(values, async () => {
    const actor = await requireUser();
    const parsed = setStatusSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    const { postId, status } = parsed.data;
    await setReadingStatus({ actor, postId, status: status === "clear" ? null : status });
    // A status shows on the library, post pages, lists and /me: refresh them all.
    revalidatePath("/", "layout");
    return { ok: true, message: status === "clear" ? "Reading status cleared." : `Marked ${STATUS_LABELS[status].toLowerCase()}.` };
  });
}
