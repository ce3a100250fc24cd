package org.onpump.infra.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A small OpenID-style token issuer for the local stack and the tests, so that OnPump's services check real signed
 * JWTs exactly as they would from Keycloak, Entra ID or Okta, without an external identity provider.
 *
 * <p>It makes an RSA key at start, publishes it at {@code /jwks.json} (with {@code
 * /.well-known/openid-configuration} naming it), and signs tokens for the users its directory knows: {@code POST
 * /token} with form field {@code username} answers {@code {"access_token": ..., "token_type": "Bearer"}}. There are
 * no passwords: it is for a developer's machine and tests only, and binds to 127.0.0.1.
 */
public final class LocalIdentityProvider implements AutoCloseable {

  private static final Duration LIFETIME = Duration.ofHours(8);

  private final RSAKey key;
  private final HttpServer server;
  private final Function<String, Optional<OnPumpUser>> directory;

  private LocalIdentityProvider(int port, Function<String, Optional<OnPumpUser>> directory) {
    this.directory = directory;
    try {
      this.key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
          .generate();
      this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (JOSEException e) {
      throw new IllegalStateException("could not make a signing key", e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not listen on port " + port, e);
    }
    server.createContext("/jwks.json", exchange -> answer(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
    server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, 200, """
        {"issuer":"%s","jwks_uri":"%s","token_endpoint":"%s"}""".formatted(issuer(), jwkSetUri(), tokenUri())));
    server.createContext("/token", this::token);
    server.start();
  }

  /** Starts on {@code port} (0: any free port), issuing tokens for the users {@code directory} knows. */
  public static LocalIdentityProvider start(int port, Function<String, Optional<OnPumpUser>> directory) {
    return new LocalIdentityProvider(port, directory);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String issuer() {
    return "http://127.0.0.1:" + port();
  }

  public String jwkSetUri() {
    return issuer() + "/jwks.json";
  }

  public String tokenUri() {
    return issuer() + "/token";
  }

  /** A signed access token for {@code user}, valid for eight hours. */
  public String tokenFor(OnPumpUser user) {
    return tokenFor(user, Instant.now().plus(LIFETIME));
  }

  /** A signed access token for {@code user} that expires at {@code expiresAt} (tests: an expired token). */
  public String tokenFor(OnPumpUser user, Instant expiresAt) {
    Map<String, Object> claims = new HashMap<>(user.claims());
    JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer()).subject(user.subject())
        .issueTime(new Date()).expirationTime(Date.from(expiresAt)).jwtID(UUID.randomUUID().toString());
    claims.forEach(set::claim);
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
        .type(JOSEObjectType.JWT).build(), set.build());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign a token", e);
    }
    return jwt.serialize();
  }

  private void token(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      answer(exchange, 405, "{\"error\":\"invalid_request\",\"error_description\":\"POST the form field username\"}");
      return;
    }
    String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String username = null;
    for (String pair : form.split("&")) {
      String[] parts = pair.split("=", 2);
      if (parts.length == 2 && parts[0].equals("username")) {
        username = URLDecoder.decode(parts[1], StandardCharsets.UTF_8).trim();
      }
    }
    Optional<OnPumpUser> user = username == null ? Optional.empty() : directory.apply(username);
    if (user.isEmpty()) {
      answer(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"unknown username\"}");
      return;
    }
    answer(exchange, 200, """
        {"access_token":"%s","token_type":"Bearer","expires_in":%d}"""
        .formatted(tokenFor(user.get()), LIFETIME.toSeconds()));
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    // The web page of the local stack asks for tokens from another port.
    exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
