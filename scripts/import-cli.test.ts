// The import command on bad input: one clear sentence, a non-zero exit, and the database
// never opened (its folder is not even created).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function runCli(args: string[], dbDir: string) {
  return spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, PGLITE_DIR: dbDir, DATABASE_URL: "" },
    timeout: 60_000,
  });
}

describe("npm run import on a bad file", () => {
  it("exits 1 naming the problem and touches no database", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "import-cli-"));
    const dbDir = path.join(tmp, "db");
    const truncated = path.join(tmp, "truncated.json");
    fs.writeFileSync(truncated, '{"data": {"posts": {"results": [{"_id": "abc", "title": "Cut');
    const r = runCli([truncated], dbDir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Error: truncated\.json: .*line 1.*Nothing was imported\.$/m);
    const wrong = path.join(tmp, "wrong.csv");
    fs.writeFileSync(wrong, "name,colour,size\nx,red,1\n");
    const w = runCli([wrong], dbDir);
    expect(w.status).toBe(1);
    expect(w.stderr).toMatch(/wrong\.csv: CSV whose header \(line 1\) matches no supported format; columns: "name", "colour", "size"/);
    expect(runCli([path.join(tmp, "missing.csv")], dbDir).stderr).toMatch(/no such file or folder/);
    expect(fs.existsSync(dbDir)).toBe(false);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
