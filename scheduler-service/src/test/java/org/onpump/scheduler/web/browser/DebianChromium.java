package org.onpump.scheduler.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The browser the tests drive is provisioned by the tests, as their PostgreSQL and Kafka are: where Debian's
 * chromium or chromedriver is missing, it is installed once ({@code apt-get install chromium chromium-driver}, as
 * root or through {@code sudo -n}), so that {@code ./mvnw verify} alone runs every test on a fresh machine. If that
 * cannot be done, {@link Browser#start} fails saying what to install; a browser test never passes by being skipped.
 */
final class DebianChromium {

  private static final Path LOG = Path.of("target", "browser", "apt-get.log");

  private static boolean tried;

  private DebianChromium() {}

  static synchronized void ensureInstalled() throws IOException {
    if (tried || (Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER))) {
      return;
    }
    tried = true;
    Files.createDirectories(LOG.toAbsolutePath().getParent());
    boolean root = "root".equals(System.getProperty("user.name"));
    run(root, "apt-get", "update", "-qq");
    run(root, "apt-get", "install", "-y", "-qq", "chromium", "chromium-driver");
  }

  private static void run(boolean root, String... command) throws IOException {
    List<String> line = new ArrayList<>(root ? List.of() : List.of("sudo", "-n"));
    line.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
    builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
    try {
      builder.start().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
