// Quick exit, and a history that does not keep what was read here.
// - One click on "Quick exit", or Escape twice in a row, replaces this page with a neutral one
//   (location.replace: no new entry in the back history).
// - Links and forms within the site replace the current history entry instead of adding one, so that after a quick
//   exit the Back button does not walk back through the pages read here. Without script, everything still works as
//   plain links and forms; only the history is kept as the browser keeps it.
(function () {
  "use strict";
  var neutral = "/exit";
  // Listeners live on the window, so that they outlast the page bodies that forms swap in below.
  if (window.intimacyKitEnhanced) { return; }
  window.intimacyKitEnhanced = true;

  var leaving = false;
  var pending = null;

  // Quick exit wins over everything, a page still loading included.
  function leave(event) {
    if (event) { event.preventDefault(); }
    leaving = true;
    if (pending) { pending.abort(); }
    document.documentElement.style.display = "none";
    window.location.replace(neutral);
  }

  // Escape twice in a row (no other key between) within five seconds: quick for anyone, possible for someone who
  // cannot press keys quickly.
  var last = 0;
  window.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { last = 0; return; }
    var now = Date.now();
    if (last && now - last < 5000) { leave(event); }
    last = now;
  });

  function sameSite(url) { return url.origin === window.location.origin; }

  window.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (link && link.id === "quick-exit") { leave(event); return; }
    if (!link || link.target || link.hasAttribute("download")) { return; }
    var url = new URL(link.href, window.location.href);
    if (!sameSite(url) || url.hash && url.pathname === window.location.pathname || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    event.preventDefault();
    window.location.replace(url.href);
  });

  // The next page replaces this one in place: the same history entry, its new address, its title and body. (Writing
  // the document anew would add a history entry in Chromium.) Focus moves to the content, as a new page's would.
  function show(html, url) {
    if (leaving) { return; }
    var next = new DOMParser().parseFromString(html, "text/html");
    window.history.replaceState(null, "", url);
    document.title = next.title;
    document.body.replaceWith(document.adoptNode(next.body));
    document.documentElement.setAttribute("data-enhanced", "");
    showPasskeyForms();
    window.scrollTo(0, 0);
    var main = document.getElementById("main");
    if (main) { main.focus({ preventScroll: true }); }
  }

  // Passkeys: shown only where the browser can make and use them.
  function passkeysSupported() {
    return window.PublicKeyCredential && PublicKeyCredential.parseCreationOptionsFromJSON && PublicKeyCredential.parseRequestOptionsFromJSON;
  }

  function showPasskeyForms() {
    if (!passkeysSupported()) { return; }
    document.querySelectorAll("form[data-passkey]").forEach(function (form) { form.hidden = false; });
  }

  // A refusal from the server carries its words for the person (in the page's language) in the problem's detail.
  function Refusal(detail) { this.name = "Refusal"; this.message = detail; }
  Refusal.prototype.toString = function () { return this.name + ": " + this.message; };

  function post(url, token, body) {
    return fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "RequestVerificationToken": token, "Content-Type": "application/json" },
      body: body
    }).then(function (response) {
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (problem) {
          throw problem && problem.detail ? new Refusal(problem.detail) : new Error(response.status);
        });
      }
      return response.status === 204 ? null : response.json();
    });
  }

  // The words the script says come from the page, in its language (data-passkey-* on the form), never from here.
  function passkey(form) {
    var token = form.querySelector("input[name=__RequestVerificationToken]").value;
    var status = form.querySelector(".passkey-status");
    var adding = form.getAttribute("data-passkey") === "add";
    function say(name) { return form.getAttribute("data-passkey-" + name) || ""; }
    status.textContent = say("prompt");
    var done = adding
      ? post("/account/passkey/creation-options", token, "{}").then(function (options) {
          return navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) });
        }).then(function (credential) { return post("/account/passkey/add", token, JSON.stringify(credential.toJSON())); })
      : post("/account/passkey/request-options", token, "{}").then(function (options) {
          return navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
        }).then(function (credential) { return post("/account/passkey/sign-in", token, JSON.stringify(credential.toJSON())); });
    done.then(function () {
      window.location.replace(adding ? "/account" : "/");
    }).catch(function (error) {
      // The browser's own messages are in its language, not the page's: each case gets the page's words instead.
      if (window.console) { console.log("intimacykit: passkey (" + error + ")"); }
      status.textContent = error instanceof Refusal ? error.message
        : error && error.name === "NotAllowedError" ? say("not-used")
        : error && error.name === "InvalidStateError" && adding ? say("exists")
        : say("failed");
    });
  }

  window.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.hasAttribute("data-passkey")) { event.preventDefault(); passkey(form); return; }
    if (form.hasAttribute("data-native") || event.defaultPrevented) { return; }
    var method = (form.getAttribute("method") || "get").toUpperCase();
    var url = new URL(form.getAttribute("action") || window.location.href, window.location.href);
    if (!sameSite(url)) { return; }
    event.preventDefault();
    var data = new URLSearchParams(new FormData(form, event.submitter));
    var init = { method: method, credentials: "same-origin", redirect: "follow", headers: { "Accept": "text/html" } };
    if (method === "GET") { url.search = data.toString(); } else { init.body = data; }
    pending = new AbortController();
    init.signal = pending.signal;
    fetch(url.href, init).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("text/html") !== 0) { throw new Error("not a page"); }
      return response.text().then(function (html) { show(html, response.url); });
    }).catch(function (error) {
      if (leaving) { return; }
      if (window.console) { console.log("intimacykit: form sent the ordinary way (" + error + ")"); }
      form.setAttribute("data-native", "");
      if (event.submitter && event.submitter.name) {
        var hidden = document.createElement("input");
        hidden.type = "hidden"; hidden.name = event.submitter.name; hidden.value = event.submitter.value;
        form.appendChild(hidden);
      }
      form.submit();
    });
  });

  // Tells tests (and styles, if ever needed) that the quick exit keys are live on this page.
  document.documentElement.setAttribute("data-enhanced", "");
  showPasskeyForms();
})();
