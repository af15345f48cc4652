// Validates the element templates Camunda Modeler offers for the desk's steps against the official
// Camunda 7 element-template JSON schema (@camunda/element-templates-json-schema), so a template Modeler
// would refuse fails CI. Usage: node templates.mjs <templates-folder>; exits 1 on any error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const schema = require('@camunda/element-templates-json-schema/resources/schema.json');
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node templates.mjs <templates-folder>');
  process.exit(2);
}
let failed = 0;
let count = 0;
const ids = new Map();
for (const f of readdirSync(folder).filter(f => f.endsWith('.json')).sort()) {
  const file = join(folder, f);
  let templates;
  try {
    templates = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`${file}\n  error  not JSON: ${e.message}`);
    failed++;
    continue;
  }
  const errors = [];
  if (!validate(templates)) {
    errors.push(...validate.errors.map(e => `${e.instancePath || '/'} ${e.message}`));
  }
  for (const t of [].concat(templates)) {
    count++;
    const key = `${t.id}@${t.version}`;
    if (ids.has(key)) errors.push(`template ${key} also in ${ids.get(key)}`);
    ids.set(key, f);
  }
  if (errors.length) {
    failed++;
    console.log(`\n${file}`);
    errors.forEach(e => console.log(`  error  ${e}`));
  }
}
console.log(`${count} element templates, ${failed} files with errors`);
process.exit(failed ? 1 : 0);
