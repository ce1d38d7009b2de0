"use client";
import { useActionState } from "react";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";
import { saveNoteAction } from "@/lib/actions/notes";
import { describedBy, FieldError, FormStatus } from "@/components/reviews/form-parts";

export function NoteForm({ postId, body }: { postId: string; body: string }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(saveNoteAction, initialActionState);
  const value = state.values?.body ?? body;
  return (
    <form action={formAction} aria-label="Private note" noValidate>
      <input type="hidden" name="postId" value={postId} />
      <div className="field">
        <label htmlFor="private-note-body">Private note</label>
        <p className="muted small" id="private-note-help">Only you can see this note. Markdown works; save it empty to remove it.</p>
        <textarea
          id="private-note-body"
          name="body"
          rows={6}
          defaultValue={value}
          key={value}
          aria-invalid={!!state.fieldErrors?.body}
          aria-describedby={["private-note-help", describedBy(state, "body", "private-note-error")].filter(Boolean).join(" ")}
        />
        <FieldError id="private-note-error" state={state} name="body" />
      </div>
      <FormStatus state={state} />
      <button type="submit" className="btn secondary" disabled={pending}>
        {pending ? "Saving…" : "Save note"}
      </button>
    </form>
  );
}
