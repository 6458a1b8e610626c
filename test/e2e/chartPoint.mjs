// The functions given to frame.evaluate run in the page, where these exist.
/* global document */
// Where to click a bar of a dashboard chart, for the end-to-end tests (the standalone report page and the
// webview in the workbench share it).

/**
 * A point on the first (top) bar of the chart `name`, relative to its canvas (CSS pixels): the middle of the
 * first run of at least 30 drawn pixels of one colour below the legend (whose swatches are narrower and
 * toggle a series when clicked). Glyphs and 1-pixel grid lines make no such run. The colour is not assumed:
 * a webview draws in its theme's colours, which may be translucent. `frame` is a Playwright page or frame;
 * null when no bar is drawn.
 */
export function barPosition(frame, name) {
  return frame.evaluate((name) => {
    const canvas = document.getElementById(`${name}-chart`);
    const { width, height } = canvas;
    const { data } = canvas.getContext('2d').getImageData(0, 0, width, height);
    const same = (i, j) => Math.abs(data[i] - data[j]) + Math.abs(data[i + 1] - data[j + 1]) + Math.abs(data[i + 2] - data[j + 2]) < 6;
    const rect = canvas.getBoundingClientRect();
    const minRun = Math.max(30, Math.round(width * 0.04));
    for (let y = Math.floor(height * 0.12); y < height; y += 2) {
      let run = 0;
      for (let x = 1; x < width; x++) {
        const i = (y * width + x) * 4;
        run = data[i + 3] > 60 && same(i, i - 4) ? run + 1 : 0;
        if (run >= minRun) return { x: ((x - run / 2) * rect.width) / width, y: ((y + 3) * rect.height) / height };
      }
    }
    return null;
  }, name);
}

/**
 * Clicks the first bar of the chart `name` in `frame`; throws when the chart has drawn none. Chart.js fades
 * bars in: the point is taken once two readings 300 ms apart agree (a half-drawn bar has another colour).
 */
export async function clickBar(frame, name) {
  const canvas = frame.locator(`#${name}-chart`);
  await canvas.scrollIntoViewIfNeeded();
  let position = await barPosition(frame, name);
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 300));
    const again = await barPosition(frame, name);
    if (position && again && again.x === position.x && again.y === position.y) break;
    position = again;
  }
  if (!position) throw new Error(`no bar found in the ${name} chart`);
  await canvas.click({ position });
}
