import type { ActionState } from "@/lib/actions/action-state";

/** Errors for one field; its id goes in the input's aria-describedby. */
export function FieldError({ id, state, name }: { id: string; state: ActionState; name: string }) {
  const errors = state.fieldErrors?.[name];
  return (
    <p id={id} className="field-error" hidden={!errors?.length}>
      {errors?.join(" ")}
    </p>
  );
}

/** The form-level message, announced to screen readers when it changes. */
export function FormStatus({ state }: { state: ActionState }) {
  const formErrors = state.fieldErrors?.form;
  return (
    <div aria-live="polite" role="status">
      {state.message && <p className={state.ok ? "notice" : "form-error"}>{state.message}{formErrors?.length && !state.message.includes(formErrors[0]) ? ` ${formErrors.join(" ")}` : ""}</p>}
    </div>
  );
}

export const describedBy = (state: ActionState, name: string, id: string) => (state.fieldErrors?.[name]?.length ? id : undefined);
