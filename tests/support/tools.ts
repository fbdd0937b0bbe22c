/**
 * For tests that need a program from outside npm (Java, nginx, translate-toolkit). On a contributor's machine a
 * missing program skips the test with a printed reason; in CI (`CI` set, as .ci/run is run), which installs them
 * all, it is an error: a check that silently stops running in CI is no check.
 */
export function skipWithout(what: string, missing: string | undefined): boolean {
  if (!missing) return false;
  if (process.env.CI) throw new Error(`${what} cannot run in CI: ${missing}. .ci/run installs it.`);
  console.warn(`Skipping ${what}: ${missing}`);
  return true;
}
