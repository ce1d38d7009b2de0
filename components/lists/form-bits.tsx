import type { ActionState } from "@/lib/actions/action-state";

/** Errors for one field; its id goes in the input's aria-describedby. */
export function FieldError({ id, state, name }: { id: string; state: ActionState; name: string }) {
  const errors = state.fieldErrors?.[name];
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error">
      {errors.join(" ")}
    </p>
  );
}

export const describedBy = (state: ActionState, name: string, id: string) => (state.fieldErrors?.[name]?.length ? id : undefined);

/** The form's message in a live region, so a refusal or a success is announced. */
export function FormMessage({ state, quietSuccess = false }: { state: ActionState; quietSuccess?: boolean }) {
  const show = state.message && !(state.ok && quietSuccess);
  return (
    <div aria-live="polite" role="status" className="list-form-status">
      {show && <p className={state.ok ? "notice small" : "form-error small"}>{state.message}</p>}
    </div>
  );
}
