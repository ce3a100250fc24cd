package org.onpump.notifier.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.onpump.shared.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * An OAuth2 resource server, as the scheduler is: every API call carries a bearer JWT from the configured identity
 * provider, checked for signature, expiry, issuer (and audience, if set). Open without a token: health, the API
 * documentation and the signed acknowledgement links (the signature is their credential). The scheduler's web page
 * may call the API from its own origin ({@code onpump.web.allowed-origins}). What each caller may do is decided per
 * endpoint by {@link Access}.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain api(HttpSecurity http,
      @Value("${onpump.web.allowed-origins:http://localhost:8080}") List<String> allowedOrigins) throws Exception {
    http.csrf(csrf -> csrf.disable())
        .cors(cors -> cors.configurationSource(webPage(allowedOrigins)))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus")
            .permitAll()
            .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
            .requestMatchers("/ack/**").permitAll()
            .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
            .requestMatchers("/error").permitAll()
            .anyRequest().authenticated())
        .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(roles())));
    return http.build();
  }

  @Bean
  JwtDecoder jwtDecoder(SecurityProperties properties) {
    NimbusJwtDecoder decoder;
    List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
    if (present(properties.issuerUri())) {
      decoder = JwtDecoders.fromIssuerLocation(properties.issuerUri());
      validators.add(JwtValidators.createDefaultWithIssuer(properties.issuerUri()));
    } else if (present(properties.jwkSetUri())) {
      decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
      validators.add(JwtValidators.createDefault());
    } else {
      throw new IllegalStateException("Set onpump.security.issuer-uri (ONPUMP_SECURITY_ISSUER_URI) to the OpenID "
          + "Connect provider that signs OnPump's tokens, or onpump.security.jwk-set-uri to its key set");
    }
    if (present(properties.audience())) {
      validators.add(jwt -> jwt.getAudience() != null && jwt.getAudience().contains(properties.audience())
          ? OAuth2TokenValidatorResult.success()
          : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
              "the token is not for audience " + properties.audience(), null)));
    }
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
    return decoder;
  }

  /** The token's {@code roles} claim as authorities ({@code ROLE_MANAGER}, ...), for logs and actuator. */
  private static JwtAuthenticationConverter roles() {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(jwt -> {
      Collection<GrantedAuthority> authorities = new ArrayList<>();
      Caller.fromClaims(jwt.getSubject(), jwt.getClaims()).roles()
          .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
      return authorities;
    });
    return converter;
  }

  private static CorsConfigurationSource webPage(List<String> allowedOrigins) {
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOrigins(allowedOrigins);
    cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
    cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/api/**", cors);
    return source;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
