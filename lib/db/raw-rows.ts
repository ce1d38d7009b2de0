// Conversions for rows from $queryRaw: json columns come back parsed or as text depending on
// the driver adapter, integers as number or bigint, timestamps as Date or ISO text.
import "server-only";

export const jsonArray = <T,>(v: unknown): T[] => {
  if (Array.isArray(v)) return v as T[];
  if (typeof v === "string") {
    try {
      const parsed = JSON.parse(v);
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }
  return [];
};

export const jsonObject = <T,>(v: unknown): T | null => {
  const parsed = typeof v === "string" ? JSON.parse(v) : v;
  return parsed && typeof parsed === "object" ? (parsed as T) : null;
};

export const toNumber = (v: unknown): number => Number(v);
export const toNumberOrNull = (v: unknown): number | null => (v == null ? null : Number(v));
export const toDate = (v: unknown): Date => (v instanceof Date ? v : new Date(v as string));
export const toDateOrNull = (v: unknown): Date | null => (v == null ? null : toDate(v));
