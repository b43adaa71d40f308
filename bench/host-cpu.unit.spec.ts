import { cpuSharesBetween, describeHostCpu, parseCpuTimes } from './host-cpu';

// the first lines of /proc/stat on a 2-core virtual machine, 10 s apart
const BEFORE = 'cpu  5528654 0 636974 3861598 93503 0 37966 155743 0 0\ncpu0 2764327 0 318487 1930799 46751 0 18983 77871 0 0\n';
const AFTER = 'cpu  5529454 0 637174 3862498 93503 0 38066 155943 0 0\ncpu0 2764727 0 318587 1931249 46751 0 19033 77971 0 0\n';

describe('host CPU shares from /proc/stat', () => {
  it('reads the summed line: busy is user + nice + system + irq + softirq, steal is the eighth field', () => {
    expect(parseCpuTimes(BEFORE)).toEqual({
      busy: 5528654 + 636974 + 37966,
      steal: 155743,
      total: 5528654 + 636974 + 3861598 + 93503 + 37966 + 155743,
    });
  });

  it('gives the shares of the time between two readings', () => {
    // 800 user + 200 system + 100 softirq busy, 900 idle, 200 steal: 2,200 ticks
    const shares = cpuSharesBetween(parseCpuTimes(BEFORE)!, parseCpuTimes(AFTER)!);
    expect(shares).toEqual({ busyPct: 50, stealPct: 9.1 });
    expect(describeHostCpu(shares)).toBe('cores busy 50 %, CPU steal 9.1 %');
  });

  it('gives nothing for text that is not /proc/stat, or for no time elapsed', () => {
    expect(parseCpuTimes('intr 12345 0 0\n')).toBeUndefined();
    expect(parseCpuTimes('cpu 1 2 3\n')).toBeUndefined();
    expect(parseCpuTimes('cpu  a b c d e f g h\n')).toBeUndefined();
    expect(cpuSharesBetween(parseCpuTimes(BEFORE)!, parseCpuTimes(BEFORE)!)).toBeUndefined();
    expect(describeHostCpu(undefined)).toBe('CPU counters not available');
  });
});
