import { z } from "zod";

export const HANDLE_RE = /^[a-z0-9_-]{3,30}$/;
export const handleSchema = z
  .string({ error: "Choose a handle." })
  .trim()
  .min(3, "A handle has 3 to 30 characters.")
  .max(30, "A handle has 3 to 30 characters.")
  .regex(/^[a-z0-9_-]+$/, "Use lowercase letters, digits, - and _ only.");

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")).pipe(z.string().max(254));
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "At most 100 characters."),
  handle: handleSchema,
  email: emailSchema,
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `At most ${PASSWORD_MAX} characters.`),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX),
  // Where to go after signing in: only paths on this site.
  next: z
    .string()
    .optional()
    .transform((v) => (v && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") ? v : "/")),
});

export const BIO_MAX = 10_000;
export const profileSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "At most 100 characters."),
  bio: z.string().max(BIO_MAX, `At most ${BIO_MAX.toLocaleString("en")} characters.`).transform((s) => s.trim()),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type ProfileInput = z.infer<typeof profileSchema>;
