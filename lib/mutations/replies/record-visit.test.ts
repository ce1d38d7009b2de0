// The "new since your last visit" marks compare against the time recordThreadVisit returns:
// null the first time, then exactly the time stored by the visit before.
import { beforeAll, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/support/setup-test-db";
import { recordThreadVisit } from "./record-visit";

const t = setupTestDatabase();
beforeAll(async () => {
  await t.db.user.create({ data: { id: "u-visitor", name: "Visitor", handle: "visitor", email: "visitor@example.test" } });
});

it("returns the previous visit's time and stores the new one", async () => {
  const first = new Date(Date.UTC(2024, 4, 1, 12, 30, 15, 123));
  const second = new Date(Date.UTC(2024, 4, 2, 8, 0, 0, 7));
  const visit = (at: Date, threadKey: "post:p1" | "post:p2" = "post:p1") => recordThreadVisit(t.db, { userId: "u-visitor", threadKey, at });
  expect(await visit(first)).toBeNull();
  expect(await visit(second)).toEqual(first);
  expect(await visit(first, "post:p2")).toBeNull();
  const stored = await t.db.threadVisit.findMany({ where: { userId: "u-visitor" }, orderBy: { threadKey: "asc" } });
  expect(stored.map((v) => [v.threadKey, v.lastVisitedAt])).toEqual([["post:p1", second], ["post:p2", first]]);
});
