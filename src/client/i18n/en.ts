import type { MessageKey } from './vi';

export const en: Record<MessageKey, string> = {
  'app.title': 'Ghi Danh',
  'app.tagline': 'Recording cashless social-assistance payment choices',
  'app.skipToContent': 'Skip to main content',
  'nav.main': 'Main navigation',
  'nav.home': 'Home',
  'nav.device': 'Device',
  'lang.label': 'Language',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
  'home.heading': 'Welcome to Ghi Danh',
  'home.intro':
    'Helps commune staff and payment agents record how beneficiaries want to be paid, at their homes, even without a network.',
  'home.rosterCount': 'Roster on this device: {count} beneficiaries',
  'notFound.heading': 'Page not found',
  'notFound.back': 'Back to home',
  'error.unexpected': 'Something unexpected went wrong. Saved data is still safe on this device.',
  'error.reload': 'Reload',
};
