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
    ['en', 'The State Department responded formally to Russian security demands this week.', 'written-response'],
    ['de', 'In Moskau wird die Antwort der USA noch geprüft.', 'written-response'],
    ['fr', 'Les réponses fournies par Washington ne satisfont pas Moscou.', 'written-response'],
    ['fr', 'Le ministre a évoqué la question lors de son appel avec son homologue.', 'phone-call'],
    ['es', 'La respuesta de EE.UU. llegó el miércoles.', 'written-response'],
    ['es', 'Los dos cancilleres conversaron durante media hora.', 'phone-call'],
    ['es', 'La votación sobre el orden del día salió adelante.', 'procedural-vote'],
    ['it', 'Mosca studierà le risposte di Usa e Nato.', 'written-response'],
    ['it', 'Il ministro ha avuto un colloquio telefonico con il suo omologo.', 'phone-call'],
    ['it', "Il Consiglio ha votato sull'ordine del giorno.", 'procedural-vote'],
    ['ru', 'В Москве изучают ответ США.', 'written-response'],
    ['uk', 'У Москві вивчають відповідь США.', 'written-response'],
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
