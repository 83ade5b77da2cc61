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

  // Upload form: a photo or a Word 97-2003 file is refused before it is sent, in the server's own
  // words (the page lists the first bytes of each kind it refuses); the server checks again anyway.
  document.querySelectorAll('input[type="file"][data-refuse]').forEach(function (input) {
    var kinds;
    try { kinds = JSON.parse(input.getAttribute('data-refuse')); } catch (err) { return; }
    if (!window.Blob || !Blob.prototype.arrayBuffer || !input.form) return;
    var refused = null;
    var errorId = input.id + '-early-error';
    var show = function (message) {
      var old = document.getElementById(errorId);
      if (old) old.parentNode.removeChild(old);
      var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id && id !== errorId; });
      if (message) {
        var span = document.createElement('span');
        span.className = 'error-message';
        span.id = errorId;
        span.setAttribute('role', 'alert');
        var hiddenLabel = document.createElement('span');
        hiddenLabel.className = 'vh';
        hiddenLabel.textContent = 'Error: ';
        span.appendChild(hiddenLabel);
        span.appendChild(document.createTextNode(message));
        input.parentNode.insertBefore(span, input);
        described.push(errorId);
        input.setAttribute('aria-invalid', 'true');
      } else {
        input.removeAttribute('aria-invalid');
      }
      input.setAttribute('aria-describedby', described.join(' '));
    };
    input.addEventListener('change', function () {
      refused = null;
      show(null);
      var file = input.files && input.files[0];
      if (!file) return;
      file.slice(0, 8).arrayBuffer().then(function (buf) {
        var hex = Array.prototype.map.call(new Uint8Array(buf), function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
        var name = file.name.toLowerCase();
        for (var i = 0; i < kinds.length; i++) {
          var k = kinds[i];
          if (hex.indexOf(k.bytes) === 0 && !(k.unlessNameEndsWith && name.slice(-k.unlessNameEndsWith.length) === k.unlessNameEndsWith)) {
            refused = k.message;
            show(refused);
            return;
          }
        }
      });
    });
    input.form.addEventListener('submit', function (ev) {
      if (!refused) return;
      ev.preventDefault();
      show(refused);
      input.focus();
    });
  });

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
