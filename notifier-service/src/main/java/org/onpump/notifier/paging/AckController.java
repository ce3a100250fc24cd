package org.onpump.notifier.paging;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The one-click acknowledgement link of a page: no login, the signature and the database decide. Answers a small
 * web page a phone shows well, saying what happened in words.
 */
@RestController
class AckController {

  private final Acknowledgements acknowledgements;

  AckController(Acknowledgements acknowledgements) {
    this.acknowledgements = acknowledgements;
  }

  @Operation(summary = "Acknowledge a page through its signed link (one click, no login; single use, expiring)",
      description = "200: acknowledged, escalation stopped. 409: the link was used before, or someone acknowledged "
          + "the page already (who, when, how). 410: the link expired. 400: the link was altered or cut short.")
  @GetMapping(value = "/ack/{token}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> acknowledge(@PathVariable String token) {
    return answer(acknowledgements.byLink(token));
  }

  @Operation(summary = "The same as GET, for clients that post")
  @PostMapping(value = "/ack/{token}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> acknowledgeByPost(@PathVariable String token) {
    return answer(acknowledgements.byLink(token));
  }

  static ResponseEntity<String> answer(Acknowledgements.Outcome outcome) {
    String title = outcome.kind() == Acknowledgements.Outcome.Kind.ACKNOWLEDGED ? "Acknowledged"
        : "Not acknowledged by this request";
    String about = outcome.page() == null ? "" : "<p>" + HtmlUtils.htmlEscape(outcome.page().subject()) + "</p>";
    return ResponseEntity.status(outcome.status()).contentType(MediaType.TEXT_HTML).body("""
        <!doctype html><html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>OnPump: %s</title></head>
        <body style="font-family: sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em">
        <h1>%s</h1>%s<p id="outcome" data-kind="%s">%s</p></body></html>
        """.formatted(title, title, about, outcome.kind(), HtmlUtils.htmlEscape(outcome.message())));
  }
}
