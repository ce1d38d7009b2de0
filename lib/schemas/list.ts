// Input schemas for reading lists, sections and entries. Forms send strings: empty
// strings mean "not given", checkboxes send "on" or nothing.
import { z } from "zod";
import { storableString } from "@/lib/schemas/text";
import { LIST_VISIBILITIES } from "@/lib/domain";

const id = (what: string) => storableString({ error: `Missing ${what}.` }).trim().min(1, `Missing ${what}.`).max(100);
const optionalId = storableString()
  .trim()
  .max(100)
  .optional()
  .transform((v) => (v ? v : null));
const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true" || v === "1");

export const listFieldsSchema = z.object({
  title: storableString().trim().min(1, "Give the list a title.").max(200, "Keep the title under 200 characters."),
  // Kept as typed (leading spaces can be markdown), except a leading byte-order mark: an
  // encoding artefact of pasted text that PGlite's decoder drops on the way back anyway.
  description: storableString()
    .max(20_000, "Keep the description under 20,000 characters.")
    .transform((s) => s.replace(/^\uFEFF/, ""))
    .optional()
    .default(""),
  visibility: z.enum(LIST_VISIBILITIES, { error: "Choose public, unlisted or private." }),
});
export type ListFields = z.infer<typeof listFieldsSchema>;

export const createListSchema = listFieldsSchema;
export const updateListSchema = listFieldsSchema.extend({ listId: id("list") });
export const listIdSchema = z.object({ listId: id("list") });

export const addSectionSchema = z.object({
  listId: id("list"),
  title: storableString().trim().min(1, "Give the section a title.").max(200, "Keep the section title under 200 characters."),
});
export const renameSectionSchema = addSectionSchema.extend({ sectionId: id("section") });
export const sectionRefSchema = z.object({ listId: id("list"), sectionId: id("section") });
export const moveSectionSchema = sectionRefSchema.extend({
  direction: z.enum(["up", "down"], { error: "Move up or down." }),
});

export const addEntrySchema = z.object({
  listId: id("list"),
  postId: id("post"),
  sectionId: optionalId,
  note: storableString().trim().max(2_000, "Keep the note under 2,000 characters.").optional().default(""),
  // A new entry is core unless the form says otherwise (the "add" buttons send no flag).
  core: z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((v) => v === undefined || v === true || v === "on" || v === "true" || v === "1"),
});
export const updateEntrySchema = z.object({
  listId: id("list"),
  entryId: id("entry"),
  note: storableString().trim().max(2_000, "Keep the note under 2,000 characters.").optional().default(""),
  core: checkbox,
});
export const entryRefSchema = z.object({ listId: id("list"), entryId: id("entry") });

/** Either one step up/down (the buttons), or a target section and 1-based place in it. */
export const moveEntrySchema = z
  .object({
    listId: id("list"),
    entryId: id("entry"),
    direction: z.enum(["up", "down"]).optional(),
    sectionId: optionalId,
    position: z.coerce
      .number({ error: "Position must be a whole number." })
      .int("Position must be a whole number.")
      .min(1, "Position starts at 1.")
      .max(100_000, "Position is out of range.")
      .optional(),
  })
  .refine((v) => v.direction || v.position !== undefined, { message: "Say where to move the entry.", path: ["position"] });
export type MoveEntryInput = z.infer<typeof moveEntrySchema>;

export const postSearchSchema = z.object({
  q: storableString().trim().max(200).optional().catch(undefined),
});
