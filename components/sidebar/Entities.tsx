import type { Entity } from '@/lib/kb/types';
import { useState } from 'preact/hooks';
import { MoreToggle, visibleCount } from './MoreToggle';
import { Section } from './Section';

/** People and organisations shown before "Show more": the most mentioned in the story. */
const ENTITY_LIMIT = 8;

const KIND_LABEL: Record<Entity['kind'], string> = { person: 'Person', organisation: 'Organisation', place: 'Place' };

/** People and organisations, with their roles, an organisation's country and every spelling the sources use. */
export function Entities({ entities }: { entities: Entity[] }) {
  const people = entities.filter((e) => e.kind !== 'place');
  const [expanded, setExpanded] = useState(false);
  const count = visibleCount(people.length, ENTITY_LIMIT, expanded);
  return (
    <Section id="entities" testid="entities" title="People and organisations" count={people.length}>
      {people.length === 0 ? (
        <p class="bs-empty">No people or organisations recorded for this story.</p>
      ) : (
        <ul class="bs-list" id="bs-entity-list">
          {people.slice(0, count).map((e) => {
            const others = e.variants.filter((v) => v.form !== e.name);
            return (
              <li key={e.id} class="bs-entity" data-testid="entity" data-entity-id={e.id}>
                <p class="bs-entity-name">
                  {e.name} <span class="bs-muted bs-small">{KIND_LABEL[e.kind]}{e.country ? ` · ${e.country}` : ''}</span>
                </p>
                {e.role && <p class="bs-small">{e.role}</p>}
                {others.length > 0 && (
                  <p class="bs-small bs-variants-line">
                    Also written:{' '}
                    {others.map((v) => (
                      <span key={v.form} class={`bs-chip bs-chip--small${v.garbled ? ' bs-chip--warn' : ''}`} title={v.garbled ? 'Looks like a garbled spelling' : undefined}>
                        {v.form}
                        {v.garbled ? ' · garbled' : ''}
                      </span>
                    ))}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <MoreToggle listId="bs-entity-list" hidden={people.length - count} expanded={expanded} noun="people and organisations" onToggle={() => setExpanded(!expanded)} />
    </Section>
  );
}
