// One way to turn zod issues into per-field messages, shared by actions (which return
// them as form state) and mutations (which throw them as a ValidationError).
import type { z } from "zod";
import { ValidationError } from "@/lib/errors";

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return fieldErrors;
}

/** Parsed input, or a ValidationError carrying the field errors (message: `message`, else the first error). */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, message?: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors = fieldErrorsOf(parsed.error);
  throw new ValidationError(message ?? Object.values(fieldErrors)[0]?.[0] ?? "Invalid input.", fieldErrors);
}
