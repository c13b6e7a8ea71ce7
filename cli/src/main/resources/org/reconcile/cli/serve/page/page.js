"use strict";
(function () {
  const app = document.getElementById("app");
  let facts = {}, words = {}, answers = {}, skipped = new Set(), asked = 0;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "text") node.textContent = value; else node.setAttribute(key, value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  function show(...nodes) {
    app.replaceChildren(...nodes);
    const focus = app.querySelector("[data-focus]");
    if (focus) focus.focus();
  }

  function problem(form, message) {
    let p = form.querySelector(".problem");
    if (!p) { p = el("p", { class: "problem", role: "alert", id: "problem" }); form.append(p); }
    p.textContent = message;
  }

  async function getJson(path) {
    const response = await fetch(path);
    if (!response.ok) throw new Error(path + " answered " + response.status);
    return response.json();
  }

  async function advise() {
    const response = await fetch("/v1/advice", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(answers)
    });
    const result = await response.json();
    if (result.error) throw new Error(result.error.message);
    return result;
  }

  function progress() {
    return el("p", { class: "progress", text: "Question " + (asked + 1) });
  }

  function buttons(...list) { return el("div", { class: "buttons" }, ...list); }

  function askDays() {
    const input = el("input", { type: "number", id: "days", name: "days", min: "0", max: "36500", inputmode: "numeric", required: "", "data-focus": "", "aria-describedby": "days-hint" });
    const form = el("form", { novalidate: "" },
      progress(),
      el("label", { for: "days", class: "question", text: facts.daysSinceBreakup.question }),
      el("p", { class: "hint", id: "days-hint", text: "A number of days, such as 45 for about a month and a half." }),
      input,
      buttons(el("button", { type: "submit", text: "Next" })));
    form.addEventListener("submit", event => {
      event.preventDefault();
      const days = Number(input.value);
      if (input.value.trim() === "" || !Number.isInteger(days) || days < 0 || days > 36500) {
        input.setAttribute("aria-invalid", "true");
        problem(form, "Please give a whole number of days, from 0 to 36500.");
        input.focus();
        return;
      }
      answers = { daysSinceBreakup: days };
      asked++;
      askStage();
    });
    show(form);
  }

  function options(fact, type) {
    return facts[fact].values.map((value, i) =>
      el("label", { class: "option" },
        el("input", Object.assign({ type: type, name: fact, value: value.value }, i === 0 ? { "data-focus": "" } : {})),
        el("span", { text: value.label })));
  }

  function askStage() {
    const form = el("form", {},
      progress(),
      el("fieldset", {}, el("legend", { text: facts.stage.question }), ...options("stage", "radio")),
      buttons(el("button", { type: "submit", text: "Next" })));
    form.addEventListener("submit", event => {
      event.preventDefault();
      const picked = form.querySelector("input:checked");
      if (!picked) { problem(form, "Please pick the one that fits best."); return; }
      answers.stage = picked.value;
      asked++;
      next();
    });
    show(form);
  }

  function askYesNo(question) {
    const answer = value => () => {
      if (value === null) skipped.add(question.fact); else answers[question.fact] = value;
      asked++;
      next();
    };
    const yes = el("button", { type: "button", "data-answer": "yes", "data-focus": "", text: "Yes" });
    const no = el("button", { type: "button", "data-answer": "no", text: "No" });
    const skip = el("button", { type: "button", class: "quiet", "data-answer": "skip", text: "Skip" });
    yes.addEventListener("click", answer(true));
    no.addEventListener("click", answer(false));
    skip.addEventListener("click", answer(null));
    show(el("div", { role: "group", "aria-labelledby": "q" },
      progress(), el("h2", { id: "q", text: question.ask }), buttons(yes, no, skip)));
  }

  function askChoices(question) {
    const form = el("form", {},
      progress(),
      el("fieldset", {}, el("legend", { text: question.ask }),
         el("p", { class: "hint", text: "Pick all that apply." }), ...options(question.fact, "checkbox")),
      buttons(el("button", { type: "submit", text: "Next" }),
              el("button", { type: "button", class: "quiet", "data-answer": "skip", text: "Skip" })));
    form.addEventListener("submit", event => {
      event.preventDefault();
      const picked = [...form.querySelectorAll("input:checked")].map(input => input.value);
      if (picked.length === 0) { problem(form, "Please pick at least one, or Skip."); return; }
      answers[question.fact] = picked;
      asked++;
      next();
    });
    form.querySelector("[data-answer=skip]").addEventListener("click", () => { skipped.add(question.fact); asked++; next(); });
    show(form);
  }

  async function next() {
    let result;
    try {
      result = await advise();
    } catch (error) {
      show(el("p", { class: "problem", role: "alert", text: "Sorry, the advice could not be worked out: " + error.message }));
      return;
    }
    const question = result.questions.find(q => !skipped.has(q.fact));
    if (!question) { report(result); return; }
    if (facts[question.fact].type === "BOOLEAN") askYesNo(question); else askChoices(question);
  }

  function report(result) {
    const nodes = [];
    if (result.safety) {
      nodes.push(el("div", { class: "safety", id: "safety", role: "note", tabindex: "-1", "data-focus": "", text: result.safety }));
    }
    // The focus goes to the safety note when there is one, so that it is read first.
    nodes.push(el("h2", Object.assign({ tabindex: "-1" }, result.safety ? {} : { "data-focus": "" }), "What we'd suggest"));
    nodes.push(el("p", { class: "verdict", id: "verdict", "data-verdict": result.verdict, text: words[result.verdict] }));
    if (result.daysToWait !== undefined) {
      nodes.push(el("p", { class: "wait", id: "days-to-wait",
        text: "In " + result.daysToWait + (result.daysToWait === 1 ? " day" : " days") + ", it will have been a month since the breakup. Come back to this then." }));
    }
    if (result.recommendations.length) {
      nodes.push(el("h3", { text: "What to do" }));
      nodes.push(el("ul", { class: "advice" }, ...result.recommendations.map(r =>
        el("li", {}, el("span", { text: r.advice }), el("blockquote", { text: "“" + r.source + "”" })))));
    }
    if (result.questions.length) {
      nodes.push(el("h3", { text: "Before you act on this, think about" }));
      nodes.push(el("ul", { class: "left", id: "questions-left" }, ...result.questions.map(q =>
        el("li", { text: q.ask + " (your answer could change this to: " + q.couldChangeTo.map(v => words[v].toLowerCase()).join(" or ") + ")" }))));
    }
    const again = el("button", { type: "button", class: "quiet", text: "Start again" });
    again.addEventListener("click", start);
    nodes.push(buttons(again));
    show(...nodes);
  }

  function start() {
    answers = {}; skipped = new Set(); asked = 0;
    askDays();
  }

  Promise.all([getJson("/v1/facts"), getJson("/v1/verdicts")]).then(([factList, verdictList]) => {
    factList.forEach(fact => { facts[fact.name] = fact; });
    verdictList.forEach(v => { words[v.verdict] = v.words; });
    start();
  }).catch(error => show(el("p", { class: "problem", role: "alert", text: "Sorry, the questions could not be loaded: " + error.message })));
})();
