import { z } from "zod";

export const moderationSchema = z.object({
  id: z.string().min(1).max(100),
  // Form posts send "true"/"false"; callers in code send booleans.
  hidden: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]),
  reason: z.string().trim().max(500).optional(),
});
