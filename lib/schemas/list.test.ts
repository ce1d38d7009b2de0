import { describe, expect, it } from "vitest";
import { addEntrySchema, createListSchema, moveEntrySchema, updateEntrySchema } from "./list";
import { setStatusSchema } from "./progress";

describe("list schemas", () => {
  it("requires a title and a known visibility", () => {
    const bad = createListSchema.safeParse({ title: "  ", visibility: "secret" });
    expect(bad.success).toBe(false);
    const fields = bad.error!.issues.map((i) => i.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["title", "visibility"]));
    expect(createListSchema.parse({ title: " Syllabus ", visibility: "unlisted" })).toEqual({ title: "Syllabus", description: "", visibility: "unlisted" });
  });

  it("reads form values: empty section is none, a new entry is core unless unchecked", () => {
    expect(addEntrySchema.parse({ listId: "l", postId: "p", sectionId: "" })).toMatchObject({ sectionId: null, core: true, note: "" });
    expect(updateEntrySchema.parse({ listId: "l", entryId: "e", note: "x" }).core).toBe(false);
    expect(updateEntrySchema.parse({ listId: "l", entryId: "e", note: "x", core: "on" }).core).toBe(true);
    expect(addEntrySchema.safeParse({ listId: "l", postId: "" }).success).toBe(false);
  });

  it("moves need a direction or a whole, positive position", () => {
    expect(moveEntrySchema.safeParse({ listId: "l", entryId: "e" }).success).toBe(false);
    expect(moveEntrySchema.safeParse({ listId: "l", entryId: "e", position: "1.5" }).success).toBe(false);
    expect(moveEntrySchema.safeParse({ listId: "l", entryId: "e", position: "0" }).success).toBe(false);
    expect(moveEntrySchema.safeParse({ listId: "l", entryId: "e", direction: "sideways" }).success).toBe(false);
    expect(moveEntrySchema.parse({ listId: "l", entryId: "e", position: "3", sectionId: "s" })).toMatchObject({ position: 3, sectionId: "s" });
  });

  it("status must be one of the four or clear", () => {
    expect(setStatusSchema.safeParse({ postId: "p", status: "done" }).success).toBe(false);
    expect(setStatusSchema.parse({ postId: "p", status: "clear" }).status).toBe("clear");
  });
});
