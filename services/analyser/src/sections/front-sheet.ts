// Front-sheet fields: a label that begins with a section's title but names a field of the front sheet
// ("Social Care Reference:", "Placement start date:"), which is neither a section nor a statement.

// The field word after the title, before the field's colon or at the line's end ("Social care worker:",
// "Advice received from:"); a title that goes on in words ("Placement name and type of school") is a heading.
const FIELD_WORD = /^\s*(?:reference|ref\.?|number|nos?\.?|id|worker|officer|co-?ordinator|contact|lead|manager|team|name|(?:start |review |end |issue )?date|telephone|tel\.?|e-?mail|address|received from|from|panel|status)\s*(?:[:|\-–]|$)/i;

export function fieldLabel(afterTitle: string): boolean {
  return FIELD_WORD.test(afterTitle);
}
