import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {HomeFamily, HomeLine} from '../../plugins/home-page';
import styles from './styles.module.css';

interface Props {
  /** every family, line and guide (src/plugins/home-page) */
  families: HomeFamily[];
}

function Line({line}: {line: HomeLine}): ReactNode {
  return (
    <section className="col margin-bottom--md" aria-label={line.label}>
      <Heading as="h3" className={styles.line}>
        {line.label}
      </Heading>
      <p className={styles.status}>
        {line.unmaintained ? 'No longer maintained upstream. ' : ''}
        {line.verified && (
          <>
            Last verified <time dateTime={line.verified}>{line.verified}</time>.
          </>
        )}
      </p>
      <ul>
        {line.guides.map((guide) => (
          <li key={guide.permalink}>
            <Link to={guide.permalink}>{guide.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function HomePage({families}: Props): ReactNode {
  return (
    <Layout description="Versioned guides for running several databases in one TypeScript application, built from examples the test suite runs or type-checks.">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">Multi-Database Handbook</Heading>
          <p className={styles.tagline}>
            Several databases in one TypeScript application. Every snippet here is cut from an example project. The NestJS examples run end to end in the tests,
            so their code is the code that passed; the eloquent-orm.js examples are type-checked, and what they do follows the package&apos;s source.
          </p>
          <Link to="/compatibility">Every tested stack</Link>
        </div>
      </header>
      <main className="container margin-vert--lg">
        {families.map((family) => (
          <section key={family.id} className={styles.family} aria-label={family.title}>
            <Heading as="h2">{family.title}</Heading>
            <p>{family.summary}</p>
            <div className="row">
              {family.lines.map((line) => (
                <Line key={line.label} line={line} />
              ))}
            </div>
          </section>
        ))}
      </main>
    </Layout>
  );
}
