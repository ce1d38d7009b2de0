"use client";
import { useActionState } from "react";
import { type ActionState, initialActionState } from "@/lib/actions/action-state";

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  className?: string;
  /** Asked before submitting when JavaScript runs; without it the form just posts. */
  confirm?: string;
};

/** A one-button form (delete, hide) that works without JavaScript and shows refusals. */
export function ActionButton({ action, fields, label, pendingLabel, className = "btn secondary", confirm }: Props) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form
      action={formAction}
      className="inline-form"
      style={{ display: "inline" }}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} disabled={pending}>
        {pending ? (pendingLabel ?? label) : label}
      </button>
      <span aria-live="polite" role="status" className="field-error">
        {!state.ok && state.message}
      </span>
    </form>
  );
}
