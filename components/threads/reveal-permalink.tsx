"use client";
import { useEffect } from "react";

/**
 * Opening /…#reply-ID: open every collapsed <details> around the reply, then scroll to it.
 * (Chromium does this natively for fragments; this covers other browsers and hash changes.)
 * A reply a long thread left off this page (see lib/threads/thread-window.ts) is asked for
 * again with ?reply=ID, which the server shows with its ancestors.
 */
export function RevealPermalink() {
  useEffect(() => {
    const reveal = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id.startsWith("reply-")) return;
      const el = document.getElementById(id);
      if (!el) {
        const url = new URL(window.location.href);
        const replyId = id.slice("reply-".length);
        if (url.searchParams.get("reply") === replyId) return;
        url.searchParams.delete("thread");
        url.searchParams.delete("page");
        url.searchParams.set("reply", replyId);
        window.location.replace(url.toString());
        return;
      }
      for (let p = el.parentElement; p; p = p.parentElement) if (p instanceof HTMLDetailsElement) p.open = true;
      el.scrollIntoView({ block: "start" });
      el.focus({ preventScroll: true });
    };
    reveal();
    window.addEventListener("hashchange", reveal);
    return () => window.removeEventListener("hashchange", reveal);
  }, []);
  return null;
}
