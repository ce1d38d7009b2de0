"use client";
import Link from "next/link";
import { useActionState } from "react";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";
import { signInAction } from "@/lib/actions/auth";
import { describedBy, FieldError, FormStatus } from "@/components/reviews/form-parts";

export function SignInForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(signInAction, initialActionState);
  return (
    <form action={formAction} className="card" aria-label="Sign in" noValidate>
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="sign-in-email">Email</label>
        <input id="sign-in-email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email ?? ""} key={state.values?.email} aria-invalid={!!state.fieldErrors?.email} aria-describedby={describedBy(state, "email", "sign-in-email-error")} />
        <FieldError id="sign-in-email-error" state={state} name="email" />
      </div>
      <div className="field">
        <label htmlFor="sign-in-password">Password</label>
        <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required aria-invalid={!!state.fieldErrors?.password} aria-describedby={describedBy(state, "password", "sign-in-password-error")} />
        <FieldError id="sign-in-password-error" state={state} name="password" />
      </div>
      <FormStatus state={state} />
      <button type="submit" className="btn" disabled={pending}>{pending ? "Signing in…" : "Sign in"}</button>
      <p className="muted small">No account yet? <Link href="/sign-up">Sign up</Link></p>
    </form>
  );
}
