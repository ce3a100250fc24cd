package org.onpump.scheduler.team;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.onpump.scheduler.staff.CredentialLevel;
import org.onpump.scheduler.staff.Perfusionist;
import org.onpump.shared.event.ContactMethod;

/**
 * A perfusionist as the API shows them. Managers and the person themself see everything; a colleague sees the
 * name, credential level and competencies only (the other fields are left out of the JSON, not shown as null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A perfusionist; to colleagues only id, displayName, credentialLevel and competencies")
public record PerfusionistView(
    String id, String displayName, CredentialLevel credentialLevel, List<String> competencies, String email,
    LocalDate certificationExpiry, LocalDate boardEligibleDeadline, List<Privilege> privileges, List<String> licences,
    Integer contractMinutesPerWeek, Boolean avoidsNights, List<ContactMethod> contactMethods) {

  /** Where they may work and how long the drive there from home is. */
  public record Privilege(String hospitalId, int minutesFromHome) {}

  /** Everything about them: for managers and the person themself. */
  static PerfusionistView full(Perfusionist person) {
    List<Privilege> privileges = person.privileges().stream().sorted()
        .map(hospital -> new Privilege(hospital, person.minutesFromHomeTo(hospital))).toList();
    return new PerfusionistView(person.id(), person.displayName(), person.credentialLevel(), competencies(person),
        person.email(), person.credential().certificationExpiry(), person.credential().boardEligibleDeadline(),
        privileges, person.licences().stream().sorted().toList(), person.contractMinutesPerWeek(),
        person.preferences().avoidsNights(), person.contactMethods());
  }

  /** What a colleague may see. */
  static PerfusionistView colleague(Perfusionist person) {
    return new PerfusionistView(person.id(), person.displayName(), person.credentialLevel(), competencies(person),
        null, null, null, null, null, null, null, null);
  }

  private static List<String> competencies(Perfusionist person) {
    return person.competencies().stream().sorted(Comparator.naturalOrder()).map(Enum::name).toList();
  }
}
