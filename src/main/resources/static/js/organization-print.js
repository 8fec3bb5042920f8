// The print button of the 职位职责说明 page (inline handlers are forbidden by the content security policy).
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print-button');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
});
