// Corrections files shared by the corrections and export tests.

/** The example of issue 6, as a reader would write it. */
export const EXAMPLE = `{
  "version": 1,
  "entities": [
    { "name": "Vladimir Putin", "type": "person", "aliases": ["Putin", "the Russian president"], "roles": ["President of Russia"] },
    { "name": "Mehr News Agency", "type": "organization", "aliases": ["MNA"] }
  ],
  "ignore": ["Asia/Tehran"],
  "retype": [{ "text": "Syrian army", "type": "organization" }],
  "speakers": [{ "file": "000_d3ddef007ee00481.txt", "quote": "recent achievements have been", "speaker": "Amir Saeid Iravani" }]
}
`;
