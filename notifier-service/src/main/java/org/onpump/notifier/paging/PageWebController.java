package org.onpump.notifier.paging;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The web page of a page: what it is about, where its escalation stands, and a button for each person it reached
 * to acknowledge it. (Who may press which button is issue 6's sign-in; until then the page trusts its reader.)
 */
@RestController
class PageWebController {

  private final PageRepository pages;
  private final Acknowledgements acknowledgements;

  PageWebController(PageRepository pages, Acknowledgements acknowledgements) {
    this.pages = pages;
    this.acknowledgements = acknowledgements;
  }

  @Operation(summary = "The web page of a page, with an acknowledge button per person it reached")
  @GetMapping(value = "/pages/{pageId}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> show(@PathVariable UUID pageId) {
    Page page = pages.find(pageId).orElse(null);
    if (page == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
          .body("<!doctype html><title>OnPump</title><h1>No such page</h1>");
    }
    List<String> reached = pages.reachedPeople(pageId);
    String steps = pages.timers(pageId).stream()
        .map(t -> "<li>step " + t.step() + " (" + t.target() + ") due " + t.dueAt() + ": "
            + esc(t.outcome() == null ? "waiting" : t.outcome()) + "</li>")
        .collect(Collectors.joining());
    String buttons = page.status() == Page.Status.ACKNOWLEDGED ? "" : reached.stream()
        .map(id -> "<form method=\"post\" action=\"/pages/" + pageId + "/acknowledge\">"
            + "<input type=\"hidden\" name=\"perfusionistId\" value=\"" + esc(id) + "\">"
            + "<button type=\"submit\">Acknowledge as " + esc(id) + "</button></form>")
        .collect(Collectors.joining());
    String acknowledged = page.status() == Page.Status.ACKNOWLEDGED
        ? "<p id=\"status\">Acknowledged by " + esc(page.acknowledgedBy()) + " at " + page.acknowledgedAt() + " via "
            + page.acknowledgedVia() + "</p>"
        : "<p id=\"status\">" + page.status() + ": not acknowledged</p>";
    return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("""
        <!doctype html><html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>OnPump page</title></head>
        <body style="font-family: sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em">
        <h1>%s</h1><p>%s</p>%s<h2>Escalation</h2><ol>%s</ol>%s</body></html>
        """.formatted(esc(page.subject()), esc(page.message()).replace("\n", "<br>"), acknowledged, steps, buttons));
  }

  @Operation(summary = "Acknowledge from the web page")
  @PostMapping(value = "/pages/{pageId}/acknowledge", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> acknowledge(@PathVariable UUID pageId, @RequestParam String perfusionistId) {
    return AckController.answer(acknowledgements.byPerson(pageId, perfusionistId, Page.Via.WEB));
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text);
  }
}
