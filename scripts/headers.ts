/** Build step: writes build/_headers with a Content-Security-Policy computed from the built pages. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { formatHeadersFile } from '../src/plugins/whole-site/headersFile';
import { buildPolicy, HEADERS_FILE, siteHeaderRules } from '../src/plugins/whole-site/siteHeaders';

async function main(buildDir: string): Promise<void> {
  const { policy, scriptHashes, pages } = await buildPolicy(buildDir);
  await writeFile(path.join(buildDir, HEADERS_FILE), formatHeadersFile(siteHeaderRules(policy)));
  console.log(
    `${buildDir}/${HEADERS_FILE}: Content-Security-Policy of ${policy.length} characters, ${scriptHashes.length} inline script hashes from ${pages} pages`,
  );
}

// A rejection ends the process with an error, so the build fails when the policy cannot be computed.
void main('build');
