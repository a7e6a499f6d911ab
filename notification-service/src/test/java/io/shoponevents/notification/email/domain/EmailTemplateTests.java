package io.shoponevents.notification.email.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailTemplateTests {

    private static final String ORDER_ID = "ord-7f3c2a91-4b6e-4d1a-9c2f-5e8b1a0d3c47";

    @Test
    void aTemplateWithoutAValueForAPlaceholderIsABug() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmailTemplate.ORDER_REJECTED.render(Map.of("orderId", ORDER_ID)))
                .withMessageContaining("{reason}");
    }

    @Test
    void everyTemplateHasItsOwnName() {
        assertThat(Arrays.stream(EmailTemplate.values()).map(EmailTemplate::templateName))
                .doesNotHaveDuplicates()
                .contains(
                        "order-confirmed",
                        "order-rejected",
                        "order-cancelled",
                        "shipment-dispatched",
                        "shipment-delivered",
                        "shipment-created",
                        "shipment-cancelled",
                        "cart-reminder");
    }
}
