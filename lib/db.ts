// The one database client. Only lib/queries, lib/mutations, prisma/ scripts and test
// fixtures import it (see docs/ARCHITECTURE.md).
import { getPrisma } from "./db/client";

export const db = getPrisma();
export { databaseKind } from "./db/client";
export type { Db } from "./db/client";
export { Prisma } from "./generated/prisma/client";
