import { defineConfig } from 'wxt';

/** Firefox add-on id used only by test builds (`--mode e2e`), so the e2e tests can pin the add-on's internal UUID. */
export const E2E_GECKO_ID = 'market-report-lens-e2e@tests.invalid';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // The Firefox sources zip (for add-on review) holds the source, not test output or scratch files.
  zip: { excludeSources: ['tests/e2e/artifacts/**', 'tmp/**', '.output/**'] },
  manifest: ({ mode, browser }) => ({
    name: 'Market Report Lens',
    description: 'Checks the market-size figures and CAGR arithmetic of market-research report pages.',
    // `sidePanel` (Chrome) and `sidebar_action` (Firefox) come from entrypoints/sidepanel; the content script's
    // matches are its only host access. No network permissions: the extension makes no requests.
    permissions: ['storage'],
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
