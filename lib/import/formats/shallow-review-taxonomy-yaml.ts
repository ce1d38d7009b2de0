// Shallow review agenda tree:
//   taxonomy:
//   - id: labs_giant_companies
//     name: Labs (giant companies)
//     description: ...
//     children: [ {id, name, description, children}, ... ]
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from "yaml";
import { tidyWhitespace } from "../identity";
import { ImportParseError, type ParseOptions, type ParseResult } from "../types";
import { emptyResult, prepareText } from "../util";

function scalar(map: YAMLMap, key: string): string | undefined {
  const v = map.get(key, true);
  if (v == null) return undefined;
  if (isScalar(v)) return v.value == null ? undefined : tidyWhitespace(String(v.value)) || undefined;
  return undefined;
}

/**
 * Walks the tree depth-first, parents before children. Each node becomes an ImportedAgenda with
 * parentName (its parent's name), section (the name of its top-level ancestor; none for roots)
 * and summary (description).
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const label = options.fileName ?? "shallow-review taxonomy YAML";
  const input = prepareText(text, label);
  const lineCounter = new LineCounter();
  const doc = parseDocument(input, { lineCounter, uniqueKeys: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line;
    throw new ImportParseError(`${label}: YAML error at line ${line ?? "?"}: ${e.message.split("\n")[0].replace(/\s*at line \d+, column \d+:?\s*$/, "")}`, line);
  }
  const lineOf = (n: YamlNode | null | undefined) => (n?.range ? lineCounter.linePos(n.range[0]).line : 1);
  const root = doc.contents;
  let top: YamlNode | null = null;
  if (isSeq(root)) top = root;
  else if (isMap(root)) {
    for (const key of ["taxonomy", "agendas", "children", "tree"]) {
      const v = root.get(key, true) as YamlNode | undefined;
      if (v && isSeq(v)) {
        top = v;
        break;
      }
    }
    if (!top && root.get("name", true)) top = root; // a single root node
  }
  if (!top) {
    throw new ImportParseError(
      `${label}: line ${lineOf(root as YamlNode)}: expected a list of agenda nodes under "taxonomy:" (each with name, description, children)`,
      lineOf(root as YamlNode),
      "taxonomy",
    );
  }
  const result = emptyResult("shallow-review-taxonomy-yaml");
  const seen = new Map<string, number>();
  const visit = (node: unknown, parent: string | undefined, section: string | undefined, depth: number) => {
    if (depth > 50) throw new ImportParseError(`${label}: line ${lineOf(node as YamlNode)}: tree nested deeper than 50 levels`, lineOf(node as YamlNode));
    const line = lineOf(node as YamlNode);
    if (!isMap(node)) {
      result.skipped.push({ line, message: "list item is not an agenda node (expected name, description, children)" });
      return;
    }
    const name = scalar(node, "name") ?? scalar(node, "title") ?? scalar(node, "id");
    const children = node.get("children", true) as YamlNode | undefined;
    if (!name) {
      result.skipped.push({ line, field: "name", message: "agenda node without a name" });
      return;
    }
    const key = name.toLowerCase();
    if (seen.has(key)) {
      result.skipped.push({ line, field: "name", message: `duplicate agenda "${name}" (first on line ${seen.get(key)})` });
    } else {
      seen.set(key, line);
      const summary = scalar(node, "description") ?? scalar(node, "one_sentence_summary") ?? scalar(node, "summary");
      const theoryOfChange = scalar(node, "theory_of_change") ?? scalar(node, "theoryOfChange");
      result.agendas.push({
        line,
        name,
        ...(parent ? { parentName: parent } : {}),
        ...(section ? { section } : {}),
        ...(summary ? { summary } : {}),
        ...(theoryOfChange ? { theoryOfChange } : {}),
      });
    }
    if (children != null && !isSeq(children)) {
      if (isScalar(children) && children.value == null) return;
      throw new ImportParseError(`${label}: line ${lineOf(children)}: "children" of "${name}" must be a list`, lineOf(children), "children");
    }
    for (const child of children?.items ?? []) visit(child, name, section ?? name, depth + 1);
  };
  if (isSeq(top)) for (const item of top.items) visit(item, undefined, undefined, 0);
  else visit(top, undefined, undefined, 0);
  return result;
}
