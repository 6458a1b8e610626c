// The article texts a report reads honorifics and line numbers from, taken from a CorpusIndex (which keeps
// every text) on first use.
export function corpusTexts(index: { entries(): Iterable<{ path: string; text: string }> }): (path: string) => string | undefined {
  let texts: Map<string, string> | undefined;
  return (path) => {
    if (!texts) {
      texts = new Map();
      for (const e of index.entries()) texts.set(e.path, e.text);
    }
    return texts.get(path);
  };
}
