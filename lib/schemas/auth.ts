import { z } from "zod";
import { storableString } from "@/lib/schemas/text";

export const HANDLE_RE = /^[a-z0-9_-]{3,30}$/;
export const handleSchema = storableString({ error: "Choose a handle." })
  .trim()
  .min(3, "A handle has 3 to 30 characters.")
  .max(30, "A handle has 3 to 30 characters.")
  .regex(/^[a-z0-9_-]+$/, "Use lowercase letters, digits, - and _ only.");

export const emailSchema = storableString().trim().toLowerCase().pipe(z.email("Enter a valid email address.")).pipe(storableString().max(254));
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const signUpSchema = z.object({
  name: storableString().trim().min(1, "Enter your name.").max(100, "At most 100 characters."),
  handle: handleSchema,
  email: emailSchema,
  password: storableString()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `At most ${PASSWORD_MAX} characters.`),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: storableString().min(1, "Enter your password.").max(PASSWORD_MAX),
  // Where to go after signing in: only paths on this site.
  // Control characters (NUL, CR, LF) would break the Location header: those go home too.
  next: z
    .string()
    .optional()
    .transform((v) => (v && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") && !/[\u0000-\u001f\u007f]/.test(v) ? v : "/")),
});

export const BIO_MAX = 10_000;
export const profileSchema = z.object({
  name: storableString().trim().min(1, "Enter your name.").max(100, "At most 100 characters."),
  bio: storableString().max(BIO_MAX, `At most ${BIO_MAX.toLocaleString("en")} characters.`).transform((s) => s.trim()),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type ProfileInput = z.infer<typeof profileSchema>;
