/**
 * The per-language paths of the event model, on sentences of our own writing: which language a
 * text is in (eld), the dates read in it, the names of places, bodies and people read in it, and the
 * words the prefilter counts for it.
 */
import { describe, expect, it } from 'vitest';
import { articleLanguage, detectLanguage } from '@/lib/event/language';
import { sentenceDates } from '@/lib/event/dates';
import { frameSentences, readFrame } from '@/lib/event/frame';
import { foldText } from '@/lib/event/fold';
import { englishNames } from '@/lib/event/gazetteer';
import { notFirstNames, readingText } from '@/lib/event/reading-copy';
import { englishWord } from '@/lib/event/prefilter-words';
import { respell, spellingTable, spellingsOf } from '@/lib/event/name-spellings';
import { prefilterPage } from '@/lib/extract/prefilter';
import { createMatcher } from '@/lib/match/matcher';
import type { PrefilterVocabulary } from '@/lib/kb/types';
import { article, seedKb } from '../match/helpers';
import { page, parse } from '../extract/dom';

describe('language detection with eld', () => {
  it.each([
    ['de', 'Die Außenminister der beiden Länder wollen am Dienstag miteinander telefonieren, teilte ein Sprecher mit.'],
    ['fr', 'Les deux ministres doivent se parler mardi au téléphone, a indiqué une porte-parole à Paris.'],
    ['es', 'Los dos cancilleres hablarán el martes por teléfono, informó una portavoz del ministerio.'],
    ['it', 'I due ministri si sentiranno martedì al telefono, ha riferito una portavoce del ministero.'],
    ['ru', 'Министры двух стран поговорят по телефону во вторник, сообщила официальный представитель ведомства.'],
    ['uk', 'Міністри двох країн поговорять телефоном у вівторок, повідомила речниця відомства.'],
    ['nl', 'De twee ministers zullen dinsdag met elkaar bellen, zei een woordvoerster van het ministerie.'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('reads the text, not the template: an English report on a page declared French is English', () => {
    expect(articleLanguage('fr', 'The two ministers will speak by telephone on Tuesday, a spokeswoman for the ministry said in a statement.')).toBe('en');
  });

  it('falls back to the declared language when the text is too short to tell', () => {
    expect(detectLanguage('Blinken, Lavrov').lang).toBe('und');
    expect(articleLanguage('de-CH', 'Blinken, Lavrov')).toBe('de');
    expect(articleLanguage(null, 'Blinken, Lavrov')).toBe('und');
  });
});

describe('dates per language', () => {
  const dates = (s: string, lang: string, published: string | null) => sentenceDates(s, foldText(s), lang, published);

  it.each([
    ['fr', 'Le ministre se dit prêt à parler à son homologue dans les prochains jours.'],
    ['de', 'Der Minister will in den kommenden Tagen mit seinem Amtskollegen sprechen.'],
    ['fr', 'Une réponse est attendue dans quelques jours.'],
  ])('reads "the coming days" in %s as no date', (lang, sentence) => {
    expect(dates(sentence, lang, null)).toEqual([]);
    expect(dates(sentence, lang, '2022-01-26')).toEqual([]);
  });

  it.each([
    ['es', 'Los ministros hablarán por teléfono el martes.', '2022-02-01'],
    ['it', 'I ministri si sentiranno al telefono martedì.', '2022-02-01'],
    ['de', 'Die Minister werden am Dienstag telefonieren.', '2022-02-01'],
  ])('reads a planned weekday forward in %s', (lang, sentence, iso) => {
    const [d] = dates(sentence, lang, '2022-01-31');
    expect(d).toMatchObject({ iso, future: true, fromWeekday: true });
  });
});

describe('German day numbers with a full stop', () => {
  it('keeps "am 26. Januar" in one sentence and reads the date', () => {
    const text = 'Der Botschafter traf am Abend des 26. Januar im Ministerium ein. Dort übergab er die Antwort.';
    expect(frameSentences(text, 'de')).toHaveLength(2);
    const frame = readFrame({ title: '', paragraphs: [text], publishedAt: null, lang: 'de' });
    expect(frame.dates.map((d) => d.monthDay)).toEqual(['01-26']);
  });
  it('leaves English sentences that end in a number apart', () => {
    expect(frameSentences('The count rose to 26. Officials said more would come.', 'en')).toHaveLength(2);
  });
});

describe('names per language', () => {
  it.each([
    ['de', 'Der UN-Sicherheitsrat tagt auf Antrag der USA.', 'Der UN Security Council tagt auf Antrag der United States.'],
    ['fr', "Le Conseil de sécurité de l'ONU se réunit à la demande des États-Unis.", 'Le UN Security Council se réunit à la demande des United States.'],
    ['es', 'El Consejo de Seguridad se reúne a pedido de EE.UU. y de la OTAN.', 'El UN Security Council se reúne a pedido de United States y de la NATO.'],
    ['it', 'Il Consiglio di sicurezza si riunisce su richiesta degli Stati Uniti.', 'Il UN Security Council si riunisce su richiesta degli United States.'],
    ['ru', 'Совет Безопасности ООН соберется по просьбе США.', 'UN Security Council соберется по просьбе United States.'],
    ['uk', 'Рада безпеки ООН збереться на прохання США.', 'UN Security Council збереться на прохання United States.'],
  ])('writes places and bodies in %s as the KB names them', (lang, text, expected) => {
    expect(englishNames(text, lang)).toBe(expected);
  });

  it('reads one long name once, not its shorter parts', () => {
    expect(englishNames('Заседание Совета Безопасности ООН', 'ru')).toBe('Заседание UN Security Council');
  });

  it('romanises Cyrillic names and drops Latin accents in the reading copy', () => {
    expect(readingText('Глава МИД России Сергей Лавров позвонил Блинкену.', 'ru')).toBe('Glava Russian Foreign Ministry Sergey Lavrov pozvonil Blinken.');
    expect(readingText('Sergueï Lavrov a parlé à Antony Blinken.', 'fr')).toBe('Serguei Lavrov a parle a Antony Blinken.');
  });

  it('knows the words before a surname that are no first name, per language', () => {
    expect(notFirstNames('it').has('secondo')).toBe(true);
    expect(notFirstNames('de').has('außenminister')).toBe(true);
    expect(notFirstNames('es').has('segun')).toBe(true);
    // The words of the English names the reading copy writes.
    expect(notFirstNames('ru').has('ministry')).toBe(true);
    expect(notFirstNames('it').has('dan')).toBe(false);
  });

  const matcher = createMatcher(seedKb());
  const people = (title: string, paragraphs: string[], lang: string) =>
    (matcher.inspect(article(title, paragraphs, { lang, publishedAt: '2022-01-27' }))?.storyline.people ?? []).map((p) => p.entity);

  it.each([
    ['it', 'Lavrov: nessuna reazione immediata', ['Secondo Lavrov, la risposta degli Stati Uniti non è positiva sulla questione principale.', 'Il ministro degli Esteri russo Serghei Lavrov ha parlato con i giornalisti a Mosca.']],
    ['es', 'Lavrov responde a Washington', ['Según Lavrov, la respuesta de Estados Unidos deja abierta una vía de diálogo.', 'El canciller ruso Serguéi Lavrov habló con la prensa en Moscú.']],
    ['fr', 'Lavrov répond à Washington', ['Selon Lavrov, la réponse des États-Unis laisse une voie ouverte au dialogue.', 'Le ministre russe Sergueï Lavrov a parlé à la presse à Moscou.']],
    ['de', 'Lawrow antwortet Washington', ['Laut Lawrow lässt die Antwort der USA Raum für Gespräche.', 'Außenminister Lawrow sprach in Moskau mit Journalisten.']],
  ])('finds Lavrov in %s after a preposition, a title or his first name spelt the language’s way', (lang, title, paragraphs) => {
    expect(people(title, paragraphs, lang)).toContain('e-sergei-lavrov');
  });
});

describe('Russian names spelt the way each language transcribes them', () => {
  it.each([
    ['de', 'Lavrov', 'lawrow'],
    ['de', 'Grushko', 'gruschko'],
    ['de', 'Nebenzia', 'nebensja'],
    ['de', 'Sergey', 'sergej'],
    ['de', 'Zakharova', 'sacharowa'],
    ['fr', 'Grushko', 'grouchko'],
    ['fr', 'Putin', 'poutine'],
    ['fr', 'Sergei', 'serguei'],
    ['es', 'Sergei', 'serguei'],
    ['es', 'Zakharova', 'zajarova'],
    ['it', 'Sergei', 'serghei'],
  ])('%s spells %s as %s', (lang, name, form) => {
    expect(spellingsOf(name, lang)).toContain(form);
  });
  it('writes those spellings back as the KB has them, leaving other words alone', () => {
    const table = spellingTable(['Sergei Lavrov', 'Alexander Grushko'], 'de');
    expect(respell('Außenminister Lawrow traf Gruschko; Lawrows Sprecherin schwieg.', table)).toBe('Außenminister Lavrov traf Grushko; Lavrov Sprecherin schwieg.');
    expect(respell('Die Lawine traf das Dorf.', table)).toBe('Die Lawine traf das Dorf.');
  });
});

describe('prefilter words per language', () => {
  it.each([
    ['sitzung', 'meeting'],
    ['réunion', 'meeting'],
    ['zasedaniya', 'meeting'],
    ['sicherheitsrat', 'council'],
    ['consiglio', 'council'],
    ['antwort', 'response'],
    ['respuestas', 'responses'],
    ['vidpovid', 'response'],
    ['montag', 'monday'],
    ['lunedì', 'monday'],
    ['ponedelnik', 'monday'],
    ['sred', 'wednesday'],
  ])('counts %s as %s', (word, en) => {
    expect(englishWord(word)).toBe(en);
  });

  it('counts no English word as another', () => {
    for (const w of ['meeting', 'council', 'monday', 'montage', 'appeal', 'confine', 'document', 'response']) expect(englishWord(w)).toBeNull();
  });

  const vocabulary: PrefilterVocabulary = { schemaVersion: 1, terms: ['council', 'meeting', 'monday', 'ukraine'], minHits: 3 };
  const head = '<meta property="og:type" content="article"><title>Nachrichten</title>';
  it('lets a German and a Russian report through on the words of the vocabulary it translates', () => {
    const deBody = '<article><h1>Sicherheitsrat tagt</h1><p>Der UN-Sicherheitsrat kommt am Montag zu einer öffentlichen Sitzung über die Ukraine zusammen.</p></article>';
    expect(prefilterPage(parse(page(head, deBody, 'de')), vocabulary)).toMatchObject({ pass: true, hits: 4 });
    // A page without a declared language is read the same way.
    expect(prefilterPage(parse(page(head, deBody, '')), vocabulary)).toMatchObject({ pass: true, hits: 4 });
    const ru = parse(page(head, '<article><h1>Заседание СБ ООН</h1><p>Заседание Совета Безопасности по Украине пройдет в понедельник.</p></article>', 'ru'));
    expect(prefilterPage(ru, vocabulary).pass).toBe(true);
  });
  it('counts nothing for a KB without the English word, nor on a page that declares English', () => {
    const body = '<article><p>Der Sicherheitsrat kommt am Montag zu einer Sitzung zusammen.</p></article>';
    expect(prefilterPage(parse(page(head, body, 'de')), { ...vocabulary, terms: ['ukraine'] }).hits).toBe(0);
    expect(prefilterPage(parse(page(head, body, 'en')), vocabulary).hits).toBe(0);
  });
});
