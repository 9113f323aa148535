// Runs before the quiz itself. If this browser cannot run WebAssembly, or the
// quiz fails to start (a file did not arrive), it says so in words instead of
// leaving a blank page. Once the quiz is on screen it does nothing.
(function () {
  'use strict';
  function explain(text) {
    if (document.querySelector('main.quiz') || document.querySelector('.boot-problem')) return;
    var box = document.createElement('main');
    box.className = 'quiz boot-problem';
    box.setAttribute('role', 'alert');
    var title = document.createElement('h1');
    title.textContent = 'Gut–Skin Check cannot start here';
    var body = document.createElement('p');
    body.textContent = text;
    box.appendChild(title);
    box.appendChild(body);
    document.body.appendChild(box);
  }
  function whenReady(run) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
    else run();
  }
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    whenReady(function () {
      explain('This quiz needs a browser that can run WebAssembly. Please update your browser, or open this page in a current version of Chrome, Edge, Firefox or Safari. If WebAssembly is switched off by a policy or a setting, ask whoever manages this device.');
    });
    return;
  }
  function failed() {
    whenReady(function () {
      explain('The quiz could not load. Please check your connection and reload the page.');
    });
  }
  // A file that does not arrive rejects the loader's promise or fails the module.
  window.addEventListener('unhandledrejection', failed);
  window.addEventListener('error', failed);
})();
