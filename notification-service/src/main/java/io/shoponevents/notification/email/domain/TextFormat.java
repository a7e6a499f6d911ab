package io.shoponevents.notification.email.domain;

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
    static String money(Amount money) {
        return money.amount()
                        .setScale(decimals(money.currency()), RoundingMode.HALF_EVEN)
                        .toPlainString()
                + " "
                + money.currency();
    }

    /** {@code   2 x MUG-BLUE at 12.50 EUR} per line, or without the price where the line has none. */
    static String lines(List<Line> lines) {
        return lines.stream()
                .map(line -> "  " + line.quantity() + " x " + line.sku()
                        + (line.unitPrice() == null ? "" : " at " + money(line.unitPrice())))
                .collect(Collectors.joining("\n"));
    }

    static String address(PostalAddress address) {
        return String.join(
                "\n",
                "  " + address.name(),
                "  " + address.line1(),
                "  " + address.postalCode() + " " + address.city(),
                "  " + address.country());
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
