package io.shoponevents.storefront;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services answer and what the shop charges, under {@code storefront.*}.
 *
 * @param prices the price of each SKU: the inventory keeps stock, not prices, so the shop keeps its price list here
 * @param defaultPrice the price of a SKU the list does not name (stock added through the inventory API at any time)
 * @param currency the ISO 4217 code of every price
 * @param timeout how long a call to a service may take before the page says the service is not answering
 */
@ConfigurationProperties("storefront")
public record StorefrontProperties(
        @DefaultValue Services services,
        @DefaultValue Map<String, BigDecimal> prices,
        @DefaultValue("12.50") BigDecimal defaultPrice,
        @DefaultValue("EUR") String currency,
        @DefaultValue("3s") Duration timeout) {

    /** The base URL of each service's REST API. */
    public record Services(
            @DefaultValue("http://localhost:8081") URI order,
            @DefaultValue("http://localhost:8082") URI inventory,
            @DefaultValue("http://localhost:8083") URI shipping,
            @DefaultValue("http://localhost:8084") URI notification) {}

    /** In the currency's minor unit, as the order service takes it: two decimals. */
    public BigDecimal priceOf(String sku) {
        return prices.getOrDefault(sku, defaultPrice).setScale(2, RoundingMode.HALF_UP);
    }
}
