// Lines that can never be an article's title, however short and stop-less: what a page or a database prints
// above the headline (an id, a date, the address of the page, a separator). parseArticle files them as
// boilerplate at the top, and neither the headline nor the fallback title is taken from them.

// "5c332342795bd2799e61e1ab" (a database key), "123e4567-e89b-12d3-a456-426614174000" (a UUID), "ggt017" or
// "doc_2016_03" (a file's code: one lower-case token with digits). "COVID-19" or "A380" have capitals and
// two or three digits: a headline may be just that.
const ID = [
  /^(?=\D*\d)[0-9a-f]{8,}$/i,
  /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i,
  /^(?=[a-z_-]*\d)(?=[\d_-]*[a-z])[a-z0-9_-]+$/,
  /^(?=(?:\D*\d){4})[A-Za-z0-9_.-]+$/,
];

// "https://example.com/news/story.html", "www.example.com/story", "example.com/2016/03/04/story".
const URL = /^(?:[a-z][\w+.-]*:\/\/\S+|www\.\S+|[\w-]+(?:\.[\w-]+)+\/\S*)$/i;

// "2016-03-04", "2016-03-04T10:32:00Z", "2016-03-04 10:32:07+01:00".
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/;

// The words a written date or time is made of: "Friday, March 4, 2016 10:32 AM EST", "Updated: 4 Mar 2016".
const DATE_WORD = new RegExp(`\\b(?:${[
  '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?',
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
  '[ap]\\.?m', 'utc|gmt|bst|cet|cest|[ecmp][sd]t', 'st|nd|rd|th', 'at|on|of|updated|published|posted|last modified',
].join('|')})\\b\\.?`, 'gi');

/** A line of nothing but a date, a time or both, in numbers or words ("March 4, 2016 10:32 AM"). */
function isDate(line: string): boolean {
  if (ISO_DATE.test(line)) return true;
  const rest = line.replace(DATE_WORD, ' ');
  return /\d/.test(rest) && /^[\d\s,.:/\-–—|()+[\]]*$/.test(rest);
}

/** Whether the trimmed line is no title: a lone punctuation line, an id, a date or timestamp, or a URL. */
export function isNoTitle(line: string): boolean {
  const t = line.trim();
  return !/[\p{L}\p{N}]/u.test(t) || ID.some((re) => re.test(t)) || URL.test(t) || isDate(t);
}
