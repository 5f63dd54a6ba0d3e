#!/usr/bin/env bash
# End-to-end tests in real browsers: installs Debian's Chromium and Firefox ESR if missing, builds the extension
# (production zips for both browsers, plus the e2e test builds), then runs tests/e2e with node's test runner.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
if [ ${#need[@]} -gt 0 ]; then
  echo "e2e: installing ${need[*]} from Debian"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${need[@]}"
fi

echo "e2e: production builds and zips (chrome-mv3, firefox-mv2)"
npx wxt zip
npx wxt zip -b firefox
node scripts/check-bundles.mjs
bash scripts/lint-extension.sh

echo "e2e: test builds (--mode e2e)"
# WXT sets NODE_ENV to the mode; keep React's production build in the test panel.
NODE_ENV=production npx wxt build --mode e2e
NODE_ENV=production npx wxt build -b firefox --mode e2e

rm -rf tests/e2e/artifacts
mkdir -p tests/e2e/artifacts/screenshots
node --test --test-concurrency=1 --test-reporter=spec tests/e2e/*.e2e.test.mjs
echo "e2e: screenshots in tests/e2e/artifacts/screenshots"
