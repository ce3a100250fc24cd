package org.onpump.notifier.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the tokens come from: set {@code issuer-uri} for any OpenID Connect provider (its keys are discovered), or
 * {@code jwk-set-uri} for a key set alone; {@code audience}, if set, must be in every token's {@code aud}.
 */
@ConfigurationProperties("onpump.security")
public record SecurityProperties(String issuerUri, String jwkSetUri, String audience) {}
