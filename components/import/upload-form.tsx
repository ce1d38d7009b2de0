"use client";
import { useActionState } from "react";
import { initialActionState } from "@/lib/actions/action-state";
import { previewImportAction } from "@/lib/actions/import";

const FORMAT_LABELS: [string, string][] = [
  ["auto", "Detect from the content"],
  ["zotero-csv", "Zotero CSV export"],
  ["bibtex", "BibTeX (.bib)"],
  ["lesswrong-json", "LessWrong / Alignment Forum GraphQL JSON"],
  ["af-posts-csv", "Alignment Forum posts CSV"],
  ["alignment-newsletter-csv", "Alignment Newsletter database CSV"],
  ["shallow-review-agendas-csv", "Shallow-review agendas CSV"],
  ["shallow-review-papers-csv", "Shallow-review papers CSV"],
  ["shallow-review-taxonomy-yaml", "Shallow-review agenda tree (YAML)"],
  ["url-list", "A list of URLs"],
  ["markdown-links", "A Markdown list of links"],
  ["markdown-post", "A Markdown post with front matter (Jekyll, Hugo)"],
];

/** Upload or paste, then see the dry run. Works without JavaScript (a plain multipart form). */
export function ImportUploadForm() {
  const [state, action, pending] = useActionState(previewImportAction, initialActionState);
  const err = (name: string) => state.fieldErrors?.[name];
  const v = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  return (
    <form action={action} className="card" encType="multipart/form-data" noValidate>
      <div aria-live="polite" role="status">
        {state.message && <p className="form-error small">{state.message}</p>}
      </div>
      <div className="field">
        <label htmlFor="import-file">File</label>
        <p id="import-file-hint" className="small muted" style={{ margin: "0 0 .25rem" }}>
          Zotero CSV, BibTeX, LessWrong/AF JSON, Alignment Forum, Alignment Newsletter or shallow-review CSV, a list of URLs, Markdown; or several Markdown posts at once (a Jekyll or Hugo posts folder). Up to 64 MB.
        </p>
        <input
          id="import-file"
          name="file"
          type="file"
          multiple
          accept=".csv,.bib,.bibtex,.json,.txt,.md,.markdown,.yaml,.yml,text/*,application/json"
          aria-invalid={!!err("file") || undefined}
          aria-describedby={["import-file-hint", err("file") ? "import-file-error" : ""].filter(Boolean).join(" ")}
        />
        {err("file") && <p id="import-file-error" className="field-error">{err("file")!.join(" ")}</p>}
      </div>
      <div className="field">
        <label htmlFor="import-text">Or paste links</label>
        <textarea
          id="import-text"
          name="text"
          rows={5}
          placeholder={"https://arxiv.org/abs/1906.01820\n- [Goodhart Taxonomy](https://www.lesswrong.com/posts/EbFABnst8LsidYs5Y)"}
          defaultValue={v("text")}
          key={`text-${v("text")}`}
          aria-invalid={!!err("text") || undefined}
          aria-describedby={err("text") ? "import-text-error" : undefined}
        />
        {err("text") && <p id="import-text-error" className="field-error">{err("text")!.join(" ")}</p>}
      </div>
      <div className="field">
        <label htmlFor="import-format">Format</label>
        <select id="import-format" name="format" defaultValue={v("format", "auto")} key={`format-${v("format", "auto")}`} aria-describedby={err("format") ? "import-format-error" : undefined}>
          {FORMAT_LABELS.map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
        {err("format") && <p id="import-format-error" className="field-error">{err("format")!.join(" ")}</p>}
      </div>
      <div className="field">
        <label htmlFor="import-list-title">Also make a reading list <span className="muted small">(optional)</span></label>
        <p id="import-list-title-hint" className="small muted" style={{ margin: "0 0 .25rem" }}>
          A title here puts every imported post, in the file&apos;s order, into a private reading list of yours.
        </p>
        <input
          id="import-list-title"
          name="listTitle"
          type="text"
          maxLength={200}
          defaultValue={v("listTitle")}
          key={`lt-${v("listTitle")}`}
          aria-invalid={!!err("listTitle") || undefined}
          aria-describedby={["import-list-title-hint", err("listTitle") ? "import-list-title-error" : ""].filter(Boolean).join(" ")}
        />
        {err("listTitle") && <p id="import-list-title-error" className="field-error">{err("listTitle")!.join(" ")}</p>}
      </div>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? "Reading the file…" : "Preview import"}
      </button>
    </form>
  );
}
