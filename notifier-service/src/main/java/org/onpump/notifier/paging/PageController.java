package org.onpump.notifier.paging;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.onpump.notifier.audit.AuditEntry;
import org.onpump.notifier.audit.AuditLog;
import org.onpump.notifier.security.Access;
import org.onpump.shared.event.PageRequest;
import org.onpump.shared.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Pages through the API: a page with its steps and audit, acknowledging, and each department's chains. */
@RestController
class PageController {

  private final PageRepository pages;
  private final Acknowledgements acknowledgements;
  private final EscalationPolicies policies;
  private final AuditLog audit;
  private final Clock clock;
  private final Access access;

  PageController(PageRepository pages, Acknowledgements acknowledgements, EscalationPolicies policies,
      AuditLog audit, Clock clock, Access access) {
    this.access = access;
    this.pages = pages;
    this.acknowledgements = acknowledgements;
    this.policies = policies;
    this.audit = audit;
    this.clock = clock;
  }

  @Operation(summary = "A page: its status, who acknowledged it, its escalation steps and its audit",
      description = "For the managers of the page's department and the people the page reached; 403 for anyone "
          + "else.")
  @GetMapping("/api/v1/pages/{pageId}")
  PageDetail page(@PathVariable UUID pageId) {
    Caller caller = access.caller();
    Page page = pages.find(pageId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "No page " + pageId + " is known to OnPump"));
    if (!caller.manages(page.departmentId()) && !pages.reachedPeople(pageId).contains(caller.perfusionistId())) {
      throw Access.forbidden("only the people page " + pageId + " reached and their department's managers may "
          + "see it");
    }
    List<AuditEntry> lines = audit.page(pageId);
    if (!caller.manages(page.departmentId())) {
      // Others' deliveries (and their addresses in any error) are for managers: a person sees their own lines.
      lines = lines.stream().filter(line -> line.perfusionistId() == null
          || line.perfusionistId().equals(caller.perfusionistId())).toList();
    }
    return new PageDetail(page, pages.timers(pageId), lines);
  }

  @Operation(summary = "A department's pages, newest first (at most 100); its managers only")
  @GetMapping("/api/v1/departments/{departmentId}/pages")
  List<Page> pages(@PathVariable String departmentId) {
    access.requireManagerOf(departmentId);
    return pages.inDepartment(departmentId, 100);
  }

  @Operation(summary = "The pages that reached a perfusionist, newest first (at most 100); theirs only",
      description = "Every page sent to them, as the one paged or along an escalation chain, with its status.")
  @GetMapping("/api/v1/perfusionists/{perfusionistId}/pages")
  List<Page> myPages(@PathVariable String perfusionistId) {
    access.requireSelf(perfusionistId);
    return pages.reaching(perfusionistId, 100);
  }

  @Operation(summary = "Acknowledge a page as a person it reached",
      description = "Only the person themself (their token's perfusionist_id) may acknowledge. 200 with the page: "
          + "acknowledged now, escalation stopped. 409: someone acknowledged it already (the page says who, when "
          + "and how). 403: the caller is not that person, or the person was not paged for it. 404: unknown page.")
  @PostMapping("/api/v1/pages/{pageId}/acknowledgements")
  ResponseEntity<AckAnswer> acknowledge(@PathVariable UUID pageId, @Valid @RequestBody AckRequest request) {
    access.requireSelf(request.perfusionistId());
    Acknowledgements.Outcome outcome = acknowledgements.byPerson(pageId, request.perfusionistId(), Page.Via.API);
    return ResponseEntity.status(outcome.status())
        .body(new AckAnswer(outcome.kind(), outcome.message(), outcome.page()));
  }

  @Operation(summary = "A department's escalation chain for a kind of page (its own, or the deployment's)")
  @GetMapping("/api/v1/departments/{departmentId}/escalation-policies/{kind}")
  List<EscalationStep> chain(@PathVariable String departmentId, @PathVariable PageRequest.Kind kind) {
    access.requireMemberOf(departmentId);
    return policies.chain(departmentId, kind);
  }

  @Operation(summary = "Set a department's escalation chain for a kind of page",
      description = "Steps in order, each {target: PAGED|SECOND_CALL|CHIEF, after: ISO-8601 duration from the "
          + "step before, the first from the page}. 1 to 10 steps, each after 10 seconds to 24 hours. Applies to "
          + "pages opened from now on.")
  @PutMapping("/api/v1/departments/{departmentId}/escalation-policies/{kind}")
  List<EscalationStep> setChain(@PathVariable String departmentId, @PathVariable PageRequest.Kind kind,
      @RequestBody @NotNull @Size(min = 1, max = 10) List<@Valid EscalationStepRequest> steps) {
    access.requireManagerOf(departmentId);
    List<EscalationStep> chain = steps.stream().map(EscalationStepRequest::step).toList();
    policies.save(departmentId, kind, chain, clock.instant());
    return chain;
  }

  @Operation(summary = "Drop a department's own chain for a kind of page: the deployment's default applies again")
  @DeleteMapping("/api/v1/departments/{departmentId}/escalation-policies/{kind}")
  List<EscalationStep> resetChain(@PathVariable String departmentId, @PathVariable PageRequest.Kind kind) {
    access.requireManagerOf(departmentId);
    policies.reset(departmentId, kind);
    return policies.chain(departmentId, kind);
  }

  /** Who acknowledges. */
  record AckRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}",
      message = "must be a perfusionist id: 1 to 64 letters, digits, '.', '_', ':' or '-'") String perfusionistId) {}

  /** What an acknowledgement did. */
  record AckAnswer(Acknowledgements.Outcome.Kind outcome, String message, Page page) {}

  /** A page with its steps and what happened to it. */
  record PageDetail(Page page, List<PageRepository.TimerView> steps, List<AuditEntry> audit) {}
}
