package org.onpump.scheduler.oncall;

import org.onpump.scheduler.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A switchboard or hospital system pages the perfusionist on call for a hospital now. */
@RestController
class OnCallPageController {

  private final OnCallPager pager;

  private final Access access;

  OnCallPageController(OnCallPager pager, Access access) {
    this.access = access;
    this.pager = pager;
  }

  @Operation(summary = "Page the perfusionist on call at a hospital now",
      description = "Pages first call (second call when no first call is on, the chief when neither is) with an "
          + "ON_CALL page that escalates along the department's ON_CALL chain until acknowledged (the notifier's "
          + "/api/v1/pages/{pageId}). requestId makes a retried request page once. reason and callback are shown "
          + "to the person paged: no patient names or record numbers. 202 with the page id and who was paged; 404 "
          + "for an unknown hospital or department; 409 when nobody at all can be paged.")
  @PostMapping("/api/v1/hospitals/{hospitalId}/departments/{departmentId}/pages")
  ResponseEntity<OnCallPager.Paged> page(@PathVariable String hospitalId, @PathVariable String departmentId,
      @Valid @RequestBody PageCall call) {
    access.requireSystemOrMemberOf(hospitalId, departmentId);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(pager.page(hospitalId, departmentId, call.requestId(), call.reason(), call.callback()));
  }

  /** What the caller asks for. */
  record PageCall(
      @NotNull UUID requestId,
      @NotBlank @Size(max = 200) String reason,
      @Size(max = 40) String callback) {}

}
