/** Bumped whenever extraction output changes, so caches written by older engines are rebuilt. */
export const ENGINE_VERSION = '0.5.0';
