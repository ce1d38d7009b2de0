import Link from "next/link";
import { SOURCE_LABELS } from "@/lib/domain";
import type { ListEntryView } from "@/lib/queries/lists";
import { moveEntryAction, removeEntryAction, updateEntryAction } from "@/lib/actions/lists";
import { ReadingStatusControl } from "@/components/progress/reading-status-control";
import { MiniForm } from "./mini-form";

type Props = {
  entry: ListEntryView;
  listId: string;
  canEdit: boolean;
  signedIn: boolean;
  isNext: boolean;
  sections: { id: string | null; title: string }[];
  first: boolean;
  last: boolean;
};

export function EntryItem({ entry, listId, canEdit, signedIn, isNext, sections, first, last }: Props) {
  const { post } = entry;
  const hidden = { listId, entryId: entry.id };
  return (
    <li className={isNext ? "next" : undefined} aria-label={post.title} data-entry-id={entry.id}>
      <h3>
        <Link href={`/posts/${post.slug}`}>{post.title}</Link>
      </h3>
      <div className="meta">
        {post.authorsText && <span>{post.authorsText}</span>}
        {post.publishedYear && <span>{post.publishedYear}</span>}
        <span>{SOURCE_LABELS[post.source]}</span>
        <span className="chip">{entry.core ? "Core" : "Optional"}</span>
        {isNext && <span className="chip">Up next</span>}
      </div>
      {entry.note && <p className="small" style={{ margin: ".35rem 0 0" }}>{entry.note}</p>}
      {(signedIn || canEdit) && (
        <div className="entry-tools">
          {signedIn && <ReadingStatusControl postId={post.id} status={entry.status} compact postTitle={post.title} />}
          {canEdit && (
            <>
              <MiniForm action={moveEntryAction} hidden={{ ...hidden, direction: "up" }} label={`Move ${post.title} up`} quietSuccess>
                <button id={`up-${entry.id}`} type="submit" className="btn secondary small-btn" aria-label={`Move ${post.title} up`} disabled={first}>
                  Move up
                </button>
              </MiniForm>
              <MiniForm action={moveEntryAction} hidden={{ ...hidden, direction: "down" }} label={`Move ${post.title} down`} quietSuccess>
                <button id={`down-${entry.id}`} type="submit" className="btn secondary small-btn" aria-label={`Move ${post.title} down`} disabled={last}>
                  Move down
                </button>
              </MiniForm>
              <details>
                <summary>Move to…</summary>
                <MiniForm action={moveEntryAction} hidden={hidden} label={`Move ${post.title} to a place`}>
                  <label className="small" htmlFor={`to-section-${entry.id}`}>Section</label>
                  <select id={`to-section-${entry.id}`} name="sectionId" defaultValue={entry.sectionId ?? ""}>
                    {sections.map((s) => (
                      <option key={s.id ?? "none"} value={s.id ?? ""}>
                        {s.title}
                      </option>
                    ))}
                  </select>
                  <label className="small" htmlFor={`to-position-${entry.id}`}>Place</label>
                  <input id={`to-position-${entry.id}`} name="position" type="number" min={1} step={1} defaultValue={1} style={{ width: "5rem" }} />
                  <button type="submit" className="btn secondary small-btn">Move</button>
                </MiniForm>
              </details>
              <details>
                <summary>Edit note</summary>
                <MiniForm action={updateEntryAction} hidden={hidden} label={`Edit the note on ${post.title}`}>
                  <label className="small" htmlFor={`note-${entry.id}`}>Note</label>
                  <input id={`note-${entry.id}`} name="note" type="text" maxLength={2000} defaultValue={entry.note} />
                  <label className="small radio">
                    <input type="checkbox" name="core" defaultChecked={entry.core} /> Core reading
                  </label>
                  <button type="submit" className="btn secondary small-btn">Save</button>
                </MiniForm>
              </details>
              <MiniForm action={removeEntryAction} hidden={hidden} label={`Remove ${post.title}`} confirm={`Remove "${post.title}" from this list?`}>
                <button type="submit" className="btn secondary small-btn" aria-label={`Remove ${post.title}`}>
                  Remove
                </button>
              </MiniForm>
            </>
          )}
        </div>
      )}
    </li>
  );
}
