import * as vscode from 'vscode';

// "the engine failed on a.txt: model file /…/dist/models/ner.bin: truncated or damaged (…)" (or speech.bin)
const MODEL_FAILURE = /model file (.+?): (.+)$/;

/**
 * Shows a failure to load a model (entities, or reported speech) once, as an error the reader sees (every article fails the same
 * way, so the output channel alone would look like an empty corpus). Returns whether the reason was one.
 */
export function modelFailureNotice(): (reason: string) => boolean {
  let shown = false;
  return (reason) => {
    const m = MODEL_FAILURE.exec(reason);
    if (!m) return false;
    if (!shown) {
      shown = true;
      const what = /speech\.bin$/.test(m[1]) ? 'reported speech and its speakers' : 'people, organisations and places';
      void vscode.window.showErrorMessage(`NewsLens cannot find ${what}: its model file ${m[1]} ${m[2]}. Reinstall the extension (or run npm run train in a development copy).`);
    }
    return true;
  };
}
