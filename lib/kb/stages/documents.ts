/**
 * Last stage, documents in output form: each document's parsed fields and its quality notes
 * (garbled spellings found in it, a doubtful date and why, or how an undated document was dated).
 */
import type { Corpus } from '../corpus';
import type { KbDocument } from '../types';
import type { DatesStage } from './dates';
import type { EntitiesStage } from './entities';

export function documentRecords(corpus: Corpus, entities: EntitiesStage, dates: DatesStage): KbDocument[] {
  return corpus.docs.map((d) => {
    const chk = dates.dateCheck.get(d.index);
    return {
      id: d.id,
      file: d.file,
      title: d.parsed.title,
      titleSource: d.parsed.titleSource,
      date: d.parsed.date,
      dateSource: d.parsed.dateSource,
      outlet: d.parsed.outlet,
      paragraphs: d.parsed.paragraphs,
      quality: {
        garbledNames: [...(entities.garbledInDoc.get(d.index) ?? [])].sort((a, b) => (a.surface < b.surface ? -1 : 1)),
        dateInconsistent: chk?.inconsistent ?? false,
        dateNote: chk?.note ?? dates.anchors.get(d.index)?.note ?? null,
      },
    };
  });
}
