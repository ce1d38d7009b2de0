"use client";
import { useEffect } from "react";

/**
 * Opening /…#reply-ID: open every collapsed <details> around the reply, then scroll to it.
 * (Chromium does this natively for fragments; this covers other browsers and hash changes.)
 */
export function RevealPermalink() {
  useEffect(() => {
    const reveal = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id.startsWith("reply-")) return;
      const el = document.getElementById(id);
      if (!el) return;
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
