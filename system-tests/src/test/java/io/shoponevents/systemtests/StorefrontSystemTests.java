package io.shoponevents.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The storefront in a real browser (headless Chromium), over the four running services: a customer buys, watches the
 * order's journey move live to DELIVERED, and sees a rejection; the topology page draws every route.
 *
 * <p>With {@code -Dshop.screenshots=<directory>} the test also writes the pages as PNGs there (the README's images:
 * {@code -Dshop.screenshots=docs/images}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorefrontSystemTests {

    /** One saga step, as the other system tests allow, plus a second of polling. */
    private static final Duration STEP = Shopper.SAGA_STEP.plusSeconds(1);

    private final ShopSystem shop = ShopSystem.get();
    private final ShopView view = ShopView.of(shop);
    private final Optional<Path> screenshots =
            Optional.ofNullable(System.getProperty("shop.screenshots")).map(StorefrontSystemTests::fromProjectRoot);
    private URI storefront;
    private Browser browser;
    private WebDriver driver;

    @BeforeAll
    void startTheStorefrontAndABrowser() {
        storefront = shop.storefront();
        browser = Browser.start();
        driver = browser.driver;
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void newCustomer() {
        driver.get(storefront.toString());
        driver.manage().deleteAllCookies();
    }

    @Test
    void aCustomerBuysAndWatchesTheJourneyReachDeliveredWithoutReloading() {
        String mug = Shopper.newSku("MUG");
        Shopper.stock(shop, mug, 5);

        open("/");
        addToCart(mug, 2);
        assertThat(text(By.id("message"))).isEqualTo("Done: Added 2 × " + mug + " to your cart");
        screenshot("storefront-products");

        open("/cart");
        assertThat(text(By.id("cart-total"))).isEqualTo("25.00 EUR");
        fillCheckout("ada@example.com", "Britain");
        screenshot("storefront-cart");
        driver.findElement(By.id("place-order")).click();
        assertThat(text(By.id("country-error")))
                .as("the order service's words, under the field it named")
                .contains("ISO 3166");
        assertThat(text(By.id("problem"))).contains("shippingAddress.country");

        fillCheckout("ada@example.com", "GB");
        driver.findElement(By.id("place-order")).click();
        waitUp(STEP).until(ExpectedConditions.urlContains("/orders/"));
        String orderId = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);

        waitUp(STEP).until(ExpectedConditions.elementToBeClickable(By.id("dispatch")));
        driver.findElement(By.id("dispatch")).click();
        awaitStatus("SHIPPED");

        markThePage();
        String shipmentId =
                view.awaitShipment(orderId, "DISPATCHED").path("shipmentId").asString();
        shop.shipping.ok(shop.shipping.post("/api/shipments/" + shipmentId + "/deliver", Map.of()));
        awaitStatus("DELIVERED");
        waitUp(STEP).until(page -> page.findElements(By.id("journey-stop")).isEmpty() && settled());
        assertThat(pageIsMarked()).as("the journey moved on without a reload").isTrue();

        assertThat(stepTypes())
                .containsSubsequence(
                        "OrderPlaced",
                        "StockReserved",
                        "OrderConfirmed",
                        "ShipmentCreated",
                        "ShipmentDispatched",
                        "ShipmentDelivered");
        assertThat(delivery("OrderPlaced", "inventory-service"))
                .startsWith("consumed by inventory-service via rule shop-inventory-from-order at ");
        assertThat(delivery("StockReserved", "order-service")).endsWith(": order → CONFIRMED");
        assertThat(delivery("ShipmentDelivered", "order-service"))
                .contains("via subscription shop-shipment-events → shop-order-events")
                .endsWith(": order → DELIVERED");
        assertThat(delivery("ShipmentDelivered", "notification-service")).contains(": email “");
        assertThat(driver.findElements(By.cssSelector("#live svg .arrow"))).hasSizeGreaterThanOrEqualTo(9);
        screenshot("storefront-order-journey");
    }

    @Test
    void anOrderForMissingStockShowsItsRejectionAndWhatCausedIt() {
        String lamp = Shopper.newSku("LAMP");
        Shopper.stock(shop, lamp, 0);

        open("/");
        assertThat(text(By.cssSelector("tr[data-sku='" + lamp + "']"))).contains("out of stock");
        addToCart(lamp, 1);
        open("/cart");
        fillCheckout("bob@example.com", "GB");
        driver.findElement(By.id("place-order")).click();
        waitUp(STEP).until(ExpectedConditions.urlContains("/orders/"));

        awaitStatus("REJECTED");
        waitUp(STEP).until(page -> settled());
        assertThat(stepTypes()).containsSubsequence("OrderPlaced", "StockReservationFailed", "OrderRejected");
        assertThat(delivery("StockReservationFailed", "order-service")).endsWith(": order → REJECTED");
        assertThat(delivery("OrderRejected", "notification-service")).contains(": email “");
        assertThat(driver.findElements(By.id("dispatch")))
                .singleElement()
                .satisfies(button -> assertThat(button.isEnabled()).isFalse());
    }

    @Test
    void theTopologyPageDrawsEveryRuleAndSubscriptionWithItsPattern() {
        open("/topology");

        List<String> routes = driver.findElements(By.cssSelector("#routes tbody th")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(routes)
                .contains(
                        "shop-inventory-from-order",
                        "shop-order-from-inventory",
                        "shop-shipment-events → shop-order-events",
                        "shop-shipment-events → shop-notification-events");
        assertThat(driver.findElements(By.cssSelector("#topology-drawing .node")))
                .hasSizeGreaterThan(15);
        assertThat(driver.findElement(By.id("topology-drawing")).getText())
                .contains("rule shop-shipping-from-order", "detail-type: OrderConfirmed OrderCancelled");
        screenshot("storefront-topology");
    }

    private void open(String path) {
        driver.get(storefront.resolve(path).toString());
    }

    private void addToCart(String sku, int quantity) {
        WebElement row = driver.findElement(By.cssSelector("tr[data-sku='" + sku + "']"));
        WebElement amount = row.findElement(By.name("quantity"));
        amount.clear();
        amount.sendKeys(String.valueOf(quantity));
        row.findElement(By.cssSelector("button[type=submit]")).click();
        waitUp(Browser.PAGE_LOAD)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#message, #problem")));
    }

    private void fillCheckout(String email, String country) {
        Map<String, String> fields = Map.of(
                "email", email,
                "name", "Ada Lovelace",
                "line1", "12 Analytical Row",
                "city", "London",
                "postalCode", "N1 9GU",
                "country", country);
        fields.forEach((id, value) -> {
            WebElement field = driver.findElement(By.id(id));
            field.clear();
            field.sendKeys(value);
        });
    }

    private void awaitStatus(String status) {
        waitUp(STEP).until(ExpectedConditions.textToBe(By.id("order-status"), status));
    }

    private boolean settled() {
        return "true".equals(driver.findElement(By.id("live")).getAttribute("data-settled"));
    }

    private List<String> stepTypes() {
        return driver.findElements(By.cssSelector("#timeline > li.step")).stream()
                .map(step -> step.getAttribute("data-event-type"))
                .toList();
    }

    /** The line of the timeline that says what became of the event at the consumer, as a reader sees it. */
    private String delivery(String eventType, String consumer) {
        return text(By.cssSelector(
                "#timeline li[data-event-type='" + eventType + "'] li[data-consumer='" + consumer + "']"));
    }

    private void markThePage() {
        ((JavascriptExecutor) driver).executeScript("window.notReloaded = true;");
    }

    private boolean pageIsMarked() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.notReloaded === true;"));
    }

    private String text(By locator) {
        return waitUp(Browser.PAGE_LOAD)
                .until(ExpectedConditions.visibilityOfElementLocated(locator))
                .getText()
                .strip();
    }

    /** A bounded wait that, when it runs out, says which page the browser was on and what it showed. */
    private WebDriverWait waitUp(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(200));
        wait.ignoring(StaleElementReferenceException.class);
        wait.withMessage(() -> "on " + driver.getCurrentUrl() + ", showing:\n" + visibleText());
        return wait;
    }

    private String visibleText() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            return "(no page: " + e.getMessage() + ")";
        }
    }

    private void screenshot(String name) {
        screenshots.ifPresent(directory -> browser.screenshot(directory, name));
    }

    private static Path fromProjectRoot(String directory) {
        String root = System.getProperty("shop.test.project-root");
        Path base = root == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(root);
        return base.resolve(directory);
    }
}
