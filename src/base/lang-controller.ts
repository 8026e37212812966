import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, unwatchLang, watchLang, type LangListener, type Locale } from '../i18n/locale.js';
import { localeReady, usableLocale } from '../i18n/localization.js';

/**
 * The language an element renders in: its own `lang`, else the nearest one
 * above it (across shadow roots), kept up to date when any `lang` on the page
 * changes. In the per-element entries a language's messages load on first use:
 * a new language takes over once they are here, and one whose messages cannot
 * be loaded gives way to English.
 */
export class LangController implements ReactiveController, LangListener {
  locale: Locale = 'en';

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.locale = this.__pageLocale();
    watchLang(this.host, this);
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  /** Called when a `lang` attribute on the page changed. */
  langMaybeChanged(): void {
    const locale = this.__pageLocale();
    // Keep showing the current language until the new one's messages are here.
    if (locale !== this.locale && localeReady(locale, () => this.langMaybeChanged())) {
      this.locale = locale;
      this.host.requestUpdate();
    }
  }

  /** Whether the current language's messages are here; if not, updates the host once they have loaded (or failed). */
  ready(): boolean {
    return localeReady(this.locale, () => {
      this.locale = this.__pageLocale();
      this.host.requestUpdate();
    });
  }

  private __pageLocale(): Locale {
    return usableLocale(resolveLocale(this.host));
  }
}
