"use client";
import Link from "next/link";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import type { ActionState } from "@/lib/actions/action-state";
import { POST_KINDS, POST_SOURCES, SOURCE_LABELS } from "@/lib/domain";

type Option = { id: string; name: string; depth: number };

export type PostFormValues = Record<string, string>;

const KIND_LABELS: Record<string, string> = { forum_post: "Forum post", paper: "Paper", blog_post: "Blog post", video: "Video", book: "Book", other: "Other" };

/**
 * Add or edit a post. A plain <form action>: it works without JavaScript, and after a
 * failed submit every field is refilled from what was sent (state.values).
 */
export function PostForm({
  action,
  initial,
  tags,
  agendas,
  totals = { tags: tags.length, agendas: agendas.length },
  submitLabel,
  cancelHref,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  initial: PostFormValues;
  tags: Option[];
  agendas: Option[];
  /** How many exist: when more than the options listed, an "other" field takes names. */
  totals?: { tags: number; agendas: number };
  submitLabel: string;
  cancelHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false } as ActionState);
  const v = state.values ?? initial;
  const e = state.fieldErrors ?? {};
  const list = (k: string) => new Set((v[k] ?? "").split(",").filter(Boolean));
  const pickedTags = list("tagIds");
  const pickedAgendas = list("agendaIds");
  const coreAgendas = list("coreAgendaIds");
  const showConfirm = !!e.confirmDuplicate || v.confirmDuplicate === "on";
  return (
    <form action={formAction} noValidate className="post-form" aria-describedby="post-form-status">
      <div id="post-form-status" aria-live="polite" role="status">
        {state.message && !state.ok && <p className="form-error">{state.message}</p>}
      </div>
      {v.slug && <input type="hidden" name="slug" value={v.slug} />}
      <FormField id="title" label="Title" errors={e.title}>
        {(a) => <input {...a} type="text" required maxLength={300} defaultValue={v.title ?? ""} />}
      </FormField>
      {showConfirm && (
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" name="confirmDuplicate" defaultChecked={v.confirmDuplicate === "on"} aria-describedby={e.confirmDuplicate ? "confirmDuplicate-error" : undefined} />{" "}
            This is a different post that happens to share its title
          </label>
          {e.confirmDuplicate && <p id="confirmDuplicate-error" className="field-error">{e.confirmDuplicate.join(" ")}</p>}
        </div>
      )}
      <FormField id="authors" label="Authors" hint="One per line, in the order of the byline." errors={e.authors}>
        {(a) => <textarea {...a} rows={4} required defaultValue={v.authors ?? ""} style={{ minHeight: "5rem" }} />}
      </FormField>
      <FormField id="url" label="URL" hint="The canonical link to the post or paper." errors={e.url}>
        {(a) => <input {...a} type="url" inputMode="url" defaultValue={v.url ?? ""} />}
      </FormField>
      <div className="form-grid">
        <FormField id="source" label="Source" errors={e.source}>
          {(a) => (
            <select {...a} defaultValue={v.source || "other"}>
              {POST_SOURCES.map((s) => <option key={s} value={s}>{SOURCE_LABELS[s]}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="kind" label="Kind" errors={e.kind}>
          {(a) => (
            <select {...a} defaultValue={v.kind || "other"}>
              {POST_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="publishedAt" label="Published on" errors={e.publishedAt}>
          {(a) => <input {...a} type="date" defaultValue={v.publishedAt ?? ""} />}
        </FormField>
        <FormField id="wordCount" label="Word count" errors={e.wordCount}>
          {(a) => <input {...a} type="number" min={0} step={1} defaultValue={v.wordCount ?? ""} />}
        </FormField>
      </div>
      <div className="form-grid">
        <FormField id="arxivId" label="arXiv id" errors={e.arxivId}>
          {(a) => <input {...a} type="text" placeholder="2306.12001" defaultValue={v.arxivId ?? ""} />}
        </FormField>
        <FormField id="lesswrongId" label="LessWrong / AF id" errors={e.lesswrongId}>
          {(a) => <input {...a} type="text" defaultValue={v.lesswrongId ?? ""} />}
        </FormField>
        <FormField id="doi" label="DOI" errors={e.doi}>
          {(a) => <input {...a} type="text" placeholder="10.1234/abcd" defaultValue={v.doi ?? ""} />}
        </FormField>
      </div>
      <FormField id="summary" label="Summary" hint="A few sentences in your own words." errors={e.summary}>
        {(a) => <textarea {...a} rows={4} defaultValue={v.summary ?? ""} style={{ fontFamily: "inherit" }} />}
      </FormField>
      <FormField id="body" label="Text (markdown, optional)" hint="For essays written here: headings become the table of contents." errors={e.body}>
        {(a) => <textarea {...a} rows={10} defaultValue={v.body ?? ""} />}
      </FormField>

      <fieldset className="picker" aria-describedby={e.agendaIds || e.coreAgendaIds ? "agendaIds-error" : undefined}>
        <legend>Research agendas</legend>
        <p className="small muted">Tick “core” when the agenda&apos;s readers are expected to have read it.</p>
        <ul>
          {agendas.map((a) => (
            <li key={a.id} style={{ paddingLeft: `${a.depth * 1.25}rem` }}>
              <label className="checkbox">
                <input type="checkbox" name="agendaIds" value={a.id} defaultChecked={pickedAgendas.has(a.id)} /> {a.name}
              </label>
              <label className="checkbox small core-toggle">
                <input type="checkbox" name="coreAgendaIds" value={a.id} defaultChecked={coreAgendas.has(a.id)} /> core<span className="visually-hidden"> for {a.name}</span>
              </label>
            </li>
          ))}
        </ul>
        {(e.agendaIds || e.coreAgendaIds) && <p id="agendaIds-error" className="field-error">{[...(e.agendaIds ?? []), ...(e.coreAgendaIds ?? [])].join(" ")}</p>}
        {totals.agendas > agendas.length && (
          <OtherField id="agendaNames" noun="agendas" shown={agendas.length} total={totals.agendas} href="/agendas" value={v.agendaNames} errors={e.agendaNames} />
        )}
      </fieldset>

      <fieldset className="picker" aria-describedby={e.tagIds ? "tagIds-error" : undefined}>
        <legend>Tags</legend>
        <ul>
          {tags.map((t) => (
            <li key={t.id} style={{ paddingLeft: `${t.depth * 1.25}rem` }}>
              <label className="checkbox">
                <input type="checkbox" name="tagIds" value={t.id} defaultChecked={pickedTags.has(t.id)} /> {t.name}
              </label>
            </li>
          ))}
        </ul>
        {e.tagIds && <p id="tagIds-error" className="field-error">{e.tagIds.join(" ")}</p>}
        {totals.tags > tags.length && <OtherField id="tagNames" noun="tags" shown={tags.length} total={totals.tags} href="/tags" value={v.tagNames} errors={e.tagNames} />}
      </fieldset>

      <div className="field">
        <label className="checkbox">
          <input type="checkbox" name="draft" defaultChecked={v.draft === "on" || v.draft === "true"} /> Draft (only you can see it)
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="btn" disabled={pending}>{pending ? "Saving…" : submitLabel}</button>
        <Link href={cancelHref} className="btn secondary">Cancel</Link>
      </div>
    </form>
  );
}

/**
 * A large taxonomy lists only its most used entries (and the post's own) as checkboxes;
 * the rest are typed here by name or slug. A plain text field, so it works without
 * JavaScript, and an unknown name comes back as an error with the text kept.
 */
function OtherField({ id, noun, shown, total, href, value, errors }: { id: string; noun: string; shown: number; total: number; href: string; value?: string; errors?: string[] }) {
  return (
    <>
      <FormField
        id={id}
        label={`Other ${noun}`}
        hint={`${shown} of ${total.toLocaleString("en")} ${noun} are listed above. Add others by name or slug, separated by commas.`}
        errors={errors}
      >
        {(a) => <input {...a} type="text" autoComplete="off" defaultValue={value ?? ""} />}
      </FormField>
      <p className="small">
        <Link href={href} target="_blank" rel="noopener">Browse all {total.toLocaleString("en")} {noun}</Link> (opens in a new tab)
      </p>
    </>
  );
}
