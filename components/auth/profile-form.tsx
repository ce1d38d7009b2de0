"use client";
import { useActionState } from "react";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";
import { updateProfileAction } from "@/lib/actions/auth";
import { describedBy, FieldError, FormStatus } from "@/components/reviews/form-parts";

export function ProfileForm({ name, bio }: { name: string; bio: string }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(updateProfileAction, initialActionState);
  const v = { name: state.values?.name ?? name, bio: state.values?.bio ?? bio };
  return (
    <form action={formAction} aria-label="Edit profile" noValidate>
      <div className="field">
        <label htmlFor="profile-name">Name</label>
        <input id="profile-name" name="name" type="text" defaultValue={v.name} key={v.name} aria-invalid={!!state.fieldErrors?.name} aria-describedby={describedBy(state, "name", "profile-name-error")} />
        <FieldError id="profile-name-error" state={state} name="name" />
      </div>
      <div className="field">
        <label htmlFor="profile-bio">Bio (markdown)</label>
        <textarea id="profile-bio" name="bio" rows={5} defaultValue={v.bio} key={v.bio} aria-invalid={!!state.fieldErrors?.bio} aria-describedby={describedBy(state, "bio", "profile-bio-error")} />
        <FieldError id="profile-bio-error" state={state} name="bio" />
      </div>
      <FormStatus state={state} />
      <button type="submit" className="btn secondary" disabled={pending}>{pending ? "Saving…" : "Save profile"}</button>
    </form>
  );
}
