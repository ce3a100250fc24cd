package org.onpump.scheduler.calendar;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.onpump.scheduler.calendar.CalendarLinkService.IssuedLink;
import org.onpump.scheduler.calendar.CalendarLinkService.ListedLink;
import org.onpump.scheduler.security.Access;
import org.onpump.scheduler.security.ForbiddenException;
import org.onpump.scheduler.web.NotFoundException;
import org.onpump.shared.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Secret, revocable links to calendar feeds: a perfusionist's own (made by them or a manager) and the department's
 * (made by any member). Lists never show a token; a revoked link's feed answers 404.
 */
@RestController
class CalendarLinksController {

  private static final String PERSON = "/api/v1/departments/{departmentId}/perfusionists/{perfusionistId}"
      + "/calendar-links";
  private static final String DEPARTMENT = "/api/v1/departments/{departmentId}/calendar-links";

  private final Access access;
  private final CalendarLinks links;
  private final CalendarLinkService service;
  private final Places places;

  CalendarLinksController(Access access, CalendarLinks links, CalendarLinkService service, Places places) {
    this.access = access;
    this.links = links;
    this.service = service;
    this.places = places;
  }

  @Operation(summary = "Create a secret link to a perfusionist's calendar",
      description = "The perfusionist themself or a manager of the department. 201 with the link's id and its URL "
          + "(<public-url>/calendars/<token>.ics): the token is shown this once and only its SHA-256 is kept. "
          + "No request body. 404 when the perfusionist is not on the department's staff.")
  @PostMapping(PERSON)
  ResponseEntity<IssuedLink> createForPerson(@PathVariable String departmentId, @PathVariable String perfusionistId) {
    Caller caller = access.requireSelfOrManager(perfusionistId, departmentId);
    requireStaff(departmentId, perfusionistId);
    return ResponseEntity.status(HttpStatus.CREATED).body(service.issue(caller, departmentId, perfusionistId));
  }

  @Operation(summary = "A perfusionist's working calendar links",
      description = "The perfusionist themself or a manager of the department; newest first, without tokens.")
  @GetMapping(PERSON)
  List<ListedLink> listForPerson(@PathVariable String departmentId, @PathVariable String perfusionistId) {
    access.requireSelfOrManager(perfusionistId, departmentId);
    requireStaff(departmentId, perfusionistId);
    return links.ofPerson(departmentId, perfusionistId).stream().map(ListedLink::of).toList();
  }

  @Operation(summary = "Revoke a perfusionist's calendar link",
      description = "The perfusionist themself or a manager of the department. 204; the feed answers 404 from now "
          + "on. 404 for a link that is not theirs or is revoked already.")
  @DeleteMapping(PERSON + "/{linkId}")
  ResponseEntity<Void> revokeForPerson(@PathVariable String departmentId, @PathVariable String perfusionistId,
      @PathVariable UUID linkId) {
    Caller caller = access.requireSelfOrManager(perfusionistId, departmentId);
    CalendarLink link = links.find(departmentId, linkId)
        .filter(found -> perfusionistId.equals(found.perfusionistId())).orElseThrow(() -> unknownLink(linkId));
    return revoke(caller, link);
  }

  @Operation(summary = "Create a secret link to the department's calendar",
      description = "Any member of the department (its managers and perfusionists). 201 with the link's id and URL; "
          + "the feed shows every published seat with who holds it. No request body.")
  @PostMapping(DEPARTMENT)
  ResponseEntity<IssuedLink> createForDepartment(@PathVariable String departmentId) {
    Caller caller = access.requireMemberOf(departmentId);
    if (places.departmentName(departmentId).isEmpty()) {
      throw new NotFoundException("Unknown department", "No department '" + departmentId + "' is known to OnPump");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(service.issue(caller, departmentId, null));
  }

  @Operation(summary = "Working links to the department's calendar",
      description = "Members of the department: a manager sees every link, anyone else the links they created. "
          + "Newest first, without tokens.")
  @GetMapping(DEPARTMENT)
  List<ListedLink> listForDepartment(@PathVariable String departmentId) {
    Caller caller = access.requireMemberOf(departmentId);
    String createdBy = caller.manages(departmentId) ? null : caller.subject();
    return links.ofDepartment(departmentId, createdBy).stream().map(ListedLink::of).toList();
  }

  @Operation(summary = "Revoke a link to the department's calendar",
      description = "Who created the link, or a manager of the department. 204; the feed answers 404 from now on.")
  @DeleteMapping(DEPARTMENT + "/{linkId}")
  ResponseEntity<Void> revokeForDepartment(@PathVariable String departmentId, @PathVariable UUID linkId) {
    Caller caller = access.requireMemberOf(departmentId);
    CalendarLink link = links.find(departmentId, linkId).filter(found -> found.perfusionistId() == null)
        .orElseThrow(() -> unknownLink(linkId));
    if (!caller.manages(departmentId) && !caller.subject().equals(link.createdBy())) {
      throw new ForbiddenException("only who created the link and the managers of department " + departmentId
          + " may revoke it");
    }
    return revoke(caller, link);
  }

  private ResponseEntity<Void> revoke(Caller caller, CalendarLink link) {
    if (!service.revoke(caller, link)) {
      throw unknownLink(link.id());
    }
    return ResponseEntity.noContent().build();
  }

  private void requireStaff(String departmentId, String perfusionistId) {
    if (!places.employs(departmentId, perfusionistId)) {
      throw new NotFoundException("Unknown perfusionist",
          "No perfusionist '" + perfusionistId + "' works in department '" + departmentId + "'");
    }
  }

  private static NotFoundException unknownLink(UUID linkId) {
    return new NotFoundException("Unknown calendar link", "No working calendar link " + linkId + " here");
  }
}
