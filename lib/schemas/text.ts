// Every text field a person or a caller sends goes through storableString(): PostgreSQL
// text cannot hold U+0000 (the driver throws, which would be a 500), and a lone UTF-16
// surrogate cannot be encoded as UTF-8, so the database would silently store U+FFFD
// instead of what was typed. Both are refused up front with a message, before any
// length check, so the form says what is wrong rather than the server failing.
import { z } from "zod";

export const NUL_MESSAGE = "The text contains a NUL character (U+0000), which cannot be stored; remove it and try again.";
export const INVALID_UNICODE_MESSAGE = "The text contains invalid characters (broken Unicode, a lone surrogate); remove them and try again.";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The reason a string cannot be stored as it is, or null when it can. */
export function unstorableTextReason(value: string): string | null {
  if (value.includes("\u0000")) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(value)) return INVALID_UNICODE_MESSAGE;
  return null;
}

/** z.string() that refuses what PostgreSQL text cannot hold; chain .trim(), .max() etc. as usual. */
export function storableString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).check((ctx) => {
    const reason = unstorableTextReason(ctx.value);
    // abort: a length or format message about the same broken text would only confuse.
    if (reason) ctx.issues.push({ code: "custom", message: reason, input: ctx.value, continue: false });
  });
}
