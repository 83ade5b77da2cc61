// A text layer that is there but garbled: a font embedded without a proper ToUnicode map extracts as
// symbols ("S+*#~%+=^"), CID numbers or private-use characters, or as words with letters swapped for
// punctuation ("T#e follo$in% Education, Healt# & Ca&e Plan"). Such a page looks right on screen and
// reads as nonsense, so it is left out rather than judged.

// A token that reads as a word, a number, a date, an abbreviation or a reference ("6.28-6.29", "1:1", "SaLT", "e.g.").
const READABLE = /^[("'“‘\[]*(?:[A-Za-zÀ-ÿ]+(?:['’.\-/][A-Za-zÀ-ÿ]+)*\.?|\d+(?:[.,:/\-–x×]\d+)*(?:st|nd|rd|th|am|pm|%|cm|kg)?|[£$€]\d+(?:[.,]\d+)*|&|–|—|-|•|\/)[)"'”’\],.;:!?]*$/;
const BROKEN_CHAR = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000E-\u001F]|\(cid:\d+\)/g;

/** Whether a page's text is garbled: most of its tokens are not words, or it is full of broken characters. */
// A blank form's fields ("{{ need_2 }}", "{% if %}", "<< name >>") are not words, but not garbled either.
const PLACEHOLDER = /\{\{[^{}]{0,200}\}\}|\{%[^{}]{0,200}%\}|<<[^<>]{0,200}>>/g;

// Markdown's marks kept as characters (a plan written in Markdown and printed): "##", "|", "|---|---|",
// "**Label:**" are layout, neither words nor garbage.
const MARKDOWN_MARK = /(?<=^|\s)(?:#{1,6}|\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?)?|\|)(?=\s|$)|\*\*|__(?=[^\s_])|(?<=[^\s_])__/g;

export function isGarbledText(text: string): boolean {
  const t = text.replace(PLACEHOLDER, ' ').replace(MARKDOWN_MARK, ' ').trim();
  if (t.length < 20) return false;
  const broken = t.match(BROKEN_CHAR)?.length ?? 0;
  if (broken / t.length > 0.1) return true;
  const tokens = t.split(/\s+/).filter(Boolean);
  if (tokens.length < 4) return false;
  const readable = tokens.filter((w) => READABLE.test(w)).length;
  return readable / tokens.length < 0.6;
}
