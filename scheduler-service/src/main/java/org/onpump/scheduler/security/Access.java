package org.onpump.scheduler.security;

import org.onpump.shared.security.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Who may do what, asked by each endpoint before it reads or changes anything: every refusal is a
 * {@link ForbiddenException} (403) that says what the caller lacks. The caller comes from the verified token of the
 * request ({@link Caller}).
 */
@Component
public class Access {

  /** The caller of the current request (a request without a verified token never reaches an endpoint). */
  public Caller caller() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
      return Caller.fromClaims(jwt.getSubject(), jwt.getClaims());
    }
    throw new ForbiddenException("this needs a signed-in caller");
  }

  /** A manager of the department (or an admin). */
  public Caller requireManagerOf(String departmentId) {
    Caller caller = caller();
    if (!caller.manages(departmentId)) {
      throw new ForbiddenException("only a manager of department " + departmentId + " may do this");
    }
    return caller;
  }

  /** Anyone of the department: its managers and perfusionists (or an admin). */
  public Caller requireMemberOf(String departmentId) {
    Caller caller = caller();
    if (!caller.belongsTo(departmentId)) {
      throw new ForbiddenException("only the staff and managers of department " + departmentId + " may see this");
    }
    return caller;
  }

  /** The perfusionist themself, or a manager of their department (or an admin): their private data. */
  public Caller requireSelfOrManager(String perfusionistId, String departmentId) {
    Caller caller = caller();
    if (!caller.is(perfusionistId) && !caller.manages(departmentId)) {
      throw new ForbiddenException("only " + perfusionistId + " and the managers of their department may do this");
    }
    return caller;
  }

  /** The scheduling system of the hospital, or anyone of the department (or an admin): who is on call, a page. */
  public Caller requireSystemOrMemberOf(String hospitalId, String departmentId) {
    Caller caller = caller();
    if (!caller.speaksFor(hospitalId) && !caller.belongsTo(departmentId)) {
      throw new ForbiddenException("only the scheduling system of hospital " + hospitalId + " and the staff of "
          + "department " + departmentId + " may do this");
    }
    return caller;
  }

  /** The scheduling system of the hospital (or an admin). */
  public Caller requireSystemOf(String hospitalId) {
    Caller caller = caller();
    if (!caller.speaksFor(hospitalId)) {
      throw new ForbiddenException("this caller may not post for hospital " + hospitalId);
    }
    return caller;
  }
}
