import { defineConfig } from 'wxt';

/** Firefox add-on id used only by test builds (`--mode e2e`), so the e2e tests can pin the add-on's internal UUID. */
export const E2E_GECKO_ID = 'market-report-lens-e2e@tests.invalid';

/**
 * Extension pages (panel, saved-summaries page, background) run only the extension's own scripts, load nothing from
 * elsewhere and connect nowhere but the extension itself: no remote code, no eval, no network, even if a bug let
 * page text through as markup. scripts/check-manifest.mjs checks it is in both builds.
 */
export const EXTENSION_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'self'",
  "img-src 'self'",
  "style-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // The Firefox sources zip (for add-on review) holds the source, not test output or scratch files.
  zip: { excludeSources: ['tests/e2e/artifacts/**', 'tmp/**', '.output/**'] },
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: 'Market Report Lens',
    description: 'Checks the market-size figures and CAGR arithmetic of market-research report pages.',
    // `sidePanel` (Chrome) and `sidebar_action` (Firefox) come from entrypoints/sidepanel; the content script's
    // matches are its only host access. No network permissions: the extension makes no requests.
    permissions: ['storage'],
    content_security_policy: manifestVersion === 2 ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    // An action (browser_action in MV2) for the per-tab badge and the click that opens the panel.
    action: { default_title: 'Market Report Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // The extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
              ...(mode === 'e2e' ? { id: E2E_GECKO_ID } : {}),
            },
          },
        }
      : {}),
  }),
});
