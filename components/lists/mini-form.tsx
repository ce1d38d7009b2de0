"use client";
// A small form (move, remove, copy, add) on a server action. Without JavaScript it posts
// and the page re-renders; with it, the result is announced in a live region and focus
// returns to the button that was pressed, so keyboard users can press "Move down" again
// and again even though the entry itself moved.
import { useActionState, useEffect, useRef } from "react";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { FormMessage } from "./form-bits";

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  children: React.ReactNode;
  className?: string;
  label?: string;
  confirm?: string;
  /** Successes that are obvious on the page (the entry moved) need no extra words. */
  quietSuccess?: boolean;
};

export function MiniForm({ action, hidden, children, className = "mini-form", label, confirm, quietSuccess }: Props) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const lastButton = useRef<string | null>(null);
  useEffect(() => {
    if (lastButton.current) document.getElementById(lastButton.current)?.focus();
  }, [state]);
  return (
    <form
      action={formAction}
      className={className}
      aria-label={label}
      aria-busy={pending || undefined}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) {
          e.preventDefault();
          return;
        }
        const submitter = (e.nativeEvent as SubmitEvent).submitter;
        lastButton.current = submitter?.id || null;
      }}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <FormMessage state={state} quietSuccess={quietSuccess} />
    </form>
  );
}
