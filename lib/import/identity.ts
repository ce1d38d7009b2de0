// Identity helpers: canonical URLs, external ids (arXiv, LessWrong/AF, DOI), normalized titles,
// HTML-to-text. Pure functions, no I/O; shared by every importer and by whoever deduplicates.
import type { PostSource } from "@/lib/domain";

// ---------------------------------------------------------------------------------------------
// HTML

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ",
  zwnj: "", zwj: "", lrm: "", rlm: "", shy: "",
  ndash: "–", mdash: "—", minus: "−", hellip: "…", bull: "•", middot: "·", prime: "′", Prime: "″",
  lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„", laquo: "«", raquo: "»",
  lsaquo: "‹", rsaquo: "›", copy: "©", reg: "®", trade: "™", deg: "°", plusmn: "±", times: "×",
  divide: "÷", micro: "µ", para: "¶", sect: "§", euro: "€", pound: "£", yen: "¥", cent: "¢",
  frac12: "½", frac14: "¼", frac34: "¾", sup1: "¹", sup2: "²", sup3: "³", iexcl: "¡", iquest: "¿",
  larr: "←", rarr: "→", uarr: "↑", darr: "↓", harr: "↔", lArr: "⇐", rArr: "⇒", hArr: "⇔",
  le: "≤", ge: "≥", ne: "≠", asymp: "≈", equiv: "≡", infin: "∞", sum: "∑", prod: "∏", radic: "√",
  forall: "∀", exist: "∃", isin: "∈", notin: "∉", sub: "⊂", sup: "⊃", and: "∧", or: "∨", not: "¬",
  alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", zeta: "ζ", eta: "η", theta: "θ",
  iota: "ι", kappa: "κ", lambda: "λ", mu: "μ", nu: "ν", xi: "ξ", omicron: "ο", pi: "π", rho: "ρ",
  sigma: "σ", sigmaf: "ς", tau: "τ", upsilon: "υ", phi: "φ", chi: "χ", psi: "ψ", omega: "ω",
  Alpha: "Α", Beta: "Β", Gamma: "Γ", Delta: "Δ", Theta: "Θ", Lambda: "Λ", Pi: "Π", Sigma: "Σ",
  Phi: "Φ", Psi: "Ψ", Omega: "Ω",
  Agrave: "À", Aacute: "Á", Acirc: "Â", Atilde: "Ã", Auml: "Ä", Aring: "Å", AElig: "Æ", Ccedil: "Ç",
  Egrave: "È", Eacute: "É", Ecirc: "Ê", Euml: "Ë", Igrave: "Ì", Iacute: "Í", Icirc: "Î", Iuml: "Ï",
  Ntilde: "Ñ", Ograve: "Ò", Oacute: "Ó", Ocirc: "Ô", Otilde: "Õ", Ouml: "Ö", Oslash: "Ø",
  Ugrave: "Ù", Uacute: "Ú", Ucirc: "Û", Uuml: "Ü", Yacute: "Ý", szlig: "ß",
  agrave: "à", aacute: "á", acirc: "â", atilde: "ã", auml: "ä", aring: "å", aelig: "æ", ccedil: "ç",
  egrave: "è", eacute: "é", ecirc: "ê", euml: "ë", igrave: "ì", iacute: "í", icirc: "î", iuml: "ï",
  ntilde: "ñ", ograve: "ò", oacute: "ó", ocirc: "ô", otilde: "õ", ouml: "ö", oslash: "ø",
  ugrave: "ù", uacute: "ú", ucirc: "û", uuml: "ü", yacute: "ý", yuml: "ÿ", oelig: "œ", OElig: "Œ",
  scaron: "š", Scaron: "Š", zcaron: "ž", Zcaron: "Ž",
};

/** Decodes HTML character references (named, decimal, hex). Unknown names are left as they are. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "";
      return String.fromCodePoint(code);
    }
    return Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, ref) ? NAMED_ENTITIES[ref] : whole;
  });
}

const BLOCK_TAG =
  /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|tr|table|thead|tbody|blockquote|pre|section|article|header|footer|aside|nav|figure|figcaption|details|summary)\b(?:"[^"]*"|'[^']*'|[^'">])*>/gi;
const ANY_TAG = /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s(?:"[^"]*"|'[^']*'|[^'">])*)?\/?>/g;

/**
 * HTML to plain text: drops comments, scripts and styles, turns block elements into line breaks,
 * removes every other tag, decodes entities, and tidies whitespace (single spaces, at most one
 * blank line). Text that merely contains "<" (as in "a < b") is left alone.
 */
export function stripHtml(html: string | null | undefined): string {
  if (html == null) return "";
  let s = String(html);
  if (s.includes("<")) {
    s = s
      .replace(/<!--[\s\S]*?(?:-->|$)/g, " ")
      .replace(/<(script|style|noscript|template|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<[!?][^>]*>/g, " ")
      .replace(/<\/(?:li|dt|dd|tr)\s*>/gi, "")
      .replace(/<\/?(?:td|th)\b(?:"[^"]*"|'[^']*'|[^'">])*>/gi, " ")
      .replace(BLOCK_TAG, "\n")
      .replace(ANY_TAG, "");
  }
  s = decodeHtmlEntities(s);
  return tidyWhitespace(s);
}

/** Collapses runs of spaces, trims lines, keeps at most one blank line between paragraphs. */
export function tidyWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, " ")
    .replace(/[\u200b\u2060\ufeff\x00-\x08\x0e-\x1f\x7f]/g, "")
    .replace(/ {2,}/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// ---------------------------------------------------------------------------------------------
// LaTeX accents (Zotero and BibTeX titles sometimes carry them raw, e.g. `L\"ob's Theorem`)

const LATEX_ACCENTS: Record<string, string> = {
  '"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307",
  c: "\u0327", v: "\u030c", u: "\u0306", H: "\u030b", k: "\u0328", r: "\u030a", d: "\u0323", b: "\u0331",
};
const LATEX_SYMBOLS: Record<string, string> = {
  ss: "ß", o: "ø", O: "Ø", aa: "å", AA: "Å", ae: "æ", AE: "Æ", oe: "œ", OE: "Œ", l: "ł", L: "Ł", i: "ı", j: "ȷ",
};

/** Decodes the common LaTeX accent commands and escapes (`\"o`, `{\'e}`, `\c{c}`, `\ss`, `\&`). */
export function decodeLatexAccents(text: string): string {
  if (!text.includes("\\")) return text;
  let s = text
    .replace(/\\([&%$#_{}])/g, "$1")
    .replace(/\\(ss|aa|AA|ae|AE|oe|OE|[oOlLij])(?![A-Za-z])\s?(?:\{\})?/g, (_m, c: string) => LATEX_SYMBOLS[c])
    .replace(/\\(["'`^~=.])\s*(?:\{\s*(\\?[A-Za-zıȷ])\s*\}|(\\?[A-Za-zıȷ]))/g, (m, acc: string, a?: string, b?: string) => {
      const letter = (a ?? b ?? "").replace(/^\\/, "");
      const base = letter === "i" && a?.startsWith("\\") ? "ı" : letter;
      return base ? base + LATEX_ACCENTS[acc] : m;
    })
    .replace(/\\([cvuHkrdb])\s*\{\s*(\\?[A-Za-z])\s*\}/g, (_m, acc: string, letter: string) => letter.replace(/^\\/, "") + LATEX_ACCENTS[acc]);
  // {ö} -> ö : braces left around single (possibly accented) letters
  s = s.normalize("NFC").replace(/ı\u0308/g, "ï").replace(/ı\u0301/g, "í").replace(/ı\u0300/g, "ì").replace(/ı\u0302/g, "î");
  return s.replace(/\{(\p{L}\p{M}*)\}/gu, "$1");
}

// ---------------------------------------------------------------------------------------------
// URLs

const TRACKING_PARAMS = new Set([
  "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
  "igshid", "igsh", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "hsctatracking",
  "mkt_tok", "ref", "ref_src", "ref_url", "referrer", "referer", "source", "spm", "cmpid", "ncid", "trk",
  "sr_share", "vero_id", "vero_conv", "oly_anon_id", "oly_enc_id", "rb_clickid", "s_cid", "_ga", "_gl",
  "sc_campaign", "sc_channel", "sc_content", "sc_medium", "sc_outcome", "sc_geo", "sc_country",
  "__twitter_impression", "wt_mc", "wt.mc_id", "cid", "campaign_id", "ad_id", "adgroupid", "campaignid",
]);
const TRACKING_PREFIXES = ["utm_", "pk_", "mtm_", "hsa_", "matomo_"];
const HOST_TRACKING: Record<string, string[]> = {
  "youtube.com": ["si", "feature", "pp", "ab_channel"],
  "youtu.be": ["si", "feature"],
  "x.com": ["s", "t"],
  "twitter.com": ["s", "t"],
  "docs.google.com": ["usp", "pli"],
  "drive.google.com": ["usp"],
  "substack.com": ["r", "showwelcome", "triedredirect", "publication_id", "post_id", "isfreemail", "triggershare"],
  "medium.com": ["sk"],
  "proquest.com": ["pq-origsite"],
};

const LW_HOSTS = new Set(["lesswrong.com", "lesserwrong.com", "greaterwrong.com"]);
const AF_HOSTS = new Set(["alignmentforum.org", "alignmentforum.greaterwrong.com"]);
const ARXIV_HOSTS = new Set(["arxiv.org", "export.arxiv.org", "ar5iv.org", "ar5iv.labs.arxiv.org", "browse.arxiv.org"]);
const LW_ID = /^(?:[A-Za-z0-9]{17}|[0-9a-f]{24})$/;

const ARXIV_NEW = String.raw`(?:0[7-9]|[1-9][0-9])(?:0[1-9]|1[0-2])\.[0-9]{4,5}`;
const OLD_ARCHIVES =
  "acc-phys|adap-org|alg-geom|ao-sci|astro-ph|atom-ph|bayes-an|chao-dyn|chem-ph|cmp-lg|comp-gas|cond-mat|cs|dg-ga|funct-an|gr-qc|hep-ex|hep-lat|hep-ph|hep-th|math-ph|math|mtrl-th|nlin|nucl-ex|nucl-th|patt-sol|physics|plasm-ph|q-alg|q-bio|q-fin|quant-ph|solv-int|stat|supr-con";
const ARXIV_OLD = String.raw`(?:${OLD_ARCHIVES})(?:\.[A-Za-z]{2})?\/[0-9]{7}`;
const ARXIV_ID_WITH_VERSION = new RegExp(String.raw`^(${ARXIV_NEW}|${ARXIV_OLD})(?:v[0-9]+)?$`, "i");

function hostMatches(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith("." + suffix);
}

function bareHost(host: string): string {
  let h = host.toLowerCase().replace(/\.$/, "");
  if (h.startsWith("www.")) h = h.slice(4);
  return h;
}

/**
 * Parses user input into a URL object: accepts http(s) URLs, protocol-relative `//host/...`,
 * and scheme-less `host.tld/path`. Returns null for anything else (mailto:, javascript:, words).
 */
export function parseHttpUrl(input: string | null | undefined): URL | null {
  if (input == null) return null;
  let s = String(input).trim();
  if (s.startsWith("<") && s.endsWith(">")) s = s.slice(1, -1).trim();
  // Inner whitespace: a title or a sentence, not a URL.
  if (!s || /\s/.test(s)) return null;
  if (s.startsWith("//")) s = "https:" + s;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) {
    if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i.test(s)) return null;
    s = "https://" + s;
  }
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  const host = u.hostname.replace(/\.$/, "");
  if (!host.includes(".") || host.startsWith(".") || host.includes("..")) return null;
  return u;
}

function unwrapRedirect(u: URL): string | null {
  const host = bareHost(u.hostname);
  if (/^google\.[a-z.]+$/.test(host) && u.pathname === "/url") return u.searchParams.get("q") ?? u.searchParams.get("url");
  if ((host === "l.facebook.com" || host === "lm.facebook.com") && u.pathname === "/l.php") return u.searchParams.get("u");
  if (host === "out.reddit.com") return u.searchParams.get("url");
  return null;
}

function arxivIdFromPath(path: string): string | null {
  const m = /^\/(?:abs|pdf|html|format|ps|src|e-print|papers)\/(.+?)(?:\.pdf)?\/?$/i.exec(path);
  if (!m) return null;
  const idm = ARXIV_ID_WITH_VERSION.exec(decodeURIComponent(m[1]));
  return idm ? idm[1] : null;
}

/** The LessWrong/AF post id in a path like /posts/ID/slug, /s/SEQ/p/ID or /events/ID/slug. */
function lwPostIdFromPath(path: string): { id: string; kind: "posts" | "events" } | null {
  const m = /^\/(?:(posts|events)\/([^/]+)|s\/[^/]+\/p\/([^/]+))(?:\/|$)/.exec(path);
  if (!m) return null;
  const id = m[2] ?? m[3];
  if (!LW_ID.test(id)) return null;
  return { id, kind: m[1] === "events" ? "events" : "posts" };
}

function lwFamily(host: string): "lesswrong" | "alignment_forum" | null {
  const h = bareHost(host);
  if (AF_HOSTS.has(h)) return "alignment_forum";
  if (LW_HOSTS.has(h)) return "lesswrong";
  return null;
}

/**
 * Canonical form of a URL for identity and storage: https, lower-case host without `www.`,
 * no tracking parameters (utm_*, fbclid, gclid, ref, source, ...), remaining parameters sorted,
 * no fragment, no trailing slash. arXiv abs/pdf/html/versioned links become
 * `https://arxiv.org/abs/ID`; LessWrong / Alignment Forum / GreaterWrong post links become
 * `https://www.lesswrong.com/posts/ID` (resp. `https://www.alignmentforum.org/posts/ID`); DOI links
 * become `https://doi.org/<lower-case doi>`; Google/Facebook redirect wrappers are unwrapped.
 * `arXiv:ID` and `doi:10.x/y` shorthands are accepted. Returns null when the input is not an
 * http(s) URL.
 */
export function canonicalizeUrl(url: string | null | undefined): string | null {
  return canonicalize(url, 0);
}

function canonicalize(url: string | null | undefined, depth: number): string | null {
  if (url == null) return null;
  const raw = String(url).trim();
  if (!raw) return null;
  const shorthand = /^arxiv\s*:\s*(\S+)$/i.exec(raw);
  if (shorthand) {
    const m = ARXIV_ID_WITH_VERSION.exec(shorthand[1]);
    return m ? `https://arxiv.org/abs/${m[1]}` : null;
  }
  const doiShort = /^(?:doi\s*:\s*)?(10\.\d{4,9}\/\S+)$/i.exec(raw);
  if (doiShort) {
    const doi = extractDoi(doiShort[1]);
    return doi ? `https://doi.org/${doi}` : null;
  }
  const u = parseHttpUrl(raw.replace(/(?:%20)+$/i, ""));
  if (!u) return null;

  const inner = depth < 3 ? unwrapRedirect(u) : null;
  if (inner) {
    const c = canonicalize(inner, depth + 1);
    if (c) return c;
  }

  let host = bareHost(u.hostname);
  if (/^(?:m|mobile)\.[^.]+\.[^.]+/.test(host)) host = host.replace(/^(?:m|mobile)\./, "");
  host = host.replace(/\.m\.wikipedia\.org$/, ".wikipedia.org");
  const path = u.pathname.replace(/(?:%20)+$/i, "").replace(/\/+$/, "");

  // arXiv
  if (ARXIV_HOSTS.has(host)) {
    const id = arxivIdFromPath(path);
    if (id) return `https://arxiv.org/abs/${id}`;
  }
  // LessWrong family
  const family = lwFamily(host);
  if (family) {
    const base = family === "alignment_forum" ? "https://www.alignmentforum.org" : "https://www.lesswrong.com";
    const post = lwPostIdFromPath(path);
    if (post) return `${base}/${post.kind}/${post.id}`;
    const seq = /^\/s\/([A-Za-z0-9]{17})$/.exec(path);
    if (seq) return `${base}/s/${seq[1]}`;
    host = family === "alignment_forum" ? "www.alignmentforum.org" : "www.lesswrong.com";
  }
  // DOI resolvers
  if (host === "doi.org" || host === "dx.doi.org") {
    const doi = extractDoi(decodeURIComponentSafe(path.slice(1)));
    if (doi) return `https://doi.org/${doi}`;
  }
  // YouTube
  if (host === "youtu.be" && /^\/[\w-]{6,}$/.test(path)) return `https://youtube.com/watch?v=${path.slice(1)}`;
  if (host === "youtube.com") {
    const embed = /^\/(?:embed|shorts|live)\/([\w-]{6,})$/.exec(path);
    if (embed) return `https://youtube.com/watch?v=${embed[1]}`;
    const v = u.searchParams.get("v");
    if (path === "/watch" && v) return `https://youtube.com/watch?v=${v}`;
  }
  // OpenReview: pdf?id=X and forum?id=X are the same paper
  if (host === "openreview.net" && (path === "/pdf" || path === "/forum") && u.searchParams.get("id")) {
    return `https://openreview.net/forum?id=${encodeURIComponent(u.searchParams.get("id") as string)}`;
  }

  // Generic: drop tracking parameters, sort the rest.
  const hostExtra = Object.entries(HOST_TRACKING).find(([h]) => hostMatches(host, h))?.[1] ?? [];
  // Work on the raw "k=v" pieces so the remaining parameters keep their original encoding.
  const kept: { key: string; raw: string }[] = [];
  for (const raw of u.search.replace(/^\?/, "").split("&")) {
    if (!raw) continue;
    const eq = raw.indexOf("=");
    const key = decodeURIComponentSafe((eq === -1 ? raw : raw.slice(0, eq)).replace(/\+/g, " "));
    const lk = key.toLowerCase();
    if (TRACKING_PARAMS.has(lk) || TRACKING_PREFIXES.some((p) => lk.startsWith(p)) || hostExtra.includes(lk)) continue;
    kept.push({ key, raw });
  }
  kept.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const search = kept.length ? "?" + kept.map((k) => k.raw).join("&") : "";
  // Hash-routed single-page apps (#/route, #!/route) keep their fragment; anchors are dropped.
  const hash = /^#!?\//.test(u.hash) ? u.hash : "";
  const port = u.port ? `:${u.port}` : "";
  return `https://${host}${port}${path || (hash ? "/" : "")}${search}${hash}`;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// External ids

const ARXIV_IN_TEXT = new RegExp(
  String.raw`(?<![a-z0-9])(?:arxiv(?:\s*:\s*|\s+|\.org\/(?:abs|pdf|html)\/)|10\.48550\/arxiv\.)(${ARXIV_NEW}|${ARXIV_OLD})(?:v[0-9]+)?(?![0-9])`,
  "i",
);

/**
 * The arXiv identifier without version: new-style `2101.00001` (from 0704.xxxx on) or old-style
 * `hep-th/9901001` / `math.GT/0309136`. Accepts arXiv URLs (abs, pdf, html, ar5iv, export,
 * huggingface.co/papers, alphaxiv), the arXiv DOI `10.48550/arXiv.ID`, text containing
 * `arXiv:ID` / `arXiv ID`, or a bare id. URLs of other sites (psyarxiv, biorxiv...) give null.
 */
export function extractArxivId(urlOrText: string | null | undefined): string | null {
  if (urlOrText == null) return null;
  const s = String(urlOrText).trim();
  if (!s) return null;
  const bare = ARXIV_ID_WITH_VERSION.exec(s);
  if (bare) return bare[1];
  const looksLikeUrl = /^(?:https?:)?\/\//i.test(s) || /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i.test(s);
  const u = looksLikeUrl && !/\s/.test(s) ? parseHttpUrl(s) : null;
  if (u) {
    const inner = unwrapRedirect(u);
    if (inner) return extractArxivId(inner);
    const host = bareHost(u.hostname);
    const path = u.pathname.replace(/\/+$/, "");
    if (ARXIV_HOSTS.has(host) || host === "alphaxiv.org" || host === "arxiv-vanity.com") return arxivIdFromPath(path);
    if (host === "huggingface.co") {
      const m = /^\/papers\/([^/]+)$/.exec(path);
      const idm = m && ARXIV_ID_WITH_VERSION.exec(m[1]);
      return idm ? idm[1] : null;
    }
    if (host === "doi.org" || host === "dx.doi.org") {
      const m = new RegExp(String.raw`^\/10\.48550\/arxiv\.(${ARXIV_NEW}|${ARXIV_OLD})`, "i").exec(decodeURIComponentSafe(path));
      return m ? m[1] : null;
    }
    return null;
  }
  const m = ARXIV_IN_TEXT.exec(s);
  return m ? m[1] : null;
}

/**
 * The LessWrong / Alignment Forum post id (17 alphanumerics, or 24 hex digits for 2017-18 posts)
 * from lesswrong.com/posts/ID/slug, alignmentforum.org/posts/ID/slug, greaterwrong.com/posts/ID,
 * /s/SEQUENCE/p/ID and /events/ID links. Null for any other URL.
 */
export function extractLesswrongId(url: string | null | undefined): string | null {
  const u = parseHttpUrl(url);
  if (!u) return null;
  const inner = unwrapRedirect(u);
  if (inner) return extractLesswrongId(inner);
  if (!lwFamily(u.hostname)) return null;
  return lwPostIdFromPath(u.pathname.replace(/(?:%20)+$/i, ""))?.id ?? null;
}

/**
 * The first DOI in a string or URL (doi.org links, publisher URLs with /doi/..., `doi:` text),
 * lower-cased (DOIs are case-insensitive), without trailing punctuation or `/full`, `.pdf`.
 */
export function extractDoi(text: string | null | undefined): string | null {
  if (text == null) return null;
  let s = String(text).trim();
  if (!s) return null;
  if (s.includes("%")) s = decodeURIComponentSafe(s);
  const m = /\b(10\.\d{4,9}\/[^\s"'<>]+)/.exec(s);
  if (!m) return null;
  let doi = m[1];
  for (let prev = ""; prev !== doi; ) {
    prev = doi;
    doi = doi.replace(/[.,;:'"\]}>]+$/, "");
    if (doi.endsWith(")") && (doi.match(/\(/g)?.length ?? 0) < (doi.match(/\)/g)?.length ?? 0)) doi = doi.slice(0, -1);
    doi = doi.replace(/\/(?:full|abstract|pdf|epdf|html|fulltext)$/i, "").replace(/\.pdf$/i, "");
    doi = doi.replace(/[?#].*$/, "");
  }
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi.toLowerCase() : null;
}

// ---------------------------------------------------------------------------------------------
// Titles

/**
 * Title key for "same title" comparisons: HTML and LaTeX accents decoded, diacritics removed,
 * lower case, quotes/apostrophes dropped (so don't = don’t = dont), every other run of
 * punctuation, dashes and whitespace collapsed to one space.
 */
export function normalizeTitle(title: string | null | undefined): string {
  if (title == null) return "";
  let s = String(title);
  if (/[<&]/.test(s)) s = stripHtml(s);
  s = decodeLatexAccents(s);
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’‘‛`´ʼ′″"“”„‟«»‹›]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Sources

const VIDEO_HOSTS = ["youtube.com", "youtu.be", "vimeo.com", "twitch.tv", "tiktok.com", "dailymotion.com"];
const CONFERENCE_HOSTS = [
  "openreview.net", "proceedings.neurips.cc", "papers.nips.cc", "neurips.cc", "nips.cc", "proceedings.mlr.press",
  "aclanthology.org", "aclweb.org", "ojs.aaai.org", "aaai.org", "ijcai.org", "openaccess.thecvf.com",
  "iclr.cc", "icml.cc", "usenix.org", "ieeexplore.ieee.org", "dl.acm.org", "portal.acm.org",
];
const JOURNAL_HOSTS = [
  "doi.org", "dx.doi.org", "link.springer.com", "springer.com", "sciencedirect.com", "linkinghub.elsevier.com",
  "nature.com", "science.org", "sciencemag.org", "pnas.org", "wiley.com", "tandfonline.com", "jstor.org",
  "cambridge.org", "academic.oup.com", "oup.com", "universitypressscholarship.com", "mdpi.com", "frontiersin.org",
  "plos.org", "journals.sagepub.com", "sagepub.com", "cell.com", "jmlr.org", "jair.org", "ssrn.com",
  "papers.ssrn.com", "pubmed.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov", "biorxiv.org", "medrxiv.org", "psyarxiv.com",
  "osf.io", "philpapers.org", "researchgate.net", "semanticscholar.org", "iopscience.iop.org", "stacks.iop.org",
  "journals.aps.org", "distill.pub", "pdcnet.org", "muse.jhu.edu", "degruyter.com", "emerald.com",
  "yjolt.org", "ceeol.com", "proquest.com",
];
const BLOG_HOSTS = [
  "medium.com", "substack.com", "wordpress.com", "blogspot.com", "ghost.io", "github.io", "tumblr.com",
  "ai-alignment.com", "aiimpacts.org", "openai.com", "anthropic.com", "deepmind.com", "deepmind.google",
  "transformer-circuits.pub", "ai.googleblog.com", "research.google", "blog.google", "bair.berkeley.edu",
  "forum.effectivealtruism.org", "effectivealtruism.org", "80000hours.org", "intelligence.org", "longtermrisk.org",
  "redwoodresearch.org", "metr.org", "apolloresearch.ai", "far.ai", "governance.ai", "cset.georgetown.edu",
  "openphilanthropy.org", "coldtakes.com", "slatestarcodex.com", "astralcodexten.com", "overcomingbias.com",
  "joecarlsmith.com", "turntrout.com", "vkrakovna.wordpress.com", "arbital.com", "lilianweng.github.io",
  "goodfire.ai", "transluce.org", "aisi.gov.uk", "safe.ai", "epoch.ai", "epochai.org", "gcrinstitute.org",
  "fhi.ox.ac.uk", "futureoflife.org", "casparoesterheld.com", "mediangroup.org", "cullenokeefe.com",
  "globalprioritiesinstitute.org",
];

/** Which PostSource a URL belongs to (host based; unknown hosts and invalid input give "other"). */
export function sourceFromUrl(url: string | null | undefined): PostSource {
  const u = parseHttpUrl(url);
  if (!u) {
    if (url && extractArxivId(url)) return "arxiv";
    return "other";
  }
  const inner = unwrapRedirect(u);
  if (inner) return sourceFromUrl(inner);
  const host = bareHost(u.hostname).replace(/^(?:m|mobile)\./, "");
  const hostPath = host + u.pathname;
  const family = lwFamily(host);
  if (family) return family;
  if (ARXIV_HOSTS.has(host) || host === "alphaxiv.org" || host === "arxiv-vanity.com") return "arxiv";
  if (host === "huggingface.co" && /^\/papers\//.test(u.pathname)) return "arxiv";
  const matches = (list: string[]) =>
    list.some((h) => (h.includes("/") ? hostPath.startsWith(h) : hostMatches(host, h)));
  if (matches(VIDEO_HOSTS)) return "video";
  if (matches(CONFERENCE_HOSTS)) return "conference";
  if (matches(JOURNAL_HOSTS) || /^\/doi\/(?:abs\/|full\/|pdf\/)?10\./.test(u.pathname)) return "journal";
  if (matches(BLOG_HOSTS) || host.startsWith("blog.") || /\/blog(?:\/|$)/.test(u.pathname)) return "blog";
  return "other";
}

/** Turns a LessWrong-style slug into words: "agi-ruin-a-list-of-lethalities" -> "Agi ruin a list of lethalities". */
export function titleFromSlug(slug: string): string {
  const words = decodeURIComponentSafe(slug).replace(/[-_+]+/g, " ").replace(/\s+/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : "";
}

/** The slug part of a LessWrong / AF post URL (/posts/ID/SLUG), if any. */
export function lesswrongSlug(url: string | null | undefined): string | null {
  const u = parseHttpUrl(url);
  if (!u || !lwFamily(u.hostname)) return null;
  const m = /^\/(?:posts|events)\/[^/]+\/([^/]+)|^\/s\/[^/]+\/p\/[^/]+\/([^/]+)/.exec(u.pathname.replace(/(?:%20)+$/i, ""));
  const slug = m?.[1] ?? m?.[2];
  return slug || null;
}
