package org.onpump.infra.identity;

import java.util.Optional;

/**
 * One {@link LocalIdentityProvider} per test JVM, started on first use: the services under test check its tokens
 * through its key set, exactly as they check a real provider's.
 */
public final class TestIdentity {

  private static LocalIdentityProvider provider;

  private TestIdentity() {}

  public static synchronized LocalIdentityProvider provider() {
    if (provider == null) {
      provider = LocalIdentityProvider.start(0, username -> Optional.empty());
      Runtime.getRuntime().addShutdownHook(new Thread(provider::close, "identity-provider-stop"));
    }
    return provider;
  }

  /** {@code Bearer <token>} for {@code user}: the value of an Authorization header. */
  public static String bearer(OnPumpUser user) {
    return "Bearer " + provider().tokenFor(user);
  }
}
