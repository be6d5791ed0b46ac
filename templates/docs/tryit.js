// rsdlgen docs: the "Try it" panel of each operation. It sends the operation to the mock engine that serves this
// site on the same origin (`rsdlgen serve --docs`, whose engine.js names the API root) and shows the answer:
// status, headers, body pretty-printed. Anywhere else (file://, another server) engine.js says null and the page
// keeps the line the template wrote, saying how to get it. Credentials live in sessionStorage: this tab only.
(function () {
  "use strict";
  var engine = window.RSDL_ENGINE;
  var holders = document.querySelectorAll(".tryit[data-tryit]");
  if (!engine || !engine.api || location.protocol === "file:" || !holders.length) { return; }
  var api = engine.api.replace(/\/+$/, "");
  var SAMPLE_ID = "123"; // the id the examples give every entity they reference
  var KEY = "rsdlgen-tryit-credentials";
  var MEDIA = { xml: "application/xml", json: "application/json" };
  var panels = [];

  function node(tag, attributes, children) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (name === "text") { element.textContent = value; }
      else if (value === true) { element.setAttribute(name, ""); }
      else if (value !== false && value != null) { element.setAttribute(name, value); }
    });
    (children || []).forEach(function (child) { if (child) { element.appendChild(child); } });
    return element;
  }

  function field(label, control) {
    return node("label", {}, [node("span", { text: label }), control]);
  }

  // --- credentials: one login for every panel of the tab ---------------------------------------------------
  function credentials() {
    try { return JSON.parse(window.sessionStorage.getItem(KEY) || "null"); } catch (e) { return null; }
  }

  function basic(login) {
    var bytes = new TextEncoder().encode(login.user + ":" + login.password);
    return "Basic " + btoa(String.fromCharCode.apply(null, Array.from(bytes)));
  }

  // credentials "omit": no cookie, and no browser login dialog on a 401; the panel sends Basic itself
  function send(method, path, headers, body) {
    var login = credentials();
    var all = Object.assign({}, headers);
    if (login) { all.Authorization = basic(login); }
    return fetch(api + path, {
      method: method, headers: all, body: body, credentials: "omit", cache: "no-store", redirect: "manual",
    });
  }

  // --- entities for the pickers and the example's references --------------------------------------------
  var lists = {};
  function entities(collection, fresh) {
    if (fresh || !lists[collection]) {
      lists[collection] = send("GET", "/" + collection, { Accept: MEDIA.json })
        .then(function (response) { return response.ok ? response.json() : {}; })
        .then(function (data) {
          var items = Object.keys(data).map(function (k) { return data[k]; }).filter(Array.isArray)[0] || [];
          return items.filter(function (i) { return i && i.id; }).map(function (i) { return [i.id, i.name || ""]; });
        })
        .catch(function () { return []; });
    }
    return lists[collection];
  }

  // --- pretty printing -------------------------------------------------------------------------------------
  function escapeXml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function prettyXml(text) {
    var doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.getElementsByTagName("parsererror").length) { return text; }
    var lines = [];
    (function walk(element, depth) {
      var pad = "  ".repeat(depth);
      var open = "<" + element.nodeName + Array.from(element.attributes).map(function (a) {
        return " " + a.name + '="' + escapeXml(a.value) + '"';
      }).join("");
      var kids = Array.from(element.childNodes).filter(function (n) {
        return n.nodeType === 1 || ((n.nodeType === 3 || n.nodeType === 4) && n.nodeValue.trim());
      });
      if (!kids.length) { lines.push(pad + open + "/>"); return; }
      if (kids.every(function (n) { return n.nodeType !== 1; })) {
        lines.push(pad + open + ">" + escapeXml(element.textContent.trim()) + "</" + element.nodeName + ">");
        return;
      }
      lines.push(pad + open + ">");
      kids.forEach(function (kid) {
        if (kid.nodeType === 1) { walk(kid, depth + 1); } else { lines.push(pad + "  " + escapeXml(kid.nodeValue.trim())); }
      });
      lines.push(pad + "</" + element.nodeName + ">");
    })(doc.documentElement, 0);
    return lines.join("\n");
  }

  function pretty(text, media) {
    if (/json/.test(media)) {
      try { return JSON.stringify(JSON.parse(text), null, 2); } catch (e) { return text; }
    }
    return /xml/.test(media) && text.trim() ? prettyXml(text) : text;
  }

  // The example with a real entity wherever it references one by the sample id (`<cluster id="123"/>`).
  function withReferences(example, ids) {
    var xml = example.xml, json = example.json;
    if (xml) {
      var doc = new DOMParser().parseFromString(xml, "application/xml");
      if (!doc.getElementsByTagName("parsererror").length) {
        Object.keys(ids).forEach(function (name) {
          Array.from(doc.getElementsByTagName(name)).forEach(function (element) {
            if (element.getAttribute("id") === SAMPLE_ID) { element.setAttribute("id", ids[name]); }
          });
        });
        xml = new XMLSerializer().serializeToString(doc);
      }
    }
    if (json) {
      try {
        json = JSON.stringify(JSON.parse(json, function (key, value) {
          if (ids[key] && value && value.id === SAMPLE_ID) { value.id = ids[key]; }
          return value;
        }), null, 2);
      } catch (e) { /* shown as written */ }
    }
    return { xml: xml, json: json };
  }

  // --- one panel -------------------------------------------------------------------------------------------
  function Panel(holder) {
    var spec = JSON.parse(holder.getAttribute("data-tryit"));
    var self = this;
    var segments = spec.href ? spec.href.split("/") : [];
    var format = "xml";
    var example = spec.body ? { xml: spec.body.xml, json: spec.body.json } : null;
    var edited = false;

    var user = node("input", { name: "user", autocomplete: "username", placeholder: "user@domain" });
    var password = node("input", { name: "password", type: "password", autocomplete: "current-password" });
    var login = node("button", { type: "button", class: "login", text: "Log in" });
    var logout = node("button", { type: "button", class: "logout", text: "Log out", hidden: true });
    var who = node("span", { class: "who", role: "status" });
    var loginBox = node("fieldset", { class: "login-box" }, [node("legend", { text: "Credentials (this tab only)" }),
      field("User", user), field("Password", password), login, logout, who]);

    var pickers = [];
    var pathBox = node("fieldset", {}, [node("legend", { text: "Path: entities of the engine" })]);
    segments.forEach(function (segment, index) {
      if (!/^\{.*\}$/.test(segment)) { return; }
      var select = node("select", { name: segment.slice(1, -1) }, [node("option", { value: "", text: "log in to list" })]);
      select.addEventListener("change", function () { self.refresh(pickers.indexOf(picker) + 1); show(); });
      var picker = { index: index, select: select };
      pickers.push(picker);
      pathBox.appendChild(field(segment, select));
    });

    var params = spec.params.map(function (p) {
      var control = p.type === "xs:boolean"
        ? node("select", { name: p.name }, ["", "true", "false"].map(function (v) { return node("option", { value: v, text: v || "(not sent)" }); }))
        : node("input", { name: p.name, placeholder: p.hint });
      control.addEventListener("input", show);
      return { spec: p, control: control };
    });
    var paramBox = params.length ? node("fieldset", {}, [node("legend", { text: "URL parameters" })].concat(
      params.map(function (p) { return field((p.spec.in === "matrix" ? ";" : "?") + p.spec.name + (p.spec.required ? " (required)" : ""), p.control); }))) : null;

    var headers = spec.headers.map(function (h) {
      return { spec: h, control: node("input", { name: h.name, placeholder: h.hint }) };
    });
    var headerBox = headers.length ? node("fieldset", {}, [node("legend", { text: "Headers" })].concat(
      headers.map(function (h) { return field(h.spec.name + (h.spec.required ? " (required)" : ""), h.control); }))) : null;

    var formatSelect = node("select", { name: "format" }, [node("option", { value: "xml", text: "XML" }), node("option", { value: "json", text: "JSON" })]);
    var textarea = spec.body ? node("textarea", { name: "body", spellcheck: "false", "aria-label": "Request body" }) : null;
    var bodyBox = spec.body ? node("fieldset", { class: "body-box" }, [node("legend", { text: "Body (the example, editable)" }), textarea]) : null;
    if (textarea) {
      textarea.value = example.xml;
      textarea.addEventListener("input", function () { edited = true; });
    }
    formatSelect.addEventListener("change", function () {
      format = formatSelect.value;
      if (textarea && !edited) { textarea.value = example[format]; }
    });

    var line = node("p", { class: "request" });
    var sendButton = node("button", { type: "submit", class: "send", text: "Send" });
    var status = node("p", { class: "answer-status", role: "status", "aria-live": "polite" });
    var answerHeaders = node("pre", { class: "answer-headers" });
    var answerBody = node("pre", { class: "answer-body" });
    var answer = node("div", { class: "answer", hidden: true }, [status,
      node("details", {}, [node("summary", { text: "Headers" }), answerHeaders]), answerBody]);

    var form = node("form", {}, [loginBox, pickers.length ? pathBox : null, paramBox, headerBox, bodyBox,
      node("fieldset", { class: "send-box" }, [node("legend", { text: "Request" }), field("Format", formatSelect), line, sendButton]), answer]);
    var details = node("details", { class: "tryit-live" }, [node("summary", { text: "Try it" }), form]);
    holder.replaceChildren(details);

    function path() {
      var filled = segments.map(function (segment, index) {
        var picker = pickers.filter(function (p) { return p.index === index; })[0];
        return picker && picker.select.value ? encodeURIComponent(picker.select.value) : segment;
      });
      var text = "/" + filled.join("/");
      var query = [];
      params.forEach(function (p) {
        var value = p.control.value;
        if (!value) { return; }
        var pair = encodeURIComponent(p.spec.name) + "=" + encodeURIComponent(value);
        if (p.spec.in === "matrix") { text += ";" + pair; } else { query.push(pair); }
      });
      return (text === "/" ? "" : text) + (query.length ? "?" + query.join("&") : "");
    }

    function show() { line.textContent = spec.method + " " + api + path(); }

    // Lists the entities of placeholder `from` and every later one (each depends on the ones before).
    this.refresh = function (from, fresh) {
      if (from >= pickers.length || !credentials()) { return Promise.resolve(); }
      var picker = pickers[from];
      var collection = segments.slice(0, picker.index).map(function (segment, index) {
        var earlier = pickers.filter(function (p) { return p.index === index; })[0];
        return earlier ? encodeURIComponent(earlier.select.value) : segment;
      }).join("/");
      return entities(collection, fresh).then(function (items) {
        var kept = picker.select.value;
        picker.select.replaceChildren.apply(picker.select, items.length ? items.map(function (item) {
          return node("option", { value: item[0], text: item[1] ? item[1] + " (" + item[0] + ")" : item[0] });
        }) : [node("option", { value: "", text: "none in " + collection })]);
        if (items.some(function (item) { return item[0] === kept; })) { picker.select.value = kept; }
        show();
        return self.refresh(from + 1, fresh);
      });
    };

    this.references = function () {
      if (!example || !spec.refs || !credentials()) { return; }
      var names = Object.keys(spec.refs);
      Promise.all(names.map(function (name) { return entities(spec.refs[name]); })).then(function (found) {
        var ids = {};
        names.forEach(function (name, i) { if (found[i].length) { ids[name] = found[i][0][0]; } });
        example = withReferences({ xml: spec.body.xml, json: spec.body.json }, ids);
        if (!edited) { textarea.value = example[format]; }
      });
    };

    this.loggedIn = function () {
      var current = credentials();
      who.textContent = current ? "Logged in as " + current.user : "";
      logout.hidden = !current;
      login.hidden = !!current;
      user.disabled = password.disabled = !!current;
      if (current) { user.value = current.user; password.value = ""; }
      self.update();
    };

    // The pickers and the example's references, from the engine as it is now (an open panel only).
    this.update = function () {
      if (details.open && credentials()) { self.refresh(0); self.references(); }
    };

    login.addEventListener("click", function () {
      var attempt = { user: user.value, password: password.value };
      window.sessionStorage.setItem(KEY, JSON.stringify(attempt));
      who.textContent = "Logging in…";
      send("GET", "", { Accept: MEDIA.xml }).then(function (response) {
        if (!response.ok) {
          window.sessionStorage.removeItem(KEY);
          who.textContent = "Refused: " + response.status + " " + response.statusText;
          return;
        }
        lists = {};
        panels.forEach(function (panel) { panel.loggedIn(); });
      });
    });
    logout.addEventListener("click", function () {
      window.sessionStorage.removeItem(KEY);
      panels.forEach(function (panel) { panel.loggedIn(); });
    });
    details.addEventListener("toggle", function () { if (details.open) { self.loggedIn(); } });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var sent = { Accept: MEDIA[format] };
      var body;
      if (textarea && textarea.value.trim()) { sent["Content-Type"] = MEDIA[format]; body = textarea.value; }
      headers.forEach(function (h) { if (h.control.value) { sent[h.spec.name] = h.control.value; } });
      sendButton.disabled = true;
      status.className = "answer-status";
      status.textContent = "Sending…";
      answer.hidden = false;
      send(spec.method, path(), sent, body).then(function (response) {
        return response.text().then(function (text) {
          status.textContent = response.status + " " + response.statusText;
          status.className = "answer-status " + (response.ok ? "ok" : "failed");
          var lines = [];
          response.headers.forEach(function (value, name) { lines.push(name + ": " + value); });
          answerHeaders.textContent = lines.join("\n");
          answerBody.textContent = pretty(text, response.headers.get("content-type") || "");
          answerBody.hidden = !text;
          if (spec.method !== "GET") { lists = {}; panels.forEach(function (panel) { panel.update(); }); }
        });
      }).catch(function (error) {
        status.textContent = "No answer: " + error.message;
        status.className = "answer-status failed";
        answerHeaders.textContent = answerBody.textContent = "";
      }).then(function () { sendButton.disabled = false; });
    });
    show();
  }

  holders.forEach(function (holder) { panels.push(new Panel(holder)); });
})();
