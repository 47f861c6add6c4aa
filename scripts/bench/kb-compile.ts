/**
 * KB compile benchmark: compiles synthetic seed folders of 50, 500 and 5,000 documents (override
 * with BENCH_SIZES=50,500) and prints, per size, the median compile time over BENCH_RUNS runs, the
 * time per document relative to the smallest size measured in the same run, and the peak memory.
 * Peak RSS is per process, so each size runs in its own child process.
 */
import { collectBetweenStages } from '../build/full-gc';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { compileKb } from '../../lib/kb/compile';
import { syntheticSeeds } from './synthetic-seeds';

const SIZES = (process.env.BENCH_SIZES ?? '50,500,5000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Row {
  docs: number;
  medianMs: number;
  /** CPU time (user + system) of the median run: steadier than wall time on a shared machine. */
  cpuMs: number;
  minMs: number;
  heapMb: number;
  rssMb: number;
  stories: number;
  facts: number;
  kbMb: number;
}

function measure(n: number): Row {
  const seeds = syntheticSeeds(n);
  const times: number[] = [];
  const cpu: number[] = [];
  let kbSize = 0;
  let stories = 0;
  let facts = 0;
  let heap = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    // As the kb command and the build compile it (scripts/build/kb-assets.ts).
    const kb = compileKb(seeds, { betweenStages: collectBetweenStages(seeds) });
    const c1 = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((c1.user + c1.system) / 1000);
    heap = Math.max(heap, process.memoryUsage().heapUsed);
    kbSize = JSON.stringify(kb).length;
    stories = kb.stories.length;
    facts = kb.facts.length;
  }
  const order = times.map((t, i) => [t, i] as const).sort((a, b) => a[0] - b[0]);
  const mid = order[Math.floor(order.length / 2)]![1];
  times.sort((a, b) => a - b);
  return {
    docs: n,
    medianMs: times[Math.floor(times.length / 2)]!,
    cpuMs: cpu[mid]!,
    minMs: times[0]!,
    heapMb: heap / 2 ** 20,
    // maxRSS is in kilobytes.
    rssMb: process.resourceUsage().maxRSS / 1024,
    stories,
    facts,
    kbMb: kbSize / 2 ** 20,
  };
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(measure(Number(process.argv[3]))));
} else {
  const self = fileURLToPath(import.meta.url);
  const rows: Row[] = [];
  for (const n of SIZES) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', String(n)], {
      encoding: 'utf8',
      env: { ...process.env },
      maxBuffer: 1 << 20,
    });
    rows.push(JSON.parse(out) as Row);
  }
  const base = rows[0]!;
  console.log(`KB compile benchmark (${RUNS} runs per size; median; ratio = time per document against ${base.docs} documents)`);
  console.log(`load average at start: ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`);
  console.log('docs   median ms   cpu ms   min ms   ms/doc   ratio   peak RSS MB   heap MB   stories   facts   kb.json MB');
  for (const r of rows) {
    const perDoc = r.medianMs / r.docs;
    const ratio = perDoc / (base.medianMs / base.docs);
    console.log(
      [
        String(r.docs).padStart(4),
        r.medianMs.toFixed(0).padStart(11),
        r.cpuMs.toFixed(0).padStart(8),
        r.minMs.toFixed(0).padStart(8),
        perDoc.toFixed(2).padStart(8),
        ratio.toFixed(2).padStart(7),
        r.rssMb.toFixed(0).padStart(13),
        r.heapMb.toFixed(0).padStart(9),
        String(r.stories).padStart(9),
        String(r.facts).padStart(7),
        r.kbMb.toFixed(2).padStart(12),
      ].join(' '),
    );
  }
  // The budget for the largest corpus: 5,000 documents in under a minute and 500 MB.
  const big = rows.find((r) => r.docs >= 5000);
  if (big) {
    const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
    console.log(`budget, ${big.docs} documents: compile ${(big.medianMs / 1000).toFixed(1)} s (< 60 s: ${met(big.medianMs < 60_000)}), peak RSS ${big.rssMb.toFixed(0)} MB (< 500 MB: ${met(big.rssMb < 500)})`);
  }
}
