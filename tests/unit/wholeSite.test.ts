/**
 * When the whole-site steps run: Docusaurus runs every plugin's postBuild at once, so the whole-site plugin
 * waits for the others' (here with a non-last locale, where it then only reports); and where a locale's build
 * went decides the site's root, a one-locale build at the root failing with a reason.
 */
import type { LoadContext, Plugin, PluginConfig, PluginModule } from '@docusaurus/types';
import { describe, expect, it, vi } from 'vitest';

import { buildOrder, siteRoot, wholeSite } from '../../src/plugins/whole-site';

const context = (outDir: string) =>
  ({
    outDir,
    i18n: { currentLocale: 'en', defaultLocale: 'en', locales: ['en', 'zh-Hans', 'ru'] },
  }) as unknown as LoadContext;

describe('wholeSite', () => {
  it('runs its postBuild after every other plugin’s postBuild of the same build, whatever the order', async () => {
    const done: string[] = [];
    let finishSlow: () => void = () => undefined;
    const slow = (): Plugin => ({
      name: 'slow',
      postBuild: () =>
        new Promise<void>((resolve) => {
          finishSlow = () => {
            done.push('slow');
            resolve();
          };
        }),
    });
    const none = (): Plugin => ({ name: 'no-post-build' });
    const [wrappedSlow, wrappedNone, whole] = wholeSite([slow, none]) as PluginModule[];
    const outDir = '/tmp/site-build';
    const plugins = await Promise.all([whole, wrappedSlow, wrappedNone].map((m) => m(context(outDir), {})));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const props = { outDir } as Parameters<NonNullable<Plugin['postBuild']>>[0];
    // Docusaurus's order: Promise.all over the plugins, the whole-site plugin called first here.
    const all = Promise.all(
      plugins.map(async (plugin, index) => {
        await plugin!.postBuild?.(props);
        done.push(index === 0 ? 'whole-site' : (plugin!.name ?? ''));
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toEqual(['no-post-build']);
    finishSlow();
    await all;
    expect(done.indexOf('whole-site')).toBeGreaterThan(done.indexOf('slow'));
  });

  it('keeps the options validation of a plugin given as its module', () => {
    const validateOptions = vi.fn(({ options }: { options: object }) => options);
    const [wrapped] = wholeSite([[{ default: () => null, validateOptions }, { a: 1 }] as const]) as [
      [PluginModule, object],
      PluginConfig,
    ];
    expect(wrapped[0].validateOptions).toBe(validateOptions);
    expect(wrapped[1]).toEqual({ a: 1 });
  });
});

describe('the site root', () => {
  it('builds the default locale first, then the others in the config’s order', () => {
    expect(buildOrder(['zh-Hans', 'en', 'ru'], 'en')).toEqual(['en', 'zh-Hans', 'ru']);
  });

  it('is the folder each locale’s build goes under, and a one-locale build at the root fails with a reason', () => {
    expect(siteRoot('/site/build/', 'en')).toBe('/site/build');
    expect(siteRoot('/site/build/ru/', 'ru')).toBe('/site/build');
    expect(() => siteRoot('/site/build/', 'ru')).toThrow(/--locale ru.*multi-domain/);
  });
});
