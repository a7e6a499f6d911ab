package io.shoponevents.systemtests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven through its WebDriver: Debian's {@code chromium} and {@code chromium-driver}
 * (scripts/chromium.sh installs them). Both paths are given to Selenium, so its driver manager downloads nothing; a
 * missing browser fails the test, naming the script that installs it.
 */
final class Browser implements AutoCloseable {

    static final Duration PAGE_LOAD = Duration.ofSeconds(30);
    private static final List<String> FLAGS = List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--window-size=1280,1000");

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("shop.test.chromium", "chromium", "chromium-browser", "google-chrome"));
        options.addArguments(FLAGS);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("shop.test.chromedriver", "chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
        driver.manage().timeouts().scriptTimeout(PAGE_LOAD);
        return new Browser(driver);
    }

    /**
     * Writes the whole page as a PNG into {@code directory}: the window grows to the page's height first, as headless
     * Chromium captures only the window.
     */
    void screenshot(Path directory, String name) {
        Object height =
                ((JavascriptExecutor) driver).executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1280, Math.max(600, ((Number) height).intValue() + 20)));
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** From the system property {@code property}, else the first of {@code names} on the PATH. */
    private static String executable(String property, String... names) {
        Optional<String> configured = Optional.ofNullable(System.getProperty(property));
        if (configured.isPresent()) {
            return configured.get();
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of(names)
                .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + String.join(" or ", names)
                        + " on the PATH; scripts/chromium.sh installs Debian's chromium and chromium-driver"
                        + " (or set -D" + property + "=<path>)"));
    }
}
