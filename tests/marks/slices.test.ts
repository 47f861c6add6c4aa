import { describe, expect, it } from 'vitest';
import { runSliced } from '@/lib/marks/slices';

describe('runSliced', () => {
  it('runs every step in order, yielding only once a slice has used its budget', async () => {
    let clock = 0;
    const log: string[] = [];
    const steps = [1, 2, 3, 4, 5].map((n) => () => {
      log.push(`step ${n}`);
      clock += n === 2 ? 10 : 1; // step 2 is slow
    });
    const done = await runSliced(steps, {
      budgetMs: 5,
      now: () => clock,
      pause: async () => {
        log.push('pause');
      },
      slice: (run) => {
        log.push('slice');
        run();
      },
    });
    expect(done).toBe(true);
    // Step 2 overruns the first slice's budget; 3–5 fit in the second.
    expect(log).toEqual(['slice', 'step 1', 'step 2', 'pause', 'slice', 'step 3', 'step 4', 'step 5']);
  });

  it('stops between slices when cancelled, and says so', async () => {
    let clock = 0;
    let cancel = false;
    const ran: number[] = [];
    const steps = [1, 2, 3].map((n) => () => {
      ran.push(n);
      clock += 10;
    });
    const done = await runSliced(steps, {
      budgetMs: 5,
      now: () => clock,
      pause: async () => {
        cancel = true;
      },
      cancelled: () => cancel,
    });
    expect(done).toBe(false);
    expect(ran).toEqual([1]);
  });

  it('names a budget that is not a positive number', async () => {
    await expect(runSliced([], { budgetMs: 0, now: () => 0, pause: async () => undefined })).rejects.toThrow(/budgetMs must be a positive number.*got 0/);
  });
});
