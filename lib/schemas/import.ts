import { z } from "zod";
import { storableString } from "@/lib/schemas/text";
import { IMPORT_FORMATS } from "@/lib/import/types";

export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
export const MAX_PASTE_CHARS = 2_000_000;

/**
 * The upload form: a file (or several Markdown posts, as a blog's _posts folder) or pasted text (a list of URLs, a Markdown link list), an optional
 * format (detected from the content when "auto") and an optional reading-list title.
 */
export const importUploadSchema = z
  .object({
    file: z
      .array(z.instanceof(File))
      .max(500, "Upload at most 500 files at once.")
      .refine((fs) => fs.reduce((n, f) => n + f.size, 0) <= MAX_UPLOAD_BYTES, `The upload is larger than ${MAX_UPLOAD_BYTES / 1048576} MB.`)
      .default([]),
    text: storableString().max(MAX_PASTE_CHARS, `Pasted text is limited to ${MAX_PASTE_CHARS.toLocaleString("en")} characters; upload a file instead.`).optional(),
    format: z.enum(["auto", ...IMPORT_FORMATS], { error: "Choose a format from the list." }).default("auto"),
    listTitle: storableString().trim().max(200, "A list title has at most 200 characters.").optional(),
  })
  .refine((v) => v.file.length > 0 || !!v.text?.trim(), { message: "Choose a file to upload or paste a list of links.", path: ["file"] });

export type ImportUploadInput = z.infer<typeof importUploadSchema>;

export const confirmImportSchema = z.object({ previewId: storableString().trim().min(1).max(64) });

export const importJobIdSchema = storableString().regex(/^[a-z0-9]{10,40}$/i, "Not an import id.");
