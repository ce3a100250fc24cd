package org.onpump.notifier.security;

import org.onpump.shared.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what in the notifier, asked by each endpoint before it reads or changes anything; a refusal is a 403
 * that says what the caller lacks. The caller comes from the request's verified token ({@link Caller}).
 */
@Component
public class Access {

  public Caller caller() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
      return Caller.fromClaims(jwt.getSubject(), jwt.getClaims());
    }
    throw forbidden("this needs a signed-in caller");
  }

  /** A manager of the department (or an admin). */
  public Caller requireManagerOf(String departmentId) {
    Caller caller = caller();
    if (!caller.manages(departmentId)) {
      throw forbidden("only a manager of department " + departmentId + " may do this");
    }
    return caller;
  }

  /** Anyone of the department (or an admin). */
  public Caller requireMemberOf(String departmentId) {
    Caller caller = caller();
    if (!caller.belongsTo(departmentId)) {
      throw forbidden("only the staff and managers of department " + departmentId + " may see this");
    }
    return caller;
  }

  /** The perfusionist themself (or an admin). */
  public Caller requireSelf(String perfusionistId) {
    Caller caller = caller();
    if (!caller.is(perfusionistId) && !caller.isAdmin()) {
      throw forbidden("only " + perfusionistId + " may see or do this");
    }
    return caller;
  }

  public static ResponseStatusException forbidden(String reason) {
    return new ResponseStatusException(HttpStatus.FORBIDDEN, reason);
  }
}
