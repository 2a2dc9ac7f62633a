// Kept in step with package.json by a test (tests/cli.test.ts).
export const VERSION = "0.1.0";
/** Where coach's source lives: install from it (`npm install -g git+URL.git`) and report bugs there. */
export const REPOSITORY = "https://github.com/de-escalation-coach/coach";
