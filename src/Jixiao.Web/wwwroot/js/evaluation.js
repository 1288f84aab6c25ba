// Live results: after typing stops, post the form to ?handler=Recompute and show the server's answer.
// All rates, scores and findings come from the server (the one engine); this file only moves HTML.
(() => {
  // After a refused save or submit, the list of what to fix takes the focus, so it is read out first.
  const summary = document.querySelector('.error-summary[tabindex="-1"]');
  if (summary) summary.focus();

  // A link from that list or from the findings to a field puts the cursor in the field, with its label in view;
  // the browser alone would only scroll the input to the top edge.
  document.addEventListener('click', event => {
    const link = event.target.closest('a[href^="#"]');
    if (!link || !link.closest('.error-summary, #results')) return;
    const field = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (!field || !field.matches('input, select, textarea')) return;
    // A figure group the scheme does not ask for is folded: open it, or the field cannot take the focus.
    for (let group = field.closest('details'); group; group = group.parentElement.closest('details')) group.open = true;
    setTimeout(() => {
      field.focus({ preventScroll: true });
      (field.closest('.field') || field).scrollIntoView({ block: 'center' });
    }, 0);
  });

  const form = document.getElementById('evaluation-form');
  const results = document.getElementById('results');
  if (!form || !results || !form.dataset.recompute) return;
  let timer = 0;
  let sequence = 0;

  // Errors from the live results go beside their fields; a field without an error has no error element yet.
  const markFields = () => {
    // The server's answer is the whole truth: errors from an earlier save or recompute go first.
    form.querySelectorAll('.field-error').forEach(span => span.remove());
    form.querySelectorAll('[aria-invalid="true"]').forEach(el => {
      el.removeAttribute('aria-invalid');
      el.removeAttribute('aria-describedby');
    });
    results.querySelectorAll('[data-field]').forEach(item => {
      const input = form.elements.namedItem(item.dataset.field);
      if (!(input instanceof HTMLElement) || !input.id) return;
      let span = document.getElementById(`${input.id}-err`);
      if (!span) {
        span = document.createElement('span');
        span.className = 'field-error';
        span.id = `${input.id}-err`;
        input.insertAdjacentElement('afterend', span);
      }
      span.textContent = item.dataset.message;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', span.id);
    });
  };

  const recompute = async () => {
    const mine = ++sequence;
    const body = new FormData(form);
    try {
      const response = await fetch(form.dataset.recompute, { method: 'POST', body, credentials: 'same-origin' });
      if (!response.ok || mine !== sequence) return;
      results.innerHTML = await response.text();
      results.dataset.updated = String(mine);
      markFields();
      // The list from the refused post goes stale once the live results show no error: say so instead.
      if (summary && summary.classList.contains('error-summary') && !results.querySelector('[data-field-errors], .sev-error')) {
        summary.className = 'notice';
        summary.setAttribute('role', 'status');
        summary.textContent = '上面列出的问题均已修正，请再次保存或提交。';
      }
    } catch {
      // Offline or server restarting: the last results stay; saving reports the problem.
    }
  };

  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(recompute, 300);
  });
  form.addEventListener('change', () => {
    clearTimeout(timer);
    timer = setTimeout(recompute, 50);
  });
})();
