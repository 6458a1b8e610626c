// What the page says to its reader rather than about the news: "Article Continued Below", "Click here",
// "Read more: ...", share, subscribe, sign-up and follow-us lines, advertisements.

import type { FurniturePattern } from './pattern';

/**
 * A sentence that opens with a call to the reader: "Share this article", "Subscribe here.", "Like the page:",
 * "Follow Jane Doe on Twitter @janedoe.", "Follow @outlet.", "For more, sign up for the newsletter.".
 * "Share prices fell" and "Follow the money" open with the same verbs and are not calls.
 */
const CALL_TO_READER = new RegExp(
  '(?:^|[.!?]["”’]?\\s+|\\(\\s*)(?:For more[^,.!?]{0,30},\\s*)?(?:'
  + 'Share (?:this|on|via|and|your|the (?:story|article|post))\\b|Subscribe\\b|[Ss]ign up\\b|Sign in\\b|Log in\\b'
  + '|Like (?:us|the page|our page)\\b|Click (?:here|on|the link|to)\\b|[Cc]lick here\\b'
  + '|Follow (?:us|me|@|[^.!?]{1,120}\\bon (?:Twitter|Facebook|Instagram)\\b)'
  + ')',
);

/** A line of at most sixty words with a call to the reader in it. */
function callsTheReader(line: string): boolean {
  return CALL_TO_READER.test(line) && line.split(/\s+/).length <= 60;
}

export const PROMPTS: readonly FurniturePattern[] = [
  // "Article Continued Below", "Story continues below advertisement", "Continue reading the main story"
  { name: 'continued below', match: /^\(?(?:(?:Article|Story|Text)\s+continues?d?\s+below|Continue reading)\b.{0,40}$/i },
  // "Advertisement", "ADVERTISEMENT - Continue Reading Below", "Sponsored content"
  { name: 'advertisement', match: /^(?:Advertisement|Sponsored(?: content)?|Paid content)(?:\s*[-–—:]\s*.{0,40})?$/i },
  // "Read more: Trump's new plan", "WATCH: ...", "See also -": a link to another page
  { name: 'read more', match: /^(?:READ|Read|SEE|See|WATCH|Watch|LISTEN|Listen)(?:\s+(?:MORE|More|more|ALSO|Also|also))?\s*[:\-–—]\s*\S/ },
  // "Read it all here.", "Watch the full interview here:"
  { name: 'read it here', match: /^(?:Read|Watch|Listen to|See)\s+(?:it all|the (?:full|whole|entire|rest of the)\s+\w+|more)(?:\s+\w+){0,4}\s+here\b.{0,30}$/ },
  { name: 'call to the reader', match: callsTheReader },
  // "Twitter: @janedoe", "Email: jane@example.com", "On Twitter follow Jane Doe https://..."
  { name: 'contact line', match: /^(?:(?:Twitter|Facebook|Instagram|E-?mail)\s*:\s*\S+(?:\s+\S+)?\.?$|On (?:Twitter|Facebook|Instagram),? follow\b)/i },
  // "Share | Tweet | Email", "Follow us", "Comments" (the buttons row)
  { name: 'share buttons', match: /^(?:Share|Print|Email|Send|Tweet|Comments?|Save|Follow us)(?:\s*[|:/•]\s*\w+)*$/i },
];
