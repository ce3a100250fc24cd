package org.onpump.scheduler.staff;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onpump.shared.event.Competency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a department's perfusionists with their competencies. */
@Repository
public class StaffRepository {

  private final JdbcClient jdbc;

  public StaffRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Perfusionist> departmentStaff(String departmentId) {
    Map<String, Set<Competency>> competencies = new HashMap<>();
    jdbc.sql("""
            SELECT c.perfusionist_id, c.competency
            FROM perfusionist_competency c JOIN perfusionist p ON p.id = c.perfusionist_id
            WHERE p.department_id = ?""")
        .param(departmentId)
        .query(rs -> {
          competencies.computeIfAbsent(rs.getString("perfusionist_id"), id -> EnumSet.noneOf(Competency.class))
              .add(Competency.valueOf(rs.getString("competency")));
        });
    return jdbc.sql("""
            SELECT id, display_name, email, credential_level FROM perfusionist
            WHERE department_id = ? ORDER BY id""")
        .param(departmentId)
        .query((rs, n) -> Perfusionist.builder(rs.getString("id"),
                new Credential(CredentialLevel.valueOf(rs.getString("credential_level")),
                    java.time.LocalDate.of(2099, 12, 31), java.time.LocalDate.of(2099, 12, 31)))
            .name(rs.getString("display_name"), rs.getString("email"))
            .competencies(competencies.getOrDefault(rs.getString("id"), Set.of()))
            .worksAt("demo-general", 20)
            .build())
        .list();
  }
}
