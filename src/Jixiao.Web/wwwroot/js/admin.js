// Administration pages: small conveniences only; every form works without this file.
(function () {
  'use strict';

  // 全选 / 全不选 for a group of department checkboxes.
  document.querySelectorAll('[data-check-all]').forEach(function (bar) {
    var group = bar.closest('fieldset');
    bar.hidden = false;
    bar.addEventListener('click', function (e) {
      var button = e.target.closest('button[data-check]');
      if (!button) return;
      group.querySelectorAll('input[type=checkbox]:not(:disabled)').forEach(function (box) {
        box.checked = button.dataset.check === 'all';
      });
    });
  });

  // The round's title follows its year while it is still the default title.
  var year = document.getElementById('Year');
  var title = document.getElementById('Title');
  if (year && title) {
    var titleFor = function (y) { return y + '年度部门整体支出绩效自评'; };
    var last = year.value.trim();
    year.addEventListener('input', function () {
      var now = year.value.trim();
      if (title.value.trim() === titleFor(last) && /^\d{4}$/.test(now)) title.value = titleFor(now);
      last = now;
    });
  }
})();
