import crypto from "node:crypto";
import type { Tx } from "./list-lock";
import type { ListVisibility } from "@/lib/domain";
import { toSlug, uniqueSlug } from "@/lib/slug";

/**
 * Public lists get a readable slug. Unlisted and private ones get a random suffix as
 * well: an unlisted list is "reachable by link only", so its link must not be guessable
 * from its title.
 */
export async function newListSlug(tx: Tx, title: string, visibility: ListVisibility) {
  const base = visibility === "public" ? toSlug(title, 60) : `${toSlug(title, 50)}-${crypto.randomBytes(5).toString("hex")}`;
  return uniqueSlug(base, async (s) => !!(await tx.readingList.findUnique({ where: { slug: s }, select: { id: true } })));
}
