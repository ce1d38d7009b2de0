import { describe, expect, it } from "vitest";
import { dropSection, flatten, placeEntry, stepEntry, stepSection, toGroups } from "./order";

const groups = () =>
  toGroups(
    [
      { id: "s2", position: 1 },
      { id: "s1", position: 0 },
    ],
    [
      { id: "c", sectionId: "s2", position: 2 },
      { id: "a", sectionId: "s1", position: 0 },
      { id: "b", sectionId: "s1", position: 1 },
    ],
  );

describe("list order", () => {
  it("groups entries by section in section order", () => {
    expect(groups()).toEqual([
      { sectionId: null, entryIds: [] },
      { sectionId: "s1", entryIds: ["a", "b"] },
      { sectionId: "s2", entryIds: ["c"] },
    ]);
  });

  it("steps within a section, across section edges, and stops at the ends", () => {
    expect(stepEntry(groups(), "a", "down")[1].entryIds).toEqual(["b", "a"]);
    const crossed = stepEntry(groups(), "b", "down");
    expect(crossed[1].entryIds).toEqual(["a"]);
    expect(crossed[2].entryIds).toEqual(["b", "c"]);
    expect(stepEntry(groups(), "c", "up")[1].entryIds).toEqual(["a", "b", "c"]);
    expect(stepEntry(groups(), "a", "up")).toEqual(groups());
    expect(stepEntry(groups(), "c", "down")).toEqual(groups());
  });

  it("places an entry at a 1-based position and refuses one out of range", () => {
    expect(placeEntry(groups(), "c", "s1", 1)[1].entryIds).toEqual(["c", "a", "b"]);
    expect(() => placeEntry(groups(), "c", "s1", 4)).toThrow(/between 1 and 3/);
    expect(() => placeEntry(groups(), "c", "s1", 0)).toThrow(/between 1 and 3/);
    expect(() => placeEntry(groups(), "c", "elsewhere", 1)).toThrow(/section is not in this list/);
    expect(() => placeEntry(groups(), "zzz", "s1", 1)).toThrow(/entry is not in this list/);
  });

  it("moves sections with their entries and keeps the stored order dense", () => {
    const moved = stepSection(groups(), "s2", "up");
    expect(flatten(moved)).toEqual({
      sections: [
        { id: "s2", position: 0 },
        { id: "s1", position: 1 },
      ],
      entries: [
        { id: "c", sectionId: "s2", position: 0 },
        { id: "a", sectionId: "s1", position: 1 },
        { id: "b", sectionId: "s1", position: 2 },
      ],
    });
    expect(dropSection(groups(), "s2")[1].entryIds).toEqual(["a", "b", "c"]);
  });
});
