/** A mistake in how the CLI was called: reported in one line, exit code 2, never a stack trace. */
export class UsageError extends Error {}

/** Input the command cannot use (a malformed line): reported in one line, exit code 1, never a stack trace. */
export class InputError extends Error {}
