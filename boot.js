// Runs before the quiz itself. If this browser cannot run WebAssembly, or the
// quiz fails to start (a file did not arrive), it says so in words, in the
// visitor's language, instead of leaving a blank page. Once the quiz is on
// screen it does nothing.
(function () {
  'use strict';
  var TEXT = {
    en: ['Gut–Skin Check cannot start here', 'This quiz needs a browser that can run WebAssembly. Please update your browser, or open this page in a current version of Chrome, Edge, Firefox or Safari.', 'The quiz could not load. Please check your connection and reload the page.'],
    es: ['Gut–Skin Check no puede empezar aquí', 'Este test necesita un navegador que pueda ejecutar WebAssembly. Actualiza tu navegador o abre esta página en una versión actual de Chrome, Edge, Firefox o Safari.', 'No se ha podido cargar el test. Comprueba tu conexión y recarga la página.'],
    de: ['Gut–Skin Check kann hier nicht starten', 'Dieser Test braucht einen Browser, der WebAssembly ausführen kann. Bitte aktualisiere deinen Browser oder öffne die Seite in einer aktuellen Version von Chrome, Edge, Firefox oder Safari.', 'Der Test konnte nicht geladen werden. Bitte prüfe deine Verbindung und lade die Seite neu.'],
    fr: ['Gut–Skin Check ne peut pas démarrer ici', 'Ce questionnaire a besoin d’un navigateur capable d’exécuter WebAssembly. Mettez votre navigateur à jour ou ouvrez cette page dans une version récente de Chrome, Edge, Firefox ou Safari.', 'Le questionnaire n’a pas pu se charger. Vérifiez votre connexion et rechargez la page.'],
    ar: ['لا يمكن تشغيل Gut–Skin Check هنا', 'يحتاج هذا الاختبار إلى متصفح يدعم WebAssembly. يرجى تحديث متصفحك أو فتح هذه الصفحة في إصدار حديث من Chrome أو Edge أو Firefox أو Safari.', 'تعذّر تحميل الاختبار. يرجى التحقق من الاتصال وإعادة تحميل الصفحة.'],
  };
  function language() {
    var wanted = [new URLSearchParams(location.search).get('lang')].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < wanted.length; i++) {
      var tag = String(wanted[i] || '').slice(0, 2).toLowerCase();
      if (TEXT[tag]) return tag;
    }
    return 'en';
  }
  // The intro in index.html is English and for a fresh start. Anything else
  // (a question or result in the address, a clinic's settings, another
  // language, answers to resume) waits for the quiz instead of flashing it.
  var plain = !location.hash && !location.search && language() === 'en';
  // The two keys are put in at build time from src/web/storage.rs
  // (tools/write-boot.mjs), so they cannot drift from the quiz's own.
  try {
    plain = plain && !sessionStorage.getItem(STORAGE_KEY_ANSWERS) && !sessionStorage.getItem(STORAGE_KEY_LANGUAGE);
  } catch (blocked) {
    // Storage refused: nothing can have been saved either.
  }
  if (!plain) document.documentElement.classList.add('prerender-off');

  // The WebAssembly is fetched, and the quiz takes over, only once the
  // browser has painted the intro: a person sees it at once, and on a slow
  // line the first screen does not share the connection with the download.
  var introPainted;
  window.gutSkinCheckIntroPainted = new Promise(function (resolve) {
    introPainted = resolve;
  });
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (plain && types.indexOf('paint') >= 0) {
    new PerformanceObserver(function (list, observer) {
      observer.disconnect();
      introPainted();
    }).observe({ type: 'paint', buffered: true });
  } else {
    introPainted();
  }

  function explain(which) {
    if (document.querySelector('main.quiz:not(#static-intro)') || document.querySelector('.boot-problem')) return;
    var intro = document.getElementById('static-intro');
    if (intro) intro.parentNode.removeChild(intro);
    var lang = language();
    var box = document.createElement('main');
    box.className = 'quiz boot-problem';
    box.setAttribute('role', 'alert');
    box.setAttribute('lang', lang);
    box.setAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    var title = document.createElement('h1');
    title.textContent = TEXT[lang][0];
    var body = document.createElement('p');
    body.textContent = TEXT[lang][which];
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
      explain(1);
    });
    return;
  }
  function failed() {
    whenReady(function () {
      explain(2);
    });
  }
  // A file that does not arrive rejects the loader's promise or fails the module.
  window.addEventListener('unhandledrejection', failed);
  window.addEventListener('error', failed);
})();
