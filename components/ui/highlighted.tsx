import { Fragment } from "react";
import { MARK_END, MARK_START } from "@/lib/queries/library";

/**
 * Text from ts_headline with our private-use markers around matches. The text stays text:
 * React escapes every piece, so markup in a title or review can never become HTML; only
 * the markers turn into <mark>.
 */
export function Highlighted({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let rest = text;
  let key = 0;
  while (rest) {
    const start = rest.indexOf(MARK_START);
    if (start < 0) {
      parts.push(<Fragment key={key++}>{rest}</Fragment>);
      break;
    }
    if (start > 0) parts.push(<Fragment key={key++}>{rest.slice(0, start)}</Fragment>);
    const end = rest.indexOf(MARK_END, start + 1);
    const matched = rest.slice(start + 1, end < 0 ? undefined : end);
    parts.push(<mark key={key++}>{matched}</mark>);
    rest = end < 0 ? "" : rest.slice(end + 1);
  }
  return <>{parts}</>;
}

export const hasHighlight = (text: string | null | undefined): text is string => !!text && text.includes(MARK_START);
