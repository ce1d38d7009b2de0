"use server";
// Server actions for reading lists. Each re-authenticates (an action is a public POST
// endpoint), validates with zod, and leaves permission checks to the mutation.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { formValues, fromZodError, handleAction, type ActionState } from "@/lib/actions/action-state";
import {
  addEntrySchema,
  addSectionSchema,
  createListSchema,
  entryRefSchema,
  listIdSchema,
  moveEntrySchema,
  moveSectionSchema,
  renameSectionSchema,
  sectionRefSchema,
  updateEntrySchema,
  updateListSchema,
} from "@/lib/schemas/list";
import { createList } from "@/lib/mutations/lists/create-list";
import { updateList } from "@/lib/mutations/lists/update-list";
import { deleteList } from "@/lib/mutations/lists/delete-list";
import { addSection } from "@/lib/mutations/lists/add-section";
import { renameSection } from "@/lib/mutations/lists/rename-section";
import { removeSection } from "@/lib/mutations/lists/remove-section";
import { moveSection } from "@/lib/mutations/lists/move-section";
import { addEntry } from "@/lib/mutations/lists/add-entry";
import { updateEntry } from "@/lib/mutations/lists/update-entry";
import { removeEntry } from "@/lib/mutations/lists/remove-entry";
import { moveEntry } from "@/lib/mutations/lists/move-entry";
import { copyList } from "@/lib/mutations/lists/copy-list";

function refresh() {
  revalidatePath("/lists", "layout");
  revalidatePath("/me");
}

/** Parse, run, refresh: the shape shared by every list action that stays on the page. */
async function run<S extends z.ZodType>(
  form: FormData,
  schema: S,
  body: (input: z.infer<S>, actor: Awaited<ReturnType<typeof requireUser>>) => Promise<string>,
  values = formValues(form),
): Promise<ActionState> {
  return handleAction(values, async () => {
    const actor = await requireUser();
    const parsed = schema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    const message = await body(parsed.data, actor);
    refresh();
    return { ok: true, message };
  });
}

export async function createListAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  let slug = "";
  const state = await handleAction(values, async () => {
    const actor = await requireUser();
    const parsed = createListSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    slug = (await createList({ actor, fields: parsed.data })).slug;
    refresh();
    return { ok: true };
  });
  // redirect throws, so it stays outside handleAction's try.
  if (state.ok && slug) redirect(`/lists/${slug}`);
  return state;
}

export async function updateListAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, updateListSchema, async ({ listId, ...fields }, actor) => {
    await updateList({ actor, listId, fields });
    return "List saved.";
  });
}

export async function deleteListAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await run(form, listIdSchema, async ({ listId }, actor) => {
    await deleteList({ actor, listId });
    return "List deleted.";
  });
  if (state.ok) redirect("/lists");
  return state;
}

export async function copyListAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let slug = "";
  const state = await run(form, listIdSchema, async ({ listId }, actor) => {
    slug = (await copyList({ actor, listId })).slug;
    return "Copied.";
  });
  if (state.ok && slug) redirect(`/lists/${slug}`);
  return state;
}

export async function addSectionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, addSectionSchema, async ({ listId, title }, actor) => {
    await addSection({ actor, listId, title });
    return `Section "${title}" added.`;
  });
}

export async function renameSectionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, renameSectionSchema, async ({ listId, sectionId, title }, actor) => {
    await renameSection({ actor, listId, sectionId, title });
    return "Section renamed.";
  });
}

export async function removeSectionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, sectionRefSchema, async ({ listId, sectionId }, actor) => {
    await removeSection({ actor, listId, sectionId });
    return "Section removed; its entries moved to the section before it.";
  });
}

export async function moveSectionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, moveSectionSchema, async ({ listId, sectionId, direction }, actor) => {
    await moveSection({ actor, listId, sectionId, direction });
    return `Section moved ${direction}.`;
  });
}

/** Also serves the post page's picker, whose one select sends "listId|sectionId". */
export async function addEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  if (values.target) {
    const [listId = "", sectionId = ""] = values.target.split("|");
    Object.assign(values, { listId, sectionId });
  }
  return run(
    form,
    addEntrySchema,
    async ({ listId, postId, sectionId, note, core }, actor) => {
      await addEntry({ actor, listId, postId, sectionId, note, core });
      return "Added to the list.";
    },
    values,
  );
}

export async function updateEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, updateEntrySchema, async ({ listId, entryId, note, core }, actor) => {
    await updateEntry({ actor, listId, entryId, note, core });
    return "Entry saved.";
  });
}

export async function removeEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, entryRefSchema, async ({ listId, entryId }, actor) => {
    await removeEntry({ actor, listId, entryId });
    return "Entry removed.";
  });
}

export async function moveEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, moveEntrySchema, async ({ listId, entryId, direction, sectionId, position }, actor) => {
    await moveEntry({ actor, listId, entryId, direction, sectionId, position });
    return position !== undefined ? `Entry moved to place ${position}.` : `Entry moved ${direction}.`;
  });
}
