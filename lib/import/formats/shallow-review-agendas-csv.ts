// Shallow review of technical AI safety: research agendas (one row per agenda).
// name, section, sub_section, full_name, one_sentence_summary, theory_of_change, see_also, ...
import { tidyWhitespace } from "../identity";
import type { ParseOptions, ParseResult } from "../types";
import { emptyResult, prepareText, readCsv } from "../util";

export const REQUIRED_COLUMNS = ["name", "section"];
export const OPTIONAL_COLUMNS = [
  "sub_section", "full_name", "one_sentence_summary", "theory_of_change", "see_also", "orthodox_problems",
  "target_case_text", "broad_approach_text", "some_names", "estimated_ftes", "critiques", "funded_by", "outputs_count",
];

/**
 * One ImportedAgenda per row. parentName is the sub_section when there is one, else the section;
 * section is the top-level section. Sections and sub-sections are not rows of this file: they
 * come from the taxonomy YAML (or are created by name by the importer).
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const label = options.fileName ?? "shallow-review agendas CSV";
  const input = prepareText(text, label);
  const { rows } = readCsv(input, { label, required: REQUIRED_COLUMNS, optional: OPTIONAL_COLUMNS });
  const result = emptyResult("shallow-review-agendas-csv");
  const seen = new Map<string, number>();
  for (const { line, record: r } of rows) {
    const name = tidyWhitespace(r["name"] ?? "");
    if (!name) {
      result.skipped.push({ line, field: "name", message: "agenda row without a name" });
      continue;
    }
    const key = name.toLowerCase();
    if (seen.has(key)) {
      result.skipped.push({ line, field: "name", message: `duplicate agenda "${name}" (first on line ${seen.get(key)})` });
      continue;
    }
    seen.set(key, line);
    const section = tidyWhitespace(r["section"] ?? "") || undefined;
    const sub = tidyWhitespace(r["sub_section"] ?? "") || undefined;
    const summary = tidyWhitespace(r["one_sentence_summary"] ?? "") || undefined;
    const theoryOfChange = tidyWhitespace(r["theory_of_change"] ?? "") || undefined;
    result.agendas.push({
      line,
      name,
      ...(sub || section ? { parentName: sub ?? section } : {}),
      ...(section ? { section } : {}),
      ...(summary ? { summary } : {}),
      ...(theoryOfChange ? { theoryOfChange } : {}),
    });
  }
  return result;
}
