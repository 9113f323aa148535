/*! Gut–Skin Check embed (docs/embedding.md): places the quiz in an iframe
 * where this script stands and keeps the frame as tall as the quiz. The frame
 * is the privacy boundary: the host page's scripts cannot read the answers,
 * and the quiz sends this page nothing but its height. No dependencies. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var quiz = new URL('./', script.src);
  var query = new URLSearchParams();
  ['clinic', 'accent', 'cta-label', 'cta-url', 'lang'].forEach(function (name) {
    var value = script.getAttribute('data-' + name);
    if (value !== null) query.set(name, value);
  });
  // Resize messages may come back to this page's origin only.
  query.set('parent', location.origin);
  quiz.search = query.toString();

  var frame = document.createElement('iframe');
  frame.src = quiz.href;
  frame.title = script.getAttribute('data-title') || 'Gut–Skin Check quiz';
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals');
  frame.setAttribute('allow', 'clipboard-write; web-share');
  frame.setAttribute('scrolling', 'no');
  // Set through the CSSOM, so a strict style-src on the host page allows it.
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = (script.getAttribute('data-height') || '640') + 'px';
  frame.style.overflow = 'hidden';
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener('message', function (event) {
    if (event.origin !== quiz.origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || data.type !== 'gut-skin-check:height') return;
    var height = Math.ceil(Number(data.height));
    if (height > 0 && height < 100000) frame.style.height = height + 'px';
  });
})();
