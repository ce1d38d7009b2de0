import { describe, expect, it } from "vitest";
import {
  EMPTY_LIBRARY_QUERY,
  MAX_PAGE,
  PAGE_SIZE,
  activeFilterChips,
  libraryHref,
  normalizeQuery,
  pageOffset,
  parseLibraryQuery,
  parseLibraryQueryStrict,
  toSearchParams,
  withParam,
  type LibraryQuery,
} from "./filters";

const sp = (s: string) => new URLSearchParams(s);
const base = (over: Partial<LibraryQuery> = {}): LibraryQuery => ({ ...EMPTY_LIBRARY_QUERY, tags: [], ...over });

describe("parseLibraryQuery: valid input", () => {
  it("returns defaults for an empty query", () => {
    expect(parseLibraryQuery(sp(""))).toEqual(base());
    expect(parseLibraryQuery({})).toEqual(base());
    expect(PAGE_SIZE).toBe(25);
  });

  it("parses every parameter", () => {
    const q = parseLibraryQuery(
      sp("q=%20mesa%20optimizers%20&agenda=natural-abstractions&tag=interp&tag=evals&source=alignment_forum&year=2019-2022&status=to_read&reviewed=yes&sort=top_rated&page=3"),
    );
    expect(q).toEqual({
      q: "mesa optimizers",
      agenda: "natural-abstractions",
      tags: ["evals", "interp"],
      author: null,
      source: "alignment_forum",
      yearFrom: 2019,
      yearTo: 2022,
      status: "to_read",
      reviewed: "yes",
      sort: "top_rated",
      page: 3,
    });
  });

  it("accepts a Next.js searchParams record", () => {
    const q = parseLibraryQuery({ q: "rlhf", tag: ["a", "b,c"], page: "2", unknown: "x", source: undefined });
    expect(q.q).toBe("rlhf");
    expect(q.tags).toEqual(["a", "b", "c"]);
    expect(q.page).toBe(2);
  });

  it("accepts hyphenated and differently cased enum values", () => {
    const q = parseLibraryQuery(sp("source=Alignment-Forum&status=TO-READ&sort=most-reviewed&reviewed=No"));
    expect(q.source).toBe("alignment_forum");
    expect(q.status).toBe("to_read");
    expect(q.sort).toBe("most_reviewed");
    expect(q.reviewed).toBe("no");
  });

  it("supports status=none", () => {
    expect(parseLibraryQuery(sp("status=none")).status).toBe("none");
  });

  it("parses year forms", () => {
    const y = (v: string) => {
      const q = parseLibraryQuery(sp(`year=${encodeURIComponent(v)}`));
      return [q.yearFrom, q.yearTo];
    };
    expect(y("2021")).toEqual([2021, 2021]);
    expect(y("2019-2022")).toEqual([2019, 2022]);
    expect(y("2019-")).toEqual([2019, null]);
    expect(y("-2020")).toEqual([null, 2020]);
    expect(y(" 2019 – 2022 ")).toEqual([2019, 2022]);
    expect(y("2022-2019")).toEqual([2019, 2022]); // lenient: swapped
    expect(y("1900-2100")).toEqual([1900, 2100]);
  });

  it("defaults sort to relevance with a search and newest without", () => {
    expect(parseLibraryQuery(sp("q=corrigibility")).sort).toBe("relevance");
    expect(parseLibraryQuery(sp("")).sort).toBe("newest");
    expect(parseLibraryQuery(sp("sort=relevance")).sort).toBe("newest");
    expect(parseLibraryQuery(sp("q=x&sort=oldest")).sort).toBe("oldest");
  });

  it("treats empty values from GET forms as not set", () => {
    expect(parseLibraryQuery(sp("q=&agenda=&tag=&source=&year=&status=&reviewed=&sort=&page="))).toEqual(base());
    expect(parseLibraryQueryStrict(sp("q=&agenda=&tag=&source=&year=&page="))).toEqual({ ok: true, query: base() });
  });
});

describe("parseLibraryQuery: junk falls back silently", () => {
  const cases: [string, Partial<LibraryQuery>][] = [
    ["page=-1", { page: 1 }],
    ["page=0", { page: 1 }],
    ["page=abc", { page: 1 }],
    ["page=1e9", { page: 1 }],
    ["page=2.5", { page: 1 }],
    ["page=99999999999999999999", { page: 1 }],
    [`page=${MAX_PAGE + 1}`, { page: 1 }],
    [`page=${MAX_PAGE}`, { page: MAX_PAGE }],
    ["page=%2B5", { page: 1 }],
    ["page=0x10", { page: 1 }],
    ["year=20x1", {}],
    ["year=1899", {}],
    ["year=2101", {}],
    ["year=-", {}],
    ["year=2019-2022-2023", {}],
    ["year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%91", {}], // fullwidth digits
    ["sort=DROP%20TABLE%20posts", {}],
    ["sort=relevance;--", {}],
    ["source=myspace", {}],
    ["status=maybe", {}],
    ["reviewed=perhaps", {}],
    ["agenda=Natural%20Abstractions", {}],
    ["agenda=%3Cscript%3E", {}],
    ["agenda=" + "a".repeat(200), {}],
    ["tag=ok&tag=not%20ok&tag=%00", { tags: ["ok"] }],
    ["__proto__=x&constructor=y", {}],
  ];
  it.each(cases)("%s", (search, expected) => {
    expect(parseLibraryQuery(sp(search))).toEqual(base(expected));
  });

  it("takes the first value when a scalar is repeated", () => {
    const q = parseLibraryQuery({ page: ["2", "3"], source: ["arxiv", "blog"], sort: ["junk", "oldest"] });
    expect(q.page).toBe(2);
    expect(q.source).toBe("arxiv");
    expect(q.sort).toBe("newest");
  });

  it("ignores non-string values in a record", () => {
    const junk = { page: 5, q: { toString: () => "x" }, tag: [1, "a", null] } as unknown as Record<string, string>;
    expect(parseLibraryQuery(junk)).toEqual(base({ tags: ["a"] }));
    expect(parseLibraryQuery(null as unknown as URLSearchParams)).toEqual(base());
  });

  it("cleans the search text", () => {
    expect(parseLibraryQuery(sp("q=a%00b%01c")).q).toBe("abc");
    expect(parseLibraryQuery(sp("q=%20%20inner%0A%09alignment%20%20")).q).toBe("inner alignment");
    expect(parseLibraryQuery(sp("q=%00%00")).q).toBeNull();
    expect(parseLibraryQuery(sp("q=%20%20%20")).q).toBeNull();
    const long = parseLibraryQuery(sp(`q=${"x".repeat(5_000)}`)).q!;
    expect(long).toHaveLength(200);
  });

  it("keeps unicode, normalized, without splitting surrogate pairs", () => {
    expect(parseLibraryQuery(sp(`q=${encodeURIComponent("Cafe\u0301 😀 日本語 ünïcödé")}`)).q).toBe("Café 😀 日本語 ünïcödé");
    const emoji = parseLibraryQuery({ q: "a" + "😀".repeat(150) }).q!;
    expect(emoji.length).toBeLessThanOrEqual(200);
    expect(emoji).not.toMatch(/[\ud800-\udbff]$/);
    expect(parseLibraryQuery({ q: "bad\ud800surrogate" }).q).toBe("bad\ufffdsurrogate");
  });

  it("deduplicates, sorts and caps tags", () => {
    expect(parseLibraryQuery(sp("tag=b,a&tag=A&tag=%20c%20,,")).tags).toEqual(["a", "b", "c"]);
    const many = Array.from({ length: 30 }, (_, i) => `tag=t${i}`).join("&");
    expect(parseLibraryQuery(sp(many)).tags).toHaveLength(10);
  });

  it("never throws on a large random corpus", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ["a", "-", "1", "9", "_", ",", " ", "\u0000", "é", "😀", "%", "&", "=", "e", "+", "–"];
    for (let i = 0; i < 500; i++) {
      const value = Array.from({ length: Math.floor(rand() * 12) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join("");
      const key = ["q", "agenda", "tag", "source", "year", "status", "reviewed", "sort", "page", "author"][i % 10];
      const q = parseLibraryQuery({ [key]: [value, value] });
      expect(parseLibraryQuery(toSearchParams(q))).toEqual(q);
      expect(() => parseLibraryQueryStrict({ [key]: value })).not.toThrow();
    }
  });
});

describe("parseLibraryQueryStrict", () => {
  it("accepts a valid query", () => {
    const result = parseLibraryQueryStrict(sp("q=debate&tag=scalable-oversight&year=2018-&page=2"));
    expect(result).toEqual({
      ok: true,
      query: base({ q: "debate", tags: ["scalable-oversight"], yearFrom: 2018, sort: "relevance", page: 2 }),
    });
  });

  it("reports each bad parameter", () => {
    const result = parseLibraryQueryStrict(
      sp("page=-1&year=20x1&sort=DROP%20TABLE&source=myspace&status=maybe&reviewed=perhaps&agenda=Bad%20Slug&tag=ok,not%20ok"),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.param).sort()).toEqual(["agenda", "page", "reviewed", "sort", "source", "status", "tag", "year"]);
    for (const e of result.errors) expect(e.message.length).toBeGreaterThan(3);
    expect(result.errors.find((e) => e.param === "sort")!.message).toContain("most-reviewed");
  });

  it("rejects a reversed year range, out-of-range years, long or NUL-containing q, repeated scalars, too many tags", () => {
    const bad = [
      "year=2022-2019",
      "year=1800",
      `q=${"x".repeat(201)}`,
      "q=a%00b",
      "page=1&page=2",
      "page=1e9",
      "page=abc",
      Array.from({ length: 11 }, (_, i) => `tag=t${i}`).join("&"),
    ];
    for (const search of bad) {
      const result = parseLibraryQueryStrict(sp(search));
      expect(result.ok, search).toBe(false);
    }
  });

  it("ignores unknown parameters", () => {
    expect(parseLibraryQueryStrict(sp("utm_source=x&foo=bar")).ok).toBe(true);
  });
});

describe("toSearchParams", () => {
  it("omits defaults", () => {
    expect(toSearchParams(base()).toString()).toBe("");
    expect(toSearchParams(base({ q: "x", sort: "relevance" })).toString()).toBe("q=x");
    expect(toSearchParams(base({ sort: "newest", page: 1 })).toString()).toBe("");
  });

  it("writes a canonical, ordered form", () => {
    const q = base({
      q: "value learning",
      agenda: "agent-foundations",
      tags: ["b", "a"],
      source: "alignment_forum",
      yearFrom: 2019,
      yearTo: null,
      status: "to_read",
      reviewed: "no",
      sort: "newest",
      page: 4,
    });
    expect(toSearchParams(q).toString()).toBe(
      "q=value+learning&agenda=agent-foundations&tag=a&tag=b&source=alignment-forum&year=2019-&status=to-read&reviewed=no&sort=newest&page=4",
    );
  });

  it("round-trips", () => {
    const queries: LibraryQuery[] = [
      base(),
      base({ q: "ELK 😀", sort: "relevance" }),
      base({ q: "x", sort: "newest" }),
      base({ tags: ["a", "b"], yearFrom: 2021, yearTo: 2021 }),
      base({ yearTo: 2020 }),
      base({ yearFrom: 2019, yearTo: 2022, source: "arxiv", status: "none", reviewed: "yes", sort: "recent_activity", page: 10_000 }),
      base({ author: "paul-christiano", agenda: "eliciting-latent-knowledge" }),
    ];
    for (const q of queries) {
      expect(parseLibraryQuery(toSearchParams(q))).toEqual(q);
      expect(parseLibraryQueryStrict(toSearchParams(q))).toEqual({ ok: true, query: q });
    }
  });

  it("normalizes hand-built queries", () => {
    const messy = { ...base(), tags: ["b", "b", "BAD TAG", "a"], yearFrom: 2022, yearTo: 2019, page: -4, sort: "relevance" } as LibraryQuery;
    expect(toSearchParams(messy).toString()).toBe("tag=a&tag=b&year=2019-2022");
    expect(normalizeQuery({ q: "  ", sort: "relevance" })).toEqual(base());
    expect(normalizeQuery(undefined)).toEqual(base());
  });
});

describe("withParam and links", () => {
  const current = base({ agenda: "interp", tags: ["a"], page: 7 });

  it("resets the page when a filter changes", () => {
    expect(withParam(current, { source: "arxiv" }).page).toBe(1);
    expect(withParam(current, { sort: "oldest" }).page).toBe(1);
    expect(withParam(current, { tags: ["a", "b"] })).toEqual(base({ agenda: "interp", tags: ["a", "b"] }));
  });

  it("keeps the page for an explicit page change or a no-op change", () => {
    expect(withParam(current, { page: 8 }).page).toBe(8);
    expect(withParam(current, { agenda: "interp" }).page).toBe(7);
  });

  it("makes the sort follow the default when q changes", () => {
    const searched = withParam(base(), { q: "goodhart" });
    expect(searched.sort).toBe("relevance");
    expect(withParam(searched, { q: null }).sort).toBe("newest");
    const explicit = base({ sort: "top_rated" });
    expect(withParam(explicit, { q: "goodhart" }).sort).toBe("top_rated");
  });

  it("builds hrefs", () => {
    expect(libraryHref(base())).toBe("/");
    expect(libraryHref(withParam(current, { page: 2 }), "/agendas/interp")).toBe("/agendas/interp?agenda=interp&tag=a&page=2");
    expect(pageOffset({ page: 3 })).toBe(50);
  });
});

describe("activeFilterChips", () => {
  it("lists each active filter with a link that removes it", () => {
    const q = base({
      q: "deception",
      agenda: "natural-abstractions",
      tags: ["evals", "interp"],
      source: "arxiv",
      yearFrom: 2019,
      yearTo: 2022,
      status: "none",
      reviewed: "yes",
      sort: "relevance",
      page: 3,
    });
    const chips = activeFilterChips(q);
    expect(chips.map((c) => [c.param, c.value, c.label])).toEqual([
      ["q", "deception", "Search: “deception”"],
      ["agenda", "natural-abstractions", "Agenda: natural-abstractions"],
      ["tag", "evals", "Tag: evals"],
      ["tag", "interp", "Tag: interp"],
      ["source", "arxiv", "Source: arXiv"],
      ["year", "2019-2022", "Year: 2019–2022"],
      ["status", "none", "Status: None"],
      ["reviewed", "yes", "Reviewed: Yes"],
    ]);
    const byLabel = Object.fromEntries(chips.map((c) => [c.label, c.removeHref]));
    expect(byLabel["Tag: evals"]).toBe("/?q=deception&agenda=natural-abstractions&tag=interp&source=arxiv&year=2019-2022&status=none&reviewed=yes");
    // Removing the search also drops the relevance sort it implied.
    expect(byLabel["Search: “deception”"]).toBe("/?agenda=natural-abstractions&tag=evals&tag=interp&source=arxiv&year=2019-2022&status=none&reviewed=yes");
    for (const chip of chips) expect(chip.removeHref).not.toContain("page=");
  });

  it("labels open year ranges and statuses", () => {
    expect(activeFilterChips(base({ yearFrom: 2019 }))[0].label).toBe("Year: 2019 or later");
    expect(activeFilterChips(base({ yearTo: 2020 }))[0].label).toBe("Year: 2020 or earlier");
    expect(activeFilterChips(base({ yearFrom: 2021, yearTo: 2021 }))[0]).toMatchObject({ value: "2021", label: "Year: 2021" });
    expect(activeFilterChips(base({ status: "to_read" }))[0]).toMatchObject({ value: "to-read", label: "Status: To read" });
  });

  it("returns nothing for the default query and honours basePath", () => {
    expect(activeFilterChips(base({ sort: "oldest", page: 5 }))).toEqual([]);
    expect(activeFilterChips(base({ tags: ["x"] }), "/tags/x")[0].removeHref).toBe("/tags/x");
  });
});
