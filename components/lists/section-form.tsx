"use client";
import { useActionState } from "react";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { describedBy, FieldError, FormMessage } from "./form-bits";

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  listId: string;
  section?: { id: string; title: string };
  label: string;
  submitLabel: string;
  idPrefix: string;
};

/** Add a section, or rename one. */
export function SectionForm({ action, listId, section, label, submitLabel, idPrefix }: Props) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const value = state.ok ? (section?.title ?? "") : (state.values?.title ?? section?.title ?? "");
  return (
    <form action={formAction} className="inline-fields" noValidate>
      <input type="hidden" name="listId" value={listId} />
      {section && <input type="hidden" name="sectionId" value={section.id} />}
      <div className="field">
        <label htmlFor={`${idPrefix}-title`}>{label}</label>
        <input
          id={`${idPrefix}-title`}
          name="title"
          type="text"
          maxLength={200}
          defaultValue={value}
          key={`${state.ok}-${value}-${state.message ?? ""}`}
          placeholder={section ? undefined : "Week 1: what is alignment?"}
          aria-invalid={!!state.fieldErrors?.title || undefined}
          aria-describedby={describedBy(state, "title", `${idPrefix}-title-error`)}
        />
        <FieldError id={`${idPrefix}-title-error`} state={state} name="title" />
      </div>
      <button type="submit" className="btn secondary" disabled={pending}>
        {submitLabel}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
