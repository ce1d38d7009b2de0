import type { ListView } from "@/lib/queries/lists";
import { moveSectionAction, removeSectionAction, renameSectionAction } from "@/lib/actions/lists";
import { EntryItem } from "./entry-item";
import { MiniForm } from "./mini-form";
import { SectionForm } from "./section-form";

type Props = {
  list: ListView;
  section: ListView["sections"][number];
  index: number;
  signedIn: boolean;
  /** Position of the first and last entry in the whole list, for disabling the end buttons. */
  firstPosition: number;
  lastPosition: number;
};

export function SectionBlock({ list, section, index, signedIn, firstPosition, lastPosition }: Props) {
  const realSections = list.sections.filter((s) => s.id !== null);
  const sectionIndex = realSections.findIndex((s) => s.id === section.id);
  const headingId = `section-${section.id ?? "none"}`;
  const nextId = list.progress?.nextEntryId;
  return (
    <section className="list-section" aria-labelledby={headingId} data-section-id={section.id ?? ""}>
      <header>
        <h2 id={headingId}>{section.title}</h2>
        {list.canEdit && section.id && (
          <div className="entry-tools" style={{ marginTop: 0 }}>
            <MiniForm action={moveSectionAction} hidden={{ listId: list.id, sectionId: section.id, direction: "up" }} quietSuccess>
              <button id={`sec-up-${section.id}`} type="submit" className="btn secondary small-btn" aria-label={`Move section ${section.title} up`} disabled={sectionIndex === 0}>
                Section up
              </button>
            </MiniForm>
            <MiniForm action={moveSectionAction} hidden={{ listId: list.id, sectionId: section.id, direction: "down" }} quietSuccess>
              <button
                id={`sec-down-${section.id}`}
                type="submit"
                className="btn secondary small-btn"
                aria-label={`Move section ${section.title} down`}
                disabled={sectionIndex === realSections.length - 1}
              >
                Section down
              </button>
            </MiniForm>
            <details>
              <summary>Rename</summary>
              <SectionForm action={renameSectionAction} listId={list.id} section={{ id: section.id, title: section.title }} label="Section title" submitLabel="Rename" idPrefix={`rename-${section.id}`} />
            </details>
            <MiniForm
              action={removeSectionAction}
              hidden={{ listId: list.id, sectionId: section.id }}
              confirm={`Remove the section "${section.title}"? Its entries stay in the list.`}
            >
              <button type="submit" className="btn secondary small-btn" aria-label={`Remove section ${section.title}`}>
                Remove section
              </button>
            </MiniForm>
          </div>
        )}
      </header>
      {section.entries.length === 0 ? (
        <p className="empty small">No entries in this section yet.</p>
      ) : (
        <ol className="entry-list" aria-label={`Entries of ${section.title}`} start={index}>
          {section.entries.map((entry) => (
            <EntryItem
              key={entry.id}
              entry={entry}
              listId={list.id}
              canEdit={list.canEdit}
              signedIn={signedIn}
              isNext={entry.id === nextId}
              sections={list.sections.filter((s) => s.id !== null || section.id === null).map((s) => ({ id: s.id, title: s.title }))}
              first={entry.position === firstPosition}
              last={entry.position === lastPosition}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
