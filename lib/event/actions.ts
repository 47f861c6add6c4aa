/**
 * What happened: the actions of the event model, as a small multilingual lexicon (data, reviewed per
 * language). Each action is something a news report says took place or will take place: a written
 * response changing hands, a phone call, a Security Council meeting, a procedural vote... Patterns
 * are matched on folded text (fold.ts: lower case, no Latin diacritics), so they are written folded.
 *
 * The actions are generic diplomatic and institutional acts, not the covered stories: a KB of other
 * events uses the same list, and a story's action profile is read from its own documents
 * (story-frame.ts). Actions no covered story has (a veto, a resolution, an invasion) are evidence
 * that an article reports something else.
 *
 * Languages: en, de, fr, es, it, ru, uk. A pattern list per language; `\b` does not work for
 * Cyrillic, so those patterns use explicit stems without word boundaries.
 */
export type ActionId =
  | 'written-response'
  | 'phone-call'
  | 'council-meeting'
  | 'procedural-vote'
  | 'resolution-vote'
  | 'in-person-talks'
  | 'nato-russia-council'
  | 'armed-conflict';

export interface ActionDef {
  id: ActionId;
  /** Reader-facing wording, for reasons ("a phone call"). */
  label: string;
  patterns: Record<string, RegExp[]>;
}

export const SUPPORTED_ACTION_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ru', 'uk'] as const;

export const ACTIONS: ActionDef[] = [
  {
    id: 'written-response',
    label: 'a written response',
    patterns: {
      en: [
        /\b(?:replie[sd]?|repl(?:y|ying)|respond(?:s|ed|ing)?|answer(?:s|ed|ing)?) in writing\b/,
        /\bwritten (?:response|reply|replies|responses|answer|answers|proposals?|document|counterproposals?)\b/,
        /\b(?:response|reply|answer)s? (?:to|on) (?:russia'?s?|moscow'?s?|the kremlin'?s?|its|their|our) (?:security )?(?:demands|proposals|guarantees|concerns)/,
        /\b(?:delivered|handed over|handed|submitted|sent|received|provided)\b[^.]{0,60}\b(?:response|reply|answer|proposals|document)s?\b/,
        /\b(?:response|reply|answer|document)s?\b[^.]{0,40}\b(?:was|were|has been|had been) (?:delivered|handed|submitted|sent|received)/,
        /\b(?:responded|replied) (?:formally )?to (?:russian|russia'?s|moscow'?s|the kremlin'?s|its|their) (?:security )?(?:demands|proposals)\b/,
      ],
      de: [/\bschriftlich\w* (?:antwort|reaktion|vorschl)/, /\bantwort\w* (?:auf|zu)\b[^.]{0,40}(?:sicherheit|forderung|vorschl)/, /\b(?:ubergab|ubergeben|ubermittelt|ubersandt|zugestellt)\w*\b[^.]{0,60}\bantwort/, /\bantwort\w* (?:der usa|der nato|aus washington|washingtons)\b/],
      fr: [/\breponses? (?:ecrites?|par ecrit)\b/, /\breponse\b[^.]{0,40}\b(?:exigences|propositions|garanties)\b/, /\b(?:remis|transmis|livre|envoye|fourni)e?s?\b[^.]{0,60}\breponses?\b/, /\breponses? (?:fournie|remise|transmise|envoyee|americaine|de washington|des etats-unis)s?\b/],
      es: [/\brespuestas? (?:por escrito|escritas?)\b/, /\brespuestas?\b[^.]{0,40}\b(?:demandas|propuestas|garantias|exigencias)\b/, /\b(?:entrego|entregado|entregaron|envio|enviado|recibio|recibido)\b[^.]{0,60}\brespuestas?\b/, /\brespuestas? (?:de (?:ee\.? ?uu\.?|estados unidos|washington|la otan)|estadounidense)\b/],
      it: [/\brispost[ae] (?:scritt[ae]|per iscritto)\b/, /\brispost[ae]\b[^.]{0,40}\b(?:richieste|proposte|garanzie)\b/, /\b(?:consegnat|inviat|ricevut)\w*\b[^.]{0,60}\brispost/, /\brispost[ae] (?:di|degli|della|del|dalla|dagli) (?:usa|stati uniti|washington|nato)\b/],
      ru: [/письменн\S* (?:ответ|предложен)/, /ответ\S*[^.]{0,40}(?:гаранти|предложени|требовани)/, /(?:передал|передан|вручил|вручен|получил|получен|направил)\S*[^.]{0,60}ответ/, /ответ\S* (?:сша|вашингтона|нато|американск)/],
      uk: [/письмов\S* (?:відповід|пропозиц)/, /відповід\S*[^.]{0,40}(?:гаранті|пропозиц|вимог)/, /(?:передал|передан|вручил|вручен|отримал|отриман|надісл)\S*[^.]{0,60}відповід/, /відповід\S* (?:сша|вашингтона|нато|американськ)/],
    },
  },
  {
    id: 'phone-call',
    label: 'a phone call',
    patterns: {
      en: [/\b(?:tele)?phone (?:call|conversation|talks?)\b/, /\b(?:by|on the|over the) (?:tele)?phone\b/, /\b(?:a|the|their|his|next|upcoming|last week's|tuesday's) call (?:with|between)\b/, /\b(?:spoke|talked)(?: \w+){0,3} (?:with|to)\b[^.]{0,40}\b(?:lavrov|blinken|counterpart|foreign minister|secretary of state)/, /\b(?:to|will|would) (?:speak|talk) (?:with|to)\b/, /\b(?:in|during|held|had|hold|have) (?:(?:a|their|the|his|her) )?(?:\w+ )?call (?:with|between|on)\b/],
      de: [/\btelefon\w*/, /\b(?:sprachen|sprechen|gesprach)\w*\b[^.]{0,30}\b(?:lawrow|blinken)\b/],
      fr: [/\b(?:entretien|conversation|echange|appel) (?:telephonique|au telephone|par telephone)/, /\bau telephone\b/, /\bs'entretien\w*/, /\bappel (?:avec|entre)\b/],
      es: [/\b(?:llamada|conversacion|conversaciones) telefonica/, /\bpor telefono\b/, /\bhablaran?\b[^.]{0,30}\b(?:lavrov|blinken)\b/, /\bllamada (?:con|entre)\b/, /\b(?:conversaron|hablaron|conversara|conversaran)\b/],
      it: [/\b(?:telefonat\w*|colloquio telefonico|conversazione telefonica)\b/, /\bal telefono\b/, /\b(?:hanno|ha|avranno|avra) (?:avuto )?(?:un )?colloquio (?:telefonico )?(?:con|tra)\b/, /\b(?:hanno parlato|ha parlato|parleranno|parlera) (?:con|al telefono)\b/],
      ru: [/телефонн\S* (?:разговор|переговор|беседа)/, /по телефону/, /созвон/],
      uk: [/телефонн\S* (?:розмов|перемов)/, /по телефону/, /телефоном/],
    },
  },
  {
    id: 'council-meeting',
    label: 'a Security Council meeting',
    patterns: {
      // The Council named at all: reports name it for its meetings (a recap in passing is one
      // mention among many and does not become a story's main act).
      en: [/\bsecurity council\b/, /\bunsc\b/, /\bopen meeting\b/, /\bthe council\b[^.]{0,40}\b(?:meeting|session|met|heard|members)\b/, /\b(?:meeting|session|convening)\b[^.]{0,60}\b(?:security council|unsc)\b/, /\bunsc (?:meeting|session)\b/],
      de: [/sicherheitsrat/, /\b(?:sitzung|treffen)\w*\b[^.]{0,60}\b(?:un-)?sicherheitsrat/],
      fr: [/\bconseil de securite\b/, /\b(?:reunion|seance|session)\b[^.]{0,60}\bconseil de securite\b/],
      es: [/\bconsejo de seguridad\b/, /\b(?:reunion|sesion)\b[^.]{0,60}\bconsejo de seguridad\b/],
      it: [/\bconsiglio di sicurezza\b/, /\b(?:riunione|sessione|seduta)\b[^.]{0,60}\bconsiglio di sicurezza\b/],
      ru: [/сб оон|совет\S* безопасности/, /(?:сб оон|совет\S* безопасности)[^.]{0,80}(?:заседани|собер|созыв)/],
      uk: [/рб оон|рад\S* безпеки/, /(?:рб оон|рад\S* безпеки)[^.]{0,80}(?:засідан|збер|скликан)/],
    },
  },
  {
    id: 'procedural-vote',
    label: 'a procedural vote',
    patterns: {
      en: [/\bprocedural vote\b/, /\bvote on (?:whether|holding|the agenda)\b/, /\bvoted (?:to hold|in favou?r of holding|against holding)\b/],
      de: [/\bverfahrensabstimmung\b/, /\babstimmung\b[^.]{0,40}\b(?:tagesordnung|sitzung)\b/],
      fr: [/\bvote (?:de )?procedur\w*/, /\bvote\b[^.]{0,30}\b(?:tenue|ordre du jour)\b/],
      es: [/\bvotacion (?:de )?procedimiento\b/, /\bvotacion procesal\b/, /\bvotacion\b[^.]{0,60}\borden del dia\b/],
      it: [/\bvoto procedurale\b/, /\bvot\w*\b[^.]{0,40}\bordine del giorno\b/],
      ru: [/процедурн\S* голосовани/, /голосовани\S*[^.]{0,40}повестк/],
      uk: [/процедурн\S* голосуванн/],
    },
  },
  {
    id: 'resolution-vote',
    label: 'a vote on a resolution',
    patterns: {
      // Not "resolution" alone: "a diplomatic resolution of the crisis" is no vote.
      en: [/\bdraft resolution\b/, /\bresolution (?:\d{3,4}|on|condemning|demanding|calling|deploring)\b/, /\bvot\w* (?:on|for|against) (?:a|the) (?:draft )?resolution\b/, /\bvetoe[sd]\b|\bvetoing\b|\b(?:used|uses|cast|casts|exercised) (?:its|a|their) veto\b/],
      de: [/\bresolution\w*\b[^.]{0,60}\b(?:abstimm|angenommen|abgelehnt|scheiter|verurteil)/, /\bresolutionsentwurf/, /\bveto (?:ein|eingelegt|gegen)\b|\blegte\w* (?:sein |ihr )?veto\b/],
      fr: [/\bprojet de resolution\b/, /\bresolution\b[^.]{0,60}\b(?:vote|adopte|rejete|condamn)/, /\b(?:oppose|mis|met) (?:son|leur) veto\b/],
      es: [/\bproyecto de resolucion\b/, /\bresolucion\b[^.]{0,60}\b(?:vot|aprob|rechaz|conden)/, /\b(?:uso|usa|ejercio|ejerce) su (?:poder de |derecho (?:a|de) )?veto\b/],
      it: [/\bbozza di risoluzione\b/, /\brisoluzion\w*\b[^.]{0,60}\b(?:vot|approv|respint|bloc|condann)/, /\b(?:posto|pone|messo) il (?:proprio )?veto\b/],
      ru: [/проект\S* резолюци/, /резолюци\S*[^.]{0,60}(?:голосова|принят|отклон|осужд)/, /наложил\S* вето|ветировал/],
      uk: [/проект\S* резолюці/, /резолюці\S*[^.]{0,60}(?:голосува|ухвал|відхил|засуд)/, /наклал\S* вето|ветував/],
    },
  },
  {
    id: 'in-person-talks',
    label: 'talks in person',
    patterns: {
      en: [/\b(?:met|meet|meeting|talks|summit) in (?:geneva|moscow|washington|vienna|brussels|stockholm|munich|new york)\b/, /\bface[- ]to[- ]face\b/, /\bin-person (?:meeting|talks)\b/],
      de: [/\b(?:treffen|trafen|gesprache) in (?:genf|moskau|washington|wien|brussel)\b/],
      fr: [/\b(?:rencontre|reunion|entretiens?|sommet) a (?:geneve|moscou|washington|vienne|bruxelles)\b/, /\bse sont rencontres\b/],
      es: [/\b(?:reunion|encuentro|cumbre|se reunieron) en (?:ginebra|moscu|washington|viena|bruselas)\b/],
      it: [/\b(?:incontro|vertice|si sono incontrati) a (?:ginevra|mosca|washington|vienna|bruxelles)\b/],
      ru: [/встреч\S* в (?:женеве|москве|вашингтоне|вене|брюсселе)/, /переговор\S* в (?:женеве|вене)/],
      uk: [/зустріч\S* у (?:женеві|москві|вашингтоні|відні|брюсселі)/],
    },
  },
  {
    id: 'nato-russia-council',
    label: 'a NATO–Russia Council meeting',
    patterns: {
      en: [/\bnato-russia council\b/],
      de: [/\bnato-russland-rat\b/],
      fr: [/\bconseil otan-russie\b/],
      es: [/\bconsejo otan-rusia\b/],
      it: [/\bconsiglio nato-russia\b/],
      ru: [/совет\S* россия-нато/, /совет\S* россия - нато/],
      uk: [/рад\S* росія-нато/],
    },
  },
  {
    id: 'armed-conflict',
    label: 'fighting in Ukraine',
    // The war itself, not the threat of it: "a possible invasion" is what every covered story is about.
    patterns: {
      en: [/\b(?:invasion|offensive|attack) (?:began|started|was launched)\b/, /\bsince (?:russia|moscow|russian forces) (?:invaded|launched)\b/, /\bspecial military operation\b/, /\bwar in ukraine\b/, /\bhumanitarian (?:access|corridors?)\b/, /\bshelling\b/],
      de: [/\bkrieg in der ukraine\b/, /\bangriffskrieg\b/, /\bmilitaroperation\b/],
      fr: [/\bguerre en ukraine\b/, /\boperation militaire speciale\b/],
      es: [/\bguerra en ucrania\b/, /\boperacion militar especial\b/],
      it: [/\bguerra in ucraina\b/, /\boperazione militare speciale\b/],
      ru: [/специальн\S* военн\S* операц/],
      uk: [/війн\S* в україні/, /повномасштабн\S* вторгненн/],
    },
  },
];

export const ACTION_IDS: ActionId[] = ACTIONS.map((a) => a.id);

/** The actions a sentence states, in the language given (English patterns too for mixed pages). */
export function actionsIn(folded: string, lang: string): ActionId[] {
  const out: ActionId[] = [];
  for (const a of ACTIONS) {
    const lists = lang === 'en' ? [a.patterns.en] : [a.patterns[lang] ?? [], a.patterns.en];
    if (lists.some((l) => l?.some((re) => re.test(folded)))) out.push(a.id);
  }
  return out;
}
