import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { convertAll, findSoffice } from "../ods/libreoffice";
import { kindOf } from "./files";
import { isEncryptedCompound } from "./sniff";

/** Files per LibreOffice start: a start costs seconds, a file a fraction of one; a chunk bounds a hang. */
const CHUNK = 25;

export interface Converted {
  /** Original path → the .xlsx LibreOffice wrote for it. */
  readonly xlsx: ReadonlyMap<string, string>;
  readonly cleanup: () => void;
}

/**
 * Converts a batch's .ods and .xls files to .xlsx up front, a chunk per LibreOffice start and
 * `jobs` starts at once, instead of one start per file in the workers. A file that does not
 * convert is left out and goes the single-file way, which names its problem.
 */
export async function preconvert(files: readonly string[], jobs: number): Promise<Converted> {
  // An unreadable or encrypted file goes the single-file way, which names its problem.
  const others = files.filter((f) => {
    try {
      return statSync(f).isFile() && kindOf(f) !== "xlsx" && !isEncryptedCompound(f);
    } catch {
      return false;
    }
  });
  const dir = mkdtempSync(join(tmpdir(), "indicators-batch-"));
  const xlsx = new Map<string, string>();
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  if (others.length === 0 || findSoffice() === null) return { xlsx, cleanup };
  const chunks: string[][] = [];
  for (let i = 0; i < others.length; i += CHUNK) chunks.push(others.slice(i, i + CHUNK));
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const index = next++;
      const stage = join(dir, `in-${index}`);
      const out = join(dir, `out-${index}`);
      mkdirSync(stage);
      // Numbered copies: two files of one name in different folders must not meet in one output folder.
      const staged = (chunks[index] ?? []).map((file, k) => {
        const copy = join(stage, `${k}${extname(file)}`);
        copyFileSync(file, copy);
        return { file, copy, converted: join(out, `${k}.xlsx`) };
      });
      try {
        await convertAll(
          staged.map((s) => s.copy),
          "xlsx",
          out,
        );
      } catch {
        continue; // each file then goes the single-file way
      }
      for (const s of staged) if (existsSync(s.converted)) xlsx.set(s.file, s.converted);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, chunks.length)) }, worker));
  return { xlsx, cleanup };
}
