"use strict";
// The page of reconcile serve: one question per step, each step an entry of the browser's history
// (the answers stay in memory only), then the advice with the answers given, each one changeable.
(function () {
  const app = document.getElementById("app");
  const status = document.getElementById("status");
  const exit = document.getElementById("exit");
  const SKIP = "I’d rather not say";
  // When the days are not said, the advice is worked out for a breakup a month ago, and says so.
  const ASSUMED_DAYS = 30;
  const RANGES = [
    { value: "under-a-month", label: "Less than a month ago", days: 0 },
    { value: "one-to-three-months", label: "One to three months ago", days: 30 },
    { value: "three-to-twelve-months", label: "Three months to a year ago", days: 91 },
    { value: "over-a-year", label: "More than a year ago", days: 366 }
  ];
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

  let facts = {}, verdicts = {}, estimate = 5;
  // days: {how: "range"|"date"|"number"|"skip", value (days sent), range, day, month, year, number}
  let days, answers, skipped, asked, kinds, order, extras, result, cache;
  let shown = 0, busyNow = false;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === false || value === null || value === undefined) continue;
      if (key === "text") node.textContent = value; else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
    return node;
  }

  function buttons(...list) { return el("div", { class: "buttons" }, ...list); }

  function link(text, hidden, action, attrs) {
    const a = el("a", Object.assign({ href: "#" }, attrs || {}), text, hidden ? el("span", { class: "visually-hidden", text: " " + hidden }) : null);
    a.addEventListener("click", event => { event.preventDefault(); if (!busyNow) action(); });
    return a;
  }

  function setTitle(text) { document.title = text; }

  // ---- Talking to the server ----

  function body() {
    const sent = { daysSinceBreakup: days && days.how !== "skip" ? days.value : ASSUMED_DAYS };
    return JSON.stringify(Object.assign(sent, answers));
  }

  async function advise() {
    const sent = body();
    if (cache.has(sent)) return cache.get(sent);
    const response = await fetch("/v1/advice", { method: "POST", headers: { "Content-Type": "application/json" }, body: sent });
    const answer = await response.json();
    if (!response.ok || answer.error) throw new Error(answer.error ? answer.error.message : "the server answered " + response.status);
    cache.set(sent, answer);
    return answer;
  }

  async function getJson(path) {
    const response = await fetch(path);
    if (!response.ok) throw new Error(path + " answered " + response.status);
    return response.json();
  }

  // ---- Steps and the browser's history ----

  function go(step, returnTo) {
    const n = history.state && typeof history.state.n === "number" ? history.state.n + 1 : 0;
    history.pushState({ step: step, returnTo: returnTo || null, n: n }, "");
    render(step);
  }

  function render(wanted) {
    // After "Start again", the steps of before lead back to the first question.
    const step = wanted !== "days" && !days ? "days" : wanted !== "days" && wanted !== "stage" && !stageDone() ? "stage" : wanted;
    shown++;
    busyNow = false;
    status.textContent = "";
    app.removeAttribute("aria-busy");
    if (step === "days") askDays();
    else if (step === "stage") askStage();
    else if (step.startsWith("fact:") && facts[step.slice(5)]) askFact(step.slice(5));
    else showAdvice();
  }

  window.addEventListener("popstate", event => {
    if (!facts.stage) return;
    render(event.state && event.state.step ? event.state.step : "days");
  });

  function returnTo() { return history.state ? history.state.returnTo : null; }

  function backLink() {
    if (!history.state || !history.state.n) return null;
    return link("Back", null, () => history.back(), { class: "back", id: "back" });
  }

  function stageDone() { return "stage" in answers || skipped.has("stage"); }

  function open(fact) { return !(fact in answers) && !skipped.has(fact); }

  function nextStep() {
    if (!days) return "days";
    if (!stageDone()) return "stage";
    const question = result.questions.find(q => open(q.fact));
    return question ? "fact:" + question.fact : "advice";
  }

  // Questions still to come after the one shown: those of the last result not yet asked.
  function toCome(except) {
    const list = result ? result.questions.filter(q => open(q.fact) && q.fact !== except && !order.includes(q.fact)).length : estimate;
    return list;
  }

  // ---- Busy, errors and failures ----

  function setBusy(container, on) {
    busyNow = on;
    if (on) container.setAttribute("aria-busy", "true"); else container.removeAttribute("aria-busy");
    container.querySelectorAll("input, button").forEach(control => { control.disabled = on; });
    // Said once to screen readers (the status line, which stays), and shown beside the button.
    status.textContent = on ? "Working..." : "";
    container.querySelectorAll(".working").forEach(node => node.remove());
    const row = container.querySelector(".buttons");
    if (on && row) row.append(el("span", { class: "working", id: "working", "aria-hidden": "true", text: "Working..." }));
  }

  // Sends the answers, then moves on with the next step; on a failure the step stays, with its
  // answer, and offers to try again.
  async function send(form, then) {
    if (busyNow) return;
    clearFailure(form);
    const mine = shown;
    setBusy(form, true);
    let answer;
    try {
      answer = await advise();
    } catch (error) {
      if (mine !== shown) return;
      setBusy(form, false);
      showFailure(form, () => send(form, then));
      return;
    }
    if (mine !== shown) return;
    result = answer;
    then();
  }

  function showFailure(container, retry) {
    const heading = el("h2", { id: "failure-title", tabindex: "-1", text: "Sorry, the advice could not be worked out just now" });
    const again = el("button", { type: "button", id: "try-again", text: "Try again" });
    again.addEventListener("click", () => { if (!busyNow) retry(); });
    container.prepend(el("div", { class: "failure", id: "failure", "aria-labelledby": "failure-title" }, heading,
      el("p", { text: "Your answers are kept. The reconcile server may have stopped, or the connection dropped. Check that it is running, then try again." }),
      buttons(again)));
    if (!document.title.startsWith("Error: ")) setTitle("Error: " + document.title);
    heading.focus();
  }

  function clearFailure(container) {
    const failure = container.querySelector("#failure");
    if (failure) failure.remove();
    document.title = document.title.replace(/^Error: /, "");
  }

  function clearErrors(form) {
    form.querySelectorAll(".error-summary, .error-message").forEach(node => node.remove());
    form.querySelectorAll("[aria-invalid]").forEach(node => node.removeAttribute("aria-invalid"));
    form.querySelectorAll(".group-error").forEach(node => node.classList.remove("group-error"));
    form.querySelectorAll("[data-describedby]").forEach(node => {
      if (node.dataset.describedby) node.setAttribute("aria-describedby", node.dataset.describedby); else node.removeAttribute("aria-describedby");
    });
    document.title = document.title.replace(/^Error: /, "");
  }

  // errors: [{target: the control to focus, group: where the message goes (first), describes: the
  // element the message describes, invalid: the controls to mark, message}]
  function showErrors(form, errors) {
    clearErrors(form);
    const items = errors.map(error => {
      const id = error.target.id + "-error";
      error.group.classList.add("group-error");
      error.group.insertBefore(el("p", { class: "error-message", id: id },
        el("span", { class: "visually-hidden", text: "Error: " }), error.message), error.at || error.group.firstChild);
      const describes = error.describes;
      if (!describes.dataset.describedby) describes.dataset.describedby = describes.getAttribute("aria-describedby") || "";
      describes.setAttribute("aria-describedby", (id + " " + describes.dataset.describedby).trim());
      (error.invalid || [error.target]).forEach(control => control.setAttribute("aria-invalid", "true"));
      const jump = el("a", { href: "#" + error.target.id, text: error.message });
      jump.addEventListener("click", event => {
        event.preventDefault();
        error.target.focus();
        error.group.scrollIntoView({ block: "start" });
      });
      return el("li", {}, jump);
    });
    const summary = el("div", { class: "error-summary", id: "error-summary", tabindex: "-1", "aria-labelledby": "error-summary-title" },
      el("h2", { id: "error-summary-title", text: "There is a problem" }), el("ul", {}, ...items));
    form.prepend(summary);
    setTitle("Error: " + document.title);
    summary.focus();
    summary.scrollIntoView({ block: "start" });
  }

  // ---- A question step ----

  // One question in a form: Back, what number it is, the question as a heading (which gets the
  // focus), a hint, the choices, and Continue.
  function questionStep(title, question, hint, content, onSubmit) {
    setTitle(title);
    const heading = el("h2", { id: "question", tabindex: "-1", text: question });
    const hintNode = hint ? el("p", { class: "hint", id: "question-hint", text: hint }) : null;
    const fieldset = el("fieldset", { id: "answer-group", "aria-describedby": hint ? "question-hint" : null },
      el("legend", {}, el("span", { class: "caption", text: title }), heading), hintNode, ...content);
    const form = el("form", { novalidate: true, id: "step" }, fieldset,
      buttons(el("button", { type: "submit", id: "continue", text: "Continue" })));
    form.addEventListener("submit", event => {
      event.preventDefault();
      if (!busyNow) onSubmit(form, fieldset);
    });
    app.replaceChildren(...[backLink(), form].filter(Boolean));
    heading.focus();
    return form;
  }

  function choice(type, name, value, label, checked, id) {
    return el("label", { class: "option", for: id },
      el("input", { type: type, name: name, value: value, id: id, checked: checked }),
      el("span", { text: label }));
  }

  function skipChoice(type, name, checked) {
    return [el("p", { class: "or", text: "or" }), choice(type, name, "skip", SKIP, checked, name + "-skip")];
  }

  // After an answer: back to the advice when the person came from it, else on to the next step.
  function answered(form, needsAdvice) {
    if (!returnTo() && !needsAdvice) { go(nextStep()); return; }
    send(form, () => go(returnTo() === "advice" ? "advice" : nextStep(), null));
  }

  function askDays() {
    const how = days ? days.how : null;
    const radios = RANGES.map((range, i) =>
      choice("radio", "when", range.value, range.label, how === "range" && days.range === range.value, "when-" + i));
    const field = (id, label, width, value, inputmode) => el("div", { class: "field" },
      el("label", { for: id, text: label }),
      el("input", { type: "text", id: id, name: id, class: width, inputmode: inputmode || "numeric", value: value || "", autocomplete: "off" }));
    const dateReveal = el("div", { class: "reveal", id: "when-date-reveal", hidden: how !== "date" },
      el("p", { class: "hint", id: "date-hint", text: "For example, 27 3 2026" }),
      el("div", { class: "fields", role: "group", "aria-labelledby": "when-date-label", "aria-describedby": "date-hint" },
        field("date-day", "Day", "w2", how === "date" ? days.day : ""),
        field("date-month", "Month", "w2", how === "date" ? days.month : ""),
        field("date-year", "Year", "w4", how === "date" ? days.year : "")));
    const numberReveal = el("div", { class: "reveal", id: "when-number-reveal", hidden: how !== "number" },
      field("days-number", "Number of days", "w6", how === "number" ? String(days.number) : ""));
    const dateChoice = choice("radio", "when", "date", "I know the date", how === "date", "when-date");
    dateChoice.querySelector("span").id = "when-date-label";
    const content = [...radios, dateChoice, dateReveal,
      choice("radio", "when", "number", "I know how many days ago", how === "number", "when-number"), numberReveal,
      ...skipChoice("radio", "when", how === "skip")];
    const form = questionStep("Question 1 of about " + (2 + toCome()), "When did you break up?",
      "Choose whichever is easiest: roughly, a date, or a number of days.", content, submitDays);
    form.addEventListener("change", () => {
      const picked = form.querySelector("input[name=when]:checked");
      dateReveal.hidden = !picked || picked.value !== "date";
      numberReveal.hidden = !picked || picked.value !== "number";
    });
  }

  function submitDays(form, fieldset) {
    const picked = form.querySelector("input[name=when]:checked");
    if (!picked) {
      showErrors(form, [{ target: form.querySelector("#when-0"), group: fieldset, at: fieldset.querySelector(".hint").nextSibling,
        describes: fieldset, message: "Choose when you broke up, or “" + SKIP + "”" }]);
      return;
    }
    let given;
    if (picked.value === "skip") {
      given = { how: "skip" };
    } else if (picked.value === "date") {
      const inputs = ["date-day", "date-month", "date-year"].map(id => form.querySelector("#" + id));
      const [day, month, year] = inputs.map(input => input.value.trim());
      const problem = dateProblem(day, month, year);
      if (problem) {
        const reveal = form.querySelector("#when-date-reveal");
        showErrors(form, [{ target: inputs[0], group: reveal, describes: reveal.querySelector(".fields"), invalid: inputs, message: problem.message }]);
        return;
      }
      given = { how: "date", value: daysSince(day, month, year), day: day, month: month, year: year };
    } else if (picked.value === "number") {
      const input = form.querySelector("#days-number");
      const text = input.value.trim();
      if (!/^\d{1,5}$/.test(text) || Number(text) > 36500) {
        const reveal = form.querySelector("#when-number-reveal");
        showErrors(form, [{ target: input, group: reveal, describes: input,
          message: text === "" ? "Enter the number of days since the breakup, such as 45" : "Enter a whole number of days from 0 to 36500, such as 45" }]);
        return;
      }
      given = { how: "number", value: Number(text), number: Number(text) };
    } else {
      const range = RANGES.find(r => r.value === picked.value);
      given = { how: "range", value: range.days, range: range.value };
    }
    days = given;
    answered(form, false);
  }

  function dateProblem(day, month, year) {
    if (day === "" && month === "" && year === "") return { message: "Enter the date you broke up, such as 27 3 2026" };
    if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
      return { message: "The date must have a day, a month and a four-digit year, such as 27 3 2026" };
    }
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return { message: "The date must be a real date, such as 27 3 2026" };
    const since = daysSince(day, month, year);
    if (since < 0) return { message: "The date must be today or in the past" };
    if (since > 36500) return { message: "The date must be within the last 100 years" };
    return null;
  }

  function daysSince(day, month, year) {
    const now = new Date();
    const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    return Math.round((today - Date.UTC(Number(year), Number(month) - 1, Number(day))) / 86400000);
  }

  function askStage() {
    const current = skipped.has("stage") ? "skip" : answers.stage;
    const content = [...facts.stage.values.map((value, i) => choice("radio", "stage", value.value, value.label, current === value.value, "stage-" + i)),
      ...skipChoice("radio", "stage", current === "skip")];
    questionStep("Question 2 of about " + (2 + toCome()), facts.stage.question, null, content, (form, fieldset) => {
      const picked = form.querySelector("input[name=stage]:checked");
      if (!picked) {
        showErrors(form, [{ target: form.querySelector("#stage-0"), group: fieldset, at: fieldset.querySelector("label.option"),
          describes: fieldset, message: "Choose how far things have gone, or “" + SKIP + "”" }]);
        return;
      }
      if (picked.value === "skip") { delete answers.stage; skipped.add("stage"); } else { answers.stage = picked.value; skipped.delete("stage"); }
      answered(form, true);
    });
  }

  function askFact(fact) {
    const offered = result && (result.questions.find(q => q.fact === fact) || result.followUps.find(q => q.fact === fact));
    if (offered) asked[fact] = offered.ask;
    if (!kinds[fact]) kinds[fact] = result && result.followUps.some(q => q.fact === fact) ? "followUp" : "question";
    const list = kinds[fact] === "followUp" ? extras : order;
    if (!list.includes(fact)) list.push(fact);
    const question = questionText(fact);
    let title;
    if (kinds[fact] === "followUp") {
      const more = result ? result.followUps.filter(q => open(q.fact) && !extras.includes(q.fact)).length : 0;
      title = "Optional question " + (extras.indexOf(fact) + 1) + " of about " + (extras.length + more);
    } else {
      title = "Question " + (3 + order.indexOf(fact)) + " of about " + (2 + order.length + toCome(fact));
    }
    const type = facts[fact].type;
    const current = skipped.has(fact) ? "skip" : answers[fact];
    let content;
    if (type === "BOOLEAN") {
      content = [choice("radio", fact, "yes", "Yes", current === true, fact + "-yes"),
        choice("radio", fact, "no", "No", current === false, fact + "-no"), ...skipChoice("radio", fact, current === "skip")];
    } else {
      const picked = Array.isArray(current) ? current : [];
      content = [...facts[fact].values.map((value, i) => choice("checkbox", fact, value.value, value.label, picked.includes(value.value), fact + "-" + i)),
        el("p", { class: "or", text: "or" }),
        choice("checkbox", fact, "none", "None of these", Array.isArray(current) && current.length === 0, fact + "-none"),
        choice("checkbox", fact, "skip", SKIP, current === "skip", fact + "-skip")];
    }
    const form = questionStep(title, question, type === "BOOLEAN" ? null : "Choose all that apply.", content, (form, fieldset) => {
      const checked = [...form.querySelectorAll("input[name=" + fact + "]:checked")].map(input => input.value);
      if (checked.length === 0) {
        showErrors(form, [{ target: form.querySelector("input[name=" + fact + "]"), group: fieldset, at: fieldset.querySelector("label.option"),
          describes: fieldset, message: type === "BOOLEAN" ? "Choose yes, no, or “" + SKIP + "”" : "Choose all that apply, “None of these”, or “" + SKIP + "”" }]);
        return;
      }
      if (checked.includes("skip")) { delete answers[fact]; skipped.add(fact); } else {
        skipped.delete(fact);
        answers[fact] = type === "BOOLEAN" ? checked[0] === "yes" : checked.filter(value => value !== "none");
      }
      answered(form, true);
    });
    if (type !== "BOOLEAN") {
      // "None of these" and "I'd rather not say" each stand alone.
      form.addEventListener("change", event => {
        const box = event.target;
        if (!box.checked) return;
        const alone = box.value === "none" || box.value === "skip";
        form.querySelectorAll("input[name=" + fact + "]:checked").forEach(other => {
          if (other !== box && (alone || other.value === "none" || other.value === "skip")) other.checked = false;
        });
      });
    }
  }

  // ---- The advice, with the answers ----

  async function showAdvice() {
    const mine = shown;
    setTitle("Your advice");
    const heading = el("h2", { id: "advice-title", tabindex: "-1", text: "Your advice" });
    app.replaceChildren(...[backLink(), heading, el("p", { text: "Working..." })].filter(Boolean));
    setBusy(app, true);
    heading.focus();
    let answer;
    try {
      answer = await advise();
    } catch (error) {
      if (mine !== shown) return;
      setBusy(app, false);
      app.replaceChildren(...[backLink(), heading].filter(Boolean));
      showFailure(app, () => render("advice"));
      return;
    }
    if (mine !== shown) return;
    setBusy(app, false);
    result = answer;
    report(answer);
  }

  // The question as the server words it at the person's stage (someone back together is asked
  // why they got back together, not why they want to).
  function questionText(fact) {
    const byStage = facts[fact].byStage;
    const stage = answers.stage || "NO_CONTACT";
    if (byStage && byStage[stage]) return byStage[stage].question;
    return asked[fact] || facts[fact].question;
  }

  function verdictWords(verdict) {
    const known = verdicts[verdict];
    if (!known) return verdict;
    const stage = answers.stage || "NO_CONTACT";
    return known.byStage && known.byStage[stage] ? known.byStage[stage] : known.words;
  }

  function report(result) {
    const nodes = [backLink()];
    if (result.safety) {
      nodes.push(el("div", { class: "safety", id: "safety", role: "note", tabindex: "-1", text: result.safety }));
    }
    const heading = el("h2", { id: "advice-title", tabindex: "-1", text: "What we’d suggest" });
    nodes.push(heading, el("p", { class: "verdict", id: "verdict", "data-verdict": result.verdict, text: verdictWords(result.verdict) }));
    if (days.how === "skip") {
      nodes.push(el("p", { class: "assumed", id: "days-assumed",
        text: "You didn’t say when you broke up, so this is the advice for a breakup at least a month ago. In the first month, the guidance’s advice is to wait." }));
    } else if (result.daysToWait !== undefined) {
      nodes.push(el("p", { class: "wait", id: "days-to-wait", text: days.how === "range"
        ? "Once it has been a month since the breakup, come back to this."
        : "In " + result.daysToWait + (result.daysToWait === 1 ? " day" : " days") + ", it will have been a month since the breakup. Come back to this then." }));
    }
    if (result.recommendations.length) {
      nodes.push(el("h3", { text: "What to do" }));
      nodes.push(el("ul", { class: "advice" }, ...result.recommendations.map(r =>
        el("li", {}, el("span", { text: r.advice }), el("blockquote", { text: "“" + r.source + "”" })))));
    }
    if (result.questions.length) {
      nodes.push(el("h3", { text: "Before you act on this, think about" }));
      nodes.push(el("ul", { class: "left", id: "questions-left" }, ...result.questions.map(q =>
        el("li", {}, questionText(q.fact) + " Your answer could change this to: " + q.couldChangeTo.map(v => lowerFirst(verdictWords(v))).join(" or ") + " ",
          link("Answer now", questionText(q.fact), () => go("fact:" + q.fact, "advice"), { "data-fact": q.fact })))));
    }
    if (result.followUps.length) {
      nodes.push(el("h3", { id: "follow-ups-title", text: "A few more questions for advice that fits you better" }));
      nodes.push(el("p", { text: "Each one is optional. The advice above is worked out again after each answer." }));
      nodes.push(el("ul", { class: "left", id: "follow-ups" }, ...result.followUps.map(q =>
        el("li", {}, questionText(q.fact) + " ", link("Answer now", questionText(q.fact), () => go("fact:" + q.fact, "advice"), { "data-fact": q.fact })))));
    }
    nodes.push(el("h3", { id: "answers-title", text: "Your answers" }), yourAnswers());
    const again = el("button", { type: "button", class: "quiet", id: "start-again", text: "Start again" });
    again.addEventListener("click", () => { reset(); go("days"); });
    nodes.push(buttons(again));
    app.replaceChildren(...nodes.filter(Boolean));
    setTitle("Your advice");
    (result.safety ? app.querySelector("#safety") : heading).focus();
  }

  function lowerFirst(text) { return text.charAt(0).toLowerCase() + text.slice(1); }

  function yourAnswers() {
    const rows = [row("When did you break up?", daysAnswer(), "days", "when you broke up"),
      row(facts.stage.question, skipped.has("stage") ? SKIP : facts.stage.values.find(v => v.value === answers.stage).label, "stage", "how far things have gone")];
    for (const fact of [...order, ...extras]) {
      if (fact in answers || skipped.has(fact)) rows.push(row(questionText(fact), factAnswer(fact), "fact:" + fact, questionText(fact)));
    }
    return el("dl", { class: "answers", id: "answers", "aria-labelledby": "answers-title" }, ...rows);
  }

  function row(question, answer, step, hidden) {
    return el("div", { "data-step": step }, el("dt", { text: question }), el("dd", { text: answer }),
      el("dd", {}, link("Change", hidden, () => go(step, "advice"), { class: "change" })));
  }

  function daysAnswer() {
    if (days.how === "skip") return SKIP;
    if (days.how === "range") return RANGES.find(r => r.value === days.range).label;
    if (days.how === "date") return Number(days.day) + " " + MONTHS[Number(days.month) - 1] + " " + days.year;
    return days.number + (days.number === 1 ? " day ago" : " days ago");
  }

  function factAnswer(fact) {
    if (skipped.has(fact)) return SKIP;
    const value = answers[fact];
    if (value === true) return "Yes";
    if (value === false) return "No";
    if (value.length === 0) return "None of these";
    return value.map(v => facts[fact].values.find(known => known.value === v).label).join("; ");
  }

  // ---- Exit this page: the button, and Shift pressed three times ----

  function leave(event) {
    if (event) event.preventDefault();
    const to = exit.href;
    document.title = "Loading";
    document.body.replaceChildren();
    location.replace(to);
  }

  exit.addEventListener("click", leave);
  let shifts = [];
  document.addEventListener("keydown", event => {
    if (event.key !== "Shift") { shifts = []; return; }
    if (event.repeat) return;
    const now = Date.now();
    shifts = shifts.filter(time => now - time < 1000);
    shifts.push(now);
    if (shifts.length >= 3) leave();
  });

  // ---- Start ----

  function reset() {
    days = null; answers = {}; skipped = new Set(); asked = {}; kinds = {}; order = []; extras = []; result = null;
    cache = cache || new Map();
  }

  function start() {
    reset();
    history.replaceState({ step: "days", returnTo: null, n: 0 }, "");
    render("days");
  }

  function loadFailed() {
    app.replaceChildren();
    setTitle("Error: Questions and advice");
    showFailure(app, () => { app.replaceChildren(el("p", { text: "Working..." })); load(); });
  }

  function load() {
    Promise.all([getJson("/v1/facts"), getJson("/v1/verdicts")]).then(([factList, verdictList]) => {
      factList.forEach(fact => { facts[fact.name] = fact; });
      verdictList.forEach(v => { verdicts[v.verdict] = v; });
      start();
      // How many questions a first case is asked, for "Question 1 of about ...".
      fetch("/v1/advice", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ daysSinceBreakup: ASSUMED_DAYS }) })
        .then(response => response.json()).then(first => {
          if (first.questions && !result) {
            estimate = first.questions.length;
            if (history.state && (history.state.step === "days" || history.state.step === "stage") && !busyNow) {
              document.title = document.title.replace(/of about \d+/, "of about " + (2 + estimate));
            }
          }
        }).catch(() => {});
    }).catch(loadFailed);
  }

  load();
})();
