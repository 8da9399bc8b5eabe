// Writes a generated source file only when its content changes (so that watchers and builds stay
// quiet), and tells whether it was out of date.
import { readFileSync, writeFileSync } from 'node:fs';

/** Returns true when the file had to be (re)written. */
export function writeGenerated(path, source) {
  let current;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined; // first run
  }
  if (current === source) return false;
  writeFileSync(path, source);
  return true;
}
