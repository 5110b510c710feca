package org.diaryaccess.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Selenium against the portal on its port. It uses the system's
 * Chromium and chromedriver (Debian's {@code chromium} and {@code chromium-driver}; the paths can
 * be given as {@code -Dportal.chromium=} and {@code -Dportal.chromedriver=}), so Selenium downloads
 * nothing. Without them it asks Selenium Manager for a browser, which needs the internet; where
 * that fails too, the test fails saying what is missing — it never skips.
 */
final class Browser implements AutoCloseable {
  private static final String CHROMIUM = System.getProperty("portal.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("portal.chromedriver", "/usr/bin/chromedriver");

  private static final Pattern ENUM_CONSTANT = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");

  private final ChromeDriver driver;
  private final String base;
  private final Path screenshots;
  private int shots;

  Browser(int port, Path screenshots) {
    this(port, screenshots, 1280, 1000);
  }

  /** A browser whose window is this wide and high: 360×740 is a phone's. */
  Browser(int port, Path screenshots, int width, int height) {
    this.base = "http://127.0.0.1:" + port;
    this.screenshots = screenshots;
    ChromeOptions options = new ChromeOptions().addArguments("--headless=new", "--no-sandbox",
        "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=ru-RU", "--disable-gpu",
        "--user-data-dir=" + temporaryProfile());
    if (width < 500) {
      // A desktop window cannot be this narrow: the page is shown as on a phone of that size.
      options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
          java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0)));
    }
    boolean packaged = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    try {
      if (packaged) {
        options.setBinary(CHROMIUM);
        this.driver = new ChromeDriver(new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build(), options);
      } else {
        this.driver = new ChromeDriver(options);
      }
    } catch (RuntimeException noBrowser) {
      throw new IllegalStateException("No browser for the portal's browser tests: Chromium and its driver are not at "
          + CHROMIUM + " and " + CHROMEDRIVER + " (on Debian or Ubuntu: apt-get install chromium chromium-driver; "
          + "./test installs them), and Selenium Manager could not fetch a browser either", noBrowser);
    }
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
  }

  private static String temporaryProfile() {
    try {
      return Files.createTempDirectory("portal-chromium").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a page of the portal. */
  void open(String path) {
    driver.get(base + path);
  }

  /** Signs in as a seeded account from the sign-in page. */
  void signIn(String account) {
    open("/sign-in");
    click("#account-" + account);
    click("#sign-in-button");
  }

  /** Signs out with the header's button. */
  void signOut() {
    click("#sign-out");
  }

  /**
   * Clicks an element; a link or a button (every button here submits its form) navigates, and
   * the click returns once the next page has replaced this one.
   */
  void click(String css) {
    WebElement element = find(css);
    boolean navigates = element.getTagName().equals("a") || element.getTagName().equals("button");
    if (navigates) {
      driver.executeScript("window.portalPageBeforeClick = true;");
    }
    element.click();
    if (navigates) {
      // The next page has no such mark; while it loads, the driver may answer with errors: try again.
      new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
          .until(d -> driver.executeScript("return window.portalPageBeforeClick === undefined "
              + "&& document.readyState === 'complete';").equals(Boolean.TRUE));
    }
  }

  void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  WebElement find(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText();
  }

  /** The whole page's visible text. */
  String page() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The page's HTML, hidden fields and attributes included. */
  String source() {
    return driver.getPageSource();
  }

  String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  /**
   * Reloads the page until its text holds {@code expected}: the library delivers notices from
   * its outbox a moment after the command.
   */
  void reloadUntil(String expected) {
    new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(300)).until(d -> {
      if (page().contains(expected)) {
        return true;
      }
      d.navigate().refresh();
      return false;
    });
  }

  /**
   * Reloads the page until it shows {@code count} elements matching {@code css}: the library
   * writes the access history a moment after the views.
   */
  void reloadUntilShown(String css, int count) {
    new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(300)).until(d -> {
      if (all(css).size() == count) {
        return true;
      }
      d.navigate().refresh();
      return false;
    });
  }

  /**
   * Checks what the page shows a person — no enum constant, no internal citizen id, no stack
   * trace — and saves a PNG of it under the screenshots folder, numbered in the story's order.
   */
  Path shot(String name) {
    String text = page();
    assertThat(text).as(name).doesNotContain("Exception", "citizen-", "school-1234");
    assertThat(ENUM_CONSTANT.matcher(text).find()).as("%s shows an enum constant: %s", name, text).isFalse();
    try {
      Files.createDirectories(screenshots);
      Path file = screenshots.resolve(String.format("%02d-%s.png", ++shots, name));
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  /**
   * How much wider than the screen the page is laid out, in CSS pixels: 0 or less if it needs no
   * sideways scrolling. Measured against the screen, not the window, which a phone's browser widens
   * to fit a page that is too wide.
   */
  long overflowX() {
    Object overflow = driver.executeScript(
        "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - screen.width;");
    return ((Number) overflow).longValue();
  }

  /** The screen's width as the page sees it. */
  long screenWidth() {
    return ((Number) driver.executeScript("return screen.width;")).longValue();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
