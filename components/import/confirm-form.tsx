"use client";
import { useActionState } from "react";
import { initialActionState } from "@/lib/actions/action-state";
import { confirmImportAction } from "@/lib/actions/import";

export function ConfirmImportForm({ previewId, disabled }: { previewId: string; disabled?: boolean }) {
  const [state, action, pending] = useActionState(confirmImportAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="previewId" value={previewId} />
      <div aria-live="polite" role="status">
        {state.message && <p className="form-error small">{state.message}</p>}
      </div>
      <button type="submit" className="btn" disabled={pending || disabled}>
        {pending ? "Starting…" : "Confirm import"}
      </button>
    </form>
  );
}
