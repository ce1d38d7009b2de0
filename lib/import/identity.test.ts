import { describe, expect, it } from "vitest";
import {
  canonicalizeUrl,
  decodeHtmlEntities,
  decodeLatexAccents,
  extractArxivId,
  extractDoi,
  extractLesswrongId,
  lesswrongSlug,
  normalizeTitle,
  sourceFromUrl,
  stripHtml,
  titleFromSlug,
} from "./identity";

describe("canonicalizeUrl", () => {
  it.each([
    // host case, www, scheme, trailing slash, fragment
    ["HTTP://WWW.Example.COM/Path/To/Page/", "https://example.com/Path/To/Page"],
    ["https://example.com/", "https://example.com"],
    ["https://example.com", "https://example.com"],
    ["https://example.com/a#section-2", "https://example.com/a"],
    ["https://example.com:8443/a/", "https://example.com:8443/a"],
    ["https://user:secret@example.com/a", "https://example.com/a"],
    // tracking parameters
    ["https://example.com/a?utm_source=twitter&utm_medium=social&utm_campaign=x", "https://example.com/a"],
    ["https://example.com/a?fbclid=IwAR0xyz&gclid=abc&ref=hn&source=rss", "https://example.com/a"],
    ["https://example.com/a?UTM_Source=x&id=5", "https://example.com/a?id=5"],
    ["https://example.com/a?b=2&a=1&utm_term=z", "https://example.com/a?a=1&b=2"],
    ["https://openreview.net/forum?id=8Itm8dQnJRc", "https://openreview.net/forum?id=8Itm8dQnJRc"],
    ["https://openreview.net/pdf?id=8Itm8dQnJRc", "https://openreview.net/forum?id=8Itm8dQnJRc"],
    // parameters kept in their original encoding (no re-encoding by URLSearchParams)
    ["https://cgi.cse.unsw.edu.au/~eptcs/paper.cgi?TARK2025:36", "https://cgi.cse.unsw.edu.au/~eptcs/paper.cgi?TARK2025:36"],
    [
      "https://en.wikipedia.org/w/index.php?title=Von_Neumann%E2%80%93Morgenstern_utility_theorem&oldid=1044421624",
      "https://en.wikipedia.org/w/index.php?oldid=1044421624&title=Von_Neumann%E2%80%93Morgenstern_utility_theorem",
    ],
    ["https://docs.google.com/document/d/1SYg/edit?pli=1&usp=embed_facebook", "https://docs.google.com/document/d/1SYg/edit"],
    ["https://www.youtube.com/watch?v=pYXy-A4siMw&feature=youtu.be&si=abc", "https://youtube.com/watch?v=pYXy-A4siMw"],
    ["https://youtu.be/pYXy-A4siMw?si=xyz", "https://youtube.com/watch?v=pYXy-A4siMw"],
    ["https://m.youtube.com/watch?v=pYXy-A4siMw", "https://youtube.com/watch?v=pYXy-A4siMw"],
    // hash-routed apps keep their route
    ["https://app.example.com/#/paper/123", "https://app.example.com/#/paper/123"],
    // arXiv
    ["http://arxiv.org/abs/1906.01820", "https://arxiv.org/abs/1906.01820"],
    ["https://arxiv.org/abs/1906.01820v3", "https://arxiv.org/abs/1906.01820"],
    ["https://arxiv.org/pdf/1906.01820v3.pdf", "https://arxiv.org/abs/1906.01820"],
    ["https://arxiv.org/pdf/1906.01820", "https://arxiv.org/abs/1906.01820"],
    ["https://www.arxiv.org/pdf/2509.15541", "https://arxiv.org/abs/2509.15541"],
    ["https://arxiv.org/html/2503.02976v2#S3", "https://arxiv.org/abs/2503.02976"],
    ["https://export.arxiv.org/abs/2101.00001?context=cs", "https://arxiv.org/abs/2101.00001"],
    ["https://arxiv.org/abs/astro-ph/0601001v2", "https://arxiv.org/abs/astro-ph/0601001"],
    ["https://arxiv.org/abs/math.GT/0309136", "https://arxiv.org/abs/math.GT/0309136"],
    ["arXiv:2101.00001v2", "https://arxiv.org/abs/2101.00001"],
    ["arxiv.org/abs/2101.00001", "https://arxiv.org/abs/2101.00001"],
    ["https://arxiv.org/list/cs.AI/recent", "https://arxiv.org/list/cs.AI/recent"],
    // LessWrong family
    [
      "https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc/agi-ruin-a-list-of-lethalities",
      "https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc",
    ],
    [
      "https://lesswrong.com/posts/b8eeCGe3FWzHKbePF/agentic-misalignment-how-llms-could-be-insider-threats-1",
      "https://www.lesswrong.com/posts/b8eeCGe3FWzHKbePF",
    ],
    [
      "https://www.lesswrong.com/posts/PzAnWgqvfESgQEvdg/any-rebuttals-of-christiano-and-ai-impacts-on-takeoff-speeds#zFEhTxNqEp3eZbjLZ",
      "https://www.lesswrong.com/posts/PzAnWgqvfESgQEvdg",
    ],
    [
      "https://www.lesswrong.com/posts/vpNG99GhbBoLov9og/claude-4-5-opus-soul-document%20",
      "https://www.lesswrong.com/posts/vpNG99GhbBoLov9og",
    ],
    ["https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc/x?commentId=abc123", "https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc"],
    ["https://www.lesswrong.com/s/oLGCcbnvabyibnG9d/p/FkgsxrGf3QxhfLWHG", "https://www.lesswrong.com/posts/FkgsxrGf3QxhfLWHG"],
    ["https://www.lesswrong.com/s/oLGCcbnvabyibnG9d", "https://www.lesswrong.com/s/oLGCcbnvabyibnG9d"],
    ["https://www.greaterwrong.com/posts/uMQ3cqWDPHhjtiesc/agi-ruin/comment/xyz", "https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc"],
    ["https://alignmentforum.org/posts/ghESoA8mo3fv9Yx3E/why-do-some", "https://www.alignmentforum.org/posts/ghESoA8mo3fv9Yx3E"],
    ["https://www.alignmentforum.org/posts/StENzDcD3kpfGJssR/a-pragmatic-vision%20", "https://www.alignmentforum.org/posts/StENzDcD3kpfGJssR"],
    ["https://alignmentforum.greaterwrong.com/posts/qYzqDtoQaZ3eDDyxa/x", "https://www.alignmentforum.org/posts/qYzqDtoQaZ3eDDyxa"],
    [
      "https://www.lesswrong.com/posts/5bd75cc58225bf0670375309/subagent-perfect-minimax",
      "https://www.lesswrong.com/posts/5bd75cc58225bf0670375309",
    ],
    ["https://www.lesswrong.com/events/hQ6oGLeTHyjyQfnQF/virtual-ai-safety", "https://www.lesswrong.com/events/hQ6oGLeTHyjyQfnQF"],
    ["https://www.lesswrong.com/tag/ai/?sortedBy=new", "https://www.lesswrong.com/tag/ai?sortedBy=new"],
    // DOI
    ["https://dx.doi.org/10.1145/3377325.3377498", "https://doi.org/10.1145/3377325.3377498"],
    ["https://doi.org/10.23919/MIPRO48935.2020.9245153", "https://doi.org/10.23919/mipro48935.2020.9245153"],
    ["doi:10.1000/XYZ_123", "https://doi.org/10.1000/xyz_123"],
    // redirect wrappers (a real row of shallow-review-papers.csv)
    [
      "https://www.google.com/url?q=https://www.lesswrong.com/posts/FWkZYQceEzL84tNej/circuits-in-superposition-2-now-with-less-wrong-math&sa=D&source=docs&ust=1765550772146255&usg=AOvVaw334Tyidx2keGCA9vGwQ9a-",
      "https://www.lesswrong.com/posts/FWkZYQceEzL84tNej",
    ],
    // surrounding whitespace and angle brackets
    ["  <https://Example.com/a/>  ", "https://example.com/a"],
    ["//example.com/x", "https://example.com/x"],
  ])("%s -> %s", (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it.each([
    [""],
    ["   "],
    ["not a url"],
    ["Risks from Learned Optimization"],
    ["mailto:someone@example.com"],
    ["javascript:alert(1)"],
    ["ftp://example.com/file"],
    ["file:///etc/passwd"],
    ["http://"],
    ["https://localhost/x"],
    ["/relative/path"],
    ["https://exa mple.com"],
    ["arXiv:not-an-id"],
  ])("returns null for %j", (input) => {
    expect(canonicalizeUrl(input)).toBeNull();
  });

  it("returns null for null and undefined", () => {
    expect(canonicalizeUrl(null)).toBeNull();
    expect(canonicalizeUrl(undefined)).toBeNull();
  });

  it("is idempotent", () => {
    for (const u of [
      "https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc/agi-ruin?utm_source=x",
      "https://arxiv.org/pdf/1906.01820v3.pdf",
      "HTTP://WWW.Example.COM/a/?b=1&a=2#x",
      "https://doi.org/10.1145/3377325.3377498",
    ]) {
      const once = canonicalizeUrl(u);
      expect(canonicalizeUrl(once)).toBe(once);
    }
  });

  it("maps the abs, pdf and versioned forms of one paper to one URL", () => {
    const forms = [
      "https://arxiv.org/abs/2509.15541",
      "https://www.arxiv.org/pdf/2509.15541",
      "http://arxiv.org/abs/2509.15541v2",
      "https://arxiv.org/pdf/2509.15541v1.pdf",
      "arXiv:2509.15541",
    ];
    expect(new Set(forms.map(canonicalizeUrl)).size).toBe(1);
  });
});

describe("extractArxivId", () => {
  it.each([
    ["https://arxiv.org/abs/1906.01820v3", "1906.01820"],
    ["http://arxiv.org/abs/1604.06963", "1604.06963"],
    ["https://arxiv.org/pdf/2203.02155v1.pdf", "2203.02155"],
    ["https://arxiv.org/html/2505.21731v1", "2505.21731"],
    ["https://www.arxiv.org/pdf/2509.15541", "2509.15541"],
    ["https://ar5iv.labs.arxiv.org/html/1906.01820", "1906.01820"],
    ["https://huggingface.co/papers/2310.01405", "2310.01405"],
    ["https://arxiv.org/abs/hep-th/9901001v1", "hep-th/9901001"],
    ["https://arxiv.org/abs/astro-ph/0601001", "astro-ph/0601001"],
    ["https://arxiv.org/abs/math.GT/0309136", "math.GT/0309136"],
    ["https://arxiv.org/abs/0704.0001", "0704.0001"],
    ["https://doi.org/10.48550/arXiv.2101.00001", "2101.00001"],
    ["ZSCC: 0000008[s0]  arXiv: 1604.06963", "1604.06963"],
    ["ZSCC: NoCitationData[s1]  ACC: 24  arXiv: 2010.11645", "2010.11645"],
    ["arXiv preprint arXiv:1606.06565", "1606.06565"],
    ["arXiv:hep-th/9901001v2", "hep-th/9901001"],
    ["see arxiv.org/abs/2101.00001v2 for details", "2101.00001"],
    ["10.48550/arXiv.2305.12345", "2305.12345"],
    ["2101.00001", "2101.00001"],
    ["2101.00001v7", "2101.00001"],
    ["hep-th/9901001", "hep-th/9901001"],
    ["https://www.google.com/url?q=https://arxiv.org/abs/2101.00001&sa=D", "2101.00001"],
  ])("%s -> %s", (input, expected) => {
    expect(extractArxivId(input)).toBe(expected);
  });

  it.each([
    ["https://psyarxiv.com/99zfx/"],
    ["https://www.biorxiv.org/content/10.1101/2020.01.01.123456v1"],
    ["https://example.com/abs/1906.01820"],
    ["https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc/agi-ruin"],
    ["version 2019.1234 of the report"],
    ["psyarxiv: 1906.01820"],
    ["2113.00001"], // month 13
    ["posts/1234567"],
    [""],
    [null],
  ])("returns null for %j", (input) => {
    expect(extractArxivId(input)).toBeNull();
  });
});

describe("extractLesswrongId", () => {
  it.each([
    ["https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc/agi-ruin-a-list-of-lethalities", "uMQ3cqWDPHhjtiesc"],
    ["https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc", "uMQ3cqWDPHhjtiesc"],
    ["https://lesswrong.com/posts/b8eeCGe3FWzHKbePF/agentic-misalignment-1", "b8eeCGe3FWzHKbePF"],
    ["https://www.alignmentforum.org/posts/qYzqDtoQaZ3eDDyxa/distinguishing-ai-takeover-scenarios", "qYzqDtoQaZ3eDDyxa"],
    ["https://www.greaterwrong.com/posts/uMQ3cqWDPHhjtiesc/agi-ruin", "uMQ3cqWDPHhjtiesc"],
    ["https://alignmentforum.greaterwrong.com/posts/qYzqDtoQaZ3eDDyxa", "qYzqDtoQaZ3eDDyxa"],
    ["https://www.lesswrong.com/s/oLGCcbnvabyibnG9d/p/FkgsxrGf3QxhfLWHG", "FkgsxrGf3QxhfLWHG"],
    ["https://www.lesswrong.com/posts/vpNG99GhbBoLov9og/claude-4-5-opus-soul-document%20", "vpNG99GhbBoLov9og"],
    ["https://www.lesswrong.com/posts/5bd75cc58225bf0670375309/subagent-perfect-minimax", "5bd75cc58225bf0670375309"],
    ["lesswrong.com/posts/uMQ3cqWDPHhjtiesc/x?commentId=abc", "uMQ3cqWDPHhjtiesc"],
  ])("%s -> %s", (input, expected) => {
    expect(extractLesswrongId(input)).toBe(expected);
  });

  it.each([
    ["https://www.lesswrong.com/posts/short/slug"],
    ["https://www.lesswrong.com/tag/ai"],
    ["https://www.lesswrong.com/lw/2l/closet_survey_1"],
    ["https://www.lesswrong.com/s/oLGCcbnvabyibnG9d"],
    ["https://example.com/posts/uMQ3cqWDPHhjtiesc/agi-ruin"],
    ["https://forum.effectivealtruism.org/posts/uMQ3cqWDPHhjtiesc/x"],
    ["uMQ3cqWDPHhjtiesc"],
    ["not a url"],
  ])("returns null for %j", (input) => {
    expect(extractLesswrongId(input)).toBeNull();
  });
});

describe("extractDoi", () => {
  it.each([
    ["10.1145/3377325.3377498", "10.1145/3377325.3377498"],
    ["https://doi.org/10.1145/3377325.3377498", "10.1145/3377325.3377498"],
    ["https://dl.acm.org/doi/10.1145/3377325.3377498", "10.1145/3377325.3377498"],
    ["https://www.pnas.org/doi/10.1073/pnas.2406675122", "10.1073/pnas.2406675122"],
    ["https://onlinelibrary.wiley.com/doi/full/10.1111/1758-5899.12786", "10.1111/1758-5899.12786"],
    ["https://link.springer.com/content/pdf/10.1007/s11023-020-09539-2.pdf", "10.1007/s11023-020-09539-2"],
    ["https://www.frontiersin.org/articles/10.3389/frobt.2018.00015/full", "10.3389/frobt.2018.00015"],
    ["doi:10.23919/MIPRO48935.2020.9245153.", "10.23919/mipro48935.2020.9245153"],
    ["(see 10.1000/xyz_123)", "10.1000/xyz_123"],
    ["https://doi.org/10.1002%2F(SICI)1097-4571", "10.1002/(sici)1097-4571"],
  ])("%s -> %s", (input, expected) => {
    expect(extractDoi(input)).toBe(expected);
  });

  it.each([[""], ["no doi here"], ["11.1234/abc"], ["10.12/too-short-prefix"], [null]])("returns null for %j", (input) => {
    expect(extractDoi(input)).toBeNull();
  });
});

describe("normalizeTitle", () => {
  it("folds case, punctuation, quotes, dashes, HTML and accents", () => {
    expect(normalizeTitle("  AGI Ruin:   A List of Lethalities!! ")).toBe("agi ruin a list of lethalities");
    expect(normalizeTitle("Reasoning models don't always say what they think")).toBe(
      normalizeTitle("Reasoning Models Don’t Always Say What They Think"),
    );
    expect(normalizeTitle("Claude 4.5 Opus' Soul Document")).toBe(normalizeTitle("Claude 4.5 Opus Soul Document"));
    expect(normalizeTitle("Humans can be assigned any values whatsoever…")).toBe(
      normalizeTitle("Humans can be assigned any values whatsoever..."),
    );
    expect(normalizeTitle("Findings from a Pilot Anthropic—OpenAI Alignment Evaluation")).toBe(
      "findings from a pilot anthropic openai alignment evaluation",
    );
    expect(normalizeTitle("Anthropic-OpenAI")).toBe(normalizeTitle("Anthropic – OpenAI"));
    expect(normalizeTitle("“Unsupervised” translation as an (intent) alignment problem")).toBe(
      "unsupervised translation as an intent alignment problem",
    );
    expect(normalizeTitle('Strategic Implications of Openness in <span style="font-variant:small-caps;">AI</span> Development')).toBe(
      "strategic implications of openness in ai development",
    );
    expect(normalizeTitle("Q&amp;A Models")).toBe("q a models");
    expect(normalizeTitle("Parametric Bounded L\\\"ob's Theorem")).toBe(normalizeTitle("Parametric Bounded Löb's Theorem"));
    expect(normalizeTitle("Tom Dupré la Tour")).toBe("tom dupre la tour");
    expect(normalizeTitle("什么意思")).toBe("什么意思");
    expect(normalizeTitle("")).toBe("");
    expect(normalizeTitle(null)).toBe("");
  });
});

describe("stripHtml", () => {
  it("turns HTML into plain text with entities decoded", () => {
    expect(stripHtml("<p>Taking a principled approach, say <b>Stephen Cave and colleagues</b></p>")).toBe(
      "Taking a principled approach, say Stephen Cave and colleagues",
    );
    expect(stripHtml("<p>One</p><p>Two<br/>Three</p>")).toBe("One\n\nTwo\nThree");
    expect(stripHtml("Goodhart&rsquo;s or Campbell&rsquo;s law &amp; more&hellip;")).toBe("Goodhart’s or Campbell’s law & more…");
    expect(stripHtml("&#8220;quoted&#x201D; &nbsp;x&#0;y")).toBe("“quoted” xy");
    expect(stripHtml('<a href="https://x.com/?a=1&amp;b=2" title="a > b">link</a> text')).toBe("link text");
    expect(stripHtml("<script>alert('x')</script><style>p{}</style>visible<!-- hidden -->")).toBe("visible");
    expect(stripHtml("&lt;b&gt;not a tag&lt;/b&gt;")).toBe("<b>not a tag</b>");
    expect(stripHtml("a < b and c > d")).toBe("a < b and c > d");
    expect(stripHtml("AT&T &unknown; stays")).toBe("AT&T &unknown; stays");
    expect(stripHtml("<ul><li>one</li><li>two</li></ul>")).toBe("one\ntwo");
    expect(stripHtml("x\u000f\u000fϵ-tube")).toBe("xϵ-tube");
    expect(stripHtml(null)).toBe("");
    expect(stripHtml("")).toBe("");
  });

  it("handles a large body quickly", () => {
    const html = "<p>word &amp; <em>word</em></p>".repeat(50_000);
    const t0 = performance.now();
    const text = stripHtml(html);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(text.startsWith("word & word\n\nword & word\n\n")).toBe(true);
  });

  it("decodeHtmlEntities leaves unknown and malformed references alone", () => {
    expect(decodeHtmlEntities("&bogus; & &amp &#xZZ;")).toBe("&bogus; & &amp &#xZZ;");
  });
});

describe("decodeLatexAccents", () => {
  it.each([
    ['L\\"ob', "Löb"],
    ["Sch{\\\"o}lkopf", "Schölkopf"],
    ["{\\'E}cole", "École"],
    ["Man{\\'e}", "Mané"],
    ['na\\"{\\i}ve', "naïve"],
    ["\\c{c}a", "ça"],
    ["Erd\\H{o}s", "Erdős"],
    ["\\v{S}koda", "Škoda"],
    ["Stra\\ss e", "Straße"],
    ["Q\\&A \\% done", "Q&A % done"],
    ["no latex here", "no latex here"],
  ])("%s -> %s", (input, expected) => {
    expect(decodeLatexAccents(input)).toBe(expected);
  });
});

describe("sourceFromUrl", () => {
  it.each([
    ["https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc/agi-ruin", "lesswrong"],
    ["https://www.greaterwrong.com/posts/uMQ3cqWDPHhjtiesc", "lesswrong"],
    ["https://www.alignmentforum.org/posts/qYzqDtoQaZ3eDDyxa/x", "alignment_forum"],
    ["https://arxiv.org/pdf/2509.15541", "arxiv"],
    ["arXiv:2101.00001", "arxiv"],
    ["https://www.youtube.com/watch?v=abc", "video"],
    ["https://youtu.be/abcdefg", "video"],
    ["https://openreview.net/forum?id=SylL0krYPS", "conference"],
    ["https://proceedings.neurips.cc/paper/2020/hash/x.html", "conference"],
    ["https://doi.org/10.1145/3377325.3377498", "journal"],
    ["https://link.springer.com/article/10.1007/s11023-020-09539-2", "journal"],
    ["https://www.nature.com/articles/s41586-021-03819-2", "journal"],
    ["https://distill.pub/2020/growing-ca", "journal"],
    ["https://ai-alignment.com/the-steering-problem-a3543e65c5c4", "blog"],
    ["https://redwoodresearch.substack.com/p/x", "blog"],
    ["https://medium.com/@someone/post", "blog"],
    ["https://blog.example.org/post", "blog"],
    ["https://example.org/blog/2020/post", "blog"],
    ["https://alignment.anthropic.com/2025/subliminal-learning/", "blog"],
    ["https://www.google.com/url?q=https://www.lesswrong.com/posts/FWkZYQceEzL84tNej/x&sa=D", "lesswrong"],
    ["https://github.com/locuslab/open-unlearning", "other"],
    ["https://t.co/XFtd0H2Pzb", "other"],
    ["not a url", "other"],
    [null, "other"],
  ])("%s -> %s", (input, expected) => {
    expect(sourceFromUrl(input)).toBe(expected);
  });
});

describe("slugs", () => {
  it("reads the slug of a LessWrong URL and turns it into words", () => {
    expect(lesswrongSlug("https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc/agi-ruin-a-list-of-lethalities")).toBe(
      "agi-ruin-a-list-of-lethalities",
    );
    expect(lesswrongSlug("https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc")).toBeNull();
    expect(lesswrongSlug("https://example.com/posts/x/y")).toBeNull();
    expect(titleFromSlug("agi-ruin-a-list-of-lethalities")).toBe("Agi ruin a list of lethalities");
    expect(titleFromSlug("")).toBe("");
  });
});
