/** The progress bar of `batch submit --wait` and `batch collect`: rate and time left, on a terminal only. */
import type { CliIo } from './io.js';

/** Whether a stream is a terminal (progress is drawn only there). */
export const isTty = (stream: unknown): boolean =>
  typeof stream === 'object' && stream !== null && (stream as { isTTY?: unknown }).isTTY === true;

const clock = (seconds: number): string => {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
};

/** A progress bar with rate and time left, redrawn in place on a terminal; silent otherwise. */
export function progressBar(
  stream: CliIo['stderr'],
  label: string,
): {
  draw: (done: number, total: number) => void;
  end: () => void;
} {
  const tty = isTty(stream);
  const started = Date.now();
  let last = 0;
  return {
    draw: (done, total) => {
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const seconds = Math.max((now - started) / 1000, 0.001);
      const rate = done / seconds;
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const width = 30;
      const filled = Math.round(fraction * width);
      const left = rate > 0 ? (total - done) / rate : Number.NaN;
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${done}/${total}  ${Math.round(rate)}/s  ${clock(left)} left `,
      );
    },
    end: () => {
      if (tty) stream.write('\r\x1b[K');
    },
  };
}
