package org.onpump.scheduler.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.onpump.infra.identity.OnPumpUser;
import org.onpump.infra.identity.TestIdentity;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium, driven through Debian's chromedriver (Selenium never downloads a driver), with a
 * fresh profile, in the hospital's time zone, pointed at the service under test. Signs in the way the page does:
 * a token in the tab's sessionStorage.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;
  private final String baseUrl;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, Path profile, String baseUrl) {
    this.driver = driver;
    this.profile = profile;
    this.baseUrl = baseUrl;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Starts chromium, or fails saying what to install: a browser test never passes by being skipped. */
  static Browser start(String baseUrl, String timeZone) throws IOException {
    DebianChromium.ensureInstalled();
    assertThat(Files.isExecutable(CHROMIUM)).as("The browser tests need Debian's chromium at %s "
        + "(apt-get install chromium chromium-driver; see target/browser/apt-get.log)", CHROMIUM).isTrue();
    assertThat(Files.isExecutable(CHROMEDRIVER)).as("The browser tests need Debian's chromedriver at %s "
        + "(apt-get install chromium-driver)", CHROMEDRIVER).isTrue();
    Path profile = Files.createTempDirectory("onpump-chromium-");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withEnvironment(Map.of("TZ", timeZone))
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-GB");
    return new Browser(new ChromeDriver(service, options), profile, baseUrl);
  }

  /** Opens a view of the page signed in as {@code user}, with {@code department} chosen (admins choose one). */
  void open(OnPumpUser user, String department, String view) {
    driver.get(baseUrl + "/index.html");
    driver.executeScript("sessionStorage.clear();"
            + "sessionStorage.setItem('onpump.token', arguments[0]);"
            + "if (arguments[1]) sessionStorage.setItem('onpump.department', arguments[1]);",
        TestIdentity.provider().tokenFor(user), department);
    driver.get(baseUrl + "/index.html#" + view);
    driver.navigate().refresh();
    await(By.id("view-" + view));
  }

  /** Opens the page with nobody signed in. */
  void openSignedOut() {
    driver.get(baseUrl + "/index.html");
    driver.executeScript("sessionStorage.clear();");
    driver.navigate().refresh();
  }

  WebElement await(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void awaitText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** Sets an input's value the way a date picker would, whatever the browser's locale. */
  void setValue(WebElement input, String value) {
    driver.executeScript("arguments[0].value = arguments[1];"
        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
  }

  void screenshot(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
