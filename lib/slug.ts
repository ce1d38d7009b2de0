import slugify from "slugify";

/** A URL slug from any title: lowercase ascii words joined by "-", at most `max` chars. */
export function toSlug(text: string, max = 80): string {
  const base = slugify(text, { lower: true, strict: true, trim: true }).slice(0, max).replace(/-+$/g, "");
  return base || "untitled";
}

/** `base`, or `base-2`, `base-3`, ... : the first that `taken` says is free. */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; n < 10_000; n++) {
    const candidate = `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  return `${base}-${Date.now().toString(36)}`;
}
