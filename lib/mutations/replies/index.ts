// Reply mutations bound to the app's database client, for server actions and pages.
import "server-only";
import { db } from "@/lib/db";
import { createReply } from "./create-reply";
import { deleteReply } from "./delete-reply";
import { recordThreadVisit } from "./record-visit";
import { updateReply } from "./update-reply";

type Args<F> = F extends (db: never, args: infer A) => unknown ? A : never;

export const replyMutations = {
  create: (args: Args<typeof createReply>) => createReply(db, args),
  update: (args: Args<typeof updateReply>) => updateReply(db, args),
  delete: (args: Args<typeof deleteReply>) => deleteReply(db, args),
  recordVisit: (args: Args<typeof recordThreadVisit>) => recordThreadVisit(db, args),
};
