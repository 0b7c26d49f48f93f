// The HTML shell of every built page: Docusaurus's own (@docusaurus/core lib/ssg), except how the
// page's scripts start. Docusaurus writes them as `<script defer>` in the head: on a short page
// the browser has them before it has parsed the body, and runs them (main, then hydration) before
// it shows any text. Here the browser still fetches them at once, at the priority of a deferred
// script, but runs them only once it reports its first paint (the paint timing entry, stamped
// when the frame reached the screen): the text never waits for JavaScript, and JavaScript waits
// for it by a frame. A tab opened in the background paints nothing until it is shown, and a
// browser may not report paints: there, as whenever no paint comes within a second of the page
// being parsed, a timer starts them.
//
// Lighthouse counts in its LCP every script that ran before its first paint: with the scripts in
// the head, a guide's LCP was about 2.0 s when they ran before it and 1.1 s when they ran after
// (the longest pages, whose parsing outlasts the download), and the bare page's about 2.1 s. The
// end of the frame's own task is not enough: Chrome stamps the paint 25-35 ms after it, scripts
// started then ran 8-16 ms before the stamp, and half the runs counted them.
export const ssrTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
    <% it.scripts.forEach((script) => { %>
      <link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" />
    <% }); %>
    <script>
      document.addEventListener('DOMContentLoaded', function () {
        var started = false;
        function start() {
          if (started) return;
          started = true;
          <%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>.forEach(function (src) {
            var script = document.createElement('script');
            script.src = src;
            script.async = false;
            document.head.appendChild(script);
          });
        }
        function afterPaint() { setTimeout(start, 0); }
        if ((window.PerformanceObserver?.supportedEntryTypes ?? []).includes('paint')) {
          new PerformanceObserver(function (list, observer) {
            if (list.getEntriesByName('first-contentful-paint').length === 0) return;
            observer.disconnect();
            afterPaint();
          }).observe({type: 'paint', buffered: true});
        } else {
          requestAnimationFrame(afterPaint);
        }
        setTimeout(start, 1000);
      });
    </script>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
  </body>
</html>
`;
