import { z } from "zod";
import { storableString } from "@/lib/schemas/text";
import { READING_STATUSES } from "@/lib/domain";

/** "clear" removes the status (the post is back to having none). */
export const setStatusSchema = z.object({
  postId: storableString({ error: "Missing post." }).trim().min(1, "Missing post.").max(100),
  status: z.enum([...READING_STATUSES, "clear"], { error: "Choose to read, reading, read or skipped." }),
});
export type SetStatusInput = z.infer<typeof setStatusSchema>;

