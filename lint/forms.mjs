// Checks every Camunda Form (*.form) in a folder against what form-js 1.8 (the line Camunda 7.24 Tasklist
// bundles) can render and what an agent needs to read it: known component types, unique ids and keys,
// a label on every field an agent fills in, conditions written as FEEL expressions.
// Usage: node forms.mjs <forms-folder>; exits 1 when any form has an error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TYPES = new Set([
  'default', 'textfield', 'textarea', 'number', 'datetime', 'expression',
  'checkbox', 'checklist', 'radio', 'select', 'taglist',
  'text', 'image', 'table', 'html', 'spacer', 'separator',
  'group', 'dynamiclist', 'iframe', 'button'
]);
const INPUTS = new Set(['textfield', 'textarea', 'number', 'datetime', 'checkbox', 'checklist', 'radio', 'select', 'taglist']);
const VALIDATE_KEYS = new Set(['required', 'minLength', 'maxLength', 'min', 'max', 'pattern', 'validationType']);

function lint(file) {
  const errors = [];
  let schema;
  try {
    schema = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return [`not JSON: ${e.message}`];
  }
  if (schema.type !== 'default') errors.push('root component must have type "default"');
  if (!schema.id) errors.push('form has no id (the formRef of user tasks)');
  if (typeof schema.schemaVersion !== 'number') errors.push('form has no schemaVersion');
  const ids = new Set();
  const keys = new Set();
  const walk = (component, path) => {
    const where = `${path}${component.id ? ` (${component.id})` : ''}`;
    if (!TYPES.has(component.type)) errors.push(`${where}: form-js 1.8 cannot render type "${component.type}"`);
    if (!component.id) errors.push(`${where}: component without id`);
    else if (ids.has(component.id)) errors.push(`${where}: duplicate id`);
    else ids.add(component.id);
    if (component.key !== undefined) {
      if (keys.has(component.key)) errors.push(`${where}: duplicate key "${component.key}"`);
      keys.add(component.key);
    }
    if (INPUTS.has(component.type)) {
      if (!component.key) errors.push(`${where}: input without key`);
      if (!component.label && !component.dateLabel) errors.push(`${where}: input without label`);
    }
    const hide = component.conditional && component.conditional.hide;
    if (hide !== undefined && !(typeof hide === 'string' && hide.startsWith('='))) {
      errors.push(`${where}: conditional.hide must be a FEEL expression starting with "="`);
    }
    for (const k of Object.keys(component.validate || {})) {
      if (!VALIDATE_KEYS.has(k)) errors.push(`${where}: unknown validation "${k}"`);
    }
    if (['select', 'radio', 'checklist', 'taglist'].includes(component.type)
        && !component.values && !component.valuesKey && !component.valuesExpression) {
      errors.push(`${where}: ${component.type} without values`);
    }
    (component.components || []).forEach((c, i) => walk(c, `${path}/${c.key || c.id || i}`));
  };
  walk(schema, '');
  return errors;
}

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node forms.mjs <forms-folder>');
  process.exit(2);
}
let failed = 0;
const files = readdirSync(folder).filter(f => f.endsWith('.form')).sort();
for (const f of files) {
  const errors = lint(join(folder, f));
  if (errors.length) {
    failed++;
    console.log(`\n${join(folder, f)}`);
    errors.forEach(e => console.log(`  error  ${e}`));
  }
}
console.log(`${files.length} forms, ${failed} with errors`);
process.exit(failed ? 1 : 0);
