#!/usr/bin/env bash
# Least privilege and no remote code, on the production builds (run after `wxt zip` and `wxt zip -b firefox`):
# scripts/check-manifest.mjs, then Mozilla's add-on linter on the Firefox build. Lint errors fail; its warnings are
# printed and accepted: the missing add-on id (AMO assigns one on signing) and innerHTML inside Readability (on its
# inert clone of the page) and React DOM (the dangerouslySetInnerHTML path, which the extension never uses).
set -euo pipefail
cd "$(dirname "$0")/.."

node scripts/check-manifest.mjs
npx web-ext lint --source-dir .output/firefox-mv2 --no-config-discovery
