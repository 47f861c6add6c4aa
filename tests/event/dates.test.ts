import { describe, expect, it } from 'vitest';
import { sentenceDates } from '@/lib/event/dates';
import { foldText } from '@/lib/event/fold';

const dates = (s: string, lang: string, published: string | null) => sentenceDates(s, foldText(s), lang, published);

describe('event dates in several languages (our own sentences)', () => {
  it('reads a past weekday as the last such day on or before the publication date', () => {
    const [d] = dates('The ambassador handed over the letter on Wednesday, officials said.', 'en', '2022-01-27');
    expect(d).toMatchObject({ iso: '2022-01-26', fromWeekday: true, future: false });
  });
  it('reads a planned weekday forward, and "said on Monday" as the day it was said', () => {
    const out = dates('The two ministers will talk by telephone on Tuesday, a spokesman said on Monday.', 'en', '2022-01-31');
    expect(out.map((d) => [d.iso, d.future])).toEqual([
      ['2022-02-01', true],
      ['2022-01-31', false],
    ]);
  });
  it('leaves vague spans out and keeps calendar dates without a year as month and day', () => {
    expect(dates('Talks resumed last week in a calmer mood.', 'en', '2022-02-03')).toEqual([]);
    const [d] = dates('The council meets on 31 January to hear both sides.', 'en', null);
    expect(d).toMatchObject({ iso: null, monthDay: '01-31' });
  });
  it('without a publication date keeps only the day of the week', () => {
    const [d] = dates('Ministers spoke on Tuesday about the crisis.', 'en', null);
    expect(d).toMatchObject({ iso: null, monthDay: '', weekday: 2 });
  });
  it.each([
    ['de', 'Der Botschafter übergab die Antwort am Mittwoch im Außenministerium.', '2022-01-26'],
    ['fr', "L'ambassadeur a remis la réponse mercredi au ministère.", '2022-01-26'],
    ['es', 'El embajador entregó la respuesta el miércoles en el ministerio.', '2022-01-26'],
    ['it', "L'ambasciatore ha consegnato la risposta mercoledì al ministero.", '2022-01-26'],
    ['ru', 'Посол передал ответ в среду в министерстве.', '2022-01-26'],
    ['uk', 'Посол передав відповідь у середу в міністерстві.', '2022-01-26'],
  ])('resolves a weekday in %s', (lang, sentence, iso) => {
    expect(dates(sentence, lang, '2022-01-27').map((d) => d.iso)).toContain(iso);
  });
  it.each([
    ['de', 'Die Sitzung ist für den 31. Januar 2022 angesetzt.'],
    ['fr', 'La séance aura lieu le 31 janvier 2022.'],
    ['ru', 'Заседание пройдет 31 января 2022 года.'],
  ])('reads a calendar date in %s', (lang, sentence) => {
    expect(dates(sentence, lang, null).map((d) => d.iso)).toContain('2022-01-31');
  });
});
