/**
 * The translation memory as a CAT tool reads it: Debian's translate-toolkit (the library behind Pootle and
 * Virtaal) parses the built `downloads/statement.tmx`, and every unit must come back with its id and the exact
 * texts of the committed sentence map (src/statement/ids/<locale>.json). Skipped, saying why, where the toolkit
 * is not installed (`.ci/run` installs it: `apt-get install translate-toolkit`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { LOCALE_CODES, localePrefix } from '../../src/locales';
import { DOWNLOADS_PATH, TMX_FILE } from '../../src/statement/downloads';
import { ROOT } from '../support/docs';
import { skipWithout } from '../support/tools';
import { baseUrl } from '../support/server';

const PYTHON = '/usr/bin/python3';

/** Reads a TMX file with translate-toolkit and prints its header, source language and units as JSON. */
const READER = `
import json, sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
header = store.document.getroot().find("header")
units = [
    {"id": unit.getid(), "texts": {node.get(XML_LANG): unit.getNodeText(node) for node in unit.getlanguageNodes()}}
    for unit in store.units
]
print(json.dumps({"header": dict(header.attrib), "source": store.getsourcelanguage(), "units": units}))
`;

function toolkitMissing(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'from translate.storage import tmx'], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} not found`;
  if (probe.status !== 0) return `translate-toolkit is not installed for ${PYTHON} (apt-get install translate-toolkit)`;
  return undefined;
}

const missing = skipWithout('the TMX read-back', toolkitMissing());

interface CommittedIds {
  paragraphs: { sentences: { id: string; text: string }[] }[];
}

describe.skipIf(missing)('the translation memory, read by translate-toolkit', () => {
  // Fetched together, before the slow reads: an idle keep-alive connection reused as the server closes it fails.
  const downloaded = new Map<string, Buffer>();
  beforeAll(async () => {
    for (const prefix of LOCALE_CODES.map((code) => localePrefix(code))) {
      const response = await fetch(`${baseUrl()}${prefix}${DOWNLOADS_PATH}/${TMX_FILE}`);
      expect(response.status, prefix).toBe(200);
      expect(response.headers.get('content-type'), prefix).toMatch(/^application\/x-tmx\+xml/);
      downloaded.set(prefix, Buffer.from(await response.arrayBuffer()));
    }
  });

  it.each(LOCALE_CODES.map((code) => localePrefix(code)))(
    'at %s/downloads/statement.tmx has every sentence as a unit, with its id and its exact texts',
    async (prefix) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'tmx-'));
      try {
        const file = path.join(dir, TMX_FILE);
        writeFileSync(file, downloaded.get(prefix)!);
        const read = JSON.parse(execFileSync(PYTHON, ['-c', READER, file], { encoding: 'utf8' })) as {
          header: Record<string, string>;
          source: string;
          units: { id: string; texts: Record<string, string> }[];
        };
        expect(read.source).toBe('en');
        expect(read.header).toMatchObject({ srclang: 'en', segtype: 'sentence', creationtool: 'sco-2023-statement' });
        expect(read.header.creationdate).toMatch(/^\d{8}T\d{6}Z$/);
        const committed = Object.fromEntries(
          LOCALE_CODES.map((code) => [
            code,
            (
              JSON.parse(readFileSync(path.join(ROOT, 'src/statement/ids', `${code}.json`), 'utf8')) as CommittedIds
            ).paragraphs.flatMap((p) => p.sentences),
          ]),
        );
        expect(read.units).toHaveLength(60);
        expect(read.units).toEqual(
          committed.en!.map(({ id }, index) => ({
            id,
            texts: Object.fromEntries(LOCALE_CODES.map((code) => [code, committed[code]![index]!.text])),
          })),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
