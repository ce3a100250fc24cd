package org.onpump.scheduler.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.util.Map;
import org.onpump.scheduler.security.Access;
import org.onpump.shared.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The department's rules: every member may read them, a manager changes them. */
@RestController
class PolicyController {

  private static final String RULES = "secondPerfusionistProcedures, standbyProcedures, boardEligibleMayNotLead, "
      + "complexProcedures (lists of procedure types), studentSeats, travelBetweenHospitals, nPlusOne, "
      + "autoApproveSwaps (true/false), onCallCompetency (a competency), firstCallResponseMinutes (1-10080), "
      + "restMinutes (0-10080), maxWorkMinutes (1-10080), postCallRestMinutes (0-10080), nightStart and dayStart "
      + "(HH:mm, dayStart before nightStart), ecmoShiftHours (1-24), yearlyActivities, yearlyPrimaryActivities "
      + "(at most yearlyActivities), studentCases, studentPaediatricCases (at most studentCases), "
      + "boardEligibleIndependentCases (0-10000 each), certificationYearStart (MM-dd, not 02-29), "
      + "emergencyResponders (FIRST_CALL, SECOND_CALL, NEAREST_FREE in the order to page, each once).";

  private final Access access;
  private final PolicyEditor editor;

  PolicyController(Access access, PolicyEditor editor) {
    this.access = access;
    this.editor = editor;
  }

  @Operation(summary = "The department's rules, each with its default (staff and managers of the department)",
      description = "{\"departmentId\": ..., \"rules\": {\"restMinutes\": {\"value\": 480, \"default\": 480}, ...}}"
          + " for every rule: " + RULES + " A department that never set a rule follows its default.")
  @GetMapping("/api/v1/departments/{departmentId}/policy")
  PolicyView policy(@PathVariable String departmentId) {
    access.requireMemberOf(departmentId);
    return editor.policy(departmentId);
  }

  @Operation(summary = "Change some of the department's rules (manager)",
      description = "A flat object of the rules to change and their new values; rules left out keep theirs. Each "
          + "bad or unknown rule is named in a 400 and nothing changes. The rules: " + RULES
          + " Answers the whole policy as GET does; the department is replanned.")
  @PutMapping("/api/v1/departments/{departmentId}/policy")
  PolicyView change(@PathVariable String departmentId,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
          @ExampleObject(name = "Longer rest, swaps without a manager", value = """
              {"restMinutes": 600, "autoApproveSwaps": true}"""),
          @ExampleObject(name = "Nights from 18:30, transplants need a second perfusionist", value = """
              {"nightStart": "18:30", "secondPerfusionistProcedures": ["CONGENITAL", "TRANSPLANT", "AORTIC"]}""")}))
      @RequestBody Map<String, Object> changes) {
    Caller caller = access.requireManagerOf(departmentId);
    return editor.change(caller, departmentId, changes);
  }
}
