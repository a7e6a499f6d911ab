package io.shoponevents.shipping.shipment.application;

import io.shoponevents.shipping.shipment.domain.ShipmentLine;
import io.shoponevents.shipping.shipment.domain.ShippingAddress;
import java.util.List;

/** What shipping needs from a confirmed order to ship it. */
public record ConfirmedOrder(
        String orderId, String customerId, String email, List<ShipmentLine> items, ShippingAddress shippingAddress) {}
