import { z } from "zod";
import { storableString } from "@/lib/schemas/text";

export const moderationSchema = z.object({
  id: storableString().min(1).max(100),
  // Form posts send "true"/"false"; callers in code send booleans.
  hidden: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]),
  reason: storableString().trim().max(500).optional(),
});
