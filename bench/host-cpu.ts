import { readFileSync } from 'node:fs';
import { round } from './percentiles';

/** The machine's CPU time since boot, summed over its cores, in clock ticks. */
export interface CpuTimes {
  busy: number;
  steal: number;
  total: number;
}

/** The first line of Linux's /proc/stat: `cpu user nice system idle iowait irq softirq steal ...`. */
export function parseCpuTimes(procStat: string): CpuTimes | undefined {
  const line = procStat.split('\n', 1)[0];
  const fields = line.trim().split(/\s+/);
  if (fields[0] !== 'cpu' || fields.length < 9) return undefined;
  // guest time, further on, is already counted in user
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.slice(1, 9).map(Number);
  if ([user, nice, system, idle, iowait, irq, softirq, steal].some((n) => !Number.isFinite(n))) return undefined;
  return { busy: user + nice + system + irq + softirq, steal, total: user + nice + system + idle + iowait + irq + softirq + steal };
}

export interface HostCpuShares {
  /** time the cores were busy, in this process or any other on the machine */
  busyPct: number;
  /** time a virtual core was ready to run while the hypervisor ran something else */
  stealPct: number;
}

export function cpuSharesBetween(start: CpuTimes, end: CpuTimes): HostCpuShares | undefined {
  const total = end.total - start.total;
  if (total <= 0) return undefined;
  return {
    busyPct: round((100 * (end.busy - start.busy)) / total, 1),
    stealPct: round((100 * (end.steal - start.steal)) / total, 1),
  };
}

function readCpuTimes(): CpuTimes | undefined {
  try {
    return parseCpuTimes(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * How busy the whole machine was, and how much of its CPU the hypervisor took away, while a
 * measurement ran: the figures of a 2-core virtual machine move with both, so the benchmark
 * prints them beside its own. Undefined where /proc/stat does not exist.
 */
export class HostCpuWatch {
  private readonly start = readCpuTimes();

  shares(): HostCpuShares | undefined {
    const end = readCpuTimes();
    return this.start && end ? cpuSharesBetween(this.start, end) : undefined;
  }
}

/** e.g. "cores busy 41.2 %, CPU steal 4.9 %" */
export function describeHostCpu(shares: HostCpuShares | undefined): string {
  return shares ? `cores busy ${shares.busyPct} %, CPU steal ${shares.stealPct} %` : 'CPU counters not available';
}
