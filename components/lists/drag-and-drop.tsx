"use client";
// Drag and drop for the list's owner, on top of the server-rendered entries. It only
// adds pointer dragging: the Move up / Move down / Move to forms stay the keyboard and
// no-JavaScript way, and a drop calls the same server action as "Move to".
import { useEffect, useState, useTransition } from "react";
import { initialActionState } from "@/lib/actions/action-state";
import { moveEntryAction } from "@/lib/actions/lists";

export function ListDragAndDrop({ listId }: { listId: string }) {
  const [message, setMessage] = useState("");
  const [, startTransition] = useTransition();

  useEffect(() => {
    const root = document.querySelector<HTMLElement>("[data-list-root]");
    if (!root) return;
    let dragged: string | null = null;
    const entries = () => root.querySelectorAll<HTMLElement>("li[data-entry-id]");
    entries().forEach((li) => (li.draggable = true));
    const clear = () => root.querySelectorAll(".drop-target").forEach((el) => el.classList.remove("drop-target"));

    const onDragStart = (e: DragEvent) => {
      const li = (e.target as HTMLElement).closest<HTMLElement>("li[data-entry-id]");
      if (!li || !e.dataTransfer) return;
      dragged = li.dataset.entryId ?? null;
      e.dataTransfer.effectAllowed = "move";
      e.dataTransfer.setData("text/plain", dragged ?? "");
    };
    const onDragOver = (e: DragEvent) => {
      if (!dragged) return;
      const target = (e.target as HTMLElement).closest<HTMLElement>("li[data-entry-id], section[data-section-id]");
      if (!target) return;
      e.preventDefault();
      clear();
      target.classList.add("drop-target");
    };
    const onDrop = (e: DragEvent) => {
      if (!dragged) return;
      const target = e.target as HTMLElement;
      const section = target.closest<HTMLElement>("section[data-section-id]");
      if (!section) return;
      e.preventDefault();
      clear();
      const siblings = [...section.querySelectorAll<HTMLElement>("li[data-entry-id]")].filter((li) => li.dataset.entryId !== dragged);
      const over = target.closest<HTMLElement>("li[data-entry-id]");
      let position = siblings.length + 1;
      if (over && over.dataset.entryId !== dragged) {
        const box = over.getBoundingClientRect();
        const index = siblings.indexOf(over);
        position = index + 1 + (e.clientY > box.top + box.height / 2 ? 1 : 0);
      } else if (over) return;
      const form = new FormData();
      form.set("listId", listId);
      form.set("entryId", dragged);
      form.set("sectionId", section.dataset.sectionId ?? "");
      form.set("position", String(position));
      dragged = null;
      startTransition(async () => {
        const state = await moveEntryAction(initialActionState, form);
        setMessage(state.message ?? "");
      });
    };
    const onDragEnd = () => {
      dragged = null;
      clear();
    };
    root.addEventListener("dragstart", onDragStart);
    root.addEventListener("dragover", onDragOver);
    root.addEventListener("drop", onDrop);
    root.addEventListener("dragend", onDragEnd);
    return () => {
      root.removeEventListener("dragstart", onDragStart);
      root.removeEventListener("dragover", onDragOver);
      root.removeEventListener("drop", onDrop);
      root.removeEventListener("dragend", onDragEnd);
    };
  });

  return (
    <p className="small muted" aria-live="polite" role="status">
      {message || "Drag entries to reorder them, or use the Move buttons."}
    </p>
  );
}
