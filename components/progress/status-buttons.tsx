"use client";
import "./progress.css";
// One click sets the status; clicking the current one clears it. Without JavaScript the
// form posts to the server action and the page re-renders with the new status.
import { useActionState, useEffect, useRef } from "react";
import { initialActionState } from "@/lib/actions/action-state";
import { setReadingStatusAction } from "@/lib/actions/progress";
import { READING_STATUSES, STATUS_LABELS, type ReadingStatusValue } from "@/lib/domain";

type Props = { postId: string; postTitle?: string; status: ReadingStatusValue | null; changedAt?: string | null; compact?: boolean };

export function StatusButtons({ postId, postTitle, status, changedAt, compact }: Props) {
  const [state, formAction, pending] = useActionState(setReadingStatusAction, initialActionState);
  const lastButton = useRef<string | null>(null);
  useEffect(() => {
    if (lastButton.current) document.getElementById(lastButton.current)?.focus();
  }, [state]);
  const groupLabel = postTitle ? `Reading status of ${postTitle}` : "Reading status";
  return (
    <form
      action={formAction}
      className={compact ? "status-control compact" : "status-control"}
      aria-busy={pending || undefined}
      onSubmit={(e) => {
        lastButton.current = ((e.nativeEvent as SubmitEvent).submitter?.id as string) || null;
      }}
    >
      <input type="hidden" name="postId" value={postId} />
      <div role="group" aria-label={groupLabel} className="status-buttons">
        {READING_STATUSES.map((s) => {
          const current = s === status;
          return (
            <button
              key={s}
              id={`status-${postId}-${s}`}
              type="submit"
              name="status"
              value={current ? "clear" : s}
              aria-pressed={current}
              className={current ? "status-btn current" : "status-btn"}
              title={current ? `Clear "${STATUS_LABELS[s]}"` : `Mark ${STATUS_LABELS[s].toLowerCase()}`}
              disabled={pending}
            >
              {STATUS_LABELS[s]}
            </button>
          );
        })}
      </div>
      {!compact && status && changedAt && (
        <p className="small muted" style={{ margin: ".25rem 0 0" }}>
          {STATUS_LABELS[status]} since <time dateTime={changedAt}>{changedAt.slice(0, 10)}</time>
        </p>
      )}
      <div aria-live="polite" role="status" className="small">
        {state.message && <span className={state.ok ? "visually-hidden" : "field-error"}>{state.message}</span>}
      </div>
    </form>
  );
}
