import { z } from "zod";
import { storableString } from "@/lib/schemas/text";

export const NOTE_BODY_MAX = 100_000;

/** An empty note deletes it: nothing to keep. */
export const saveNoteSchema = z.object({
  postId: storableString().min(1).max(100),
  body: storableString().max(NOTE_BODY_MAX, `The note is too long (at most ${NOTE_BODY_MAX.toLocaleString("en")} characters).`).transform((s) => s.trim()),
});

export type SaveNoteInput = z.infer<typeof saveNoteSchema>;
