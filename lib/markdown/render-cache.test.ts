import { describe, expect, it } from "vitest";
import { renderCacheStats, renderMarkdown } from "./render";

describe("the markdown render cache", () => {
  it("returns the same sanitized result for the same text and options", () => {
    const a = renderMarkdown("Hello *world* <script>alert(1)</script>", { idPrefix: "cache-a-" });
    const b = renderMarkdown("Hello *world* <script>alert(1)</script>", { idPrefix: "cache-a-" });
    expect(b).toBe(a);
    expect(a.html).not.toContain("<script>");
    expect(renderMarkdown("Hello *world* <script>alert(1)</script>", { idPrefix: "cache-b-" })).not.toBe(a);
  });

  it("stays under its size bound however many large texts pass through", () => {
    // 120 distinct texts of ~90,000 characters: ~11 M characters of HTML if all were kept.
    const paragraph = "Corrigibility is the property of an agent that lets its overseers correct it. ".repeat(1_150);
    for (let i = 0; i < 120; i++) renderMarkdown(`Text ${i}.\n\n${paragraph}`, { idPrefix: `big-${i}-` });
    const stats = renderCacheStats();
    expect(stats.chars).toBeLessThanOrEqual(stats.maxChars);
    expect(stats.entries).toBeLessThan(120);
    expect(stats.entries).toBeGreaterThan(10);
    // The newest text is still cached, the oldest was evicted.
    const newest = renderMarkdown(`Text 119.\n\n${paragraph}`, { idPrefix: "big-119-" });
    expect(renderMarkdown(`Text 119.\n\n${paragraph}`, { idPrefix: "big-119-" })).toBe(newest);
  });
});
