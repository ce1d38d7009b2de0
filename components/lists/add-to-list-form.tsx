"use client";
import { useActionState } from "react";
import Link from "next/link";
import { initialActionState } from "@/lib/actions/action-state";
import { addEntryAction } from "@/lib/actions/lists";
import { describedBy, FieldError, FormMessage } from "./form-bits";

type Target = { id: string; title: string; sections: { id: string; title: string }[] };

/** The post page's "add to my list": one select of list and section, then Add. */
export function AddToListForm({ postId, lists, hasLists }: { postId: string; lists: Target[]; hasLists: boolean }) {
  const [state, formAction, pending] = useActionState(addEntryAction, initialActionState);
  if (lists.length === 0 && hasLists && !state.ok) return <p className="small muted">It is in all your lists.</p>;
  if (lists.length === 0 && !state.ok) {
    return (
      <p className="small muted">
        <Link href="/lists#new-list">Make a reading list</Link> to add this post to it.
      </p>
    );
  }
  const errorName = state.fieldErrors?.postId ? "postId" : "sectionId";
  return (
    <form action={formAction}>
      <input type="hidden" name="postId" value={postId} />
      <div className="field">
        <label htmlFor="add-to-list-target">Add to my list</label>
        <select
          id="add-to-list-target"
          name="target"
          defaultValue={state.values?.target}
          aria-describedby={describedBy(state, errorName, "add-to-list-error")}
        >
          {lists.map((l) =>
            l.sections.length === 0 ? (
              <option key={l.id} value={`${l.id}|`}>
                {l.title}
              </option>
            ) : (
              <optgroup key={l.id} label={l.title}>
                {l.sections.map((s) => (
                  <option key={s.id} value={`${l.id}|${s.id}`}>
                    {l.title} — {s.title}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
        <FieldError id="add-to-list-error" state={state} name={errorName} />
      </div>
      <button type="submit" className="btn secondary" disabled={pending}>
        Add to list
      </button>
      <FormMessage state={state} />
    </form>
  );
}
