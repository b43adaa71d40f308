import { SingleBar, Presets } from 'cli-progress';

export interface RebuildProgress {
  update(done: number, total: number): void;
  stop(): void;
}

export interface ProgressOutput {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** A bar on a terminal; on a pipe or a log file, a plain line every `everyMs` or every 10%. */
export function createRebuildProgress(output: ProgressOutput, everyMs = 2_000): RebuildProgress {
  return output.isTTY ? barProgress(output) : lineProgress(output, everyMs);
}

function barProgress(output: ProgressOutput): RebuildProgress {
  const bar = new SingleBar(
    {
      stream: output as NodeJS.WritableStream,
      format: 'Rebuilding projections [{bar}] {percentage}% | {value}/{total} events | {eta_formatted} left',
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

function lineProgress(output: ProgressOutput, everyMs: number): RebuildProgress {
  let lastAt = 0;
  let lastTenth = -1;
  return {
    update(done, total) {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      const now = Date.now();
      if (tenth === lastTenth && now - lastAt < everyMs) return;
      lastAt = now;
      lastTenth = tenth;
      const pct = total === 0 ? 100 : (done / total) * 100;
      output.write(`rebuild: ${done}/${total} events (${pct.toFixed(1)}%)\n`);
    },
    stop: () => undefined,
  };
}
