package org.onpump.scheduler.team;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.util.List;
import org.onpump.scheduler.security.Access;
import org.onpump.shared.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The department's perfusionists: managers add and edit them; each person sees their own details in full. */
@RestController
class PerfusionistController {

  private static final String PERSON = """
      {"id": "p-21", "displayName": "Rosa Rivera", "email": "rosa.rivera@example.org", "credentialLevel": "CCP",
       "certificationExpiry": "2028-06-30", "competencies": ["ADULT_CPB", "ECMO_ADULT"],
       "privileges": [{"hospitalId": "demo-general", "minutesFromHome": 20}], "licences": ["NY"],
       "contractMinutesPerWeek": 2400, "avoidsNights": false,
       "contactMethods": [{"kind": "SMS", "address": "+15550101234", "pages": true, "routine": false},
                          {"kind": "EMAIL", "address": "rosa.rivera@example.org", "pages": true, "routine": true}]}""";
  private static final String METHODS = """
      {"contactMethods": [{"kind": "VOICE", "address": "+15550101234", "pages": true, "routine": false},
                          {"kind": "EMAIL", "address": "rosa.rivera@example.org", "pages": true, "routine": true}]}""";

  private final Access access;
  private final TeamChanges team;

  PerfusionistController(Access access, TeamChanges team) {
    this.access = access;
    this.team = team;
  }

  @Operation(summary = "Add a perfusionist to the department (manager)",
      description = "certificationExpiry is required for (and only for) a CCP, boardEligibleDeadline for a "
          + "BOARD_ELIGIBLE. Privileges must name the department's hospitals; contact methods are tried in list "
          + "order and checked as the notifier checks them. 201 with the stored person; 400 naming each bad field; "
          + "404 for an unknown department; 409 when the id is taken. The department is replanned.")
  @PostMapping("/api/v1/departments/{departmentId}/perfusionists")
  @ResponseStatus(HttpStatus.CREATED)
  PerfusionistView add(@PathVariable String departmentId,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
          name = "CCP", value = PERSON))) @RequestBody PerfusionistForm form) {
    Caller caller = access.requireManagerOf(departmentId);
    return team.add(caller, departmentId, form);
  }

  @Operation(summary = "The department's perfusionists (staff and managers of the department)",
      description = "Managers see everything about everyone; a perfusionist sees everything about themself and "
          + "only the id, name, credential level and competencies of colleagues. In id order.")
  @GetMapping("/api/v1/departments/{departmentId}/perfusionists")
  List<PerfusionistView> members(@PathVariable String departmentId) {
    Caller caller = access.requireMemberOf(departmentId);
    return team.members(caller, departmentId);
  }

  @Operation(summary = "One perfusionist in full (the person themself or a manager)",
      description = "Credential dates, privileges, licences, contract and contact methods. 404 when the department "
          + "has no such person.")
  @GetMapping("/api/v1/departments/{departmentId}/perfusionists/{perfusionistId}")
  PerfusionistView details(@PathVariable String departmentId, @PathVariable String perfusionistId) {
    access.requireSelfOrManager(perfusionistId, departmentId);
    return team.details(departmentId, perfusionistId);
  }

  @Operation(summary = "Replace a perfusionist's details (manager)",
      description = "Every field but the id is replaced by the body's (a list left out becomes empty, "
          + "contractMinutesPerWeek 2400, avoidsNights false); id may be left out. 400 naming each bad field, 404 "
          + "for an unknown department or person. The department is replanned.")
  @PutMapping("/api/v1/departments/{departmentId}/perfusionists/{perfusionistId}")
  PerfusionistView replace(@PathVariable String departmentId, @PathVariable String perfusionistId,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
          name = "CCP", value = PERSON))) @RequestBody PerfusionistForm form) {
    Caller caller = access.requireManagerOf(departmentId);
    return team.replace(caller, departmentId, perfusionistId, form);
  }

  @Operation(summary = "Replace a perfusionist's contact methods (the person themself or a manager)",
      description = "The ways to reach them, tried in list order; pages go to those with pages true, routine "
          + "notices to those with routine true. An empty list: reached by their email alone. 400 naming each bad "
          + "field.")
  @PutMapping("/api/v1/departments/{departmentId}/perfusionists/{perfusionistId}/contact-methods")
  PerfusionistView contactMethods(@PathVariable String departmentId, @PathVariable String perfusionistId,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
          name = "Voice then email", value = METHODS))) @RequestBody ContactMethodsForm form) {
    Caller caller = access.requireSelfOrManager(perfusionistId, departmentId);
    return team.replaceContactMethods(caller, departmentId, perfusionistId, form.contactMethods());
  }

  /** The new contact methods, in the order to try them. */
  record ContactMethodsForm(List<ContactMethodForm> contactMethods) {}
}
