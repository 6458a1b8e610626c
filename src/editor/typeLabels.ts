// How each entity type is named to the reader, so that hovers, the outline, the tree and the summary agree.
import type { EntityType } from '../core/model';

/** The type within a sentence: "Brexit · other name". */
export const TYPE_LABEL: Record<EntityType, string> = { person: 'person', organization: 'organisation', place: 'place', misc: 'other name' };

/** A heading over entities of the type, as the NewsLens view names its sections. */
export const TYPE_HEADING: Record<EntityType, string> = { person: 'People', organization: 'Organisations', place: 'Places', misc: 'Other Names' };
