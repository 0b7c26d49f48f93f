import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {useAllDocsData} from '@docusaurus/plugin-content-docs/client';
import styles from './index.module.css';

interface Family {
  /** the docs plugin id (tools/families.mjs) */
  id: string;
  title: string;
  summary: string;
  guides: {label: string; to: string}[];
}

const families: Family[] = [
  {
    id: 'nestjs-query',
    title: 'NestJS + nestjs-query + TypeORM',
    summary:
      'Keep some entities in a second database: named TypeORM connections, feature modules that name their connection, GraphQL on top. Runs on sql.js, PostgreSQL and MariaDB.',
    guides: [
      {label: 'Overview', to: '/nestjs-query/'},
      {label: 'Multiple databases', to: '/nestjs-query/multiple-databases'},
      {label: 'Upgrading from NestJS 11 to 12', to: '/nestjs-query/upgrading-from-nestjs-11'},
      {label: 'Upgrading from 0.30 to 9.x', to: '/nestjs-query/upgrading-from-0.30'},
    ],
  },
  {
    id: 'eloquent',
    title: 'eloquent-orm.js',
    summary:
      'One default selector, one test selector, and models that pin their own connection: how the package picks a connection, and how to run SQL and Mongo side by side.',
    guides: [{label: 'Multi-Connection Strategy', to: '/eloquent/multi-connection-strategy'}],
  },
];

export default function Home(): ReactNode {
  // The lines' labels name the stacks their examples' lockfiles install (docusaurus.config.ts).
  const docs = useAllDocsData();
  return (
    <Layout description="Versioned guides for running several databases in one TypeScript application, built from examples the test suite runs or type-checks.">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">Multi-Database Handbook</Heading>
          <p className={styles.tagline}>
            Several databases in one TypeScript application. Every snippet here is cut from an example project. The test suite runs the NestJS examples end to
            end, so that code is the code that passed; the eloquent-orm.js examples are type-checked only, since the package cannot be installed here.
          </p>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <div className="row">
          {families.map((family) => (
            <section key={family.title} className="col col--6 margin-bottom--lg">
              <div className={styles.card}>
                <Heading as="h2">{family.title}</Heading>
                <p>{family.summary}</p>
                <p className={styles.versions}>Guide lines: {docs[family.id].versions.map((version) => version.label).join('; ')}</p>
                <ul>
                  {family.guides.map((guide) => (
                    <li key={guide.to}>
                      <Link to={guide.to}>{guide.label}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            </section>
          ))}
        </div>
      </main>
    </Layout>
  );
}
