package org.onpump.scheduler.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the web page needs to know before anyone signs in: where a developer's local identity provider hands out
 * tokens (only where one is configured: the local stack), and where the notifier answers (pages and
 * acknowledgements).
 */
@RestController
class SignInController {

  private final SignIn signIn;

  SignInController(@Value("${onpump.web.local-token-url:}") String localTokenUrl,
      @Value("${onpump.web.notifier-url:http://localhost:8081}") String notifierUrl) {
    this.signIn = new SignIn(localTokenUrl.isBlank() ? null : localTokenUrl, notifierUrl);
  }

  @Operation(summary = "How the web page signs in (open, no token needed)",
      description = "tokenUrl: a local identity provider's token endpoint taking the form field username, set only "
          + "in the local stack; null in a real deployment, where tokens come from the department's OpenID Connect "
          + "provider. notifierUrl: the notifier's base URL, for pages and acknowledgements.")
  @GetMapping("/api/v1/sign-in")
  SignIn signIn() {
    return signIn;
  }

  /** The sign-in facts. */
  record SignIn(String tokenUrl, String notifierUrl) {}
}
