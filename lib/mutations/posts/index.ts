// The post mutations bound to the app's database client, for server actions (which may
// not import the client). Tests call the unbound functions with their own database.
import "server-only";
import { db } from "@/lib/db";
import { createPost } from "./create-post";
import { updatePost } from "./update-post";

type Args<F> = F extends (db: never, args: infer A) => unknown ? A : never;

export const postMutations = {
  create: (args: Args<typeof createPost>) => createPost(db, args),
  update: (args: Args<typeof updatePost>) => updatePost(db, args),
};
