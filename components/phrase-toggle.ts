/**
 * Figures and findings are toggles for the phrases they came from: pressing one shows its phrase (in the panel and,
 * where a page is open, highlighted on it); pressing it again, or another, ends that.
 */
export interface PhraseToggle {
  /** Key of the pressed figure or finding, `null` when none is. */
  active: string | null;
  onToggle(key: string, phrases: readonly string[]): void;
}
