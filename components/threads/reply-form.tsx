"use client";
import { useActionState } from "react";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";
import { createReplyAction, updateReplyAction } from "@/lib/actions/replies";
import { describedBy, FieldError, FormStatus } from "@/components/reviews/form-parts";

type Target = { postId?: string; reviewId?: string; parentId?: string };

/** New reply (to a post, review or reply) or an edit of one. Works without JavaScript. */
export function ReplyForm({ target, editing, returnTo, label = "Your reply" }: { target?: Target; editing?: { id: string; body: string }; returnTo: string; label?: string }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(editing ? updateReplyAction : createReplyAction, initialActionState);
  const idp = `reply-form-${editing?.id ?? target?.parentId ?? target?.reviewId ?? target?.postId ?? "x"}${editing ? "-edit" : ""}`;
  const body = state.values?.body ?? editing?.body ?? "";
  return (
    <form action={formAction} className="reply-form" aria-label={editing ? "Edit reply" : label} noValidate>
      {editing && <input type="hidden" name="replyId" value={editing.id} />}
      {target?.parentId && <input type="hidden" name="parentId" value={target.parentId} />}
      {target?.reviewId && <input type="hidden" name="reviewId" value={target.reviewId} />}
      {target?.postId && <input type="hidden" name="postId" value={target.postId} />}
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="field">
        <label htmlFor={`${idp}-body`}>{editing ? "Edit reply" : label}</label>
        <textarea
          id={`${idp}-body`}
          name="body"
          rows={4}
          required
          defaultValue={body}
          key={body}
          aria-invalid={!!state.fieldErrors?.body}
          aria-describedby={describedBy(state, "body", `${idp}-body-error`)}
        />
        <FieldError id={`${idp}-body-error`} state={state} name="body" />
      </div>
      <FormStatus state={state} />
      <button type="submit" className="btn" disabled={pending}>
        {pending ? "Posting…" : editing ? "Save reply" : "Post reply"}
      </button>
    </form>
  );
}
