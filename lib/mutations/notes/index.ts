import "server-only";
import { db } from "@/lib/db";
import { saveNote } from "./save-note";

type Args<F> = F extends (db: never, args: infer A) => unknown ? A : never;

export const noteMutations = {
  save: (args: Args<typeof saveNote>) => saveNote(db, args),
};
