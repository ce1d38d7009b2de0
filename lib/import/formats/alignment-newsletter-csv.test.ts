import { describe, expect, it } from "vitest";
import { parseImport } from "../detect";
import { readData } from "../test-data";
import { parse } from "./alignment-newsletter-csv";

describe("Alignment Newsletter CSV", () => {
  const result = parse(readData("alignment-newsletter.csv"), { fileName: "alignment-newsletter.csv" });

  it("reads every row with a title, the category and issue as tags", () => {
    expect(result.posts.length + result.skipped.length).toBe(1956);
    expect(result.posts.length).toBeGreaterThan(1900);
    const first = result.posts[0];
    expect(first.title).toBe("Adversarial Examples Are Not Bugs, They Are Features");
    expect(first.authors).toEqual(["Andrew Ilyas", "Shibani Santurkar", "Dimitris Tsipras", "Logan Engstrom", "Brandon Tran", "Aleksander Madry"]);
    expect(first.publishedYear).toBe(2019);
    expect(first.tags).toEqual(["Adversarial examples", "AN #62"]);
    expect(first.summary).toMatch(/^_?Distill published a discussion of this paper/);
  });

  it("takes arXiv ids from the URLs", () => {
    expect(result.posts.filter((p) => p.arxivId).length).toBeGreaterThan(300);
  });

  it("folds the same item summarised twice into one post", () => {
    const merged = parseImport(readData("alignment-newsletter.csv"), { fileName: "alignment-newsletter.csv" });
    expect(merged.format).toBe("alignment-newsletter-csv");
    expect(merged.posts.length).toBeLessThanOrEqual(result.posts.length);
  });
});
