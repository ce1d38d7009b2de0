"use client";
import { useActionState } from "react";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";
import { createReviewAction, updateReviewAction } from "@/lib/actions/reviews";
import { describedBy, FieldError, FormStatus } from "./form-parts";

type Existing = { id: string; body: string; rating: number | null; confidence: number | null };

/** Write or edit a review. A plain form: works before (or without) JavaScript. */
export function ReviewForm({ postId, existing }: { postId: string; existing?: Existing }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(existing ? updateReviewAction : createReviewAction, initialActionState);
  const v = state.values;
  const idp = existing ? `edit-review-${existing.id}` : `new-review-${postId}`;
  const value = (name: "body" | "rating" | "confidence") =>
    v?.[name] ?? (existing ? (existing[name] == null ? "" : String(existing[name])) : "");
  return (
    <form action={formAction} className="card review-form" aria-label={existing ? "Edit your review" : "Write a review"} noValidate>
      {existing ? <input type="hidden" name="reviewId" value={existing.id} /> : <input type="hidden" name="postId" value={postId} />}
      <div className="field">
        <label htmlFor={`${idp}-body`}>Review</label>
        <p className="muted small" id={`${idp}-body-help`}>Markdown: footnotes, tables and math ($x^2$) work.</p>
        <textarea
          id={`${idp}-body`}
          name="body"
          rows={10}
          required
          defaultValue={value("body")}
          key={`body-${value("body")}`}
          aria-invalid={!!state.fieldErrors?.body}
          aria-describedby={[`${idp}-body-help`, describedBy(state, "body", `${idp}-body-error`)].filter(Boolean).join(" ")}
        />
        <FieldError id={`${idp}-body-error`} state={state} name="body" />
      </div>
      <div className="chips" style={{ gap: "1rem" }}>
        <div className="field">
          <label htmlFor={`${idp}-rating`}>Rating (1-10, optional)</label>
          <input
            id={`${idp}-rating`}
            name="rating"
            type="number"
            min={1}
            max={10}
            step={1}
            inputMode="numeric"
            defaultValue={value("rating")}
            key={`rating-${value("rating")}`}
            aria-invalid={!!state.fieldErrors?.rating}
            aria-describedby={describedBy(state, "rating", `${idp}-rating-error`)}
          />
          <FieldError id={`${idp}-rating-error`} state={state} name="rating" />
        </div>
        <div className="field">
          <label htmlFor={`${idp}-confidence`}>Confidence (1-5, optional)</label>
          <input
            id={`${idp}-confidence`}
            name="confidence"
            type="number"
            min={1}
            max={5}
            step={1}
            inputMode="numeric"
            defaultValue={value("confidence")}
            key={`confidence-${value("confidence")}`}
            aria-invalid={!!state.fieldErrors?.confidence}
            aria-describedby={describedBy(state, "confidence", `${idp}-confidence-error`)}
          />
          <FieldError id={`${idp}-confidence-error`} state={state} name="confidence" />
        </div>
      </div>
      <FormStatus state={state} />
      <button type="submit" className="btn" disabled={pending}>
        {pending ? "Saving…" : existing ? "Save review" : "Publish review"}
      </button>
    </form>
  );
}
