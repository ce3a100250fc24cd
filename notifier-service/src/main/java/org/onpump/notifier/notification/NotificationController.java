package org.onpump.notifier.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.onpump.notifier.security.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A perfusionist's notifications, for the staff app and for checking that a change was told. */
@RestController
@RequestMapping("/api/v1/perfusionists")
class NotificationController {

  /** The same rule as the event contract's codes: ids are codes, never free text. */
  static final String CODE = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

  private final NotificationRepository repository;

  private final Access access;

  NotificationController(NotificationRepository repository, Access access) {
    this.access = access;
    this.repository = repository;
  }

  @Operation(summary = "A perfusionist's notifications, newest first; empty for someone never notified; theirs only")
  @GetMapping("/{perfusionistId}/notifications")
  List<Notification> notifications(
      @PathVariable @Pattern(regexp = CODE,
          message = "must be a code of 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit")
      String perfusionistId,
      @Parameter(description = "At most this many, newest first")
      @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
    access.requireSelf(perfusionistId);
    return repository.findByPerfusionist(perfusionistId, limit);
  }
}
