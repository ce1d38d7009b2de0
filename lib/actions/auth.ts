"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, formValues, fromZodError, handleAction } from "@/lib/actions/action-state";
import { callAuthEndpoint } from "@/lib/auth/auth-request";
import { getCurrentUser } from "@/lib/auth/session";
import { userMutations } from "@/lib/mutations/users";
import { findAccountConflicts } from "@/lib/queries/users";
import { profileSchema, signInSchema, signUpSchema } from "@/lib/schemas/auth";

// Per address or per account (lib/auth/account-throttle.ts): the form need not say which.
const TOO_MANY = "Too many attempts. Wait a few minutes and try again.";

// Passwords are never sent back to the form.
const safeValues = (form: FormData) => {
  const { password: _password, ...rest } = formValues(form);
  return rest;
};

export async function signUpAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = safeValues(form);
  const parsed = signUpSchema.safeParse(formValues(form));
  if (!parsed.success) return fromZodError(parsed.error, values);
  const conflicts = await findAccountConflicts(parsed.data);
  if (conflicts) return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: conflicts, values };
  const res = await callAuthEndpoint("/sign-up/email", parsed.data);
  if (res.status === 429) return { ok: false, message: TOO_MANY, values };
  if (res.status >= 400) {
    const code = res.body?.code ?? "";
    if (code.startsWith("USER_ALREADY_EXISTS")) return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: { email: ["An account with that email already exists."] }, values };
    if (code === "HANDLE_TAKEN" || code === "INVALID_HANDLE") return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: { handle: [res.body?.message ?? "Choose another handle."] }, values };
    if (code.startsWith("PASSWORD")) return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: { password: [res.body?.message ?? "Choose another password."] }, values };
    return { ok: false, message: res.body?.message ?? "Sign-up failed. Try again.", values };
  }
  revalidatePath("/", "layout");
  redirect(`/u/${parsed.data.handle}`);
}

export async function signInAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = safeValues(form);
  const parsed = signInSchema.safeParse(formValues(form));
  if (!parsed.success) return fromZodError(parsed.error, values);
  const res = await callAuthEndpoint("/sign-in/email", { email: parsed.data.email, password: parsed.data.password });
  if (res.status === 429) return { ok: false, message: TOO_MANY, values };
  if (res.status >= 400) return { ok: false, message: "Wrong email or password.", values };
  revalidatePath("/", "layout");
  redirect(parsed.data.next);
}

export async function signOutAction(): Promise<void> {
  await callAuthEndpoint("/sign-out", {});
  revalidatePath("/", "layout");
  redirect("/");
}

export async function updateProfileAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to edit your profile.", values };
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const result = await handleAction(values, async () => {
    await userMutations.updateProfile({ actor: user, ...parsed.data });
    return { ok: true, message: "Profile saved." };
  });
  if (result.ok) revalidatePath(`/u/${user.handle}`);
  return { ...result, values: result.ok ? parsed.data : values };
}
