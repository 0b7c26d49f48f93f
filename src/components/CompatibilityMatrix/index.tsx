import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useAllDocsData} from '@docusaurus/plugin-content-docs/client';
import {LIBRARIES, TYPESCRIPT} from '../../lib/packageNames';
import type {CompatibilityData, CompatibilityLine} from '../../plugins/compatibility';
import type {MatrixRow, MatrixRun} from '../../plugins/tested-with/testedWith';
import styles from './styles.module.css';

interface Props {
  data: CompatibilityData;
}

const PACKAGES = [...LIBRARIES, TYPESCRIPT];

function runText(run: MatrixRun): string {
  const what = run.database ? `${run.check} on ${run.database}` : run.check;
  return `${what}: ${run.passed ? 'passed' : 'failed'}`;
}

function Row({row}: {row: MatrixRow}): ReactNode {
  return (
    <tr>
      <th scope="row">
        <code>examples/{row.example}</code>
        {row.stack && <span className={styles.stack}> on its {row.stack} stack</span>}
      </th>
      <td>{row.nodeVersion}</td>
      <td>
        <ul className={styles.list}>
          {PACKAGES.filter(([name]) => row.packages[name]).map(([name, label]) => (
            <li key={name}>
              {label} {row.packages[name]}
            </li>
          ))}
        </ul>
      </td>
      <td>
        <ul className={styles.list}>
          {row.runs.map((run) => (
            <li key={`${run.check} ${run.database ?? ''}`} className={run.passed ? styles.passed : styles.failed}>
              {runText(run)}
            </li>
          ))}
        </ul>
      </td>
      <td>{row.verified}</td>
    </tr>
  );
}

/** The first guide of a line: its docs version's main page. */
function useFirstGuide(line: CompatibilityLine): string {
  const version = useAllDocsData()[line.family].versions.find((v) => v.name === line.name);
  return version?.docs.find((doc) => doc.id === version.mainDocId)?.path ?? line.route;
}

function Line({line}: {line: CompatibilityLine}): ReactNode {
  const firstGuide = useFirstGuide(line);
  return (
    <section className="margin-bottom--xl">
      <Heading as="h2" id={`${line.family}-${line.name}`}>
        {line.label}
      </Heading>
      <p>
        <Link to={firstGuide}>The {line.familyLabel} guides of this line</Link>
      </p>
      {line.rows.length === 0 ? (
        <p>No example of this line has been run by the matrix yet.</p>
      ) : (
        <div className={styles.scroll} role="region" aria-label={`Tested stacks of ${line.label}`} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Example</th>
                <th scope="col">Node</th>
                <th scope="col">Packages (from its lockfile)</th>
                <th scope="col">Checks</th>
                <th scope="col">Last run</th>
              </tr>
            </thead>
            <tbody>
              {line.rows.map((row) => (
                <Row key={`${row.example} ${row.stack ?? ''} ${row.node}`} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export default function CompatibilityMatrix({data}: Props): ReactNode {
  return (
    <Layout title="Compatibility" description="The exact versions every guide line's examples were tested with, on sql.js, PostgreSQL and MariaDB.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Compatibility</Heading>
        <p>
          Each row is one example, copied out of this handbook on its own and installed from its lockfile, as you would download it, on one Node version:{' '}
          <code>npm ls</code> must be clean, <code>npm start</code> must answer its health check, and its own <code>npm test</code> must pass on sql.js and, on
          an example&apos;s first row, on PostgreSQL and MariaDB (test files that run on in-memory sql.js whatever the setup, such as the mistake programs, run
          on sql.js only). The versions are read from the lockfile that ran. Every change to the handbook runs these rows again before it is published.
        </p>
        {data.lines.map((line) => (
          <Line key={`${line.family} ${line.name}`} line={line} />
        ))}
      </main>
    </Layout>
  );
}
