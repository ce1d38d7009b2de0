// The shape every server action returns to useActionState, and the one place that turns
// expected failures (validation, permission, conflict) into that shape. Anything else is
// unexpected and rethrown to error.tsx.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/schemas/parse";

export type ActionState<T = unknown> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user typed, sent back so a failed submit loses nothing. */
  values?: Record<string, string>;
  data?: T;
};

export const initialActionState: ActionState = { ok: false };

export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}

export function fromZodError(error: z.ZodError, values?: Record<string, string>): ActionState {
  return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(error), values };
}

/** Runs an action body; AppErrors become form state, everything else propagates. */
export async function handleAction<T>(values: Record<string, string> | undefined, body: () => Promise<ActionState<T>>): Promise<ActionState<T>> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: e.message, fieldErrors: e.fieldErrors, values };
    throw e;
  }
}
