import { z } from "zod";
import { storableString } from "@/lib/schemas/text";
import { POST_KINDS, POST_SOURCES } from "@/lib/domain";

export const POST_TITLE_MAX = 300;
export const POST_SUMMARY_MAX = 5_000;
export const POST_BODY_MAX = 200_000;
export const POST_AUTHORS_MAX = 50;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = (max: number, label: string) =>
  z.preprocess(blankToUndefined, storableString().trim().max(max, `${label} is too long (at most ${max.toLocaleString("en")} characters).`).optional());

/**
 * Agendas or tags named in the form's "other" field, for those its checkboxes do not list
 * (a large taxonomy shows only the most used): names or slugs, separated by commas.
 */
const namedList = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? [...new Set(v.split(",").map((s) => s.trim().replace(/\s+/g, " ")).filter(Boolean))] : (v ?? [])),
    z
      .array(storableString().max(120, `${label}: a name is at most 120 characters.`), { error: `${label}: write names separated by commas.` })
      .max(50, `${label}: at most 50 at a time.`),
  );

/** One author per line (names may contain commas, "Christiano, Paul"). */
const authorsField = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/\r?\n/).map((s) => s.trim().replace(/\s+/g, " ")).filter(Boolean) : v),
  z
    .array(storableString().max(120, "An author's name is at most 120 characters."), { error: "List the authors, one per line." })
    .min(1, "Add at least one author, one per line.")
    .max(POST_AUTHORS_MAX, `At most ${POST_AUTHORS_MAX} authors.`),
);

const httpUrl = z.preprocess(
  blankToUndefined,
  storableString()
    .trim()
    .max(2000, "The URL is too long.")
    .refine((s) => {
      try {
        const u = new URL(s);
        return u.protocol === "http:" || u.protocol === "https:";
      } catch {
        return false;
      }
    }, "Enter a full web address starting with http:// or https://.")
    .optional(),
);

const dateField = z.preprocess(
  blankToUndefined,
  storableString()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2023-05-17.")
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "That date does not exist.")
    .refine((s) => s >= "1900-01-01" && s <= "2100-12-31", "The date must be between 1900 and 2100.")
    .optional(),
);

const idList = z.preprocess(
  (v) => (v == null ? [] : Array.isArray(v) ? v : typeof v === "string" ? (v ? v.split(",") : []) : v),
  z.array(storableString().min(1).max(100)).max(50, "Pick at most 50."),
);

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const postInputSchema = z.object({
  title: storableString({ error: "Give the post a title." }).trim().min(1, "Give the post a title.").max(POST_TITLE_MAX, `The title is at most ${POST_TITLE_MAX} characters.`),
  authors: authorsField,
  url: httpUrl,
  source: z.enum(POST_SOURCES, { error: "Pick a source from the list." }),
  kind: z.enum(POST_KINDS, { error: "Pick a kind from the list." }),
  publishedAt: dateField,
  lesswrongId: z.preprocess(blankToUndefined, storableString().trim().regex(/^[A-Za-z0-9]{17}$|^[a-f0-9]{24}$/, "A LessWrong id is 17 letters and digits (or 24 hex digits).").optional()),
  arxivId: z.preprocess(
    blankToUndefined,
    storableString().trim().regex(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/, "An arXiv id looks like 2306.12001 (without a version).").optional(),
  ),
  doi: z.preprocess(blankToUndefined, storableString().trim().regex(/^10\.\d{4,9}\/\S+$/, "A DOI starts with 10. and has a slash, like 10.23915/distill.00024.").max(300).optional()),
  summary: optionalText(POST_SUMMARY_MAX, "The summary"),
  body: optionalText(POST_BODY_MAX, "The text"),
  wordCount: z.preprocess(
    (v) => (v === "" || v == null ? undefined : typeof v === "string" ? Number(v) : v),
    z.number({ error: "The word count is a whole number." }).int("The word count is a whole number.").min(0).max(2_000_000, "That word count is too large.").optional(),
  ),
  draft: checkbox,
  tagIds: idList,
  agendaIds: idList,
  coreAgendaIds: idList,
  tagNames: namedList("Other tags"),
  agendaNames: namedList("Other agendas"),
  /** Set after the form warned about a post with the same title. */
  confirmDuplicate: checkbox,
});

export type PostInput = z.infer<typeof postInputSchema>;

/** The fields a person can edit; their names go to Post.editedFields so imports leave them alone. */
export const EDITABLE_POST_FIELDS = [
  "title", "authors", "url", "source", "kind", "publishedAt", "lesswrongId", "arxivId", "doi", "summary", "body", "wordCount", "draft", "tags", "agendas",
] as const;

/** FormData to the object the schema parses: repeated checkboxes become arrays. */
export function postFormToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  for (const k of ["tagIds", "agendaIds", "coreAgendaIds"]) out[k] = form.getAll(k).filter((v): v is string => typeof v === "string");
  return out;
}
