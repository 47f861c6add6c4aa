import { describe, expect, it } from 'vitest';
import { actionsIn } from '@/lib/event/actions';
import { foldText } from '@/lib/event/fold';

const acts = (s: string, lang = 'en') => actionsIn(foldText(s), lang);

describe('the action lexicon (our own sentences)', () => {
  it.each([
    ['en', 'Washington delivered its written reply to the Kremlin on Wednesday.', 'written-response'],
    ['en', 'Moscow answered in writing a week later.', 'written-response'],
    ['en', 'The two men held a phone call lasting half an hour.', 'phone-call'],
    ['en', 'The Security Council met in an open session on Monday.', 'council-meeting'],
    ['en', 'Members held a procedural vote before the debate.', 'procedural-vote'],
    ['en', 'Moscow vetoed the draft resolution.', 'resolution-vote'],
    ['de', 'Die USA haben eine schriftliche Antwort übergeben.', 'written-response'],
    ['de', 'Die Minister telefonierten am Dienstag.', 'phone-call'],
    ['fr', 'Les deux ministres auront un entretien téléphonique mardi.', 'phone-call'],
    ['fr', 'Le Conseil de sécurité se réunira lundi.', 'council-meeting'],
    ['es', 'Washington entregó sus respuestas por escrito.', 'written-response'],
    ['it', 'Il Consiglio di sicurezza terrà una riunione lunedì.', 'council-meeting'],
    ['ru', 'Министры проведут телефонный разговор во вторник.', 'phone-call'],
    ['ru', 'США передали письменный ответ.', 'written-response'],
    ['uk', 'Засідання Ради безпеки ООН відбудеться в понеділок.', 'council-meeting'],
  ])('%s: %s', (lang, sentence, action) => {
    expect(acts(sentence, lang)).toContain(action);
  });
  it('does not read a diplomatic "resolution" or a veto power as a vote', () => {
    expect(acts('Both sides want a peaceful resolution of the crisis.')).not.toContain('resolution-vote');
    expect(acts('Russland ist eine der Vetomächte im Rat.', 'de')).not.toContain('resolution-vote');
  });
  it('does not take the threat of an invasion for the war', () => {
    expect(acts('Officials warned of a possible invasion of Ukraine.')).not.toContain('armed-conflict');
    expect(acts('Aid groups asked for humanitarian corridors out of the city.')).toContain('armed-conflict');
  });
});
