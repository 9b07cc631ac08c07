import { width } from "./format-table";

/** A one-line progress bar on stderr, drawn only when stderr is a terminal (never into a log or a pipe). */
export interface Progress {
  tick(label: string): void;
  end(): void;
}

const WIDTH = 24;

/** The end of a path (the file's name), cut by display width from the left. */
function tail(label: string, room: number): string {
  if (width(label) <= room) return label;
  let out = "";
  const graphemes = Array.from(new Intl.Segmenter().segment(label), (g) => g.segment);
  for (const ch of graphemes.reverse()) {
    if (width(`…${ch}${out}`) > room) break;
    out = ch + out;
  }
  return `…${out}`;
}

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= 1) return { tick: () => undefined, end: () => undefined };
  let count = 0;
  const columns = stream.columns || 80;
  return {
    tick(label: string) {
      count++;
      const filled = Math.round((count / total) * WIDTH);
      const head = `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${count}/${total} `;
      stream.write(`\r\x1b[K${head}${tail(label, Math.max(0, columns - width(head) - 1))}`);
    },
    end() {
      stream.write("\r\x1b[K");
    },
  };
}
