/**
 * Writes the browser bundles' text as UTF-8. Docusaurus minifies with `ascii_only`, which escapes every
 * non-ASCII character as `\uXXXX`: each Chinese or Russian letter in the pages' chunks took six bytes instead of
 * two or three, so the Russian full text's chunk was twice the size of its text (and about 1.5 KB more after
 * brotli). The minifier's other options stay Docusaurus's own. (`ascii_only` dates from an UglifyJS bug with
 * emoji in regular expressions, which SWC does not have; the pages declare UTF-8, which their scripts inherit.)
 */
import { getSwcJsMinimizerOptions } from '@docusaurus/faster';
import type { Plugin } from '@docusaurus/types';

type Minimizer = NonNullable<
  NonNullable<Parameters<NonNullable<Plugin['configureWebpack']>>[0]['optimization']>['minimizer']
>[number];

/** The one Rspack class used here (Docusaurus gives the bundler as webpack's type). */
interface RspackMinimizers {
  SwcJsMinimizerRspackPlugin: new (options: { minimizerOptions: object }) => Minimizer;
}

export default function utf8BundlesPlugin(): Plugin {
  return {
    name: 'utf8-bundles',
    configureWebpack(config, isServer, { currentBundler }) {
      const optimization = config.optimization;
      if (isServer || currentBundler.name !== 'rspack' || !optimization?.minimizer) return {};
      const { SwcJsMinimizerRspackPlugin } = currentBundler.instance as unknown as RspackMinimizers;
      const options = getSwcJsMinimizerOptions();
      optimization.minimizer = optimization.minimizer.map((minimizer) =>
        minimizer instanceof SwcJsMinimizerRspackPlugin
          ? new SwcJsMinimizerRspackPlugin({
              minimizerOptions: { minify: true, ...options, format: { ...options.format, ascii_only: false } },
            })
          : minimizer,
      );
      return {};
    },
  };
}
