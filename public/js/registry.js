// Small progressive enhancements; every page works without them.
(function () {
  'use strict';
  var token = function () {
    var meta = document.querySelector('meta[name="csrf_token"]');
    return meta ? meta.getAttribute('content') : '';
  };

  // A dialog showing a fragment of the server's (Restore and Delete confirmations); Cancel closes it.
  var dialog = null;
  var openModal = function (html) {
    if (!dialog) {
      dialog = document.createElement('dialog');
      dialog.className = 'modal';
      dialog.setAttribute('aria-labelledby', 'modal-title');
      dialog.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('[data-modal-close]')) dialog.close();
      });
      document.body.appendChild(dialog);
    }
    dialog.innerHTML = html;
    dialog.showModal();
    var confirm = dialog.querySelector('button[type="submit"]');
    if (confirm) confirm.focus();
  };

  // Forms marked data-modal ask in a dialog loaded from that URL; data-confirm forms (and data-modal
  // ones whose dialog cannot be loaded) ask with the browser's confirm().
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form || !form.getAttribute) return;
    var message = form.getAttribute('data-confirm');
    var modal = form.getAttribute('data-modal');
    if (modal && typeof HTMLDialogElement === 'function') {
      event.preventDefault();
      fetch(modal, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.text();
      }).then(openModal).catch(function () {
        if (!message || window.confirm(message)) form.submit();
      });
      return;
    }
    if (message && !window.confirm(message)) event.preventDefault();
  });

  // Alerts: mark the selected rows read or unread without leaving the page.
  var table = document.getElementById('alerts-table');
  if (!table) return;
  var status = document.getElementById('mark-status');
  var buttons = document.querySelectorAll('button[data-mark]');
  Array.prototype.forEach.call(buttons, function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var boxes = table.querySelectorAll('input[name="id__in"]:checked');
      if (boxes.length === 0) { status.textContent = 'Select one or more of your alerts first.'; return; }
      var body = new URLSearchParams();
      Array.prototype.forEach.call(boxes, function (box) { body.append('id__in', box.value); });
      var read = button.getAttribute('data-mark') === 'read';
      fetch(read ? '/alerts/mark_as_read' : '/alerts/mark_as_unread', {
        method: 'PUT',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': token() },
        body: body.toString(),
      }).then(function (response) { return response.json(); }).then(function (result) {
        (result.succeeded || []).forEach(function (id) {
          var row = table.querySelector('tr[data-alert-id="' + id + '"]');
          if (!row) return;
          row.classList.toggle('unread', !read);
          row.querySelector('.read-state').innerHTML = read ? '<span class="badge">Read</span>' : '<span class="badge badge--warn">Unread</span>';
        });
        status.textContent = result.error || ((result.succeeded || []).length + ' marked as ' + (read ? 'read' : 'unread') + '.');
      }).catch(function () { status.textContent = 'The alerts could not be updated. Please reload the page.'; });
    });
  });
})();
