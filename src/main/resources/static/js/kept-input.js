// A form sent after the session had ended comes back once after the login, filled in with what was typed (decision
// 0063). The values come as data on the notice; this fills the form with the kept action by field name, opens any
// closed <details> around it, puts the notice at the top of the form and moves focus there. Nothing is sent.
(function () {
  var notice = document.getElementById('kept-input');
  if (!notice) {
    return;
  }
  var typed = JSON.parse(notice.getAttribute('data-kept-input'));
  var action = notice.getAttribute('data-kept-action');
  var form = Array.prototype.find.call(document.forms, function (candidate) {
    return candidate.method === 'post' && new URL(candidate.action, location.href).pathname === action;
  });
  if (!form) {
    return;
  }
  Array.prototype.forEach.call(form.elements, function (field) {
    fill(field, Object.prototype.hasOwnProperty.call(typed, field.name) ? typed[field.name] : null);
  });
  for (var around = form.parentElement; around; around = around.parentElement) {
    if (around.tagName === 'DETAILS') {
      around.open = true;
    }
  }
  form.insertBefore(notice, form.firstChild);
  notice.hidden = false;
  notice.focus();

  // Fields the server makes (the form's key and version) and buttons keep what the page has now.
  function fill(field, values) {
    var type = field.type;
    if (!field.name || type === 'hidden' || type === 'submit' || type === 'button' || type === 'file'
        || type === 'password' || field.tagName === 'FIELDSET' || field.tagName === 'BUTTON') {
      return;
    }
    if (type === 'checkbox' || type === 'radio') {
      // a box left unticked is not sent: absent means unticked
      field.checked = values !== null && values.indexOf(field.value) >= 0;
    } else if (field.tagName === 'SELECT' && field.multiple) {
      Array.prototype.forEach.call(field.options, function (option) {
        option.selected = values !== null && values.indexOf(option.value) >= 0;
      });
    } else if (values !== null) {
      var same = form.querySelectorAll('[name="' + CSS.escape(field.name) + '"]');
      field.value = values[Array.prototype.indexOf.call(same, field)] || '';
    }
  }
})();
