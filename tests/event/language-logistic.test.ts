import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/lib/event/language';
import { fitLogistic, predict } from '@/lib/event/logistic';
import { DECISION } from '@/lib/event/decision';
import { FEATURE_NAMES } from '@/lib/event/features';

describe('language detection (our own sentences)', () => {
  it.each([
    ['en', 'The minister said that the talks with his counterpart were useful and that they will continue next week.'],
    ['de', 'Der Minister sagte, dass die Gespräche mit seinem Amtskollegen nützlich waren und in der nächsten Woche weitergehen.'],
    ['fr', 'Le ministre a dit que les discussions avec son homologue ont été utiles et que elles vont continuer la semaine prochaine.'],
    ['es', 'El ministro dijo que las conversaciones con su homólogo fueron útiles y que se van a continuar la próxima semana.'],
    ['it', 'Il ministro ha detto che i colloqui con il suo omologo sono stati utili e che continueranno la prossima settimana.'],
    ['ru', 'Министр сказал, что переговоры с его коллегой были полезными и что они продолжатся на следующей неделе.'],
    ['uk', 'Міністр сказав, що переговори з його колегою були корисними і що вони продовжаться наступного тижня.'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });
  it('says "und" for text too short to tell', () => {
    expect(detectLanguage('Blinken, Lavrov').lang).toBe('und');
  });
});

describe('logistic fit', () => {
  it('separates a feature that decides from one that does not, deterministically', () => {
    const xs: number[][] = [];
    const ys: number[] = [];
    for (let i = 0; i < 40; i++) {
      xs.push([1, i % 2, (i * 7) % 3 === 0 ? 1 : 0]);
      ys.push(i % 2);
    }
    const opts = { l2: 0.01, iterations: 2000, rate: 0.5, positiveWeight: 1 };
    const w = fitLogistic(xs, ys, opts);
    expect(w[1]!).toBeGreaterThan(2);
    expect(Math.abs(w[2]!)).toBeLessThan(0.5);
    expect(predict(w, [1, 1, 0])).toBeGreaterThan(0.8);
    expect(predict(w, [1, 0, 0])).toBeLessThan(0.2);
    expect(fitLogistic(xs, ys, opts)).toEqual(w);
  });
  it('ships one fitted weight per feature', () => {
    expect(DECISION.weights).toHaveLength(FEATURE_NAMES.length);
    expect(DECISION.weights.some((w) => w !== 0)).toBe(true);
  });
});
