import { describe, expect, it } from "vitest";
import { criteriaFromParams, criteriaFromParamsStrict, criteriaToSearch, filterChips, hrefWith } from "./library-url";

describe("criteriaFromParams (lenient, for pages)", () => {
  it("reads every filter", () => {
    const c = criteriaFromParams({ q: " deception ", agenda: "debate", tag: ["rlhf", "evals"], source: "alignment-forum", year: "2019-2023", reviewed: "yes", status: "to-read", sort: "most-reviewed", page: "3" });
    expect(c).toMatchObject({ q: "deception", agenda: "debate", tags: ["evals", "rlhf"], source: "alignment_forum", yearFrom: 2019, yearTo: 2023, reviewed: "yes", status: "to_read", sort: "most_reviewed", page: 3 });
  });

  it("falls back to defaults on junk, never throws", () => {
    const junk = { agenda: "../../etc", tag: ["<b>", "ok-tag"], source: "geocities", year: "last year", reviewed: "perhaps", status: "devoured", sort: "random()", page: "-1", extra: "ignored" };
    const c = criteriaFromParams(junk);
    expect(c).toMatchObject({ agenda: null, tags: ["ok-tag"], source: null, yearFrom: null, yearTo: null, reviewed: null, status: null, sort: "newest", page: 1 });
    expect(criteriaFromParams({ page: "1e9" }).page).toBe(1);
    expect(criteriaFromParams({ page: "99999999" }).page).toBe(1);
    expect(criteriaFromParams({ year: "2024-2019" })).toMatchObject({ yearFrom: 2019, yearTo: 2024 });
    expect(criteriaFromParams({ year: "2020" })).toMatchObject({ yearFrom: 2020, yearTo: 2020 });
    expect(criteriaFromParams({ year: "2020-" })).toMatchObject({ yearFrom: 2020, yearTo: null });
    expect(criteriaFromParams({ year: "-2020" })).toMatchObject({ yearFrom: null, yearTo: 2020 });
    expect(criteriaFromParams({ q: "x".repeat(5000) }).q).toHaveLength(200);
    expect(criteriaFromParams({}).sort).toBe("newest");
    expect(criteriaFromParams({ q: "sae" }).sort).toBe("relevance");
  });

  it("reads an author slug and drops a malformed one", () => {
    expect(criteriaFromParams({ author: "chris-olah" }).author).toBe("chris-olah");
    expect(criteriaFromParams({ author: "Robert'); --" }).author).toBeNull();
    expect(criteriaToSearch(criteriaFromParams({ author: "chris-olah", tag: "a" }))).toBe("?tag=a&author=chris-olah");
  });
});

describe("criteriaFromParamsStrict (for the API)", () => {
  it("explains each malformed parameter", () => {
    const r = criteriaFromParamsStrict(new URLSearchParams("sort=sideways&page=0&year=soon&status=x"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/sort/);
      expect(r.error).toMatch(/page/);
      expect(r.error).toMatch(/year/);
      expect(r.error).toMatch(/status/);
    }
    expect(criteriaFromParamsStrict(new URLSearchParams("page=abc")).ok).toBe(false);
  });

  it("accepts good parameters and ignores unknown names", () => {
    const r = criteriaFromParamsStrict(new URLSearchParams("agenda=debate&unknown=1&reviewed=no"));
    expect(r).toMatchObject({ ok: true, criteria: { agenda: "debate", reviewed: "no" } });
  });
});

describe("criteriaToSearch and chips", () => {
  it("round-trips and leaves defaults out", () => {
    const c = criteriaFromParams({ q: "elk", agenda: "debate", tag: ["a", "b"], source: "arxiv", year: "2020-2022", reviewed: "no", status: "none", sort: "oldest", page: "2" });
    const search = criteriaToSearch(c);
    expect(criteriaFromParams(new URLSearchParams(search.slice(1)))).toEqual(c);
    expect(criteriaToSearch(criteriaFromParams({}))).toBe("");
    expect(criteriaToSearch(criteriaFromParams({ q: "x" }))).toBe("?q=x");
  });

  it("each chip removes exactly its own filter and resets the page", () => {
    const c = criteriaFromParams({ agenda: "debate", tag: ["a", "b"], page: "4" });
    const chips = filterChips("/", c, { agendas: new Map([["debate", "Debate"]]), tags: new Map() });
    expect(chips.map((x) => x.label)).toEqual(["Agenda: Debate", "Tag: a", "Tag: b"]);
    // A page with a fixed agenda neither shows nor links it.
    const onAgenda = filterChips("/agendas/debate", c, { agendas: new Map(), tags: new Map([["a", "Alpha"]]) }, { agenda: true });
    expect(onAgenda.map((x) => [x.label, x.href])).toEqual([["Tag: Alpha", "/agendas/debate?tag=b"], ["Tag: b", "/agendas/debate?tag=a"]]);
    expect(chips[0].href).toBe("/?tag=a&tag=b");
    expect(chips[1].href).toBe("/?agenda=debate&tag=b");
    expect(hrefWith("/", c, { page: 5 })).toBe("/?agenda=debate&tag=a&tag=b&page=5");
  });
});
