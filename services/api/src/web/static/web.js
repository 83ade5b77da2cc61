// Conveniences only: every page works without this file (the CSP allows no inline script).
(function () {
  'use strict';

  // Progress page: check quietly in the background instead of reloading the page (the <noscript>
  // refresh is the fallback), announce changes through the status region, open the report when ready.
  var poll = document.querySelector('[data-poll]');
  if (poll && window.fetch) {
    var url = poll.getAttribute('data-poll');
    var text = poll.querySelector('[data-status-text]');
    var order = ['queued', 'extracting', 'analysing'];
    var tick = function () {
      fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (s) {
          if (!s) return void setTimeout(tick, 5000);
          if (s.done) return void window.location.assign(s.report);
          if (s.failed) return void window.location.reload();
          if (text && text.textContent !== s.label) text.textContent = s.label;
          var at = order.indexOf(s.state);
          poll.querySelectorAll('[data-step]').forEach(function (li) {
            var i = order.indexOf(li.getAttribute('data-step'));
            var label = li.firstChild ? li.firstChild.textContent.trim() : '';
            li.className = i < at ? 'step-done' : i === at ? 'step-now' : '';
            if (i === at) li.setAttribute('aria-current', 'step'); else li.removeAttribute('aria-current');
            li.textContent = label + ' ';
            if (i <= at) {
              var note = document.createElement('span');
              note.textContent = i < at ? '(done)' : '(happening now)';
              li.appendChild(note);
            }
          });
          setTimeout(tick, 2000);
        })
        .catch(function () { setTimeout(tick, 5000); });
    };
    setTimeout(tick, 1500);
  }

  // Letter page: copy and print buttons (hidden until this script shows them).
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    var box = document.getElementById(button.getAttribute('data-copy'));
    var status = document.querySelector('[data-copy-status]');
    if (!box || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(box.value).then(
        function () { if (status) status.textContent = 'Copied. You can now paste the letter into an email.'; },
        function () { box.focus(); box.select(); if (status) status.textContent = 'Press Ctrl+C (or Cmd+C) to copy the selected letter.'; }
      );
    });
  });
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
