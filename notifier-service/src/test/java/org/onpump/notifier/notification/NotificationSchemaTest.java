package org.onpump.notifier.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onpump.notifier.NotifierServiceTest;

class NotificationSchemaTest extends NotifierServiceTest {

  @Test
  void theNotifierKeepsItsTablesInItsOwnSchemaAndItsChangelogInPublic() {
    assertThat(jdbc.sql("SELECT table_schema FROM information_schema.tables WHERE table_name = 'notification'")
        .query(String.class).list()).containsExactly("notifier");
    assertThat(jdbc.sql("""
            SELECT table_name FROM information_schema.tables
             WHERE table_schema = 'public' AND table_name LIKE 'notifier_changelog%'""")
        .query(String.class).list()).containsExactlyInAnyOrder("notifier_changelog", "notifier_changelog_lock");
    assertThat(jdbc.sql("SELECT id FROM public.notifier_changelog").query(String.class).list())
        .contains("1-schema", "2-notification");
  }
}
