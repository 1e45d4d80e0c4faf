// Search as you type: the search page fetches its own HTML for the new query and swaps in the
// filters and results, keeping the text box (and the caret) untouched. The address follows the
// query, so a reload, a shared link and the back button all show the same results.

const DEBOUNCE_MS = 300;

function urlFor(form) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (value === "" || (name === "sort" && value === "relevance")) continue;
    params.append(name, value);
  }
  const query = params.toString();
  return form.getAttribute("action") + (query ? `?${query}` : "");
}

function replaceOrRemove(current, next, insert) {
  if (current && next) {
    current.replaceWith(next);
  } else if (current) {
    current.remove();
  } else if (next) {
    insert(next);
  }
}

export function enhanceSearch(form, initAll) {
  const input = form.querySelector("input[name='q']");
  const status = document.getElementById("search-status");
  let timer = null;
  let controller = null;
  // True while one burst of typing owns the current history entry (so back skips keystrokes).
  let typing = false;

  function swap(doc) {
    document.title = doc.title;
    const heading = document.querySelector("h1");
    replaceOrRemove(
      document.querySelector(".govuk-error-summary"),
      doc.querySelector(".govuk-error-summary"),
      (node) => heading.before(node),
    );
    const focusedId = document.activeElement && document.activeElement.id;
    const layout = form.querySelector(".app-filter-layout");
    const nextLayout = doc.querySelector("form[data-app-live-search] .app-filter-layout");
    replaceOrRemove(layout, nextLayout, (node) => form.append(node));
    // The text box stays; only its error state follows the server's answer.
    const group = input.closest(".govuk-form-group");
    const nextInput = doc.querySelector("form[data-app-live-search] input[name='q']");
    const nextGroup = nextInput && nextInput.closest(".govuk-form-group");
    if (group && nextGroup) {
      group.className = nextGroup.className;
      input.className = nextInput.className;
      replaceOrRemove(group.querySelector(".govuk-error-message"), nextGroup.querySelector(".govuk-error-message"), (node) => input.parentElement.before(node));
      const describedBy = nextInput.getAttribute("aria-describedby");
      if (describedBy) input.setAttribute("aria-describedby", describedBy);
      else input.removeAttribute("aria-describedby");
    }
    // The language switch and alternates keep the query, as the server would have written them.
    for (const link of document.querySelectorAll(".app-language-switch__link, link[rel='alternate'][hreflang]")) {
      const selector = link.tagName === "A" ? ".app-language-switch__link" : `link[rel='alternate'][hreflang='${link.getAttribute("hreflang")}']`;
      const next = doc.querySelector(selector);
      if (next) link.setAttribute("href", next.getAttribute("href"));
    }
    if (nextLayout) initAll({ scope: nextLayout });
    if (focusedId && focusedId !== input.id) {
      const again = document.getElementById(focusedId);
      if (again) again.focus();
    }
  }

  // Reads the page after the swap (the new nodes have moved out of the fetched document).
  function announce() {
    const error = document.querySelector(".govuk-error-summary__list");
    const count = document.getElementById("results-heading");
    const text = (error || count || { textContent: "" }).textContent.replace(/\s+/g, " ").trim();
    // Clearing first makes screen readers repeat a count that has not changed.
    status.textContent = "";
    window.setTimeout(() => { status.textContent = text; }, 100);
  }

  async function update(url, mode) {
    if (controller) controller.abort();
    controller = new AbortController();
    let response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: "text/html" } });
    } catch (error) {
      if (error.name !== "AbortError") window.location.assign(url);
      return;
    }
    if (!response.ok && response.status !== 400) {
      window.location.assign(url);
      return;
    }
    const doc = new DOMParser().parseFromString(await response.text(), "text/html");
    if (mode === "push") window.history.pushState({ appSearch: true }, "", url);
    if (mode === "replace") window.history.replaceState({ appSearch: true }, "", url);
    swap(doc);
    announce();
  }

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      update(urlFor(form), typing ? "replace" : "push");
      typing = true;
    }, DEBOUNCE_MS);
  });
  input.addEventListener("blur", () => { typing = false; });

  form.addEventListener("change", (event) => {
    if (event.target === input) return;
    typing = false;
    window.clearTimeout(timer);
    update(urlFor(form), "push");
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    typing = false;
    window.clearTimeout(timer);
    update(urlFor(form), "push");
  });

  window.addEventListener("popstate", () => {
    typing = false;
    window.clearTimeout(timer);
    input.value = new URLSearchParams(window.location.search).get("q") || "";
    update(window.location.href, "none");
  });
}
