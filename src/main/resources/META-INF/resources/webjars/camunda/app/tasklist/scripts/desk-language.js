/*
 * Complaint Desk: the language of the webapps (Tasklist, and the welcome page with its login), chosen in the page.
 *
 * Camunda's webapps take the browser's preferred language when config.js lists it (here English and Simplified
 * Chinese) and English otherwise. This script, loaded by config.js (customScripts) before the webapp starts, adds a
 * switch at the bottom of every page: the choice is kept in the browser (localStorage, for every webapp of the
 * desk) and given to the webapp as the browser's preferred language. Without a choice nothing changes.
 */
const KEY = 'complaintDesk.language';
const LANGUAGES = [
  {code: 'en', name: 'English'},
  {code: 'zh', name: '中文'}
];

function chosen() {
  try {
    const code = window.localStorage.getItem(KEY);
    return LANGUAGES.some(language => language.code === code) ? code : null;
  } catch (e) {
    return null; // storage switched off: the browser's language decides
  }
}

const choice = chosen();
if (choice) {
  Object.defineProperty(window.navigator, 'languages', {get: () => [choice], configurable: true});
  Object.defineProperty(window.navigator, 'language', {get: () => choice, configurable: true});
}

/** The language the webapp shows: the choice, or what the webapp takes from the browser. */
function current() {
  const preferred = (window.navigator.languages && window.navigator.languages[0]) || window.navigator.language || '';
  return choice || (preferred.toLowerCase().split('-')[0] === 'zh' ? 'zh' : 'en');
}

function addSwitch() {
  const bar = document.createElement('div');
  bar.className = 'desk-language';
  bar.setAttribute('role', 'navigation');
  bar.setAttribute('aria-label', 'Language / 语言');
  LANGUAGES.forEach(language => {
    const button = document.createElement('button');
    button.type = 'button';
    button.lang = language.code;
    button.textContent = language.name;
    button.dataset.language = language.code;
    if (language.code === current()) {
      button.className = 'active';
      button.setAttribute('aria-pressed', 'true');
    }
    button.addEventListener('click', () => {
      try {
        window.localStorage.setItem(KEY, language.code);
      } catch (e) {
        return;
      }
      window.location.reload();
    });
    bar.appendChild(button);
  });
  document.body.appendChild(bar);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', addSwitch);
} else {
  addSwitch();
}

export default {};
