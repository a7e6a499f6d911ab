// Validates the AsyncAPI document with the AsyncAPI parser and renders it to one static HTML page (render.mjs).
// Usage: node catalog.mjs <asyncapi.yaml> <page.html>
// Installs the locked tools into node_modules first when the lock file changed since the last install.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from './render.mjs';

const DRAFT_04 = 'application/schema+json;version=draft-04';
const moduleDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const [documentPath, pagePath] = process.argv.slice(2);
if (!documentPath || !pagePath) {
  fail('usage: node catalog.mjs <asyncapi.yaml> <page.html>');
}

ensureInstalled();
const require = createRequire(join(moduleDir, 'package.json'));
const document = await validate(readFileSync(documentPath, 'utf8'));
writePage(render(document.json()));
console.log(`${documentPath}: valid AsyncAPI ${document.version()}, ${document.allMessages().length} messages; rendered ${pagePath}`);

/** Writes the page; on CI (CI=true), where the build must not change the committed docs, a stale page fails instead. */
function writePage(page) {
  const current = existsSync(pagePath) ? readFileSync(pagePath, 'utf8') : '';
  if (current === page) {
    return;
  }
  if (process.env.CI === 'true') {
    fail(`${pagePath} is not the page ${documentPath} renders to; build locally and commit it`);
  }
  writeFileSync(pagePath, page);
}

/** npm ci when package-lock.json differs from the one node_modules was installed from. */
function ensureInstalled() {
  const lock = readFileSync(join(moduleDir, 'package-lock.json'));
  const digest = createHash('sha256').update(lock).digest('hex');
  const stamp = join(moduleDir, 'node_modules', '.installed-lock-sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) {
    return;
  }
  const npm = spawnSync('npm', ['ci', '--prefer-offline'], { cwd: moduleDir, stdio: 'inherit', shell: process.platform === 'win32' });
  if (npm.status !== 0) {
    fail(`npm ci failed in ${moduleDir} (exit ${npm.status ?? npm.error})`);
  }
  writeFileSync(stamp, digest);
}

/**
 * Parses the document against the AsyncAPI rules, then checks what the parser leaves to tools for AsyncAPI 3: that
 * each draft-04 payload schema is a valid draft-04 schema, and that each message's examples conform to it. Any error
 * or warning fails the build.
 */
async function validate(text) {
  const { Parser, DiagnosticSeverity } = require('@asyncapi/parser');
  const parser = new Parser();
  parser.registerSchemaParser(draft04SchemaParser());
  const { document, diagnostics } = await parser.parse(text, { source: resolve(documentPath) });
  const problems = [];
  for (const d of diagnostics) {
    const level = d.severity === DiagnosticSeverity.Error ? 'error' : d.severity === DiagnosticSeverity.Warning ? 'warning' : 'note';
    const line = `${level}: ${d.code}: ${d.message} at /${d.path.join('/')}`;
    console.log(line);
    if (d.severity <= DiagnosticSeverity.Warning) {
      problems.push(line);
    }
  }
  if (document) {
    problems.push(...draft04Problems(document));
  }
  problems.filter((p) => !p.startsWith('error: ') && !p.startsWith('warning: ')).forEach((p) => console.log(`error: ${p}`));
  if (!document || problems.length > 0) {
    fail(`${documentPath}: ${problems.length} problem(s) found`);
  }
  return document;
}

function draft04Problems(document) {
  const Ajv04 = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  const problems = [];
  for (const message of document.allMessages()) {
    const payload = message.json().payload;
    if (payload?.schemaFormat !== DRAFT_04) {
      continue;
    }
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    if (!ajv.validateSchema(payload.schema)) {
      problems.push(`message ${message.id()}: payload is not a draft-04 schema: ${ajv.errorsText(ajv.errors)}`);
      continue;
    }
    const validateExample = ajv.compile(payload.schema);
    for (const example of message.examples().all()) {
      if (!validateExample(example.payload())) {
        problems.push(`message ${message.id()}: example ${example.name()} breaks its payload schema: ${ajv.errorsText(validateExample.errors)}`);
      }
    }
  }
  return problems;
}

/** Lets the parser read draft-04 payloads (it knows draft-07); their checks are in draft04Problems. */
function draft04SchemaParser() {
  return {
    getMimeTypes: () => [DRAFT_04],
    async validate() {
      return [];
    },
    async parse(input) {
      return input.data;
    },
  };
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
