package io.shoponevents.notification.email;

import io.shoponevents.events.data.Address;
import io.shoponevents.events.data.Money;
import io.shoponevents.events.data.OrderLine;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/** How event fields read in an email. */
final class TextFormat {

    private static final DateTimeFormatter UTC_MINUTES =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private TextFormat() {}

    /** {@code 49.00 EUR}: the currency's usual number of decimals. */
    static String money(Money money) {
        return money.getAmount()
                        .setScale(decimals(money.getCurrency()), RoundingMode.HALF_EVEN)
                        .toPlainString()
                + " "
                + money.getCurrency();
    }

    static String lines(List<OrderLine> lines) {
        return lines.stream()
                .map(line -> "  " + line.getQuantity() + " x " + line.getSku() + " at " + money(line.getUnitPrice()))
                .collect(Collectors.joining("\n"));
    }

    static String address(Address address) {
        return String.join(
                "\n",
                "  " + address.getName(),
                "  " + address.getLine1(),
                "  " + address.getPostalCode() + " " + address.getCity(),
                "  " + address.getCountry());
    }

    static String instant(Instant instant) {
        return UTC_MINUTES.format(instant);
    }

    private static int decimals(String currencyCode) {
        try {
            return Math.max(Currency.getInstance(currencyCode).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException notAnIsoCurrency) {
            return 2;
        }
    }
}
