// Live results: after typing stops, post the form to ?handler=Recompute and show the server's answer.
// All rates, scores and findings come from the server (the one engine); this file only moves HTML.
(() => {
  const form = document.getElementById('evaluation-form');
  const results = document.getElementById('results');
  if (!form || !results || !form.dataset.recompute) return;
  let timer = 0;
  let sequence = 0;

  const markFields = () => {
    form.querySelectorAll('[data-live-error]').forEach(span => { span.textContent = ''; span.removeAttribute('data-live-error'); });
    form.querySelectorAll('[aria-invalid="true"][data-live]').forEach(el => { el.setAttribute('aria-invalid', 'false'); el.removeAttribute('data-live'); });
    results.querySelectorAll('[data-field]').forEach(item => {
      const span = form.querySelector(`.field-error[data-for="${CSS.escape(item.dataset.field)}"]`);
      if (!span) return;
      span.textContent = item.dataset.message;
      span.setAttribute('data-live-error', '');
      const input = document.getElementById(span.id.replace(/-err$/, ''));
      if (input) { input.setAttribute('aria-invalid', 'true'); input.setAttribute('data-live', ''); }
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
