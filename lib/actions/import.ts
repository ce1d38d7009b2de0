"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { type ActionState, formValues, fromZodError, handleAction } from "@/lib/actions/action-state";
import { getCurrentUser } from "@/lib/auth/session";
import { ImportParseError } from "@/lib/import/types";
import { parseBytes, parseMarkdownFolder } from "@/lib/import/apply/read-input";
import { confirmImport, previewImport, runImportJob } from "@/lib/import/apply/server";
import { confirmImportSchema, importUploadSchema } from "@/lib/schemas/import";

const SIGN_IN = "Sign in to import into the library.";

/** Step 1: parse the upload and show what would happen (a dry run: the library is untouched). */
export async function previewImportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SIGN_IN, values };
  const files = form.getAll("file").filter((f): f is File => f instanceof File && f.size > 0);
  const parsed = importUploadSchema.safeParse({
    file: files,
    text: values.text || undefined,
    format: values.format || "auto",
    listTitle: values.listTitle || undefined,
  });
  if (!parsed.success) return fromZodError(parsed.error, values);
  const { file: uploads, text, format, listTitle } = parsed.data;
  let previewId = "";
  const result = await handleAction(values, async () => {
    const upload = uploads[0];
    try {
      let input;
      if (uploads.length > 1) {
        // Several files: the posts of a static blog (Jekyll _posts, Hugo content), one per file.
        const files = await Promise.all(uploads.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
        input = parseMarkdownFolder(files, `${uploads.length} Markdown files`);
      } else {
        const bytes = upload ? new Uint8Array(await upload.arrayBuffer()) : new TextEncoder().encode(text!);
        input = parseBytes(bytes, upload?.name || "pasted.txt", format === "auto" ? undefined : format);
      }
      const preview = await previewImport({ userId: user.id, ...input, listTitle: listTitle || undefined });
      previewId = preview.id;
      return { ok: true };
    } catch (e) {
      if (!(e instanceof ImportParseError)) throw e;
      const field = upload ? "file" : "text";
      return { ok: false, message: "Nothing was imported: the file could not be read.", fieldErrors: { [field]: [e.message] }, values };
    }
  });
  if (!result.ok) return result;
  redirect(`/import/${previewId}`);
}

/** Step 2: the user confirmed the preview; the import runs after the response, in batches. */
export async function confirmImportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SIGN_IN, values };
  const parsed = confirmImportSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  let jobId = "";
  const result = await handleAction(values, async () => {
    const job = await confirmImport({ previewId: parsed.data.previewId, actor: { id: user.id } });
    jobId = job.id;
    // Confirmed before (a second click, a resubmitted form): just show that job.
    if (!job.parse) return { ok: true };
    const parse = job.parse;
    // The job row records progress and failure; the page polls it.
    after(() => runImportJob({ jobId: job.id, parse, actorId: user.id, listTitle: job.listTitle }).then(
      () => revalidatePath("/", "layout"),
      (e) => console.error(`import job ${job.id} failed`, e),
    ));
    return { ok: true };
  });
  if (!result.ok) return result;
  redirect(`/import/${jobId}`);
}
