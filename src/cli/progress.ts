import { terminalText, width } from "./terminal";

/** A one-line progress bar on stderr, drawn only when stderr is a terminal (never into a log or a pipe). */
export interface Progress {
  tick(label: string): void;
  /** Writes a line of its own (an error) where the bar is: the bar is cleared first and drawn again below it. */
  above(write: () => void): void;
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
  if (!stream.isTTY || total <= 1) return { tick: () => undefined, above: (write) => write(), end: () => undefined };
  let count = 0;
  let bar = "";
  const columns = stream.columns || 80;
  return {
    tick(label: string) {
      count++;
      const filled = Math.round((count / total) * WIDTH);
      const head = `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${count}/${total} `;
      bar = `${head}${tail(terminalText(label), Math.max(0, columns - width(head) - 1))}`;
      stream.write(`\r\x1b[K${bar}`);
    },
    above(write: () => void) {
      if (bar !== "") stream.write("\r\x1b[K");
      write();
      if (bar !== "") stream.write(bar);
    },
    end() {
      stream.write("\r\x1b[K");
    },
  };
}
