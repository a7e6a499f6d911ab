package io.shoponevents.shipping.shipment.adapter.out.persistence;

import static io.shoponevents.shipping.shipment.domain.ShipmentBuilder.aShipment;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.shipping.shipment.domain.OrderMarker;
import io.shoponevents.shipping.shipment.domain.Shipment;
import org.junit.jupiter.api.Test;

class ShipmentItemsTests {

    @Test
    void storesAShipmentUnderItsIdAndIndexesItByOrder() {
        Shipment shipment =
                aShipment().withId("shp-1").forOrder("ord-1").dispatched().build();

        var item = ShipmentItems.toItem(shipment);

        assertThat(item.get("pk").s()).isEqualTo("SHIPMENT#shp-1");
        assertThat(item.get("gsi1pk").s()).isEqualTo("ORDER#ord-1");
        assertThat(ShipmentItems.toShipment(item)).isEqualTo(shipment);
    }

    @Test
    void readsBackAnOrderMarker() {
        OrderMarker created = OrderMarker.shipmentCreated(
                aShipment().withId("shp-2").forOrder("ord-2").build());
        OrderMarker cancelled = OrderMarker.cancelledBeforeShipment("ord-3");

        assertThat(ShipmentItems.toItem(created).get("pk").s()).isEqualTo("ORDER#ord-2");
        assertThat(ShipmentItems.toMarker(ShipmentItems.toItem(created))).isEqualTo(created);
        assertThat(ShipmentItems.toMarker(ShipmentItems.toItem(cancelled))).isEqualTo(cancelled);
    }
}
