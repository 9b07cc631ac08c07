/** A one-line progress bar on stderr, drawn only when stderr is a terminal (never into a log or a pipe). */
export interface Progress {
  tick(label: string): void;
  end(): void;
}

const WIDTH = 24;

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= 1) return { tick: () => undefined, end: () => undefined };
  let count = 0;
  const columns = stream.columns || 80;
  return {
    tick(label: string) {
      count++;
      const filled = Math.round((count / total) * WIDTH);
      const head = `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${count}/${total} `;
      const room = Math.max(0, columns - head.length - 1);
      stream.write(`\r\x1b[K${head}${label.length > room ? `…${label.slice(label.length - room + 1)}` : label}`);
    },
    end() {
      stream.write("\r\x1b[K");
    },
  };
}
