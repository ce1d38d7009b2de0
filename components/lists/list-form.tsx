"use client";
import { useActionState } from "react";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { LIST_VISIBILITIES, type ListVisibility } from "@/lib/domain";
import { describedBy, FieldError, FormMessage } from "./form-bits";

const VISIBILITY_HELP: Record<ListVisibility, string> = {
  public: "Public: listed on /lists, anyone can open and copy it.",
  unlisted: "Unlisted: only people with the link can open it.",
  private: "Private: only you.",
};

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  list?: { id: string; title: string; description: string; visibility: ListVisibility };
  submitLabel: string;
  idPrefix: string;
};

/** Create or edit a list: title, markdown description, visibility. */
export function ListForm({ action, list, submitLabel, idPrefix }: Props) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const v = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const id = (name: string) => `${idPrefix}-${name}`;
  const visibility = v("visibility", list?.visibility ?? "private");
  return (
    <form action={formAction} noValidate>
      {list && <input type="hidden" name="listId" value={list.id} />}
      <div className="field">
        <label htmlFor={id("title")}>Title</label>
        <input
          id={id("title")}
          name="title"
          type="text"
          required
          maxLength={200}
          defaultValue={v("title", list?.title ?? "")}
          key={`t-${v("title", list?.title ?? "")}`}
          aria-invalid={!!state.fieldErrors?.title || undefined}
          aria-describedby={describedBy(state, "title", id("title-error"))}
        />
        <FieldError id={id("title-error")} state={state} name="title" />
      </div>
      <div className="field">
        <label htmlFor={id("description")}>Description <span className="muted small">(markdown)</span></label>
        <textarea
          id={id("description")}
          name="description"
          rows={4}
          defaultValue={v("description", list?.description ?? "")}
          key={`d-${v("description", list?.description ?? "").length}`}
          aria-describedby={describedBy(state, "description", id("description-error"))}
        />
        <FieldError id={id("description-error")} state={state} name="description" />
      </div>
      <fieldset className="field" aria-describedby={describedBy(state, "visibility", id("visibility-error"))}>
        <legend>Who can see it</legend>
        {LIST_VISIBILITIES.map((option) => (
          <label key={option} className="radio">
            <input type="radio" name="visibility" value={option} defaultChecked={visibility === option} key={`${option}-${visibility}`} />{" "}
            {VISIBILITY_HELP[option]}
          </label>
        ))}
        <FieldError id={id("visibility-error")} state={state} name="visibility" />
      </fieldset>
      <button type="submit" className="btn" disabled={pending}>
        {submitLabel}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
