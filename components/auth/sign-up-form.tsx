"use client";
import Link from "next/link";
import { useActionState } from "react";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";
import { signUpAction } from "@/lib/actions/auth";
import { describedBy, FieldError, FormStatus } from "@/components/reviews/form-parts";

const FIELDS = [
  { name: "name", label: "Name", type: "text", autoComplete: "name", help: "" },
  { name: "handle", label: "Handle", type: "text", autoComplete: "username", help: "3-30 characters: lowercase letters, digits, - and _. Your profile lives at /u/handle." },
  { name: "email", label: "Email", type: "email", autoComplete: "email", help: "" },
  { name: "password", label: "Password", type: "password", autoComplete: "new-password", help: "At least 10 characters." },
] as const;

export function SignUpForm() {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(signUpAction, initialActionState);
  return (
    <form action={formAction} className="card" aria-label="Sign up" noValidate>
      {FIELDS.map((f) => {
        const id = `sign-up-${f.name}`;
        const described = [f.help ? `${id}-help` : "", describedBy(state, f.name, `${id}-error`) ?? ""].filter(Boolean).join(" ") || undefined;
        const value = f.name === "password" ? undefined : (state.values?.[f.name] ?? "");
        return (
          <div className="field" key={f.name}>
            <label htmlFor={id}>{f.label}</label>
            {f.help && <p className="muted small" id={`${id}-help`}>{f.help}</p>}
            <input id={id} name={f.name} type={f.type} autoComplete={f.autoComplete} required defaultValue={value} key={value} aria-invalid={!!state.fieldErrors?.[f.name]} aria-describedby={described} />
            <FieldError id={`${id}-error`} state={state} name={f.name} />
          </div>
        );
      })}
      <FormStatus state={state} />
      <button type="submit" className="btn" disabled={pending}>{pending ? "Creating account…" : "Create account"}</button>
      <p className="muted small">Already have an account? <Link href="/sign-in">Sign in</Link></p>
    </form>
  );
}
