/*! Gut–Skin Check embed (docs/embedding.md): places the quiz in an iframe
 * where this script stands. The frame is the privacy boundary: the quiz runs
 * on its own origin, so this page's scripts cannot read the answers, and the
 * quiz sends this page nothing at all. The frame keeps the height chosen
 * here whatever is answered (the quiz scrolls inside it), so its size tells
 * nothing either. No dependencies. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var quiz = new URL('./', script.src);
  var say = 'Gut–Skin Check: ';
  // On the host page's own origin, the page's scripts could read the answers
  // from the quiz's storage: no frame is better than a leaky one.
  if (quiz.origin === location.origin) {
    console.error(say + 'embed.js does not place the quiz on a page of its own origin (' + location.origin + '): scripts of this page could read the answers. Serve the quiz from an origin of its own, such as a subdomain (docs/embedding.md).');
    return;
  }
  var query = new URLSearchParams();
  // A clinic is chosen by its id in clinics.json on the quiz's server; the
  // look and the call to action come from there, never from this page.
  ['clinic', 'lang'].forEach(function (name) {
    var value = script.getAttribute('data-' + name);
    if (value !== null) query.set(name, value);
  });
  ['accent', 'cta-label', 'cta-url'].forEach(function (name) {
    if (script.hasAttribute('data-' + name)) {
      console.warn(say + 'data-' + name + ' is ignored: a clinic\u2019s name, colour and call to action are set in clinics.json on the quiz\u2019s server and chosen with data-clinic="<id>" (docs/embedding.md).');
    }
  });
  quiz.search = query.toString();

  // The height: the page's choice (data-height, in pixels), else most of the
  // visitor's screen, clamped; never the quiz's.
  var height = Number(script.getAttribute('data-height'));
  if (!(height >= 320 && height <= 4000)) {
    if (script.hasAttribute('data-height')) console.warn(say + 'data-height must be a number of pixels from 320 to 4000; the default is used.');
    height = Math.round(Math.min(Math.max((window.innerHeight || 700) * 0.9, 480), 900));
  }

  var frame = document.createElement('iframe');
  frame.src = quiz.href;
  frame.title = script.getAttribute('data-title') || 'Gut–Skin Check quiz';
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals');
  frame.setAttribute('allow', 'clipboard-write; web-share');
  // No referrer: the quiz's server need not learn which page embedded it.
  frame.setAttribute('referrerpolicy', 'no-referrer');
  // Set through the CSSOM, so a strict style-src on the host page allows it.
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = height + 'px';
  script.parentNode.insertBefore(frame, script.nextSibling);
})();
