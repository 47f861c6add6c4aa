/**
 * Site furniture that ends up in copied news text and is not part of the report. Patterns are
 * generic (they describe kinds of furniture, not particular seeds), ordered by how they are used.
 */

/** Whole paragraphs to drop. */
export const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /\bfollow (?:us|our)\b.*\b(?:google news|twitter|facebook|telegram|channel|newsletter)\b/i,
  /^(?:no|\d+) comments?\.?$/i,
  /^(?:sign up|subscribe)\b.*\b(?:newsletter|updates|alerts)\b/i,
  /^(?:advertisement|sponsored( content)?|share this( article)?|click here\b.*)$/i,
  /^(?:this|the) (?:story|article|report|post)\b.{0,80}\b(?:updated?|developing|breaking)\b[^]{0,40}$/i,
  /^(?:copyright|©)\b/i,
];

/** A paragraph that introduces a list of links ("Read extra:", "Related:"). The list follows it. */
export const LINK_LIST_INTRO = /^(?:read|see|watch)\s+(?:more|also|extra|next|this)\b[^.!?]{0,20}:?$|^(?:related|more on this|more from\b.*|recommended)(?:\s+(?:articles?|stories|coverage|content|reading))?\s*:?$/i;

/** A video teaser ends with its running time ("… with Ukraine? 2:07"). */
export const VIDEO_LENGTH = /\s(\d{1,2}:\d{2}(?::\d{2})?)$/;
