#!/usr/bin/env bash
# Lints the models and forms as Camunda Modeler shows them (see README, "Changing the models").
# Installs the pinned linters (package-lock.json) on first use; exits non-zero on any error.
set -uo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error || exit 1
fi
rc=0
echo "== bpmnlint (recommended + Camunda 7.24) =="
npx --no-install bpmnlint ../processes/*.bpmn || rc=1
echo "== dmnlint (recommended) =="
npx --no-install dmnlint ../processes/*.dmn || rc=1
echo "== forms =="
node forms.mjs ../forms || rc=1
echo "== element templates =="
node templates.mjs ../.camunda/element-templates || rc=1
[ $rc -eq 0 ] && echo "models and forms: 0 errors"
exit $rc
