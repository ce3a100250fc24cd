package org.onpump.scheduler;

import jakarta.servlet.Filter;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.infra.identity.TestIdentity;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Requests made through the shared {@code MockMvcTester} carry an admin's real signed token unless they set their
 * own Authorization header: tests of behaviour need not sign in, tests of who-may-what pass the caller's token
 * ({@link #as}). {@link #anonymous} makes requests with no token at all.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInAsAdmin {

  @Bean
  MockMvcBuilderCustomizer adminByDefault() {
    return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/")
        .header(HttpHeaders.AUTHORIZATION, TestIdentity.bearer(OnPumpUser.admin())));
  }

  /** The Authorization header value for {@code user}. */
  public static String as(OnPumpUser user) {
    return TestIdentity.bearer(user);
  }

  /** A tester whose requests carry no token (the security filters still apply). */
  public static MockMvcTester anonymous(WebApplicationContext context) {
    return MockMvcTester.create(MockMvcBuilders.webAppContextSetup(context)
        .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build());
  }
}
