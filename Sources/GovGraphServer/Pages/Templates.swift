/// The page templates (Mustache), compiled into the binary so that `govgraph serve` needs no
/// files beside it. `{{value}}` escapes HTML; `{{{value}}}` is used only for HTML the server
/// made itself (a rendered page body, Graphviz's SVG, a marked text or passage).
enum Templates {
    static let all: [String: String] = [
        "layout": layout, "start": start, "search": search, "entity": entity, "document": document,
        "path": path, "timeline": timeline, "error": error,
    ]

    static let layout = """
        <!DOCTYPE html>
        <html lang="de">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} – govgraph</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 0; color: #222; }
        header { background: #23395d; color: #fff; padding: .6em 1.2em; display: flex; gap: 1.5em; align-items: center; }
        header a { color: #fff; font-weight: bold; text-decoration: none; }
        header form { margin: 0; }
        main { padding: 1em 1.5em; max-width: 72em; }
        input[type=search], input[type=text] { padding: .3em; min-width: 18em; }
        table { border-collapse: collapse; margin: .5em 0 1em; }
        td, th { border-bottom: 1px solid #ddd; padding: .3em .6em; text-align: left; vertical-align: top; }
        .type { color: #666; font-size: .85em; }
        .evidence { color: #444; font-style: italic; }
        .status-former { color: #a33; } .status-new { color: #272; }
        .mention { background: #fff2a8; text-decoration: none; color: #000; border-bottom: 1px solid #b90; }
        .text p { max-width: 46em; line-height: 1.5; }
        .diagram svg { max-width: 100%; height: auto; border: 1px solid #ddd; }
        .muted { color: #777; }
        .dates, .links td:first-child { white-space: nowrap; }
        </style>
        </head>
        <body>
        <header><a href="/">govgraph</a>
        <form action="/search" method="get"><input type="search" name="q" placeholder="Name oder Suchwort" aria-label="search"></form>
        <a href="/path">path</a> <a href="/openapi.json">API</a></header>
        <main>
        {{{body}}}
        </main>
        </body>
        </html>

        """

    static let start = """
        <h1>govgraph</h1>
        <form action="/search" method="get" id="start-search">
        <input type="search" id="q" name="q" list="suggestions" autocomplete="off" placeholder="Leipzig, Städtetag, Burkhard Jung …">
        <datalist id="suggestions"></datalist>
        <button type="submit">Search</button>
        </form>
        <p id="counts">{{documents}} documents, {{entities}} entities, {{relations}} relations{{#firstDate}} ({{firstDate}} – {{lastDate}}){{/firstDate}}</p>
        <h2>Most connected</h2>
        <table id="top">
        <tr><th>entity</th><th>type</th><th>linked to</th><th>mentions</th></tr>
        {{#top}}<tr><td><a href="{{href}}">{{name}}</a></td><td class="type">{{type}}</td><td>{{degree}}</td><td>{{mentions}}</td></tr>
        {{/top}}
        </table>
        <script>
        // Suggestions as you type; the form works without them.
        (function () {
          var input = document.getElementById("q"), list = document.getElementById("suggestions"), timer;
          input.addEventListener("input", function () {
            clearTimeout(timer);
            var q = input.value.trim();
            if (q.length < 2) return;
            timer = setTimeout(function () {
              fetch("/api/entities?limit=8&q=" + encodeURIComponent(q)).then(function (r) { return r.json(); })
                .then(function (page) {
                  list.replaceChildren();
                  (page.entities || []).forEach(function (e) {
                    var option = document.createElement("option");
                    option.value = e.name;
                    option.textContent = e.type;
                    list.appendChild(option);
                  });
                }).catch(function () {});
            }, 150);
          });
        })();
        </script>

        """

    static let search = """
        <h1>Search: {{query}}</h1>
        <h2>Entities</h2>
        {{^entities}}<p class="muted">No entity matches.{{^empty(suggestions)}} Did you mean {{#suggestions}}<a class="suggestion" href="{{href}}">{{name}}</a> {{/suggestions}}?{{/empty(suggestions)}}</p>{{/entities}}
        <ul id="entities">
        {{#entities}}<li><a class="result" href="{{href}}">{{name}}</a> <span class="type">{{type}}</span></li>
        {{/entities}}
        </ul>
        <h2>Sentences</h2>
        <ul id="hits">
        {{#hits}}<li><a href="{{documentHref}}">{{#date}}{{date}} {{/date}}{{title}}</a><br><span class="evidence">{{text}}</span></li>
        {{/hits}}
        </ul>

        """

    static let entity = """
        <h1 id="entity-name">{{name}}</h1>
        <p><span class="type" id="entity-type">{{type}}</span> · <code>{{id}}</code> · {{counts}} · <a href="{{timelineHref}}">timeline</a></p>
        {{^empty(others)}}<p class="muted">Also matching: {{#others}}<a href="{{href}}">{{name}}</a> ({{type}}) {{/others}}</p>{{/empty(others)}}
        {{^empty(keys)}}<table id="keys"><tr><th>key</th><th>value</th></tr>
        {{#keys}}<tr><td>{{key}}</td><td>{{value}}</td></tr>
        {{/keys}}</table>{{/empty(keys)}}
        <h2>Roles</h2>
        {{^roles}}<p class="muted">No roles.</p>{{/roles}}
        {{^empty(roles)}}<table id="roles">
        <tr><th>role</th><th>who / where</th><th>status</th><th>dates</th><th>evidence</th></tr>
        {{#roles}}<tr><td>{{role}}</td><td><a href="{{other.href}}">{{other.name}}</a> <span class="type">{{other.type}}</span></td><td class="status-{{status}}">{{status}}</td><td class="dates">{{dates}}</td><td>{{#evidence}}<span class="evidence">{{text}}</span> <a class="document" href="{{documentHref}}">document</a>{{/evidence}}</td></tr>
        {{/roles}}</table>{{/empty(roles)}}
        {{#rolesMore}}<p class="muted">… and {{rolesMore}} more (see the API).</p>{{/rolesMore}}
        {{#groups}}<h2>{{predicate}}</h2>
        <table class="links">
        {{#links}}<tr><td>{{arrow}}</td><td><a href="{{other.href}}">{{other.name}}</a> <span class="type">{{other.type}}</span></td><td class="dates">{{dates}}</td><td>×{{count}}</td><td>{{#evidence}}<span class="evidence">{{text}}</span> <a class="document" href="{{documentHref}}">document</a>{{/evidence}}</td></tr>
        {{/links}}</table>
        {{#more}}<p class="muted">… and {{more}} more (see the API).</p>{{/more}}
        {{/groups}}
        <h2>Neighbourhood</h2>
        <div class="diagram" id="diagram">{{{diagram}}}</div>
        {{#diagramNote}}<p class="muted">{{diagramNote}}</p>{{/diagramNote}}

        """

    static let document = """
        <h1 id="document-title">{{title}}</h1>
        <p>{{#date}}{{date}} · {{/date}}source <code>{{source}}</code> · <code>{{id}}</code></p>
        {{#text}}<div id="text" class="text">
        {{{text}}}
        </div>{{/text}}
        {{^text}}<p class="muted" id="no-text">This document was stored before govgraph kept article texts: only the sentences that links were read from are shown.</p>
        <div id="passages">
        {{#passages}}<p class="passage">{{{html}}}</p>
        {{/passages}}
        </div>{{/text}}
        <h2>Mentioned</h2>
        <ul id="mentioned">
        {{#entities}}<li><a href="{{href}}">{{name}}</a> <span class="type">{{type}}</span></li>
        {{/entities}}
        </ul>

        """

    static let path = """
        <h1>Path</h1>
        <form action="/path" method="get">
        <input type="text" name="from" value="{{from}}" placeholder="from" aria-label="from">
        <input type="text" name="to" value="{{to}}" placeholder="to" aria-label="to">
        <button type="submit">Find</button>
        </form>
        {{#heading}}<h2>{{heading}}</h2>{{/heading}}
        <ol id="steps">
        {{#steps}}<li><a href="{{from.href}}">{{from.name}}</a> {{arrow}} <a href="{{to.href}}">{{to.name}}</a>{{#evidence}}<br><span class="evidence">{{text}}</span> <a class="document" href="{{documentHref}}">{{#date}}{{date}}{{/date}}{{^date}}document{{/date}}</a>{{/evidence}}</li>
        {{/steps}}
        </ol>

        """

    static let timeline = """
        <h1>Timeline of <a href="{{entity.href}}">{{entity.name}}</a></h1>
        <p><a href="{{toggleHref}}">{{toggleLabel}}</a></p>
        <table id="timeline">
        <tr><th>date</th><th>link</th><th>status</th><th>evidence</th></tr>
        {{#entries}}<tr><td class="dates">{{date}}</td><td>{{arrow}} <a href="{{other.href}}">{{other.name}}</a></td><td class="status-{{status}}">{{status}}</td><td><span class="evidence">{{evidence.text}}</span> <a class="document" href="{{evidence.documentHref}}">document</a></td></tr>
        {{/entries}}
        </table>

        """

    static let error = """
        <h1>{{status}}</h1>
        <p id="error-message">{{message}}</p>
        {{^empty(suggestions)}}<p>Did you mean {{#suggestions}}<a class="suggestion" href="{{href}}">{{name}}</a> {{/suggestions}}?</p>{{/empty(suggestions)}}

        """
}
