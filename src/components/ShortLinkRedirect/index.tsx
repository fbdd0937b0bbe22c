import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import { useEffect, type ReactNode } from 'react';

interface Props {
  /** The full path (with locale prefix) and anchor the short link stands for. */
  readonly target: string;
}

/** A short link's page: redirects to its target (meta refresh without JavaScript, location.replace with it). */
export default function ShortLinkRedirect({ target }: Props): ReactNode {
  useEffect(() => {
    window.location.replace(target);
  }, [target]);
  return (
    <Layout
      title={translate({ id: 'shortLink.title', message: 'Redirecting…', description: 'Title of a short link page while it redirects' })}
      noFooter>
      <Head>
        <meta httpEquiv="refresh" content={`0; url=${target}`} />
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--xl">
        <p>
          <Link to={target}>
            <Translate id="shortLink.link" description="Link shown on a short link page while it redirects">
              Go to the passage
            </Translate>
          </Link>
        </p>
      </main>
    </Layout>
  );
}
